// Whether the graph holds no artifacts yet.
MATCH (a:Artifact) RETURN count(a) = 0 AS empty
