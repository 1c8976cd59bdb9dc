// Kinds of the given uids (live artifacts only), to check link candidates against the rules.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
RETURN a.uid AS uid, a.kind AS kind
