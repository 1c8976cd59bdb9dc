// Which of these uids name an artifact the caller may not read. A write that would touch one is
// answered as if the artifact did not exist.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
WHERE NOT a.accessLevel IN $levels
RETURN a.uid AS uid
