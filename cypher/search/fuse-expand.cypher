// Fusion of whichever branches ran: each branch's scores min-max normalised over its candidates
// (best 1, worst 0, absent 0) and summed (CombSUM), plus one first-rank share (1.0) for an
// artifact whose key the question names exactly ($keys: "SHOP-12", "4B7D0A2"; fusion alone would
// let a near-miss that ranks well in both lists outrank the artifact the question is about).
// Chosen by measurement over reciprocal-rank fusion (docs/benchmarks.md): scores keep how far
// ahead a branch's best hits are, ranks do not, so a strong branch is not dragged down to its
// weak partner's level. Then each of the top hits expanded to its lineage: the shortest chain of
// parents up to a PRD (or, with none, the longest chain up to a root), stepping only on artifacts
// the caller may read. The level test sits inside the quantified patterns so that it prunes the
// search: the lineage is the one the caller would get from a graph without the hidden artifacts,
// so a hidden shortcut neither shows nor cuts it.
WITH node, max(vscore) AS vscore, collect(chunk)[0] AS chunk, max(tscore) AS tscore
WITH collect({node: node, vscore: vscore, tscore: tscore, chunk: chunk}) AS rows
WITH rows,
     [r IN rows WHERE r.vscore IS NOT NULL | r.vscore] AS vs,
     [r IN rows WHERE r.tscore IS NOT NULL | r.tscore] AS ts
WITH rows,
     reduce(m = vs[0], x IN vs | CASE WHEN x < m THEN x ELSE m END) AS vmin,
     reduce(m = vs[0], x IN vs | CASE WHEN x > m THEN x ELSE m END) AS vmax,
     reduce(m = ts[0], x IN ts | CASE WHEN x < m THEN x ELSE m END) AS tmin,
     reduce(m = ts[0], x IN ts | CASE WHEN x > m THEN x ELSE m END) AS tmax
UNWIND rows AS r
WITH r.node AS node, r.vscore AS vscore, r.tscore AS tscore, r.chunk AS chunk,
     CASE WHEN r.vscore IS NULL THEN 0.0 WHEN vmax = vmin THEN 1.0
          ELSE (r.vscore - vmin) / (vmax - vmin) END
       + CASE WHEN r.tscore IS NULL THEN 0.0 WHEN tmax = tmin THEN 1.0
          ELSE (r.tscore - tmin) / (tmax - tmin) END
       + CASE WHEN toUpper(r.node.key) IN $keys THEN 1.0 ELSE 0.0 END AS fused
WITH node, vscore, tscore, chunk,
     CASE $mode WHEN 'VECTOR' THEN vscore WHEN 'FULLTEXT' THEN tscore ELSE fused END AS score
ORDER BY score DESC, node.uid
// HYBRID only, structural propagation (as in queries/related.ts): a source file gains
// $propagation x the best fused score among the $propagationTop best hits that it names or that
// name it (REFERENCES, graph/references.ts). Those hits are candidates, so visible ones; a name
// that more than $maxNamesakes visible files share does not count (hidden ones are not counted).
WITH collect({node: node, vscore: vscore, tscore: tscore, chunk: chunk, score: score}) AS ranked
WITH ranked, [r IN ranked[..$propagationTop] | r.node] AS topNodes,
     [r IN ranked[..$propagationTop] | r.score] AS topScores
UNWIND ranked AS r
WITH r.node AS node, r.vscore AS vscore, r.tscore AS tscore, r.chunk AS chunk, r.score AS score,
     topNodes, topScores
CALL (node, topNodes, topScores) {
  OPTIONAL MATCH (node)-[r:REFERENCES]-(n:Code)
  WHERE $mode = 'HYBRID' AND node:Code AND n IN topNodes AND n <> node
    AND COUNT { MATCH (x:Code {codeName: endNode(r).codeName}) WHERE x.accessLevel IN $levels }
        <= $maxNamesakes
  WITH collect(DISTINCT n) AS ns
  RETURN reduce(best = 0.0, i IN range(0, size(topNodes) - 1) |
           CASE WHEN topNodes[i] IN ns AND topScores[i] > best THEN topScores[i] ELSE best END)
         AS lift
}
WITH node, vscore, tscore, chunk, score + $propagation * lift AS score
ORDER BY score DESC, node.uid
LIMIT $first
CALL (node) {
  OPTIONAL MATCH p = ANY SHORTEST
    (node) (()-[:PART_OF|SPECIFIES|IMPLEMENTS]->(m:Artifact WHERE m.accessLevel IN $levels)){1,6} (:PRD)
  RETURN p AS toPrd
}
OPTIONAL CALL (node, toPrd) {
  WITH node, toPrd WHERE toPrd IS NULL
  MATCH p = (node) (()-[:PART_OF|SPECIFIES|IMPLEMENTS]->(m:Artifact WHERE m.accessLevel IN $levels)){1,6} (top)
  WHERE NOT EXISTS { (top)-[:PART_OF|SPECIFIES|IMPLEMENTS]->(v:Artifact) WHERE v.accessLevel IN $levels }
  RETURN p AS toRoot ORDER BY length(p) DESC LIMIT 1
  UNION
  WITH node, toPrd WHERE toPrd IS NOT NULL
  RETURN toPrd AS toRoot
}
WITH node, score, vscore, tscore, chunk, coalesce(nodes(collect(toRoot)[0])[1..], []) AS up
RETURN node {.*, embedding: null, labels: labels(node)} AS artifact, score, vscore, tscore, chunk,
       [n IN up | n {.*, embedding: null, labels: labels(n)}] AS lineage
ORDER BY score DESC, artifact.uid
