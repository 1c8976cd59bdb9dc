// The people of artifacts just written, as their source names them now: the source's earlier
// AUTHORED / ASSIGNED / REVIEWED edges of each artifact are replaced (an assignee changed in Jira
// moves), other sources' are left alone. A person is MERGEd on uid (graph/merge.ts explains whose
// fields win on artifacts; a person keeps its first name and email). Roles come from a closed union.
CYPHER 25
UNWIND $rows AS row
MATCH (a:Artifact {uid: row.uid})
CALL (a, row) {
  MATCH (a)<-[old:AUTHORED|ASSIGNED|REVIEWED]-(:Person)
  WHERE old.source = row.source
  DELETE old
}
CALL (a, row) {
  UNWIND row.people AS p
  MERGE (person:Person {uid: p.uid})
  ON CREATE SET person.name = p.name, person.email = p.email
  SET person.email = coalesce(person.email, p.email)
  MERGE (person)-[r:$(p.role)]->(a)
  SET r.source = row.source, r.at = CASE WHEN p.at IS NULL THEN null ELSE datetime(p.at) END
}
RETURN count(*) AS written
