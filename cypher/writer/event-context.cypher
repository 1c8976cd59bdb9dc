// What a change event needs to know about each changed artifact: kind, access levels (both ends
// of a link) and every artifact above it, so `under` subscriptions can be filtered without a
// query per event (and still work for an artifact that is about to be deleted).
UNWIND $rows AS row
MATCH (a:Artifact {uid: row.uid})
OPTIONAL MATCH (b:Artifact {uid: row.to})
OPTIONAL MATCH (a)-[:PART_OF|SPECIFIES|IMPLEMENTS]->{1,10}(p:Artifact)
RETURN row.i AS i, a.kind AS kind, a.accessLevel AS level, b.accessLevel AS toLevel,
       collect(DISTINCT p.uid) AS ancestors
