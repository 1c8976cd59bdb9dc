// Every vector index and the dimensions it was created with.
SHOW VECTOR INDEXES YIELD name, options RETURN name, options.indexConfig['vector.dimensions'] AS dims
