// The key with this id, if it is not revoked.
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
RETURN k {.id, .role, .levels, .hash, lastUsedAt: toString(k.lastUsedAt)} AS key
