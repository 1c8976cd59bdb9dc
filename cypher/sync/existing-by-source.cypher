// The live artifacts a source wrote, alone or with others (for deletion detection).
MATCH (a:Artifact)
WHERE $source IN coalesce(a.sources, [a.source])
RETURN a.uid AS uid
