MATCH (a:Artifact)
RETURN count(a) AS total,
       count(CASE WHEN a.embeddingModel IS NULL OR a.embeddingModel <> $model THEN 1 END) AS stale
