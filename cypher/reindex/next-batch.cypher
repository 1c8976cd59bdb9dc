// The next artifacts not yet embedded with the current model, in uid order: the resume point of
// an interrupted reindex is simply "whatever is still stale".
MATCH (a:Artifact)
WHERE a.embeddingModel IS NULL OR a.embeddingModel <> $model
RETURN a {.uid, .kind, .title, .key, .body, .status, .url, .source, .accessLevel, .issueType,
          .codeKind, .path, createdAt: toString(a.createdAt), updatedAt: toString(a.updatedAt)} AS row
ORDER BY a.uid
LIMIT $limit
