// Ends a run: frees the lease and records its summary.
MATCH (s:SyncState {source: $source})
WHERE s.leaseOwner = $owner
SET s.leaseOwner = null, s.leaseUntil = null, s.lastSummary = $summary, s.lastRunAt = datetime()
