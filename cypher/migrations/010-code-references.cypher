// Source files naming each other (graph/references.ts): the writer stores a file's scope-qualified
// name (`codeName`) and scope (`codeScope`) and seeks them here to derive REFERENCES.
CREATE INDEX code_name IF NOT EXISTS FOR (c:Code) ON (c.codeName);
CREATE INDEX code_scope IF NOT EXISTS FOR (c:Code) ON (c.codeScope);
