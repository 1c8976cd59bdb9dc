// Releases the migration lock if `$owner` holds it.
MATCH (l:_MigrationLock {id: 'schema', owner: $owner}) SET l.owner = null, l.expiresAt = null
