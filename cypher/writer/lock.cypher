// Write-locks the stored artifacts (live or soft-deleted) of the given uids until the transaction
// ends, so what the transaction reads of them next is what is committed, and no other writer
// changes them in between. Changes nothing.
UNWIND $uids AS uid
CALL (uid) {
  MATCH (a:Artifact {uid: uid})
  RETURN a
  UNION ALL
  MATCH (a:DeletedArtifact {uid: uid})
  RETURN a
}
SET a._lock = true
REMOVE a._lock
RETURN count(a) AS locked
