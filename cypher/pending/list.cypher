// One page of pending links, in (from, type, to) order after the cursor: only links whose `from`
// the caller may read and whose target is still not in the graph. `$source` filters by prefix.
MATCH (pl:PendingLink)
WHERE ($source IS NULL OR pl.source STARTS WITH $source)
  AND ($after IS NULL
       OR pl.from > $after.from
       OR (pl.from = $after.from AND (pl.type > $after.type
           OR (pl.type = $after.type AND pl.to > $after.to))))
  AND EXISTS { MATCH (a:Artifact {uid: pl.from}) WHERE a.accessLevel IN $levels }
  AND NOT EXISTS { MATCH (:Artifact {uid: pl.to}) }
WITH pl ORDER BY pl.from, pl.type, pl.to
LIMIT $limit
RETURN pl.from AS from, pl.to AS to, pl.type AS type, pl.via AS via, pl.evidence AS evidence,
       pl.source AS source, pl.doubt AS doubt, pl.firstSeen AS firstSeen
