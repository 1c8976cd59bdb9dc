// For each hit, the code that serves it: pull requests, commits and files that implement it or
// anything below it (spec → story → epic → PRD), nearest first, through visible nodes only.
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
RETURN uid, code
