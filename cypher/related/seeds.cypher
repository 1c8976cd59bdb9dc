// The artifacts related/suggestions start from, if they exist and the caller may read them (a
// hidden one gives no row, like a missing one): kind, stored search text, whether it has a
// vector, the uids it is already linked to (either direction, visible ends only), the uids it
// already reaches through 2-3 hierarchy links in one direction over visible artifacts only (code
// implementing a spec of a story: no suggestion to link that code to the story again; a sibling's
// code, up then down, is not traced), and the uids of rejected suggestions naming it.
CYPHER 25
UNWIND $uids AS uid
MATCH (s:Artifact {uid: uid})
USING INDEX s:Artifact(uid)
WHERE s.accessLevel IN $levels
RETURN s.uid AS uid, s.kind AS kind, coalesce(s.searchText, s.title + '\n' + coalesce(s.body, '')) AS text,
       s.embedding IS NOT NULL AS embedded,
       [(s)-[r:PART_OF|SPECIFIES|IMPLEMENTS|DEPENDS_ON]-(o:Artifact) WHERE o.accessLevel IN $levels | o.uid] AS linked,
       COLLECT { MATCH (s)(()<-[:PART_OF|SPECIFIES|IMPLEMENTS]-(n:Artifact WHERE n.accessLevel IN $levels)){2,3}(o)
                 RETURN o.uid AS other
                 UNION
                 MATCH (s)(()-[:PART_OF|SPECIFIES|IMPLEMENTS]->(n:Artifact WHERE n.accessLevel IN $levels)){2,3}(o)
                 RETURN o.uid AS other }
         AS traced,
       [(s)-[:PART_OF]->(p:Artifact) WHERE p.accessLevel IN $levels | p.kind] AS parentKinds,
       COLLECT { MATCH (d:LinkDecision {from: s.uid}) WHERE d.decision = 'REJECTED' RETURN d.to AS other
                 UNION
                 MATCH (d:LinkDecision {to: s.uid}) WHERE d.decision = 'REJECTED' RETURN d.from AS other }
         AS rejected
