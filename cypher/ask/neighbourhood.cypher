// For each hit, what the graph adds beyond its lineage: the code that serves it (pull requests,
// commits and files implementing it or anything below it, nearest first) and its dependencies in
// both directions (what it is blocked by, what it blocks). Visible nodes only, paths included.
UNWIND $uids AS uid
MATCH (h:Artifact {uid: uid})
CALL (h) {
  MATCH p = (c:Code)-[:IMPLEMENTS|SPECIFIES|PART_OF]->{1,4}(h)
  WHERE c.accessLevel IN $levels AND all(n IN nodes(p) WHERE n.accessLevel IN $levels)
  WITH c, min(length(p)) AS distance
  ORDER BY distance, c.uid
  LIMIT $perHit
  RETURN collect(c {.*, embedding: null, labels: labels(c)}) AS code
}
CALL (h) {
  OPTIONAL MATCH (h)-[r:DEPENDS_ON]-(d:Artifact)
  WHERE d.accessLevel IN $levels
  WITH d, r ORDER BY d.uid
  RETURN collect(CASE WHEN d IS NULL THEN null
                 ELSE {artifact: d {.*, embedding: null, labels: labels(d)},
                       blocksHit: startNode(r) = h} END) AS deps
}
RETURN uid, code, deps
