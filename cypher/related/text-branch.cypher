// Fulltext candidates of each seed: $seeds rows {uid, query}, the query built from the seed's
// stored search text (its most frequent distinctive words, escaped; queries/related.ts). The
// procedure streams lazily, so the level/kind filter and LIMIT read only as far as needed.
UNWIND $seeds AS seed
CALL (seed) {
  CALL db.index.fulltext.queryNodes('artifact_text', seed.query) YIELD node, score
  WHERE node.accessLevel IN $levels AND node.kind IN $kinds AND node.uid <> seed.uid
  RETURN node, score LIMIT $k
}
RETURN seed.uid AS seed, node.uid AS uid, score
ORDER BY seed, score DESC, uid
