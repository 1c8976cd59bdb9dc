// What is affected when an artifact changes: everything that is PART_OF, SPECIFIES, IMPLEMENTS
// or DEPENDS_ON it, transitively, each with its distance and one shortest path. The path may only
// step on artifacts the caller may read: the level test sits inside the quantified pattern, so it
// prunes the search (a WHERE after a SHORTEST pattern would filter the chosen path afterwards, and
// an artifact whose shortest path crosses a hidden one would vanish from the answer). The index
// hint keeps the planner on the uid seek even when accessLevel statistics look more selective.
CYPHER 25
MATCH (root:Artifact {uid: $uid})
USING INDEX root:Artifact(uid)
WHERE root.accessLevel IN $levels
OPTIONAL MATCH p = ANY SHORTEST
  (root) (()<-[:PART_OF|SPECIFIES|IMPLEMENTS|DEPENDS_ON]-(m:Artifact WHERE m.accessLevel IN $levels)){1,10} (x:Artifact)
WHERE x <> root AND length(p) <= $maxDepth
WITH root, x, p ORDER BY length(p), x.uid
WITH root, [row IN collect(CASE WHEN x IS NULL THEN null ELSE {
          artifact: x {.*, embedding: null, labels: labels(x)},
          distance: length(p),
          path: [n IN nodes(p) | n.uid],
          via: [r IN relationships(p) | type(r)]
        } END) WHERE row IS NOT NULL] AS affected
// Links of the root and of the affected artifacts (all visible) to artifacts not (yet) in the graph.
CALL (root, affected) {
  UNWIND [root.uid] + [a IN affected | a.artifact.uid] AS uid
  MATCH (pl:PendingLink {from: uid})
  WHERE NOT EXISTS { MATCH (:Artifact {uid: pl.to}) }
  WITH DISTINCT pl ORDER BY pl.from, pl.type, pl.to
  RETURN collect({from: pl.from, to: pl.to, type: pl.type, via: pl.via, evidence: pl.evidence,
                  resolved: false}) AS unresolved
}
RETURN root {.*, embedding: null, labels: labels(root)} AS root, affected, unresolved
