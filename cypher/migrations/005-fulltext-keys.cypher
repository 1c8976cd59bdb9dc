// Keys in the fulltext index too: people ask about "SHOP-12" or commit "4b7d0a2", and a key is
// the most exact evidence a question can carry. A fulltext index cannot be altered, so it is
// dropped and built again over title, body and key (the english analyzer splits "SHOP-12" into
// "shop" and "12"; a commit sha stays one token).
DROP INDEX artifact_text IF EXISTS;
CREATE FULLTEXT INDEX artifact_text IF NOT EXISTS FOR (a:Artifact) ON EACH [a.title, a.body, a.key]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};
