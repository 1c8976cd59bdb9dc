// Uids of the given rows whose stored artifact, live or soft-deleted, carries a later updatedAt
// than the row: an older version of a record must not be written over a newer one. A row without
// updatedAt is never older.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Artifact {uid: row.uid})
  RETURN a.updatedAt AS stored
  UNION ALL
  MATCH (d:DeletedArtifact {uid: row.uid})
  RETURN d.updatedAt AS stored
}
WITH row, stored
WHERE stored > datetime(row.updatedAt)
RETURN DISTINCT row.uid AS uid
