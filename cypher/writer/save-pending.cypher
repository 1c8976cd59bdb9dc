// Links whose target is not in the graph yet: kept until it arrives (firstSeen is kept).
UNWIND $rows AS row
MERGE (p:PendingLink {from: row.from, to: row.to, type: row.type})
ON CREATE SET p.firstSeen = datetime()
SET p.via = row.via, p.evidence = row.evidence, p.kind = row.kind, p.source = $source
