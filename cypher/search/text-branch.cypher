// Fulltext candidates (Lucene over title, body and key). The procedure streams lazily, so the
// access/kind filter followed by LIMIT reads only as far as it needs and never comes back short.
CALL db.index.fulltext.queryNodes('artifact_text', $query) YIELD node, score
WHERE node.accessLevel IN $levels AND node.kind IN $kinds
WITH node, score LIMIT $k
WITH collect({node: node, score: score}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
RETURN ranked[i].node AS node, null AS vrank, null AS vscore, null AS chunk,
       i + 1 AS trank, ranked[i].score AS tscore
