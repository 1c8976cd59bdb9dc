// The lineage subgraph around one artifact: parents (UP, towards the PRD), children (DOWN,
// towards the code), or both, with each edge's evidence. Paths through artifacts the caller
// may not see are cut there. Going up, links of the root and of the parents to artifacts not (yet)
// in the graph are edges to placeholders (`resolved: false`): their `from` is always visible.
MATCH (root:Artifact {uid: $uid})
USING INDEX root:Artifact(uid)
WHERE root.accessLevel IN $levels
CALL (root) {
  OPTIONAL MATCH p = (root)-[:PART_OF|SPECIFIES|IMPLEMENTS*1..10]->(:Artifact)
  WHERE $up AND length(p) <= $maxDepth AND all(n IN nodes(p) WHERE n.accessLevel IN $levels)
  RETURN collect(p) AS ups
}
CALL (root) {
  OPTIONAL MATCH p = (root)<-[:PART_OF|SPECIFIES|IMPLEMENTS*1..10]-(:Artifact)
  WHERE $down AND length(p) <= $maxDepth AND all(n IN nodes(p) WHERE n.accessLevel IN $levels)
  RETURN collect(p) AS downs
}
CALL (ups, downs) {
  UNWIND ups + downs AS p
  UNWIND nodes(p) AS n
  WITH DISTINCT n
  RETURN collect(n {.*, embedding: null, labels: labels(n)}) AS nodes
}
CALL (ups, downs) {
  UNWIND ups + downs AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect({from: startNode(r).uid, to: endNode(r).uid, type: type(r), via: r.via,
                  evidence: r.evidence, resolved: true}) AS edges
}
CALL (root, ups) {
  UNWIND [{uid: root.uid, depth: 0}] + [p IN ups | {uid: last(nodes(p)).uid, depth: length(p)}] AS n
  WITH n WHERE $up AND n.depth < $maxDepth
  MATCH (pl:PendingLink {from: n.uid})
  WHERE pl.type IN ['PART_OF', 'SPECIFIES', 'IMPLEMENTS']
    AND NOT EXISTS { MATCH (:Artifact {uid: pl.to}) }
  WITH DISTINCT pl ORDER BY pl.from, pl.type, pl.to
  RETURN collect({from: pl.from, to: pl.to, type: pl.type, via: pl.via, evidence: pl.evidence,
                  resolved: false}) AS pendingEdges
}
RETURN root {.*, embedding: null, labels: labels(root)} AS root, nodes, edges + pendingEdges AS edges
