// Removes a batch of links (whoever found them), returning what each removed link carried. A row
// whose link is not there (or whose type is not a link type) matches nothing.
CYPHER 25
UNWIND $rows AS row
MATCH (:Artifact {uid: row.from})-[r:$(row.type)]->(:Artifact {uid: row.to})
WITH row, r, r.via AS via, r.evidence AS evidence
DELETE r
RETURN row.i AS i, via, evidence
