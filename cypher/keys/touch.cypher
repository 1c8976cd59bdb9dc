// Records that a key was used (at most about once a minute per key, see graph/api-keys.ts).
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()
