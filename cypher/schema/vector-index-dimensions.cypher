// The dimensions of the artifact and chunk vector indexes (no row for one that does not exist).
SHOW VECTOR INDEXES YIELD name, options WHERE name IN ['artifact_embedding', 'chunk_embedding'] RETURN name, options.indexConfig['vector.dimensions'] AS dims
