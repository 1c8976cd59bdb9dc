// Every knowledge item is an :Artifact with a stable, global uid; every write MERGEs on it.
CREATE CONSTRAINT artifact_uid IF NOT EXISTS FOR (a:Artifact) REQUIRE a.uid IS UNIQUE;
CREATE CONSTRAINT person_uid IF NOT EXISTS FOR (p:Person) REQUIRE p.uid IS UNIQUE;
CREATE CONSTRAINT chunk_uid IF NOT EXISTS FOR (c:Chunk) REQUIRE c.uid IS UNIQUE;
CREATE CONSTRAINT sync_state_source IF NOT EXISTS FOR (s:SyncState) REQUIRE s.source IS UNIQUE;
