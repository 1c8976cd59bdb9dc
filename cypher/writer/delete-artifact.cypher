// Removes an artifact, its chunks and every relationship touching them.
MATCH (a:Artifact {uid: $uid})
OPTIONAL MATCH (c:Chunk)-[:OF]->(a)
DETACH DELETE c, a
RETURN count(DISTINCT a) AS deleted
