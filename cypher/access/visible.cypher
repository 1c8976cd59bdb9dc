// Whether the caller may read the artifact with this uid (no row: missing or hidden, alike).
MATCH (a:Artifact {uid: $uid})
WHERE a.accessLevel IN $levels
RETURN a.uid AS uid
