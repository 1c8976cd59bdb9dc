// Lucene indexes for the FULLTEXT half of hybrid search. The planner never picks these by
// itself; queries call db.index.fulltext.queryNodes. The english analyzer drops stop words and
// stems ("payments" finds "payment"), so a question's "what" and "the" do not rank documents.
// eventually_consistent=false keeps a write visible to the next search.
CREATE FULLTEXT INDEX artifact_text IF NOT EXISTS FOR (a:Artifact) ON EACH [a.title, a.body]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX chunk_text IF NOT EXISTS FOR (c:Chunk) ON EACH [c.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};
