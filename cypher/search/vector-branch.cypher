// Vector candidates: artifacts and chunks, filtered inside the HNSW index (Cypher 25 SEARCH),
// so an access or kind filter never starves the result. Best score per artifact, ranked.
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
WITH node, collect({score: score, chunk: chunk})[0] AS best
ORDER BY best.score DESC
WITH collect({node: node, score: best.score, chunk: best.chunk}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
RETURN ranked[i].node AS node, i + 1 AS vrank, ranked[i].score AS vscore, ranked[i].chunk AS chunk,
       null AS trank, null AS tscore
