// Kinds of every endpoint named by a batch of links.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
RETURN a.uid AS uid, a.kind AS kind
