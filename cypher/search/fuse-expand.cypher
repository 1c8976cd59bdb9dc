// Reciprocal-rank fusion (k = 60) of whichever branches ran, plus one first-rank share for an
// artifact whose key the question names exactly ($keys: "SHOP-12", "4B7D0A2"; rank fusion alone
// would let a near-miss that ranks well in both lists outrank the artifact the question is
// about). Then each of the top hits expanded to its lineage: the shortest chain of parents up
// to a PRD (or, with none, the longest chain up to a root), cut at the first node the caller
// may not see.
WITH node, min(vrank) AS vrank, max(vscore) AS vscore, collect(chunk)[0] AS chunk,
     min(trank) AS trank, max(tscore) AS tscore
WITH node, vscore, tscore, chunk,
     coalesce(1.0 / (60 + vrank), 0.0) + coalesce(1.0 / (60 + trank), 0.0)
       + CASE WHEN toUpper(node.key) IN $keys THEN 1.0 / 61 ELSE 0.0 END AS fused
WITH node, vscore, tscore, chunk,
     CASE $mode WHEN 'VECTOR' THEN vscore WHEN 'FULLTEXT' THEN tscore ELSE fused END AS score
ORDER BY score DESC, node.uid
LIMIT $first
CALL (node) {
  OPTIONAL MATCH p = ANY SHORTEST (node)-[:PART_OF|SPECIFIES|IMPLEMENTS]->{1,6}(:PRD)
  RETURN p AS toPrd
}
OPTIONAL CALL (node, toPrd) {
  WITH node, toPrd WHERE toPrd IS NULL
  MATCH p = (node)-[:PART_OF|SPECIFIES|IMPLEMENTS]->{1,6}(top)
  WHERE NOT EXISTS { (top)-[:PART_OF|SPECIFIES|IMPLEMENTS]->() }
  RETURN p AS toRoot ORDER BY length(p) DESC LIMIT 1
  UNION
  WITH node, toPrd WHERE toPrd IS NOT NULL
  RETURN toPrd AS toRoot
}
WITH node, score, vscore, tscore, chunk, coalesce(nodes(collect(toRoot)[0])[1..], []) AS up
// The chain stops below the first parent the caller may not see: nothing above a hidden artifact
// is shown, so a lineage never reveals what a hidden link leads to.
WITH node, score, vscore, tscore, chunk, up,
     [i IN range(0, size(up) - 1) WHERE NOT up[i].accessLevel IN $levels] AS hidden
RETURN node {.*, embedding: null, labels: labels(node)} AS artifact, score, vscore, tscore, chunk,
       [n IN up[0..coalesce(hidden[0], size(up))] | n {.*, embedding: null, labels: labels(n)}] AS lineage
ORDER BY score DESC, artifact.uid
