// A new API key (the secret itself is never stored, only its sha256).
CREATE (k:ApiKey {
  id: $id, name: $name, role: $role, levels: $levels, hash: $hash,
  createdAt: datetime(), lastUsedAt: null, revokedAt: null
})
RETURN k {.id, .name, .role, .levels, createdAt: toString(k.createdAt)} AS key
