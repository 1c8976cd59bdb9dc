// HNSW vector indexes. {{…}} values come from the validated configuration (integers and a
// closed enum), never from user input. accessLevel and kind are declared as filter properties
// so the Cypher 25 SEARCH clause filters inside the index instead of after its top k.
CYPHER 25 CREATE VECTOR INDEX artifact_embedding IF NOT EXISTS FOR (a:Artifact) ON a.embedding
WITH [a.accessLevel, a.kind]
OPTIONS {indexConfig: {
  `vector.dimensions`: {{dimensions}},
  `vector.similarity_function`: '{{similarity}}',
  `vector.hnsw.m`: {{hnswM}},
  `vector.hnsw.ef_construction`: {{hnswEfConstruction}},
  `vector.quantization.enabled`: {{quantization}}
}};
CYPHER 25 CREATE VECTOR INDEX chunk_embedding IF NOT EXISTS FOR (c:Chunk) ON c.embedding
WITH [c.accessLevel, c.kind]
OPTIONS {indexConfig: {
  `vector.dimensions`: {{dimensions}},
  `vector.similarity_function`: '{{similarity}}',
  `vector.hnsw.m`: {{hnswM}},
  `vector.hnsw.ef_construction`: {{hnswEfConstruction}},
  `vector.quantization.enabled`: {{quantization}}
}};
