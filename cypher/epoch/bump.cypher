// The graph epoch: incremented in the same transaction as every write, mirrored to Redis after
// commit. Cache keys include it, so no write leaves a stale answer behind.
MERGE (m:_GraphMeta {id: 'graph'})
SET m.epoch = coalesce(m.epoch, 0) + 1, m.embeddingModel = coalesce($model, m.embeddingModel)
RETURN m.epoch AS epoch
