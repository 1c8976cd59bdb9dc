// The migration lock's uniqueness constraint, which makes the lock's MERGE race-safe.
CREATE CONSTRAINT _migration_lock_id IF NOT EXISTS FOR (l:_MigrationLock) REQUIRE l.id IS UNIQUE
