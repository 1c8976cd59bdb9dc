// The migration lock's uniqueness constraint, if it exists (one row).
SHOW CONSTRAINTS YIELD name WHERE name = '_migration_lock_id' RETURN name
