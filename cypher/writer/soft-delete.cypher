// Soft delete: the artifact keeps its node (uid, kind, title, source, deletedAt) under the label
// :DeletedArtifact, so every query, index and subscription over :Artifact leaves it out. Its
// chunks, embedding and relationships go: a deleted epic no longer connects a story to its PRD.
CYPHER 25
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
OPTIONAL MATCH (c:Chunk)-[:OF]->(a)
DETACH DELETE c
WITH DISTINCT a
CALL (a) {
  MATCH (a)-[r]-()
  DELETE r
}
REMOVE a:$(labels(a))
SET a:DeletedArtifact, a.deletedAt = datetime()
REMOVE a.embedding, a.rowHash, a.rowHashes, a.fieldSources, a.contentHash
RETURN count(a) AS deleted
