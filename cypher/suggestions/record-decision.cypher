// Records an accepted or rejected suggestion: one node per link identity, the latest decision
// wins (who and when are those of the latest).
MERGE (d:LinkDecision {key: $key})
SET d.from = $from, d.to = $to, d.type = $type, d.decision = $decision, d.by = $by,
    d.at = datetime()
RETURN d.from AS from, d.to AS to, d.type AS type, d.decision AS decision, d.by AS by,
       toString(d.at) AS at
