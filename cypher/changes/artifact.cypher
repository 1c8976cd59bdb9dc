// The current state of a changed artifact, if the subscriber may read it (null once deleted).
MATCH (a:Artifact {uid: $uid}) WHERE a.accessLevel IN $levels
RETURN a {.*, embedding: null, labels: labels(a)} AS a
