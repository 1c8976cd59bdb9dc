// The REFERENCES of just-written source files, rebuilt (graph/references.ts): each file's own
// references are replaced by one to every file whose name (`codeName`, scope-qualified) is among
// its tokens (`codeMentions`). Vague names are left to the readers, which count namesakes over
// the files the caller may read.
CYPHER 25
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
CALL (a) {
  OPTIONAL MATCH (a)-[old:REFERENCES]->()
  DELETE old
}
WITH a WHERE a:Code AND a.codeMentions IS NOT NULL
CALL (a) {
  UNWIND a.codeMentions AS m
  MATCH (b:Code {codeName: m})
  WITH b WHERE b <> a
  MERGE (a)-[:REFERENCES]->(b)
}
RETURN count(a) AS files
