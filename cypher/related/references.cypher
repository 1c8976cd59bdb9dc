// REFERENCES among the given candidates (either direction, both ends visible): the files each
// names or is named by (graph/references.ts), for structural propagation in queries/related.ts.
CYPHER 25
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
USING INDEX a:Artifact(uid)
WHERE a.accessLevel IN $levels
MATCH (a)-[:REFERENCES]-(b:Artifact)
WHERE b.accessLevel IN $levels AND b.uid IN $uids AND b <> a
RETURN a.uid AS uid, collect(DISTINCT b.uid) AS neighbours
