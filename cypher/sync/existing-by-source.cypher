// The live artifacts a source wrote (for deletion detection).
MATCH (a:Artifact)
WHERE a.source = $source
RETURN a.uid AS uid
