// The coverage scope, if it exists and the caller may read it (no row: NOT_FOUND).
MATCH (a:Artifact {uid: $uid}) WHERE a.accessLevel IN $levels RETURN a.uid AS uid
