// Dry run: the stored row hashes of each artifact (by source; graph/merge.ts) (null: would be created) and which of the
// stated links do not exist yet, so `--dry-run` counts what would change without writing.
CALL {
  UNWIND $uids AS uid
  OPTIONAL MATCH (a:Artifact {uid: uid})
  RETURN collect({uid: uid, rowHash: a.rowHash, rowHashes: a.rowHashes, source: a.source,
                  exists: a IS NOT NULL}) AS artifacts
}
CALL {
  UNWIND $links AS l
  OPTIONAL MATCH (:Artifact {uid: l.from})-[r]->(:Artifact {uid: l.to})
  WHERE type(r) = l.type
  RETURN collect(CASE WHEN r IS NULL THEN l END) AS missing
}
RETURN artifacts, missing
