// The pending links of artifacts the caller already reads (their `from`): references to
// artifacts not (yet) in the graph, in (type, to) order.
UNWIND $uids AS uid
MATCH (pl:PendingLink {from: uid})
WHERE NOT EXISTS { MATCH (:Artifact {uid: pl.to}) }
WITH uid, pl ORDER BY pl.type, pl.to
RETURN uid, collect({from: pl.from, to: pl.to, type: pl.type, via: pl.via, evidence: pl.evidence,
                     source: pl.source, doubt: pl.doubt,
                     firstSeen: toString(pl.firstSeen)}) AS links
