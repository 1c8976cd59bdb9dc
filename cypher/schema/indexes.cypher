// The names of every index but the built-in token lookup indexes.
SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name
