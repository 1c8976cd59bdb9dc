// Graph candidates of each seed, every node on the way visible to the caller:
// - sibling: artifacts that IMPLEMENT or SPECIFY a sibling of the seed (another child of one of
//   its PART_OF parents), counted once per sibling;
// - path: code whose path shares the directory of code already linked to the seed;
// - cochange: code that changed in a commit (PART_OF) with code already linked to the seed.
// Each signal counts 1 per piece of evidence; the sum is the branch score.
UNWIND $uids AS uid
MATCH (s:Artifact {uid: uid})
USING INDEX s:Artifact(uid)
WHERE s.accessLevel IN $levels
CALL (s) {
  MATCH (s)-[:PART_OF]->(p:Artifact)<-[:PART_OF]-(sib:Artifact)<-[:IMPLEMENTS|SPECIFIES]-(n:Artifact)
  WHERE p.accessLevel IN $levels AND sib.accessLevel IN $levels AND sib <> s
    AND n.accessLevel IN $levels AND n.kind IN $kinds
  RETURN n, count(DISTINCT sib) AS hits, 'sibling' AS signal
  UNION ALL
  MATCH (s)<-[:IMPLEMENTS|SPECIFIES]-(l:Code)
  WHERE l.accessLevel IN $levels AND l.path CONTAINS '/'
  WITH DISTINCT left(l.path, size(l.path) - size(split(l.path, '/')[-1])) AS dir
  MATCH (n:Code) WHERE n.path STARTS WITH dir AND n.accessLevel IN $levels AND n.kind IN $kinds
  RETURN n, count(*) AS hits, 'path' AS signal
  UNION ALL
  MATCH (s)<-[:IMPLEMENTS|SPECIFIES]-(l:Code)-[:PART_OF]->(commit:Code)<-[:PART_OF]-(n:Code)
  WHERE l.accessLevel IN $levels AND commit.accessLevel IN $levels AND n.accessLevel IN $levels
    AND n.kind IN $kinds AND n <> l
  RETURN n, count(DISTINCT commit) AS hits, 'cochange' AS signal
}
WITH s, n, hits, signal WHERE n <> s
RETURN s.uid AS seed, n.uid AS uid, sum(hits) AS score, collect(DISTINCT signal) AS signals
ORDER BY seed, score DESC, uid
