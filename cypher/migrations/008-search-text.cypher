// Code-aware fulltext: the writer derives `searchText` (graph/search-text.ts): identifiers split
// into words beside the exact name (Lucene's analyzers cannot split camelCase), and for source
// files the meaningful lines only (declarations, signatures, comments, path segments). The index
// is rebuilt over title, key and searchText; body is no longer indexed itself, as searchText
// carries it (or its outline). Artifacts written before this migration get their title and
// body as searchText until the writer (or `reindex`) writes them again.
DROP INDEX artifact_text IF EXISTS;
MATCH (a:Artifact) WHERE a.searchText IS NULL
SET a.searchText = a.title + '\n' + coalesce(a.body, '');
CREATE FULLTEXT INDEX artifact_text IF NOT EXISTS FOR (a:Artifact) ON EACH [a.title, a.key, a.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};
