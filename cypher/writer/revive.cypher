// An artifact that comes back (an issue moved back, a file restored) takes its old node again,
// so its uid stays unique; the upsert that follows restores its kind label and content.
UNWIND $uids AS uid
MATCH (d:DeletedArtifact {uid: uid})
REMOVE d:DeletedArtifact, d.deletedAt
SET d:Artifact
RETURN count(d) AS revived
