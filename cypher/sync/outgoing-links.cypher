// Outgoing links of the given artifacts, and their pending links, with the `via` that found each:
// reconciliation removes those the connector owns (by `via`) and the source no longer states.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})-[r:PART_OF|SPECIFIES|IMPLEMENTS|DEPENDS_ON]->(b:Artifact)
RETURN a.uid AS from, b.uid AS to, type(r) AS type, r.via AS via, false AS pending
UNION ALL
UNWIND $uids AS uid
MATCH (p:PendingLink {from: uid})
RETURN p.from AS from, p.to AS to, p.type AS type, p.via AS via, true AS pending
