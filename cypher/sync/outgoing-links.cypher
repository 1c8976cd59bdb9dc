// Outgoing links of the given artifacts, and their pending links, with the `via` that found each
// and the sources that state it: reconciliation removes a source's claim on those it owns and no
// longer states (links written before sources were recorded: owned by `via`).
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})-[r:PART_OF|SPECIFIES|IMPLEMENTS|DEPENDS_ON]->(b:Artifact)
RETURN a.uid AS from, b.uid AS to, type(r) AS type, r.via AS via, r.sources AS sources,
       false AS pending
UNION ALL
UNWIND $uids AS uid
MATCH (p:PendingLink {from: uid})
RETURN p.from AS from, p.to AS to, p.type AS type, p.via AS via,
       coalesce(p.sources, CASE WHEN p.source IS NULL THEN null ELSE [p.source] END) AS sources,
       true AS pending
