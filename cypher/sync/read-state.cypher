// The checkpoint of one source, and whether another run holds its lease.
MATCH (s:SyncState {source: $source})
RETURN s.checkpoint AS checkpoint, s.leaseUntil AS leaseUntil, s.leaseOwner AS leaseOwner,
       s.lastSummary AS lastSummary
