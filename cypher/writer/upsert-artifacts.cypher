// Idempotent batch upsert. Labels come from a closed map in code (row.label), never from input.
// row.props holds only the fields the row's source holds (graph/merge.ts; null clears one) and
// the derived ones: fields another source holds are left as they are.
// Rows with an embedding carry new or changed content; rows without keep the stored vector.
// With $onlyNewer, a row older (by updatedAt) than the node it meets is not written: the node may
// have been created by a concurrent transaction after the writer's own check.
CYPHER 25
UNWIND $rows AS row
MERGE (a:Artifact {uid: row.uid})
WITH a, row
WHERE NOT $onlyNewer OR row.rowUpdatedAt IS NULL OR a.updatedAt IS NULL
   OR a.updatedAt <= datetime(row.rowUpdatedAt)
SET a:$(row.label)
SET a += row.props
SET a.createdAt = CASE WHEN row.createdAt IS NULL THEN coalesce(a.createdAt, datetime()) ELSE datetime(row.createdAt) END,
    a.updatedAt = CASE WHEN row.keepUpdatedAt THEN a.updatedAt
                       WHEN row.updatedAt IS NULL THEN datetime() ELSE datetime(row.updatedAt) END
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.embedding IS NOT NULL
  CALL db.create.setNodeVectorProperty(a, 'embedding', row.embedding)
  SET a.embeddingModel = $model
}
CALL (a, row) {
  WITH a, row WHERE row.chunks IS NOT NULL
  OPTIONAL MATCH (old:Chunk)-[:OF]->(a)
  DETACH DELETE old
}
CALL (a, row) {
  WITH a, row WHERE row.chunks IS NOT NULL
  UNWIND row.chunks AS ch
  CREATE (c:Chunk {uid: row.uid + '#' + ch.ordinal, ordinal: ch.ordinal, text: ch.text})
  CREATE (c)-[:OF]->(a)
  WITH c, ch
  CALL db.create.setNodeVectorProperty(c, 'embedding', ch.embedding)
}
CALL (a) {
  MATCH (c:Chunk)-[:OF]->(a)
  SET c.accessLevel = a.accessLevel, c.kind = a.kind
  WITH c ORDER BY c.ordinal
  WITH collect(c) AS cs
  UNWIND range(0, size(cs) - 2) AS i
  WITH cs[i] AS x, cs[i + 1] AS y
  MERGE (x)-[:NEXT]->(y)
}
RETURN collect(a.uid) AS written
