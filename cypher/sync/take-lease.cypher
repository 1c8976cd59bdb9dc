// Takes the source's run lease when it is free, expired, or held by `$stale` (a run on this
// host whose process is gone): one sync per source at a time, across processes. Returns the
// owner that holds it afterwards.
MERGE (s:SyncState {source: $source})
WITH s
CALL (s) {
  WITH s WHERE s.leaseUntil IS NULL OR s.leaseUntil < datetime() OR s.leaseOwner IN [$owner, $stale]
  SET s.leaseOwner = $owner, s.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
}
RETURN s.leaseOwner AS owner
