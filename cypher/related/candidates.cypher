// The chosen candidates of each seed ($pairs rows {seed, uid}), visible ones only: the artifact,
// its stored search text (for the matching terms), the kinds of its visible PART_OF parents,
// and the evidence: the seed's chunk closest to the candidate's vector and the candidate's
// chunk closest to the seed's vector (an artifact without chunks offers the start of its text).
CYPHER 25
UNWIND $pairs AS pair
// One hinted seek per uid: left to itself the planner's choice for the pair depended on the
// store's statistics.
MATCH (s:Artifact {uid: pair.seed})
USING INDEX s:Artifact(uid)
WHERE s.accessLevel IN $levels
MATCH (n:Artifact {uid: pair.uid})
USING INDEX n:Artifact(uid)
WHERE n.accessLevel IN $levels
CALL (s, n) {
  OPTIONAL MATCH (c:Chunk)-[:OF]->(s)
  WITH c ORDER BY CASE WHEN c IS NULL OR n.embedding IS NULL THEN 0
    ELSE vector.similarity.cosine(c.embedding, n.embedding) END DESC, c.ordinal
  RETURN coalesce(collect(c.text)[0], left(coalesce(s.body, s.title), $excerpt)) AS seedChunk
}
CALL (s, n) {
  OPTIONAL MATCH (c:Chunk)-[:OF]->(n)
  WITH c ORDER BY CASE WHEN c IS NULL OR s.embedding IS NULL THEN 0
    ELSE vector.similarity.cosine(c.embedding, s.embedding) END DESC, c.ordinal
  RETURN coalesce(collect(c.text)[0], left(coalesce(n.body, n.title), $excerpt)) AS chunk
}
RETURN pair.seed AS seed, n {.*, embedding: null, labels: labels(n)} AS artifact,
       coalesce(n.searchText, n.title + '\n' + coalesce(n.body, '')) AS text,
       [(n)-[:PART_OF]->(p:Artifact) WHERE p.accessLevel IN $levels | p.kind] AS parentKinds,
       left(seedChunk, $excerpt) AS seedChunk, left(chunk, $excerpt) AS chunk
