// Pending links that were made real, refused by the rules, or that a source no longer states.
// With $source, only that source's claim goes: a pending link another source still states stays.
UNWIND $rows AS row
MATCH (p:PendingLink {from: row.from, to: row.to, type: row.type})
WITH p, [s IN coalesce(p.sources, [p.source]) WHERE s <> $source] AS rest
WITH p, rest, $source IS NULL OR size(rest) = 0 AS gone
FOREACH (_ IN CASE WHEN gone THEN [] ELSE [1] END |
  SET p.sources = rest, p.source = CASE WHEN p.source IN rest THEN p.source ELSE rest[0] END)
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE p)
RETURN count(CASE WHEN gone THEN 1 END) AS deleted, count(CASE WHEN NOT gone THEN 1 END) AS released
