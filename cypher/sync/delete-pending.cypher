// Pending links that were resolved (now real links) or that the source no longer states.
UNWIND $rows AS row
MATCH (p:PendingLink {from: row.from, to: row.to, type: row.type})
DELETE p
