// Every API key, newest first, without its hash.
MATCH (k:ApiKey)
RETURN k {
  .id, .name, .role, .levels,
  createdAt: toString(k.createdAt),
  lastUsedAt: toString(k.lastUsedAt),
  revokedAt: toString(k.revokedAt)
} AS key
ORDER BY k.createdAt DESC
