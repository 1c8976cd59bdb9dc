// Links whose target is not in the graph yet: kept until it arrives (firstSeen is kept).
// `changed` counts the rows that made or altered a pending link, so a replay changes nothing.
UNWIND $rows AS row
MERGE (p:PendingLink {from: row.from, to: row.to, type: row.type})
ON CREATE SET p.firstSeen = datetime(), p._new = true
WITH p, row,
     coalesce(p._new, false)
     OR coalesce(p.via, '') <> coalesce(row.via, '')
     OR coalesce(p.evidence, '') <> coalesce(row.evidence, '')
     OR coalesce(p.kind, '') <> coalesce(row.kind, '')
     OR coalesce(p.source, '') <> $source AS changed
SET p.via = row.via, p.evidence = row.evidence, p.kind = row.kind, p.source = $source
REMOVE p._new
RETURN count(CASE WHEN changed THEN 1 END) AS changed
