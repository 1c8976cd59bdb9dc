// Outgoing links of the given artifacts that a connector owns (by `via`), and pending ones:
// what reconciliation compares with the links the source states now.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})-[r:PART_OF|SPECIFIES|IMPLEMENTS|DEPENDS_ON]->(b:Artifact)
WHERE r.via IN $vias
RETURN a.uid AS from, b.uid AS to, type(r) AS type, false AS pending
UNION ALL
UNWIND $uids AS uid
MATCH (p:PendingLink {from: uid})
WHERE p.via IN $vias
RETURN p.from AS from, p.to AS to, p.type AS type, true AS pending
