// The graph epoch (0 before the first write).
OPTIONAL MATCH (m:_GraphMeta {id: 'graph'})
RETURN coalesce(m.epoch, 0) AS epoch
