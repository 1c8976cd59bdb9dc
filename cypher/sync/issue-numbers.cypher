// The highest GitHub issue or pull-request number seen in each repository (live or deleted):
// a `#N` beyond it is doubtful (ingest/sync/plan.ts). Seeks on the uid indexes by prefix.
UNWIND $repos AS repo
CALL (repo) {
  MATCH (a:Artifact) WHERE a.uid STARTS WITH 'github:' + repo + '#'
  RETURN max(toInteger(split(a.uid, '#')[1])) AS live
}
CALL (repo) {
  MATCH (d:DeletedArtifact) WHERE d.uid STARTS WITH 'github:' + repo + '#'
  RETURN max(toInteger(split(d.uid, '#')[1])) AS deleted
}
WITH repo, [n IN [live, deleted] WHERE n IS NOT NULL] AS seen
WHERE size(seen) > 0
RETURN repo, reduce(top = 0, n IN seen | CASE WHEN n > top THEN n ELSE top END) AS highest
