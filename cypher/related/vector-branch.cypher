// Vector candidates of each seed from its stored vectors: its own embedding and those of its first
// $chunks chunks (no re-embedding, no length limit), each searched in the artifact and chunk
// indexes, filtered inside the index by level and kind (Cypher 25 SEARCH). As in search, a
// candidate scores the mean of its own best similarity and its best chunk's (the maximum would
// favour long files with many chunks); one found by a chunk alone gets its own similarity to
// the seed's vector computed. The seed itself is never a candidate.
// Hubs are discounted (CSLS, cross-domain similarity local scaling): a candidate close to every
// artifact of the seed's kind (a large manager class near every story) is not evidence of this
// pair. Its hub score is its mean similarity to its $hubK nearest visible artifacts of the seed's
// kind, and the pair scores 2 × similarity − hub (docs/benchmarks.md: the measurement).
CYPHER 25
UNWIND $uids AS uid
MATCH (s:Artifact {uid: uid})
USING INDEX s:Artifact(uid)
WHERE s.accessLevel IN $levels AND s.embedding IS NOT NULL
CALL (s) {
  RETURN s.embedding AS v
  UNION ALL
  MATCH (c:Chunk)-[:OF]->(s)
  WITH c ORDER BY c.ordinal LIMIT $chunks
  RETURN c.embedding AS v
}
CALL (v) {
  MATCH (a:Artifact)
    SEARCH a IN (VECTOR INDEX artifact_embedding FOR v WHERE a.accessLevel IN $levels AND a.kind IN $kinds LIMIT $k) SCORE AS score
  RETURN a AS node, score, null AS chunk
  UNION ALL
  MATCH (c:Chunk)
    SEARCH c IN (VECTOR INDEX chunk_embedding FOR v WHERE c.accessLevel IN $levels AND c.kind IN $kinds LIMIT $k) SCORE AS score
  MATCH (c)-[:OF]->(a:Artifact)
  RETURN a AS node, score, c.text AS chunk
}
WITH s, node, score, chunk WHERE node <> s
WITH s, node, max(CASE WHEN chunk IS NULL THEN score END) AS own,
     max(CASE WHEN chunk IS NOT NULL THEN score END) AS best
WITH s, node, best, coalesce(own, CASE $similarity
    WHEN 'euclidean' THEN vector.similarity.euclidean(node.embedding, s.embedding)
    ELSE vector.similarity.cosine(node.embedding, s.embedding) END, best) AS own
WITH s, node, CASE WHEN best IS NULL THEN own ELSE (own + best) / 2 END AS similarity
ORDER BY similarity DESC, node.uid
// Only the $k most similar candidates of each seed are discounted (one hub search each).
WITH s, collect({node: node, similarity: similarity})[..$k] AS top
UNWIND top AS t
WITH s, t.node AS node, t.similarity AS similarity
CALL (s, node) {
  WITH s.kind AS seedKind, node.embedding AS v WHERE v IS NOT NULL
  MATCH (o:Artifact)
    SEARCH o IN (VECTOR INDEX artifact_embedding FOR v WHERE o.accessLevel IN $levels AND o.kind = seedKind LIMIT $hubK) SCORE AS hs
  RETURN avg(hs) AS hub
}
RETURN s.uid AS seed, node.uid AS uid, similarity,
       2 * similarity - coalesce(hub, similarity) AS score
ORDER BY seed, score DESC, uid
