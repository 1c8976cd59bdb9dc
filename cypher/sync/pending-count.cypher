// The links a source stated that still wait for an end (the summary's `pending`).
MATCH (p:PendingLink)
WHERE $source IN coalesce(p.sources, [p.source])
RETURN count(p) AS pending
