// Idempotent batch of links. Each row's type was checked against the closed LinkType union before
// the write, so no type ever comes from free text. A link already there keeps its via, evidence
// and firstSeen; `created` tells which rows made a new one. `sources` lists every source that
// states the link (reconciliation removes a source's claim, and the link with the last one);
// links made by hand have none.
CYPHER 25
UNWIND $rows AS row
MATCH (a:Artifact {uid: row.from}), (b:Artifact {uid: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.via = row.via, r.evidence = row.evidence, r.kind = row.kind,
              r.firstSeen = datetime(), r._new = true
WITH row, r, coalesce(r._new, false) AS created,
     [s IN coalesce(row.sources, []) WHERE NOT s IN coalesce(r.sources, [])] AS more
CALL (r, more) {
  WITH r, more WHERE size(more) > 0
  SET r.sources = coalesce(r.sources, []) + more
}
REMOVE r._new
RETURN row.i AS i, created, r.via AS via, r.evidence AS evidence
