// Files of scope $scope already stored that name one of $names (the names of source files just
// created in it) gain their REFERENCES to them (graph/references.ts).
CYPHER 25
MATCH (a:Code {codeScope: $scope})
WHERE any(m IN a.codeMentions WHERE m IN $names)
UNWIND [m IN a.codeMentions WHERE m IN $names] AS m
MATCH (b:Code {codeName: m})
WITH a, b WHERE a <> b
MERGE (a)-[:REFERENCES]->(b)
RETURN count(*) AS references
