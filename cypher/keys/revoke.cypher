// Revokes a key (kept for the record); returns nothing when no key has this id.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.id AS id
