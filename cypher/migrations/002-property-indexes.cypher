// Range indexes for the generated API's filters and the sync jobs' lookups.
CREATE INDEX artifact_kind IF NOT EXISTS FOR (a:Artifact) ON (a.kind);
CREATE INDEX artifact_key IF NOT EXISTS FOR (a:Artifact) ON (a.key);
CREATE INDEX artifact_updated_at IF NOT EXISTS FOR (a:Artifact) ON (a.updatedAt);
CREATE INDEX artifact_access_level IF NOT EXISTS FOR (a:Artifact) ON (a.accessLevel);
