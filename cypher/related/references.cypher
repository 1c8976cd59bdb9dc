// REFERENCES among the given candidates (either direction, both ends visible): the files each
// names or is named by (graph/references.ts), for structural propagation in queries/related.ts.
// A reference by a name that more than $maxNamesakes files the caller may read share is too vague
// to count; only visible namesakes are counted, so hidden files change nothing here.
CYPHER 25
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
USING INDEX a:Artifact(uid)
WHERE a.accessLevel IN $levels
MATCH (a)-[r:REFERENCES]-(b:Artifact)
WHERE b.accessLevel IN $levels AND b.uid IN $uids AND b <> a
  AND COUNT { MATCH (x:Code {codeName: endNode(r).codeName}) WHERE x.accessLevel IN $levels }
      <= $maxNamesakes
RETURN a.uid AS uid, collect(DISTINCT b.uid) AS neighbours
