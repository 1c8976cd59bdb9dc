// Vector candidates: artifacts and chunks, filtered inside the HNSW index (Cypher 25 SEARCH),
// so an access or kind filter never starves the result. An artifact scores the mean of its own
// similarity (its whole text) and its best chunk's, not the best of all: with the maximum, a
// long file with many chunks has many draws and outranks a short one by chance. An artifact
// found by a chunk alone gets its own similarity computed ($similarity is the indexes' function).
CALL () {
  MATCH (a:Artifact)
    SEARCH a IN (VECTOR INDEX artifact_embedding FOR $vector WHERE a.accessLevel IN $levels AND a.kind IN $kinds LIMIT $k) SCORE AS score
  RETURN a AS node, score, null AS chunk
  UNION ALL
  MATCH (c:Chunk)
    SEARCH c IN (VECTOR INDEX chunk_embedding FOR $vector WHERE c.accessLevel IN $levels AND c.kind IN $kinds LIMIT $k) SCORE AS score
  MATCH (c)-[:OF]->(a:Artifact)
  RETURN a AS node, score, c.text AS chunk
}
WITH node, score, chunk ORDER BY score DESC
WITH node, collect(CASE WHEN chunk IS NULL THEN score END)[0] AS own,
     collect(CASE WHEN chunk IS NOT NULL THEN {score: score, chunk: chunk} END)[0] AS best
WITH node, best, coalesce(own, CASE $similarity
    WHEN 'euclidean' THEN vector.similarity.euclidean(node.embedding, $vector)
    ELSE vector.similarity.cosine(node.embedding, $vector) END, best.score) AS own
WITH node, best.chunk AS chunk,
     CASE WHEN best IS NULL THEN own ELSE (own + best.score) / 2 END AS score
ORDER BY score DESC
WITH collect({node: node, score: score, chunk: chunk}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
RETURN ranked[i].node AS node, i + 1 AS vrank, ranked[i].score AS vscore, ranked[i].chunk AS chunk,
       null AS trank, null AS tscore
