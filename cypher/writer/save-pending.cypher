// Links whose target is not in the graph yet: kept until it arrives (firstSeen is kept). `source`
// is the first source that stated one, `sources` every source that does; `doubt` says why a
// reference may not mean what it seems (ingest/sync/plan.ts).
// `changed` counts the rows that made or altered a pending link, so a replay changes nothing.
UNWIND $rows AS row
MERGE (p:PendingLink {from: row.from, to: row.to, type: row.type})
ON CREATE SET p.firstSeen = datetime(), p._new = true
WITH p, row, coalesce(p.sources, CASE WHEN p.source IS NULL THEN [] ELSE [p.source] END) AS had
WITH p, row, had,
     coalesce(p._new, false)
     OR coalesce(p.via, '') <> coalesce(row.via, '')
     OR coalesce(p.evidence, '') <> coalesce(row.evidence, '')
     OR coalesce(p.kind, '') <> coalesce(row.kind, '')
     OR coalesce(p.doubt, '') <> coalesce(row.doubt, '')
     OR NOT $source IN had AS changed
SET p.via = row.via, p.evidence = row.evidence, p.kind = row.kind, p.doubt = row.doubt,
    p.source = coalesce(p.source, $source),
    p.sources = CASE WHEN $source IN had THEN had ELSE had + $source END
REMOVE p._new
RETURN count(CASE WHEN changed THEN 1 END) AS changed
