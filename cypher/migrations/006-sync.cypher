// Ingestion state: one checkpoint per source, soft-deleted artifacts (relabelled, so every query
// and index over :Artifact leaves them out, but kept with deletedAt for the record), links that
// wait for their target to arrive, and the source of each artifact (deletion detection).
CREATE CONSTRAINT sync_state_source IF NOT EXISTS FOR (s:SyncState) REQUIRE s.source IS UNIQUE;
CREATE INDEX deleted_artifact_uid IF NOT EXISTS FOR (d:DeletedArtifact) ON (d.uid);
CREATE INDEX pending_link_to IF NOT EXISTS FOR (p:PendingLink) ON (p.to);
CREATE INDEX pending_link_from IF NOT EXISTS FOR (p:PendingLink) ON (p.from);
CREATE INDEX artifact_source IF NOT EXISTS FOR (a:Artifact) ON (a.source);
