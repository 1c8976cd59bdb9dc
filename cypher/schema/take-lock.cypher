// Takes the migration lock when it is free, expired or already `$owner`'s, for `$lease` ms.
// One row when `$owner` holds it afterwards, none when another process does.
MERGE (l:_MigrationLock {id: 'schema'})
WITH l WHERE l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp()
SET l.owner = $owner, l.expiresAt = timestamp() + $lease
RETURN l.owner AS owner
