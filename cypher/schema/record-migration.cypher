// Records that a migration was applied.
CREATE (:_Migration {id: $id, name: $name, checksum: $checksum, appliedAt: datetime()})
