// Pending links with an end among artifacts just written: candidates to become real links.
// Doubtful references (graph/links.ts) wait for their target like the others.
UNWIND $uids AS uid
MATCH (p:PendingLink)
WHERE p.to = uid OR p.from = uid
RETURN DISTINCT p.from AS from, p.to AS to, p.type AS type, p.via AS via,
       p.evidence AS evidence, p.kind AS kind,
       coalesce(p.sources, CASE WHEN p.source IS NULL THEN null ELSE [p.source] END) AS sources
