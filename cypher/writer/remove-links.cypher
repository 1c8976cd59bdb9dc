// Removes a batch of links, returning what each removed link carried. With $source (a
// connector's reconciliation), only that source's claim goes: a link other sources still state
// stays (`removed` false). Without (by hand), the link goes whoever found it. A row whose link is
// not there (or whose type is not a link type) matches nothing.
CYPHER 25
UNWIND $rows AS row
MATCH (:Artifact {uid: row.from})-[r:$(row.type)]->(:Artifact {uid: row.to})
WITH row, r, r.via AS via, r.evidence AS evidence,
     [s IN coalesce(r.sources, []) WHERE s <> $source] AS rest
WITH row, r, via, evidence, rest, $source IS NULL OR size(rest) = 0 AS removed
CALL (r, rest, removed) {
  WITH r, rest, removed WHERE NOT removed
  SET r.sources = rest
}
CALL (r, removed) {
  WITH r, removed WHERE removed
  DELETE r
}
RETURN row.i AS i, via, evidence, removed
