// Takes the source's run lease when it is free or expired: one sync per source at a time, across
// processes. Returns the owner that holds it afterwards.
MERGE (s:SyncState {source: $source})
WITH s
CALL (s) {
  WITH s WHERE s.leaseUntil IS NULL OR s.leaseUntil < datetime() OR s.leaseOwner = $owner
  SET s.leaseOwner = $owner, s.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
}
RETURN s.leaseOwner AS owner
