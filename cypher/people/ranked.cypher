// Who worked on what matches: from each seed (a search hit, or one artifact) the seed itself and
// the artifacts below it (code implementing it, stories of an epic, files of that code: up to two
// links down), every one of them and every one on the way readable by the caller; then the
// people who authored, were assigned or reviewed them, each contribution weighted by its seed's
// score, its distance and its role. A person reachable only through artifacts the caller cannot
// read is never reached.
UNWIND $seeds AS seed
MATCH (s:Artifact {uid: seed.uid}) WHERE s.accessLevel IN $levels
CALL (s) {
  RETURN s AS a, 0 AS depth
  UNION
  MATCH path = (a:Artifact)-[:IMPLEMENTS|PART_OF|SPECIFIES*1..2]->(s)
  WHERE all(n IN nodes(path) WHERE n.accessLevel IN $levels)
  RETURN a, length(path) AS depth
}
WITH seed, a, min(depth) AS depth
MATCH (p:Person)-[r:AUTHORED|ASSIGNED|REVIEWED]->(a)
WITH p, a, seed.score / (1.0 + depth) *
     CASE type(r) WHEN 'AUTHORED' THEN 1.0 WHEN 'ASSIGNED' THEN 0.8 ELSE 0.6 END AS weight
WITH p, a, max(weight) AS weight
ORDER BY weight DESC, a.uid
WITH p, sum(weight) AS score,
     collect(a {.*, embedding: null, searchText: null, labels: labels(a)}) AS found
ORDER BY score DESC, p.uid
LIMIT $first
RETURN p.uid AS uid, p.name AS name, p.email AS email, score, found[..5] AS artifacts
