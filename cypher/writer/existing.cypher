// Current kind, content hash and embedding model of the given uids.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
RETURN a.uid AS uid, a.kind AS kind, a.contentHash AS contentHash, a.embeddingModel AS embeddingModel,
       a.rowHash AS rowHash
