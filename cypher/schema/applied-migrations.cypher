// The migrations applied so far, with the checksums of their files.
MATCH (m:_Migration) RETURN m.id AS id, m.checksum AS checksum
