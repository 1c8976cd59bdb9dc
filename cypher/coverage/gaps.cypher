// Gaps in the hierarchy over every visible artifact, or only those under $scopeUid. One pass
// over the artifacts in scope; each check is an index-backed EXISTS on the node's own edges.
CYPHER 25
OPTIONAL MATCH (root:Artifact {uid: $scopeUid})
CALL (root) {
  WITH root WHERE $scopeUid IS NULL
  MATCH (a:Artifact) WHERE a.accessLevel IN $levels
  RETURN a
  UNION
  WITH root WHERE root IS NOT NULL
  // Only through artifacts the caller may see: nothing is counted under a hidden one.
  MATCH (root) (()<-[:PART_OF|SPECIFIES|IMPLEMENTS]-(x WHERE x.accessLevel IN $levels))* (a:Artifact)
  WHERE a.accessLevel IN $levels
  RETURN DISTINCT a
}
WITH a,
  a:UserStory AND NOT EXISTS { (a)<-[:SPECIFIES]-(t:TechSpec) WHERE t.accessLevel IN $levels } AS storyNoSpec,
  a:UserStory AND NOT EXISTS { (a)<-[:IMPLEMENTS]-(c:Code) WHERE c.accessLevel IN $levels }
              AND NOT EXISTS { (a)<-[:SPECIFIES]-(t:TechSpec)<-[:IMPLEMENTS]-(c:Code)
                               WHERE t.accessLevel IN $levels AND c.accessLevel IN $levels } AS storyNoCode,
  a:TechSpec AND NOT EXISTS { (a)<-[:IMPLEMENTS]-(c:Code) WHERE c.accessLevel IN $levels } AS specNoCode,
  a:Code AND NOT EXISTS { (a)-[:IMPLEMENTS]->(t:Artifact) WHERE t.accessLevel IN $levels } AS orphan,
  a:Epic AND NOT EXISTS { (a)<-[:PART_OF]-(s:UserStory) WHERE s.accessLevel IN $levels } AS epicNoStory
ORDER BY a.uid
WITH a {.*, embedding: null, labels: labels(a)} AS p, a, storyNoSpec, storyNoCode, specNoCode, orphan, epicNoStory
RETURN
  collect(CASE WHEN storyNoSpec THEN p END) AS storiesWithoutSpec,
  collect(CASE WHEN storyNoCode THEN p END) AS storiesWithoutCode,
  collect(CASE WHEN specNoCode THEN p END) AS specsWithoutCode,
  collect(CASE WHEN orphan THEN p END) AS orphanCode,
  collect(CASE WHEN epicNoStory THEN p END) AS epicsWithoutStories,
  {prds: sum(CASE WHEN a:PRD THEN 1 ELSE 0 END), epics: sum(CASE WHEN a:Epic THEN 1 ELSE 0 END),
   stories: sum(CASE WHEN a:UserStory THEN 1 ELSE 0 END), specs: sum(CASE WHEN a:TechSpec THEN 1 ELSE 0 END),
   code: sum(CASE WHEN a:Code THEN 1 ELSE 0 END)} AS totals
