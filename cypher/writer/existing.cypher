// What is stored of the given uids: kind, hashes and embedding model, and what merging a source's
// row needs (graph/merge.ts): the first and every source, who holds each field, the field values.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})
RETURN a.uid AS uid, a.kind AS kind, a.contentHash AS contentHash, a.embeddingModel AS embeddingModel,
       a.rowHash AS rowHash, a.rowHashes AS rowHashes, a.source AS source, a.sources AS sources,
       a.fieldSources AS fieldSources,
       {title: a.title, key: a.key, body: a.body, status: a.status, url: a.url,
        accessLevel: a.accessLevel, issueType: a.issueType, codeKind: a.codeKind, path: a.path,
        createdAt: toString(a.createdAt), updatedAt: toString(a.updatedAt)} AS values
