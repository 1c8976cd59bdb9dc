/** Shapes artifact maps returned by hand-written Cypher for the `Artifact` interface. */
import neo4j from 'neo4j-driver';

const TYPE_BY_LABEL: Record<string, string> = {
  PRD: 'PRD',
  Epic: 'Epic',
  UserStory: 'UserStory',
  TechSpec: 'TechSpec',
  Code: 'Code',
};

export interface ArtifactObject {
  __resolveType: string;
  uid: string;
  [field: string]: unknown;
}

/**
 * Converts a Cypher map (`n {.*, embedding: null, labels: labels(n)}`) to a plain JSON object:
 * temporal values become ISO strings (so results can be cached), the GraphQL type comes from the
 * kind label. Relationship fields of the generated API are not populated on these objects.
 */
export function toArtifact(row: Record<string, unknown>): ArtifactObject {
  const {
    labels,
    embedding: _embedding,
    contentHash: _c,
    rowHash: _r,
    embeddingModel: _m,
    ...props
  } = row;
  const label = (labels as string[]).find((l) => l in TYPE_BY_LABEL) ?? 'Code';
  const out: ArtifactObject = {
    __resolveType: TYPE_BY_LABEL[label] ?? 'Code',
    uid: String(props.uid),
  };
  for (const [key, value] of Object.entries(props)) {
    out[key] = neo4j.isDateTime(value) ? new Date(String(value)).toISOString() : value;
  }
  return out;
}
