// Kinds of a link's two endpoints (missing ones come back null).
OPTIONAL MATCH (a:Artifact {uid: $from})
OPTIONAL MATCH (b:Artifact {uid: $to})
RETURN a.kind AS fromKind, b.kind AS toKind
