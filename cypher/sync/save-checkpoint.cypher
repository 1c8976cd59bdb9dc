// Moves the checkpoint (after the page it covers is written) and extends the lease.
MATCH (s:SyncState {source: $source})
WHERE s.leaseOwner = $owner
SET s.checkpoint = $checkpoint, s.checkpointAt = datetime(),
    s.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN count(s) AS saved
