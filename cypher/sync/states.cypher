// Every source's last run, for /metrics.
MATCH (s:SyncState)
RETURN s.source AS source, s.lastSummary AS summary, s.lastRunAt AS lastRunAt
