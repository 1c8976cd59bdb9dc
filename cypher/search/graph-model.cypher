// The embedding model the graph was embedded with (null before the first write).
OPTIONAL MATCH (m:_GraphMeta {id: 'graph'}) RETURN m.embeddingModel AS model
