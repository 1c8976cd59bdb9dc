// The links a source stated that wait for an end (a dry run starts from them).
MATCH (p:PendingLink)
WHERE $source IN coalesce(p.sources, [p.source])
RETURN p.from AS from, p.to AS to, p.type AS type
