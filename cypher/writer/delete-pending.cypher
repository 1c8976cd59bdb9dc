// Pending links that were made real, refused by the rules, or that the source no longer states.
UNWIND $rows AS row
MATCH (p:PendingLink {from: row.from, to: row.to, type: row.type})
DELETE p
RETURN count(p) AS deleted
