import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArtifactObject } from '../queries/artifact.js';
import type { FeedEvent } from '../queries/changes.js';
import type { TraceEdgeSource } from '../queries/trace.js';
import type { CoverageReport as CoverageReportSource, CoverageGap as CoverageGapSource } from '../queries/coverage.js';
import type { LinkSuggestion as LinkSuggestionSource } from '../queries/suggestions.js';
import type { DecisionResult } from '../graph/decisions.js';
import type { Context } from '../resolvers/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  /** The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID. */
  ID: { input: string; output: string; }
  /** The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text. */
  String: { input: string; output: string; }
  /** The `Boolean` scalar type represents `true` or `false`. */
  Boolean: { input: boolean; output: boolean; }
  /** The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1. */
  Int: { input: number; output: number; }
  /** The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point). */
  Float: { input: number; output: number; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

export type AccessLevel =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'RESTRICTED';

export type Answer = {
  __typename?: 'Answer';
  /**
   * Generated: the context items the text cites, in order of first citation (markers the model
   * invented are removed from the text). Not generated: every context item.
   */
  citations: Array<Citation>;
  /** The search hits the context was built from. */
  context: Array<SearchHit>;
  /** How generation ended: `stop`, or `length` when the model hit its output limit. */
  finishReason?: Maybe<Scalars['String']['output']>;
  generated: Scalars['Boolean']['output'];
  /** The chat model that wrote `text`. */
  model?: Maybe<Scalars['String']['output']>;
  /** Why no answer was generated: generation off, Ollama not reachable, nothing found. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The answer with its citation markers; null when `generated` is false. */
  text?: Maybe<Scalars['String']['output']>;
};

export type AnswerChunk = {
  __typename?: 'AnswerChunk';
  /** On the last chunk (`done: true`): the whole answer with its citations. */
  answer?: Maybe<Answer>;
  /** Text to append; the deltas of a stream add up to the answer's `text`. */
  delta: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
};

export type Artifact = {
  accessLevel: Scalars['String']['output'];
  body?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type ArtifactDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type ArtifactDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};

export type ArtifactDependsOnConnection = {
  __typename?: 'ArtifactDependsOnConnection';
  edges: Array<ArtifactDependsOnRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArtifactDependsOnConnectionSort = {
  edge?: InputMaybe<ArtifactDependsOnEdgeSort>;
  node?: InputMaybe<ArtifactSort>;
};

export type ArtifactDependsOnConnectionWhere = {
  AND?: InputMaybe<Array<ArtifactDependsOnConnectionWhere>>;
  NOT?: InputMaybe<ArtifactDependsOnConnectionWhere>;
  OR?: InputMaybe<Array<ArtifactDependsOnConnectionWhere>>;
  edge?: InputMaybe<ArtifactDependsOnEdgeWhere>;
  node?: InputMaybe<ArtifactWhere>;
};

export type ArtifactDependsOnEdgeSort = {
  /**
   * Relationship properties when source node is of type:
   * * PRD
   * * Epic
   * * UserStory
   * * TechSpec
   * * Code
   */
  DependencyEvidence?: InputMaybe<DependencyEvidenceSort>;
};

export type ArtifactDependsOnEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * PRD
   * * Epic
   * * UserStory
   * * TechSpec
   * * Code
   */
  DependencyEvidence?: InputMaybe<DependencyEvidenceWhere>;
};

export type ArtifactDependsOnRelationship = {
  __typename?: 'ArtifactDependsOnRelationship';
  cursor: Scalars['String']['output'];
  node: Artifact;
  properties: ArtifactDependsOnRelationshipProperties;
};

export type ArtifactDependsOnRelationshipProperties = DependencyEvidence;

export type ArtifactEdge = {
  __typename?: 'ArtifactEdge';
  cursor: Scalars['String']['output'];
  node: Artifact;
};

export type ArtifactImplementation =
  | 'Code'
  | 'Epic'
  | 'PRD'
  | 'TechSpec'
  | 'UserStory';

export type ArtifactInput = {
  /** @default INTERNAL */
  accessLevel?: InputMaybe<AccessLevel>;
  body?: InputMaybe<Scalars['String']['input']>;
  codeKind?: InputMaybe<CodeKind>;
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  issueType?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  kind: ArtifactKind;
  path?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  uid: Scalars['ID']['input'];
  updatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactKind =
  | 'CODE'
  | 'EPIC'
  | 'PRD'
  | 'TECH_SPEC'
  | 'USER_STORY';

/** ArtifactKind filters */
export type ArtifactKindEnumScalarFilters = {
  eq?: InputMaybe<ArtifactKind>;
  in?: InputMaybe<Array<ArtifactKind>>;
};

/** Fields to sort Artifacts by. The order in which sorts are applied is not guaranteed when specifying many fields in one ArtifactSort object. */
export type ArtifactSort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type ArtifactWhere = {
  AND?: InputMaybe<Array<ArtifactWhere>>;
  NOT?: InputMaybe<ArtifactWhere>;
  OR?: InputMaybe<Array<ArtifactWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  typename?: InputMaybe<Array<ArtifactImplementation>>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactsConnection = {
  __typename?: 'ArtifactsConnection';
  edges: Array<ArtifactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** The artifact's current state when the event is delivered; null once it is deleted. */
  artifact?: Maybe<Artifact>;
  at: Scalars['DateTime']['output'];
  /** Stream position; pass it as `after` to resume right after this event. */
  cursor: Scalars['String']['output'];
  /** The graph epoch of the write. */
  epoch: Scalars['Int']['output'];
  kind: ArtifactKind;
  /** For LINKED and UNLINKED. */
  link?: Maybe<TraceEdge>;
  op: ChangeOp;
  /** The artifact that changed (for links: the child, `link.from`). */
  uid: Scalars['ID']['output'];
};

export type ChangeOp =
  | 'CREATED'
  | 'DELETED'
  | 'LINKED'
  | 'UNLINKED'
  | 'UPDATED';

/** A slice of a long body, embedded on its own so a question about paragraph forty still finds it. */
export type Chunk = {
  __typename?: 'Chunk';
  accessLevel: Scalars['String']['output'];
  artifacts: Array<Artifact>;
  artifactsConnection: ChunkArtifactsConnection;
  ordinal: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
};


/** A slice of a long body, embedded on its own so a question about paragraph forty still finds it. */
export type ChunkArtifactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


/** A slice of a long body, embedded on its own so a question about paragraph forty still finds it. */
export type ChunkArtifactsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChunkArtifactsConnectionSort>>;
  where?: InputMaybe<ChunkArtifactsConnectionWhere>;
};

export type ChunkAggregate = {
  __typename?: 'ChunkAggregate';
  count: Count;
  node: ChunkAggregateNode;
};

export type ChunkAggregateNode = {
  __typename?: 'ChunkAggregateNode';
  accessLevel: StringAggregateSelection;
  ordinal: IntAggregateSelection;
  text: StringAggregateSelection;
};

export type ChunkArtifactArtifactsAggregateSelection = {
  __typename?: 'ChunkArtifactArtifactsAggregateSelection';
  count: CountConnection;
  node?: Maybe<ChunkArtifactArtifactsNodeAggregateSelection>;
};

export type ChunkArtifactArtifactsNodeAggregateSelection = {
  __typename?: 'ChunkArtifactArtifactsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type ChunkArtifactsConnection = {
  __typename?: 'ChunkArtifactsConnection';
  aggregate: ChunkArtifactArtifactsAggregateSelection;
  edges: Array<ChunkArtifactsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChunkArtifactsConnectionSort = {
  node?: InputMaybe<ArtifactSort>;
};

export type ChunkArtifactsConnectionWhere = {
  AND?: InputMaybe<Array<ChunkArtifactsConnectionWhere>>;
  NOT?: InputMaybe<ChunkArtifactsConnectionWhere>;
  OR?: InputMaybe<Array<ChunkArtifactsConnectionWhere>>;
  node?: InputMaybe<ArtifactWhere>;
};

export type ChunkArtifactsRelationship = {
  __typename?: 'ChunkArtifactsRelationship';
  cursor: Scalars['String']['output'];
  node: Artifact;
};

export type ChunkEdge = {
  __typename?: 'ChunkEdge';
  cursor: Scalars['String']['output'];
  node: Chunk;
};

/** Fields to sort Chunks by. The order in which sorts are applied is not guaranteed when specifying many fields in one ChunkSort object. */
export type ChunkSort = {
  accessLevel?: InputMaybe<SortDirection>;
  ordinal?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
};

export type ChunkWhere = {
  AND?: InputMaybe<Array<ChunkWhere>>;
  NOT?: InputMaybe<ChunkWhere>;
  OR?: InputMaybe<Array<ChunkWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  ordinal?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter ordinal: { eq: ... } */
  ordinal_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter ordinal: { gt: ... } */
  ordinal_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter ordinal: { gte: ... } */
  ordinal_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter ordinal: { in: ... } */
  ordinal_IN?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** @deprecated Please use the relevant generic filter ordinal: { lt: ... } */
  ordinal_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter ordinal: { lte: ... } */
  ordinal_LTE?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter text: { contains: ... } */
  text_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { endsWith: ... } */
  text_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { eq: ... } */
  text_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { in: ... } */
  text_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter text: { startsWith: ... } */
  text_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
};

export type ChunksConnection = {
  __typename?: 'ChunksConnection';
  aggregate: ChunkAggregate;
  edges: Array<ChunkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Citation = {
  __typename?: 'Citation';
  artifact: Artifact;
  /** The marker as it appears in the text, e.g. [2]. */
  marker: Scalars['String']['output'];
  /** The artifact's text as the model was given it. */
  snippet: Scalars['String']['output'];
};

export type Code = Artifact & {
  __typename?: 'Code';
  accessLevel: Scalars['String']['output'];
  /** Who it is assigned to (Jira, GitHub issues); null when nobody. */
  assignee?: Maybe<Contributor>;
  /** Who wrote it (commit authors and co-authors, pull-request and issue authors, Jira reporters). */
  authors: Array<Contributor>;
  body?: Maybe<Scalars['String']['output']>;
  codeKind?: Maybe<CodeKind>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  implementsSpecs: Array<TechSpec>;
  implementsSpecsConnection: CodeImplementsSpecsConnection;
  implementsStories: Array<UserStory>;
  implementsStoriesConnection: CodeImplementsStoriesConnection;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  path?: Maybe<Scalars['String']['output']>;
  /** Links of this artifact to artifacts not (yet) in the graph: edges to placeholders. */
  pendingLinks: Array<PendingLink>;
  /** Who reviewed it (pull requests). */
  reviewers: Array<Contributor>;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type CodeDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type CodeDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};


export type CodeImplementsSpecsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecSort>>;
  where?: InputMaybe<TechSpecWhere>;
};


export type CodeImplementsSpecsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeImplementsSpecsConnectionSort>>;
  where?: InputMaybe<CodeImplementsSpecsConnectionWhere>;
};


export type CodeImplementsStoriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySort>>;
  where?: InputMaybe<UserStoryWhere>;
};


export type CodeImplementsStoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeImplementsStoriesConnectionSort>>;
  where?: InputMaybe<CodeImplementsStoriesConnectionWhere>;
};

export type CodeAggregate = {
  __typename?: 'CodeAggregate';
  count: Count;
  node: CodeAggregateNode;
};

export type CodeAggregateNode = {
  __typename?: 'CodeAggregateNode';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  path: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type CodeEdge = {
  __typename?: 'CodeEdge';
  cursor: Scalars['String']['output'];
  node: Code;
};

export type CodeImplementsSpecsConnection = {
  __typename?: 'CodeImplementsSpecsConnection';
  aggregate: CodeTechSpecImplementsSpecsAggregateSelection;
  edges: Array<CodeImplementsSpecsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CodeImplementsSpecsConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<TechSpecSort>;
};

export type CodeImplementsSpecsConnectionWhere = {
  AND?: InputMaybe<Array<CodeImplementsSpecsConnectionWhere>>;
  NOT?: InputMaybe<CodeImplementsSpecsConnectionWhere>;
  OR?: InputMaybe<Array<CodeImplementsSpecsConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<TechSpecWhere>;
};

export type CodeImplementsSpecsRelationship = {
  __typename?: 'CodeImplementsSpecsRelationship';
  cursor: Scalars['String']['output'];
  node: TechSpec;
  properties: Evidence;
};

export type CodeImplementsStoriesConnection = {
  __typename?: 'CodeImplementsStoriesConnection';
  aggregate: CodeUserStoryImplementsStoriesAggregateSelection;
  edges: Array<CodeImplementsStoriesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CodeImplementsStoriesConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<UserStorySort>;
};

export type CodeImplementsStoriesConnectionWhere = {
  AND?: InputMaybe<Array<CodeImplementsStoriesConnectionWhere>>;
  NOT?: InputMaybe<CodeImplementsStoriesConnectionWhere>;
  OR?: InputMaybe<Array<CodeImplementsStoriesConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<UserStoryWhere>;
};

export type CodeImplementsStoriesRelationship = {
  __typename?: 'CodeImplementsStoriesRelationship';
  cursor: Scalars['String']['output'];
  node: UserStory;
  properties: Evidence;
};

/** What a Code artifact is: a pull request, a commit or a file. */
export type CodeKind =
  | 'COMMIT'
  | 'FILE'
  | 'PULL_REQUEST';

/** CodeKind filters */
export type CodeKindEnumScalarFilters = {
  eq?: InputMaybe<CodeKind>;
  in?: InputMaybe<Array<CodeKind>>;
};

/** Fields to sort Codes by. The order in which sorts are applied is not guaranteed when specifying many fields in one CodeSort object. */
export type CodeSort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  codeKind?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  path?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type CodeTechSpecImplementsSpecsAggregateSelection = {
  __typename?: 'CodeTechSpecImplementsSpecsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CodeTechSpecImplementsSpecsEdgeAggregateSelection>;
  node?: Maybe<CodeTechSpecImplementsSpecsNodeAggregateSelection>;
};

export type CodeTechSpecImplementsSpecsEdgeAggregateSelection = {
  __typename?: 'CodeTechSpecImplementsSpecsEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type CodeTechSpecImplementsSpecsNodeAggregateSelection = {
  __typename?: 'CodeTechSpecImplementsSpecsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type CodeUserStoryImplementsStoriesAggregateSelection = {
  __typename?: 'CodeUserStoryImplementsStoriesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CodeUserStoryImplementsStoriesEdgeAggregateSelection>;
  node?: Maybe<CodeUserStoryImplementsStoriesNodeAggregateSelection>;
};

export type CodeUserStoryImplementsStoriesEdgeAggregateSelection = {
  __typename?: 'CodeUserStoryImplementsStoriesEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type CodeUserStoryImplementsStoriesNodeAggregateSelection = {
  __typename?: 'CodeUserStoryImplementsStoriesNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  issueType: StringAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type CodeWhere = {
  AND?: InputMaybe<Array<CodeWhere>>;
  NOT?: InputMaybe<CodeWhere>;
  OR?: InputMaybe<Array<CodeWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  codeKind?: InputMaybe<CodeKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter codeKind: { eq: ... } */
  codeKind_EQ?: InputMaybe<CodeKind>;
  /** @deprecated Please use the relevant generic filter codeKind: { in: ... } */
  codeKind_IN?: InputMaybe<Array<InputMaybe<CodeKind>>>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  path?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter path: { contains: ... } */
  path_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter path: { endsWith: ... } */
  path_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter path: { eq: ... } */
  path_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter path: { in: ... } */
  path_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter path: { startsWith: ... } */
  path_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type CodesConnection = {
  __typename?: 'CodesConnection';
  aggregate: CodeAggregate;
  edges: Array<CodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A person's part in an artifact, and when (as the source says). */
export type Contributor = {
  __typename?: 'Contributor';
  at?: Maybe<Scalars['DateTime']['output']>;
  person: Person;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type CoverageGap = {
  __typename?: 'CoverageGap';
  artifact: Artifact;
  gap: CoverageGapKind;
  /** The best candidates for the missing link (of the kinds the gap lacks); `first` is 1..50. */
  suggestions: Array<LinkSuggestion>;
};


export type CoverageGapSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CoverageGapKind =
  | 'EPIC_WITHOUT_STORIES'
  | 'ORPHAN_CODE'
  | 'SPEC_WITHOUT_CODE'
  | 'STORY_WITHOUT_CODE'
  | 'STORY_WITHOUT_SPEC';

export type CoverageReport = {
  __typename?: 'CoverageReport';
  epicsWithoutStories: Array<Artifact>;
  /** Every gap of the lists above, one entry per artifact and missing link, with its suggestions. */
  gaps: Array<CoverageGap>;
  orphanCode: Array<Artifact>;
  specsWithoutCode: Array<Artifact>;
  storiesWithoutCode: Array<Artifact>;
  storiesWithoutSpec: Array<Artifact>;
  totals: CoverageTotals;
};

export type CoverageTotals = {
  __typename?: 'CoverageTotals';
  code: Scalars['Int']['output'];
  epics: Scalars['Int']['output'];
  prds: Scalars['Int']['output'];
  specs: Scalars['Int']['output'];
  stories: Scalars['Int']['output'];
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: Scalars['Boolean']['output'];
  epoch: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * PRD.dependsOn
 * * Epic.dependsOn
 * * UserStory.dependsOn
 * * TechSpec.dependsOn
 * * Code.dependsOn
 */
export type DependencyEvidence = {
  __typename?: 'DependencyEvidence';
  evidence?: Maybe<Scalars['String']['output']>;
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  /** The sources that state the link (none for links made by hand). */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  via: Scalars['String']['output'];
};

export type DependencyEvidenceSort = {
  evidence?: InputMaybe<SortDirection>;
  firstSeen?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  sources?: InputMaybe<SortDirection>;
  via?: InputMaybe<SortDirection>;
};

export type DependencyEvidenceWhere = {
  AND?: InputMaybe<Array<DependencyEvidenceWhere>>;
  NOT?: InputMaybe<DependencyEvidenceWhere>;
  OR?: InputMaybe<Array<DependencyEvidenceWhere>>;
  evidence?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter evidence: { contains: ... } */
  evidence_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { endsWith: ... } */
  evidence_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { eq: ... } */
  evidence_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { in: ... } */
  evidence_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter evidence: { startsWith: ... } */
  evidence_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  firstSeen?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter firstSeen: { eq: ... } */
  firstSeen_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gt: ... } */
  firstSeen_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gte: ... } */
  firstSeen_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { in: ... } */
  firstSeen_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lt: ... } */
  firstSeen_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lte: ... } */
  firstSeen_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { contains: ... } */
  kind_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { endsWith: ... } */
  kind_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter kind: { startsWith: ... } */
  kind_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  via?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter via: { contains: ... } */
  via_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { endsWith: ... } */
  via_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { eq: ... } */
  via_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { in: ... } */
  via_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter via: { startsWith: ... } */
  via_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type Epic = Artifact & {
  __typename?: 'Epic';
  accessLevel: Scalars['String']['output'];
  /** Who it is assigned to (Jira, GitHub issues); null when nobody. */
  assignee?: Maybe<Contributor>;
  /** Who wrote it (commit authors and co-authors, pull-request and issue authors, Jira reporters). */
  authors: Array<Contributor>;
  body?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  /** Links of this artifact to artifacts not (yet) in the graph: edges to placeholders. */
  pendingLinks: Array<PendingLink>;
  prds: Array<Prd>;
  prdsConnection: EpicPrdsConnection;
  /** Who reviewed it (pull requests). */
  reviewers: Array<Contributor>;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  status?: Maybe<Scalars['String']['output']>;
  stories: Array<UserStory>;
  storiesConnection: EpicStoriesConnection;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type EpicDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type EpicDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};


export type EpicPrdsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PrdSort>>;
  where?: InputMaybe<PrdWhere>;
};


export type EpicPrdsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicPrdsConnectionSort>>;
  where?: InputMaybe<EpicPrdsConnectionWhere>;
};


export type EpicStoriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySort>>;
  where?: InputMaybe<UserStoryWhere>;
};


export type EpicStoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicStoriesConnectionSort>>;
  where?: InputMaybe<EpicStoriesConnectionWhere>;
};

export type EpicAggregate = {
  __typename?: 'EpicAggregate';
  count: Count;
  node: EpicAggregateNode;
};

export type EpicAggregateNode = {
  __typename?: 'EpicAggregateNode';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type EpicEdge = {
  __typename?: 'EpicEdge';
  cursor: Scalars['String']['output'];
  node: Epic;
};

export type EpicPrdPrdsAggregateSelection = {
  __typename?: 'EpicPRDPrdsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<EpicPrdPrdsEdgeAggregateSelection>;
  node?: Maybe<EpicPrdPrdsNodeAggregateSelection>;
};

export type EpicPrdPrdsEdgeAggregateSelection = {
  __typename?: 'EpicPRDPrdsEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type EpicPrdPrdsNodeAggregateSelection = {
  __typename?: 'EpicPRDPrdsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type EpicPrdsConnection = {
  __typename?: 'EpicPrdsConnection';
  aggregate: EpicPrdPrdsAggregateSelection;
  edges: Array<EpicPrdsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EpicPrdsConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<PrdSort>;
};

export type EpicPrdsConnectionWhere = {
  AND?: InputMaybe<Array<EpicPrdsConnectionWhere>>;
  NOT?: InputMaybe<EpicPrdsConnectionWhere>;
  OR?: InputMaybe<Array<EpicPrdsConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<PrdWhere>;
};

export type EpicPrdsRelationship = {
  __typename?: 'EpicPrdsRelationship';
  cursor: Scalars['String']['output'];
  node: Prd;
  properties: Evidence;
};

/** Fields to sort Epics by. The order in which sorts are applied is not guaranteed when specifying many fields in one EpicSort object. */
export type EpicSort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type EpicStoriesConnection = {
  __typename?: 'EpicStoriesConnection';
  aggregate: EpicUserStoryStoriesAggregateSelection;
  edges: Array<EpicStoriesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EpicStoriesConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<UserStorySort>;
};

export type EpicStoriesConnectionWhere = {
  AND?: InputMaybe<Array<EpicStoriesConnectionWhere>>;
  NOT?: InputMaybe<EpicStoriesConnectionWhere>;
  OR?: InputMaybe<Array<EpicStoriesConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<UserStoryWhere>;
};

export type EpicStoriesRelationship = {
  __typename?: 'EpicStoriesRelationship';
  cursor: Scalars['String']['output'];
  node: UserStory;
  properties: Evidence;
};

export type EpicUserStoryStoriesAggregateSelection = {
  __typename?: 'EpicUserStoryStoriesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<EpicUserStoryStoriesEdgeAggregateSelection>;
  node?: Maybe<EpicUserStoryStoriesNodeAggregateSelection>;
};

export type EpicUserStoryStoriesEdgeAggregateSelection = {
  __typename?: 'EpicUserStoryStoriesEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type EpicUserStoryStoriesNodeAggregateSelection = {
  __typename?: 'EpicUserStoryStoriesNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  issueType: StringAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type EpicWhere = {
  AND?: InputMaybe<Array<EpicWhere>>;
  NOT?: InputMaybe<EpicWhere>;
  OR?: InputMaybe<Array<EpicWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type EpicsConnection = {
  __typename?: 'EpicsConnection';
  aggregate: EpicAggregate;
  edges: Array<EpicEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * PRD.epics
 * * Epic.prds
 * * Epic.stories
 * * UserStory.epics
 * * UserStory.specs
 * * UserStory.code
 * * TechSpec.stories
 * * TechSpec.code
 * * Code.implementsSpecs
 * * Code.implementsStories
 */
export type Evidence = {
  __typename?: 'Evidence';
  evidence?: Maybe<Scalars['String']['output']>;
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The sources that state the link (none for links made by hand). */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  via: Scalars['String']['output'];
};

export type EvidenceSort = {
  evidence?: InputMaybe<SortDirection>;
  firstSeen?: InputMaybe<SortDirection>;
  sources?: InputMaybe<SortDirection>;
  via?: InputMaybe<SortDirection>;
};

export type EvidenceWhere = {
  AND?: InputMaybe<Array<EvidenceWhere>>;
  NOT?: InputMaybe<EvidenceWhere>;
  OR?: InputMaybe<Array<EvidenceWhere>>;
  evidence?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter evidence: { contains: ... } */
  evidence_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { endsWith: ... } */
  evidence_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { eq: ... } */
  evidence_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter evidence: { in: ... } */
  evidence_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter evidence: { startsWith: ... } */
  evidence_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  firstSeen?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter firstSeen: { eq: ... } */
  firstSeen_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gt: ... } */
  firstSeen_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gte: ... } */
  firstSeen_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { in: ... } */
  firstSeen_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lt: ... } */
  firstSeen_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lte: ... } */
  firstSeen_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  via?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter via: { contains: ... } */
  via_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { endsWith: ... } */
  via_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { eq: ... } */
  via_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter via: { in: ... } */
  via_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter via: { startsWith: ... } */
  via_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type ImpactReport = {
  __typename?: 'ImpactReport';
  affected: Array<ImpactedArtifact>;
  root: Artifact;
  /** Links of the root and the affected artifacts to artifacts not (yet) in the graph. */
  unresolved: Array<TraceEdge>;
};

export type ImpactedArtifact = {
  __typename?: 'ImpactedArtifact';
  artifact: Artifact;
  /** Hops from the root. */
  distance: Scalars['Int']['output'];
  /** uids of one shortest path, from the root to this artifact. */
  path: Array<Scalars['ID']['output']>;
  /** Relationship types along that path. */
  via: Array<Scalars['String']['output']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

export type LinkResult = {
  __typename?: 'LinkResult';
  /** false when the link already existed (link) or did not exist (unlink). */
  changed: Scalars['Boolean']['output'];
  edge?: Maybe<TraceEdge>;
  epoch: Scalars['Int']['output'];
};

/** A link that is probably missing. */
export type LinkSuggestion = {
  __typename?: 'LinkSuggestion';
  /** The suggested artifact: the end other than the one asked about. */
  artifact: Artifact;
  /** 0..1: how far the rankers agree that this is their best candidate (relative, not a probability). */
  confidence: Scalars['Float']['output'];
  evidence: SuggestionEvidence;
  /** The child end of the link (as for `link`). */
  from: Scalars['ID']['output'];
  /** The parent end. */
  to: Scalars['ID']['output'];
  type: LinkType;
};

export type LinkType =
  | 'DEPENDS_ON'
  | 'IMPLEMENTS'
  | 'PART_OF'
  | 'SPECIFIES';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a suggested link: creates it with `via: "suggested"` and records who and when. */
  acceptSuggestion: SuggestionDecision;
  deleteArtifact: DeleteResult;
  link: LinkResult;
  /** Rejects a suggested link: records who and when; the pair is never suggested again. */
  rejectSuggestion: SuggestionDecision;
  unlink: LinkResult;
  upsertArtifacts: UpsertResult;
};


export type MutationAcceptSuggestionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: LinkType;
};


export type MutationDeleteArtifactArgs = {
  uid: Scalars['ID']['input'];
};


export type MutationLinkArgs = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: LinkType;
};


export type MutationRejectSuggestionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: LinkType;
};


export type MutationUnlinkArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: LinkType;
};


export type MutationUpsertArtifactsArgs = {
  input: Array<ArtifactInput>;
};

export type Prd = Artifact & {
  __typename?: 'PRD';
  accessLevel: Scalars['String']['output'];
  /** Who it is assigned to (Jira, GitHub issues); null when nobody. */
  assignee?: Maybe<Contributor>;
  /** Who wrote it (commit authors and co-authors, pull-request and issue authors, Jira reporters). */
  authors: Array<Contributor>;
  body?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  epics: Array<Epic>;
  epicsConnection: PrdEpicsConnection;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  /** Links of this artifact to artifacts not (yet) in the graph: edges to placeholders. */
  pendingLinks: Array<PendingLink>;
  /** Who reviewed it (pull requests). */
  reviewers: Array<Contributor>;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type PrdDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type PrdDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};


export type PrdEpicsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicSort>>;
  where?: InputMaybe<EpicWhere>;
};


export type PrdEpicsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PrdEpicsConnectionSort>>;
  where?: InputMaybe<PrdEpicsConnectionWhere>;
};

export type PrdAggregate = {
  __typename?: 'PRDAggregate';
  count: Count;
  node: PrdAggregateNode;
};

export type PrdAggregateNode = {
  __typename?: 'PRDAggregateNode';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type PrdEdge = {
  __typename?: 'PRDEdge';
  cursor: Scalars['String']['output'];
  node: Prd;
};

export type PrdEpicEpicsAggregateSelection = {
  __typename?: 'PRDEpicEpicsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PrdEpicEpicsEdgeAggregateSelection>;
  node?: Maybe<PrdEpicEpicsNodeAggregateSelection>;
};

export type PrdEpicEpicsEdgeAggregateSelection = {
  __typename?: 'PRDEpicEpicsEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type PrdEpicEpicsNodeAggregateSelection = {
  __typename?: 'PRDEpicEpicsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type PrdEpicsConnection = {
  __typename?: 'PRDEpicsConnection';
  aggregate: PrdEpicEpicsAggregateSelection;
  edges: Array<PrdEpicsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PrdEpicsConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<EpicSort>;
};

export type PrdEpicsConnectionWhere = {
  AND?: InputMaybe<Array<PrdEpicsConnectionWhere>>;
  NOT?: InputMaybe<PrdEpicsConnectionWhere>;
  OR?: InputMaybe<Array<PrdEpicsConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<EpicWhere>;
};

export type PrdEpicsRelationship = {
  __typename?: 'PRDEpicsRelationship';
  cursor: Scalars['String']['output'];
  node: Epic;
  properties: Evidence;
};

/** Fields to sort Prds by. The order in which sorts are applied is not guaranteed when specifying many fields in one PRDSort object. */
export type PrdSort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type PrdWhere = {
  AND?: InputMaybe<Array<PrdWhere>>;
  NOT?: InputMaybe<PrdWhere>;
  OR?: InputMaybe<Array<PrdWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A link a source stated to an artifact that is not (yet) in the graph. It becomes a real link, with
 * a LINKED change event, in the transaction that writes that artifact, whatever path it comes by.
 */
export type PendingLink = {
  __typename?: 'PendingLink';
  /**
   * Why the reference may not mean what it seems, when it may not: a `#N` beyond the issue and
   * pull-request numbers seen in its repository (an old Bugzilla `resolves #28482`). It is linked
   * only if that issue turns up. Null for a plausible reference.
   */
  doubt?: Maybe<Scalars['String']['output']>;
  /** The text that names the missing artifact. */
  evidence?: Maybe<Scalars['String']['output']>;
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The artifact that names the missing one (always one the caller may read). */
  from: Scalars['ID']['output'];
  /** Always false. */
  resolved: Scalars['Boolean']['output'];
  /** The source that stated it: `git:/path`, `jira:host`, … */
  source?: Maybe<Scalars['String']['output']>;
  /** The missing artifact: a placeholder. */
  to: Scalars['ID']['output'];
  type: LinkType;
  /** How it was found: commit-message, pr-body, jira-parent, front-matter, … */
  via: Scalars['String']['output'];
};

export type PendingLinkPage = {
  __typename?: 'PendingLinkPage';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** In the order of `from`, `type`, `to`. */
  nodes: Array<PendingLink>;
};

/**
 * A person, merged across sources by email and by configured aliases (PEOPLE_ALIASES). Only reached
 * through artifacts the caller may read (`authors`, `assignee`, `reviewers`, `people`): there is no
 * query listing people, so one known only from hidden artifacts is never revealed.
 */
export type Person = {
  __typename?: 'Person';
  /** Shown to callers who read INTERNAL or above; null for the others. */
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** `person:<email>`, or `person:github:<login>` / `person:jira:<accountId>` when no email is known. */
  uid: Scalars['ID']['output'];
};

/** A person and why they are relevant: a score and the artifacts (readable by the caller) behind it. */
export type PersonHit = {
  __typename?: 'PersonHit';
  /** At most five, most relevant first. */
  artifacts: Array<Artifact>;
  person: Person;
  score: Scalars['Float']['output'];
};

/** An artifact a link names that is not (yet) in the graph. It has no content and no level. */
export type Placeholder = {
  __typename?: 'Placeholder';
  /** Always false: once the artifact arrives, the link is a real edge and the placeholder is gone. */
  resolved: Scalars['Boolean']['output'];
  uid: Scalars['ID']['output'];
};

export type PrdsConnection = {
  __typename?: 'PrdsConnection';
  aggregate: PrdAggregate;
  edges: Array<PrdEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  artifacts: Array<Artifact>;
  artifactsConnection: ArtifactsConnection;
  /**
   * GraphRAG: hybrid search, each hit's lineage and code as context, an answer from the Ollama
   * chat model citing that context. Without a model, the context as citations and
   * `generated: false`.
   */
  ask: Answer;
  chunks: Array<Chunk>;
  chunksConnection: ChunksConnection;
  codes: Array<Code>;
  codesConnection: CodesConnection;
  /** Gaps in the hierarchy, optionally under one PRD or Epic. */
  coverage: CoverageReport;
  epics: Array<Epic>;
  epicsConnection: EpicsConnection;
  /** Everything that implements, specifies, belongs to or depends on the artifact, with distances. */
  impact: ImpactReport;
  /**
   * Links waiting for an artifact that is not (yet) in the graph, from artifacts the caller may
   * read; `source` filters by prefix (`git`, `jira:acme.atlassian.net`). `first` is 1..100.
   */
  pendingLinks: PendingLinkPage;
  /**
   * Who worked on what matches: give `text` (the people of the top search hits and of what lies
   * below them, such as the code implementing a story) or `uid` (that artifact and what lies below
   * it). Ranked by how much and how closely; only artifacts the caller may read count. A `uid` the
   * caller cannot read is NOT_FOUND, like a missing one. `first` is 1..50.
   */
  people: Array<PersonHit>;
  prds: Array<Prd>;
  prdsConnection: PrdsConnection;
  /**
   * The artifacts of `kinds` most related to `uid` (never itself), from its stored vectors and
   * text and the graph around it. `first` is 1..100.
   */
  related: Array<RelatedArtifact>;
  /** Hybrid retrieval: vector + fulltext, access- and kind-filtered, each hit with its lineage. */
  search: Array<SearchHit>;
  /**
   * Probably missing IMPLEMENTS, SPECIFIES or PART_OF links of `uid`, best first: never one that
   * exists or was rejected. `first` is 1..50.
   */
  suggestedLinks: Array<LinkSuggestion>;
  techSpecs: Array<TechSpec>;
  techSpecsConnection: TechSpecsConnection;
  /** The lineage subgraph around an artifact, with the evidence of every edge. */
  trace: TraceGraph;
  userStories: Array<UserStory>;
  userStoriesConnection: UserStoriesConnection;
  /** The caller: its role and the access levels every other answer is filtered by. */
  viewer: Viewer;
};


export type QueryArtifactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type QueryArtifactsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type QueryAskArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ArtifactKind>>;
  question: Scalars['String']['input'];
};


export type QueryChunksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChunkSort>>;
  where?: InputMaybe<ChunkWhere>;
};


export type QueryChunksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChunkSort>>;
  where?: InputMaybe<ChunkWhere>;
};


export type QueryCodesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeSort>>;
  where?: InputMaybe<CodeWhere>;
};


export type QueryCodesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeSort>>;
  where?: InputMaybe<CodeWhere>;
};


export type QueryCoverageArgs = {
  scopeUid?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEpicsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicSort>>;
  where?: InputMaybe<EpicWhere>;
};


export type QueryEpicsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicSort>>;
  where?: InputMaybe<EpicWhere>;
};


export type QueryImpactArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  uid: Scalars['ID']['input'];
};


export type QueryPendingLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPrdsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PrdSort>>;
  where?: InputMaybe<PrdWhere>;
};


export type QueryPrdsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PrdSort>>;
  where?: InputMaybe<PrdWhere>;
};


export type QueryRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ArtifactKind>>;
  uid: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ArtifactKind>>;
  mode?: InputMaybe<SearchMode>;
  text: Scalars['String']['input'];
};


export type QuerySuggestedLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  uid: Scalars['ID']['input'];
};


export type QueryTechSpecsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecSort>>;
  where?: InputMaybe<TechSpecWhere>;
};


export type QueryTechSpecsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecSort>>;
  where?: InputMaybe<TechSpecWhere>;
};


export type QueryTraceArgs = {
  direction?: InputMaybe<TraceDirection>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  uid: Scalars['ID']['input'];
};


export type QueryUserStoriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySort>>;
  where?: InputMaybe<UserStoryWhere>;
};


export type QueryUserStoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySort>>;
  where?: InputMaybe<UserStoryWhere>;
};

export type RelatedArtifact = {
  __typename?: 'RelatedArtifact';
  artifact: Artifact;
  /** Graph evidence: code of sibling stories, code in the same folder or commit as linked code. */
  graphScore?: Maybe<Scalars['Float']['output']>;
  /** Fused: the sum of the min-max normalised scores of the rankers that found it, plus half the best score among the top 10 candidates a source file names or is named by. */
  score: Scalars['Float']['output'];
  /** Fulltext (BM25) score of the artifact's distinctive words. */
  textScore?: Maybe<Scalars['Float']['output']>;
  /** Similarity of the stored vectors (the artifacts' and their chunks'). */
  vectorScore?: Maybe<Scalars['Float']['output']>;
};

export type Role =
  | 'ADMIN'
  | 'ENGINEER'
  | 'PM'
  | 'VIEWER';

export type SearchHit = {
  __typename?: 'SearchHit';
  artifact: Artifact;
  /** From the hit's parent up to its PRD, in order. */
  lineage: Array<Artifact>;
  /** The chunk of a long body that matched, when a chunk ranked above the artifact itself. */
  matchedChunk?: Maybe<Scalars['String']['output']>;
  /** Score (HYBRID: the sum of the branches' min-max normalised scores, plus 1 for the exact key, plus half the best score among the top 10 hits a source file names or is named by; otherwise the index score). */
  score: Scalars['Float']['output'];
  textScore?: Maybe<Scalars['Float']['output']>;
  vectorScore?: Maybe<Scalars['Float']['output']>;
};

export type SearchMode =
  | 'FULLTEXT'
  /** Vector and fulltext rankings fused by reciprocal rank. */
  | 'HYBRID'
  | 'VECTOR';

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Changes as they commit. Filters combine with AND: `kinds`, `uids` (the artifact or either end
   * of a link), `under` (anywhere below this PRD or Epic, e.g. a commit linked to one of its
   * stories). `after` replays every retained event after that cursor, then continues live.
   */
  artifactChanged: ChangeEvent;
  /** `ask`, streamed: text chunks as the model writes them, then a last chunk with the answer. */
  askStream: AnswerChunk;
  /**
   * Progress of ingestion runs (`threadline sync`, `threadline ingest`) anywhere that shares this
   * Redis, as it happens; `source` filters by prefix (`jira`, `git:/srv/repos/shop`). A live view:
   * events before subscribing are not replayed.
   */
  syncProgress: SyncProgress;
};


export type SubscriptionArtifactChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ArtifactKind>>;
  uids?: InputMaybe<Array<Scalars['ID']['input']>>;
  under?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionAskStreamArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ArtifactKind>>;
  question: Scalars['String']['input'];
};


export type SubscriptionSyncProgressArgs = {
  source?: InputMaybe<Scalars['String']['input']>;
};

export type SuggestionDecision = {
  __typename?: 'SuggestionDecision';
  at: Scalars['DateTime']['output'];
  /** Who decided (the caller's identity subject). */
  by: Scalars['String']['output'];
  /** Accepted: whether the link is new. Rejected: false. */
  changed: Scalars['Boolean']['output'];
  decision: SuggestionDecisionKind;
  /** Accepted: the link (`via: "suggested"`). */
  edge?: Maybe<TraceEdge>;
  epoch: Scalars['Int']['output'];
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: LinkType;
};

export type SuggestionDecisionKind =
  | 'ACCEPTED'
  | 'REJECTED';

export type SuggestionEvidence = {
  __typename?: 'SuggestionEvidence';
  /** The rankers that found it: vector, text, sibling, path, cochange, references (lifted by a top candidate it names or that names it). */
  signals: Array<Scalars['String']['output']>;
  /** The chunk of the artifact asked about that is closest to the suggested one (or its start). */
  sourceExcerpt?: Maybe<Scalars['String']['output']>;
  /** The chunk of the suggested artifact that is closest to the one asked about (or its start). */
  targetExcerpt?: Maybe<Scalars['String']['output']>;
  /** Distinctive words of the artifact asked about that the suggested one contains too. */
  terms: Array<Scalars['String']['output']>;
};

export type SyncPhase =
  | 'DONE'
  | 'FAILED'
  | 'FETCHING'
  | 'WAITING'
  | 'WRITING';

export type SyncProgress = {
  __typename?: 'SyncProgress';
  /** Artifacts (re-)embedded so far. */
  embedded: Scalars['Int']['output'];
  /** Source records read so far in this run. */
  fetched: Scalars['Int']['output'];
  /** Why it waits (WAITING) or failed (FAILED). */
  message?: Maybe<Scalars['String']['output']>;
  phase: SyncPhase;
  /** The source: `jira:lumen.atlassian.net`, `github:api.github.com`, `git:/path`, `markdown:/path`. */
  source: Scalars['String']['output'];
  /** Rate-limit waits so far. */
  waits: Scalars['Int']['output'];
  /** Artifacts created or updated so far. */
  written: Scalars['Int']['output'];
};

export type TechSpec = Artifact & {
  __typename?: 'TechSpec';
  accessLevel: Scalars['String']['output'];
  /** Who it is assigned to (Jira, GitHub issues); null when nobody. */
  assignee?: Maybe<Contributor>;
  /** Who wrote it (commit authors and co-authors, pull-request and issue authors, Jira reporters). */
  authors: Array<Contributor>;
  body?: Maybe<Scalars['String']['output']>;
  code: Array<Code>;
  codeConnection: TechSpecCodeConnection;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  /** Links of this artifact to artifacts not (yet) in the graph: edges to placeholders. */
  pendingLinks: Array<PendingLink>;
  /** Who reviewed it (pull requests). */
  reviewers: Array<Contributor>;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  status?: Maybe<Scalars['String']['output']>;
  stories: Array<UserStory>;
  storiesConnection: TechSpecStoriesConnection;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type TechSpecCodeArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeSort>>;
  where?: InputMaybe<CodeWhere>;
};


export type TechSpecCodeConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecCodeConnectionSort>>;
  where?: InputMaybe<TechSpecCodeConnectionWhere>;
};


export type TechSpecDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type TechSpecDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};


export type TechSpecStoriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySort>>;
  where?: InputMaybe<UserStoryWhere>;
};


export type TechSpecStoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecStoriesConnectionSort>>;
  where?: InputMaybe<TechSpecStoriesConnectionWhere>;
};

export type TechSpecAggregate = {
  __typename?: 'TechSpecAggregate';
  count: Count;
  node: TechSpecAggregateNode;
};

export type TechSpecAggregateNode = {
  __typename?: 'TechSpecAggregateNode';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type TechSpecCodeCodeAggregateSelection = {
  __typename?: 'TechSpecCodeCodeAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TechSpecCodeCodeEdgeAggregateSelection>;
  node?: Maybe<TechSpecCodeCodeNodeAggregateSelection>;
};

export type TechSpecCodeCodeEdgeAggregateSelection = {
  __typename?: 'TechSpecCodeCodeEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type TechSpecCodeCodeNodeAggregateSelection = {
  __typename?: 'TechSpecCodeCodeNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  path: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type TechSpecCodeConnection = {
  __typename?: 'TechSpecCodeConnection';
  aggregate: TechSpecCodeCodeAggregateSelection;
  edges: Array<TechSpecCodeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TechSpecCodeConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<CodeSort>;
};

export type TechSpecCodeConnectionWhere = {
  AND?: InputMaybe<Array<TechSpecCodeConnectionWhere>>;
  NOT?: InputMaybe<TechSpecCodeConnectionWhere>;
  OR?: InputMaybe<Array<TechSpecCodeConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<CodeWhere>;
};

export type TechSpecCodeRelationship = {
  __typename?: 'TechSpecCodeRelationship';
  cursor: Scalars['String']['output'];
  node: Code;
  properties: Evidence;
};

export type TechSpecEdge = {
  __typename?: 'TechSpecEdge';
  cursor: Scalars['String']['output'];
  node: TechSpec;
};

/** Fields to sort TechSpecs by. The order in which sorts are applied is not guaranteed when specifying many fields in one TechSpecSort object. */
export type TechSpecSort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type TechSpecStoriesConnection = {
  __typename?: 'TechSpecStoriesConnection';
  aggregate: TechSpecUserStoryStoriesAggregateSelection;
  edges: Array<TechSpecStoriesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TechSpecStoriesConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<UserStorySort>;
};

export type TechSpecStoriesConnectionWhere = {
  AND?: InputMaybe<Array<TechSpecStoriesConnectionWhere>>;
  NOT?: InputMaybe<TechSpecStoriesConnectionWhere>;
  OR?: InputMaybe<Array<TechSpecStoriesConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<UserStoryWhere>;
};

export type TechSpecStoriesRelationship = {
  __typename?: 'TechSpecStoriesRelationship';
  cursor: Scalars['String']['output'];
  node: UserStory;
  properties: Evidence;
};

export type TechSpecUserStoryStoriesAggregateSelection = {
  __typename?: 'TechSpecUserStoryStoriesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TechSpecUserStoryStoriesEdgeAggregateSelection>;
  node?: Maybe<TechSpecUserStoryStoriesNodeAggregateSelection>;
};

export type TechSpecUserStoryStoriesEdgeAggregateSelection = {
  __typename?: 'TechSpecUserStoryStoriesEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type TechSpecUserStoryStoriesNodeAggregateSelection = {
  __typename?: 'TechSpecUserStoryStoriesNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  issueType: StringAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type TechSpecWhere = {
  AND?: InputMaybe<Array<TechSpecWhere>>;
  NOT?: InputMaybe<TechSpecWhere>;
  OR?: InputMaybe<Array<TechSpecWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type TechSpecsConnection = {
  __typename?: 'TechSpecsConnection';
  aggregate: TechSpecAggregate;
  edges: Array<TechSpecEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TraceDirection =
  | 'BOTH'
  /** Towards the code (children, what serves this). */
  | 'DOWN'
  /** Towards the PRD (parents, what this serves). */
  | 'UP';

export type TraceEdge = {
  __typename?: 'TraceEdge';
  evidence?: Maybe<Scalars['String']['output']>;
  from: Scalars['ID']['output'];
  /** false for a link to an artifact that is not (yet) in the graph: `to` names a placeholder. */
  resolved: Scalars['Boolean']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  via?: Maybe<Scalars['String']['output']>;
};

export type TraceGraph = {
  __typename?: 'TraceGraph';
  /** Real edges (`resolved: true`) and edges to placeholders (`resolved: false`). */
  edges: Array<TraceEdge>;
  nodes: Array<Artifact>;
  /** Artifacts named by a link (an upward edge of the lineage) that are not (yet) in the graph. */
  placeholders: Array<Placeholder>;
  root: Artifact;
};

export type UpsertResult = {
  __typename?: 'UpsertResult';
  created: Scalars['Int']['output'];
  /** Artifacts whose text was (re-)embedded. */
  embedded: Scalars['Int']['output'];
  epoch: Scalars['Int']['output'];
  /** Pending links made real because an artifact they waited for was written. */
  resolved: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type UserStoriesConnection = {
  __typename?: 'UserStoriesConnection';
  aggregate: UserStoryAggregate;
  edges: Array<UserStoryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserStory = Artifact & {
  __typename?: 'UserStory';
  accessLevel: Scalars['String']['output'];
  /** Who it is assigned to (Jira, GitHub issues); null when nobody. */
  assignee?: Maybe<Contributor>;
  /** Who wrote it (commit authors and co-authors, pull-request and issue authors, Jira reporters). */
  authors: Array<Contributor>;
  body?: Maybe<Scalars['String']['output']>;
  code: Array<Code>;
  codeConnection: UserStoryCodeConnection;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dependsOn: Array<Artifact>;
  dependsOnConnection: ArtifactDependsOnConnection;
  epics: Array<Epic>;
  epicsConnection: UserStoryEpicsConnection;
  /** Jira issue type (Story, Task, Bug, Sub-task). */
  issueType?: Maybe<Scalars['String']['output']>;
  key?: Maybe<Scalars['String']['output']>;
  kind: ArtifactKind;
  /** Links of this artifact to artifacts not (yet) in the graph: edges to placeholders. */
  pendingLinks: Array<PendingLink>;
  /** Who reviewed it (pull requests). */
  reviewers: Array<Contributor>;
  source?: Maybe<Scalars['String']['output']>;
  /** Every source that wrote it (git and GitHub may both write a commit); `source` is the first. */
  sources?: Maybe<Array<Scalars['String']['output']>>;
  specs: Array<TechSpec>;
  specsConnection: UserStorySpecsConnection;
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uid: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};


export type UserStoryCodeArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CodeSort>>;
  where?: InputMaybe<CodeWhere>;
};


export type UserStoryCodeConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStoryCodeConnectionSort>>;
  where?: InputMaybe<UserStoryCodeConnectionWhere>;
};


export type UserStoryDependsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactSort>>;
  where?: InputMaybe<ArtifactWhere>;
};


export type UserStoryDependsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArtifactDependsOnConnectionSort>>;
  where?: InputMaybe<ArtifactDependsOnConnectionWhere>;
};


export type UserStoryEpicsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EpicSort>>;
  where?: InputMaybe<EpicWhere>;
};


export type UserStoryEpicsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStoryEpicsConnectionSort>>;
  where?: InputMaybe<UserStoryEpicsConnectionWhere>;
};


export type UserStorySpecsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TechSpecSort>>;
  where?: InputMaybe<TechSpecWhere>;
};


export type UserStorySpecsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<UserStorySpecsConnectionSort>>;
  where?: InputMaybe<UserStorySpecsConnectionWhere>;
};

export type UserStoryAggregate = {
  __typename?: 'UserStoryAggregate';
  count: Count;
  node: UserStoryAggregateNode;
};

export type UserStoryAggregateNode = {
  __typename?: 'UserStoryAggregateNode';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  issueType: StringAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type UserStoryCodeCodeAggregateSelection = {
  __typename?: 'UserStoryCodeCodeAggregateSelection';
  count: CountConnection;
  edge?: Maybe<UserStoryCodeCodeEdgeAggregateSelection>;
  node?: Maybe<UserStoryCodeCodeNodeAggregateSelection>;
};

export type UserStoryCodeCodeEdgeAggregateSelection = {
  __typename?: 'UserStoryCodeCodeEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type UserStoryCodeCodeNodeAggregateSelection = {
  __typename?: 'UserStoryCodeCodeNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  path: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type UserStoryCodeConnection = {
  __typename?: 'UserStoryCodeConnection';
  aggregate: UserStoryCodeCodeAggregateSelection;
  edges: Array<UserStoryCodeRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserStoryCodeConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<CodeSort>;
};

export type UserStoryCodeConnectionWhere = {
  AND?: InputMaybe<Array<UserStoryCodeConnectionWhere>>;
  NOT?: InputMaybe<UserStoryCodeConnectionWhere>;
  OR?: InputMaybe<Array<UserStoryCodeConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<CodeWhere>;
};

export type UserStoryCodeRelationship = {
  __typename?: 'UserStoryCodeRelationship';
  cursor: Scalars['String']['output'];
  node: Code;
  properties: Evidence;
};

export type UserStoryEdge = {
  __typename?: 'UserStoryEdge';
  cursor: Scalars['String']['output'];
  node: UserStory;
};

export type UserStoryEpicEpicsAggregateSelection = {
  __typename?: 'UserStoryEpicEpicsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<UserStoryEpicEpicsEdgeAggregateSelection>;
  node?: Maybe<UserStoryEpicEpicsNodeAggregateSelection>;
};

export type UserStoryEpicEpicsEdgeAggregateSelection = {
  __typename?: 'UserStoryEpicEpicsEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type UserStoryEpicEpicsNodeAggregateSelection = {
  __typename?: 'UserStoryEpicEpicsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type UserStoryEpicsConnection = {
  __typename?: 'UserStoryEpicsConnection';
  aggregate: UserStoryEpicEpicsAggregateSelection;
  edges: Array<UserStoryEpicsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserStoryEpicsConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<EpicSort>;
};

export type UserStoryEpicsConnectionWhere = {
  AND?: InputMaybe<Array<UserStoryEpicsConnectionWhere>>;
  NOT?: InputMaybe<UserStoryEpicsConnectionWhere>;
  OR?: InputMaybe<Array<UserStoryEpicsConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<EpicWhere>;
};

export type UserStoryEpicsRelationship = {
  __typename?: 'UserStoryEpicsRelationship';
  cursor: Scalars['String']['output'];
  node: Epic;
  properties: Evidence;
};

/** Fields to sort UserStories by. The order in which sorts are applied is not guaranteed when specifying many fields in one UserStorySort object. */
export type UserStorySort = {
  accessLevel?: InputMaybe<SortDirection>;
  body?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  issueType?: InputMaybe<SortDirection>;
  key?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uid?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type UserStorySpecsConnection = {
  __typename?: 'UserStorySpecsConnection';
  aggregate: UserStoryTechSpecSpecsAggregateSelection;
  edges: Array<UserStorySpecsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserStorySpecsConnectionSort = {
  edge?: InputMaybe<EvidenceSort>;
  node?: InputMaybe<TechSpecSort>;
};

export type UserStorySpecsConnectionWhere = {
  AND?: InputMaybe<Array<UserStorySpecsConnectionWhere>>;
  NOT?: InputMaybe<UserStorySpecsConnectionWhere>;
  OR?: InputMaybe<Array<UserStorySpecsConnectionWhere>>;
  edge?: InputMaybe<EvidenceWhere>;
  node?: InputMaybe<TechSpecWhere>;
};

export type UserStorySpecsRelationship = {
  __typename?: 'UserStorySpecsRelationship';
  cursor: Scalars['String']['output'];
  node: TechSpec;
  properties: Evidence;
};

export type UserStoryTechSpecSpecsAggregateSelection = {
  __typename?: 'UserStoryTechSpecSpecsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<UserStoryTechSpecSpecsEdgeAggregateSelection>;
  node?: Maybe<UserStoryTechSpecSpecsNodeAggregateSelection>;
};

export type UserStoryTechSpecSpecsEdgeAggregateSelection = {
  __typename?: 'UserStoryTechSpecSpecsEdgeAggregateSelection';
  evidence: StringAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  via: StringAggregateSelection;
};

export type UserStoryTechSpecSpecsNodeAggregateSelection = {
  __typename?: 'UserStoryTechSpecSpecsNodeAggregateSelection';
  accessLevel: StringAggregateSelection;
  body: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  key: StringAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  url: StringAggregateSelection;
};

export type UserStoryWhere = {
  AND?: InputMaybe<Array<UserStoryWhere>>;
  NOT?: InputMaybe<UserStoryWhere>;
  OR?: InputMaybe<Array<UserStoryWhere>>;
  accessLevel?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter accessLevel: { contains: ... } */
  accessLevel_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { endsWith: ... } */
  accessLevel_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { eq: ... } */
  accessLevel_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter accessLevel: { in: ... } */
  accessLevel_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter accessLevel: { startsWith: ... } */
  accessLevel_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter body: { contains: ... } */
  body_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { endsWith: ... } */
  body_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { eq: ... } */
  body_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter body: { in: ... } */
  body_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter body: { startsWith: ... } */
  body_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  issueType?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter issueType: { contains: ... } */
  issueType_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter issueType: { endsWith: ... } */
  issueType_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter issueType: { eq: ... } */
  issueType_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter issueType: { in: ... } */
  issueType_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter issueType: { startsWith: ... } */
  issueType_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter key: { contains: ... } */
  key_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { endsWith: ... } */
  key_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { eq: ... } */
  key_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter key: { in: ... } */
  key_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter key: { startsWith: ... } */
  key_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ArtifactKindEnumScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<ArtifactKind>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<ArtifactKind>>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { includes: ... } */
  sources_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter uid: { contains: ... } */
  uid_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { endsWith: ... } */
  uid_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { eq: ... } */
  uid_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter uid: { in: ... } */
  uid_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter uid: { startsWith: ... } */
  uid_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter updatedAt: { eq: ... } */
  updatedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gt: ... } */
  updatedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { gte: ... } */
  updatedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { in: ... } */
  updatedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lt: ... } */
  updatedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter updatedAt: { lte: ... } */
  updatedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

/** Who is calling, as the server authenticated it. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the role may write: upsert, link, unlink, accept and reject suggestions (engineer or above). */
  canWrite: Scalars['Boolean']['output'];
  /** The access levels the caller reads; artifacts at any other level are hidden from every answer. */
  levels: Array<AccessLevel>;
  role: Role;
  /** `jwt:<sub>`, `key:<id>`, `anonymous` (with AUTH_ANONYMOUS) or `local-admin`. */
  subject: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ArtifactDependsOnRelationshipProperties: ( DependencyEvidence );
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLevel: AccessLevel;
  Answer: ResolverTypeWrapper<Omit<Answer, 'citations' | 'context'> & { citations: Array<ResolversTypes['Citation']>, context: Array<ResolversTypes['SearchHit']> }>;
  AnswerChunk: ResolverTypeWrapper<Omit<AnswerChunk, 'answer'> & { answer?: Maybe<ResolversTypes['Answer']> }>;
  Artifact: ResolverTypeWrapper<ArtifactObject>;
  ArtifactDependsOnConnection: ResolverTypeWrapper<Omit<ArtifactDependsOnConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactDependsOnRelationship']> }>;
  ArtifactDependsOnConnectionSort: ArtifactDependsOnConnectionSort;
  ArtifactDependsOnConnectionWhere: ArtifactDependsOnConnectionWhere;
  ArtifactDependsOnEdgeSort: ArtifactDependsOnEdgeSort;
  ArtifactDependsOnEdgeWhere: ArtifactDependsOnEdgeWhere;
  ArtifactDependsOnRelationship: ResolverTypeWrapper<Omit<ArtifactDependsOnRelationship, 'node' | 'properties'> & { node: ResolversTypes['Artifact'], properties: ResolversTypes['ArtifactDependsOnRelationshipProperties'] }>;
  ArtifactDependsOnRelationshipProperties: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ArtifactDependsOnRelationshipProperties']>;
  ArtifactEdge: ResolverTypeWrapper<Omit<ArtifactEdge, 'node'> & { node: ResolversTypes['Artifact'] }>;
  ArtifactImplementation: ArtifactImplementation;
  ArtifactInput: ArtifactInput;
  ArtifactKind: ArtifactKind;
  ArtifactKindEnumScalarFilters: ArtifactKindEnumScalarFilters;
  ArtifactSort: ArtifactSort;
  ArtifactWhere: ArtifactWhere;
  ArtifactsConnection: ResolverTypeWrapper<Omit<ArtifactsConnection, 'edges'> & { edges: Array<ResolversTypes['ArtifactEdge']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeEvent: ResolverTypeWrapper<FeedEvent>;
  ChangeOp: ChangeOp;
  Chunk: ResolverTypeWrapper<Omit<Chunk, 'artifacts' | 'artifactsConnection'> & { artifacts: Array<ResolversTypes['Artifact']>, artifactsConnection: ResolversTypes['ChunkArtifactsConnection'] }>;
  ChunkAggregate: ResolverTypeWrapper<ChunkAggregate>;
  ChunkAggregateNode: ResolverTypeWrapper<ChunkAggregateNode>;
  ChunkArtifactArtifactsAggregateSelection: ResolverTypeWrapper<ChunkArtifactArtifactsAggregateSelection>;
  ChunkArtifactArtifactsNodeAggregateSelection: ResolverTypeWrapper<ChunkArtifactArtifactsNodeAggregateSelection>;
  ChunkArtifactsConnection: ResolverTypeWrapper<Omit<ChunkArtifactsConnection, 'edges'> & { edges: Array<ResolversTypes['ChunkArtifactsRelationship']> }>;
  ChunkArtifactsConnectionSort: ChunkArtifactsConnectionSort;
  ChunkArtifactsConnectionWhere: ChunkArtifactsConnectionWhere;
  ChunkArtifactsRelationship: ResolverTypeWrapper<Omit<ChunkArtifactsRelationship, 'node'> & { node: ResolversTypes['Artifact'] }>;
  ChunkEdge: ResolverTypeWrapper<Omit<ChunkEdge, 'node'> & { node: ResolversTypes['Chunk'] }>;
  ChunkSort: ChunkSort;
  ChunkWhere: ChunkWhere;
  ChunksConnection: ResolverTypeWrapper<Omit<ChunksConnection, 'edges'> & { edges: Array<ResolversTypes['ChunkEdge']> }>;
  Citation: ResolverTypeWrapper<Omit<Citation, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>;
  Code: ResolverTypeWrapper<Omit<Code, 'dependsOn' | 'dependsOnConnection' | 'implementsSpecs' | 'implementsSpecsConnection' | 'implementsStories' | 'implementsStoriesConnection'> & { dependsOn: Array<ResolversTypes['Artifact']>, dependsOnConnection: ResolversTypes['ArtifactDependsOnConnection'], implementsSpecs: Array<ResolversTypes['TechSpec']>, implementsSpecsConnection: ResolversTypes['CodeImplementsSpecsConnection'], implementsStories: Array<ResolversTypes['UserStory']>, implementsStoriesConnection: ResolversTypes['CodeImplementsStoriesConnection'] }>;
  CodeAggregate: ResolverTypeWrapper<CodeAggregate>;
  CodeAggregateNode: ResolverTypeWrapper<CodeAggregateNode>;
  CodeEdge: ResolverTypeWrapper<Omit<CodeEdge, 'node'> & { node: ResolversTypes['Code'] }>;
  CodeImplementsSpecsConnection: ResolverTypeWrapper<Omit<CodeImplementsSpecsConnection, 'edges'> & { edges: Array<ResolversTypes['CodeImplementsSpecsRelationship']> }>;
  CodeImplementsSpecsConnectionSort: CodeImplementsSpecsConnectionSort;
  CodeImplementsSpecsConnectionWhere: CodeImplementsSpecsConnectionWhere;
  CodeImplementsSpecsRelationship: ResolverTypeWrapper<Omit<CodeImplementsSpecsRelationship, 'node'> & { node: ResolversTypes['TechSpec'] }>;
  CodeImplementsStoriesConnection: ResolverTypeWrapper<Omit<CodeImplementsStoriesConnection, 'edges'> & { edges: Array<ResolversTypes['CodeImplementsStoriesRelationship']> }>;
  CodeImplementsStoriesConnectionSort: CodeImplementsStoriesConnectionSort;
  CodeImplementsStoriesConnectionWhere: CodeImplementsStoriesConnectionWhere;
  CodeImplementsStoriesRelationship: ResolverTypeWrapper<Omit<CodeImplementsStoriesRelationship, 'node'> & { node: ResolversTypes['UserStory'] }>;
  CodeKind: CodeKind;
  CodeKindEnumScalarFilters: CodeKindEnumScalarFilters;
  CodeSort: CodeSort;
  CodeTechSpecImplementsSpecsAggregateSelection: ResolverTypeWrapper<CodeTechSpecImplementsSpecsAggregateSelection>;
  CodeTechSpecImplementsSpecsEdgeAggregateSelection: ResolverTypeWrapper<CodeTechSpecImplementsSpecsEdgeAggregateSelection>;
  CodeTechSpecImplementsSpecsNodeAggregateSelection: ResolverTypeWrapper<CodeTechSpecImplementsSpecsNodeAggregateSelection>;
  CodeUserStoryImplementsStoriesAggregateSelection: ResolverTypeWrapper<CodeUserStoryImplementsStoriesAggregateSelection>;
  CodeUserStoryImplementsStoriesEdgeAggregateSelection: ResolverTypeWrapper<CodeUserStoryImplementsStoriesEdgeAggregateSelection>;
  CodeUserStoryImplementsStoriesNodeAggregateSelection: ResolverTypeWrapper<CodeUserStoryImplementsStoriesNodeAggregateSelection>;
  CodeWhere: CodeWhere;
  CodesConnection: ResolverTypeWrapper<Omit<CodesConnection, 'edges'> & { edges: Array<ResolversTypes['CodeEdge']> }>;
  Contributor: ResolverTypeWrapper<Contributor>;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  CoverageGap: ResolverTypeWrapper<CoverageGapSource>;
  CoverageGapKind: CoverageGapKind;
  CoverageReport: ResolverTypeWrapper<CoverageReportSource>;
  CoverageTotals: ResolverTypeWrapper<CoverageTotals>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  DependencyEvidence: ResolverTypeWrapper<DependencyEvidence>;
  DependencyEvidenceSort: DependencyEvidenceSort;
  DependencyEvidenceWhere: DependencyEvidenceWhere;
  Epic: ResolverTypeWrapper<Omit<Epic, 'dependsOn' | 'dependsOnConnection' | 'prds' | 'prdsConnection' | 'stories' | 'storiesConnection'> & { dependsOn: Array<ResolversTypes['Artifact']>, dependsOnConnection: ResolversTypes['ArtifactDependsOnConnection'], prds: Array<ResolversTypes['PRD']>, prdsConnection: ResolversTypes['EpicPrdsConnection'], stories: Array<ResolversTypes['UserStory']>, storiesConnection: ResolversTypes['EpicStoriesConnection'] }>;
  EpicAggregate: ResolverTypeWrapper<EpicAggregate>;
  EpicAggregateNode: ResolverTypeWrapper<EpicAggregateNode>;
  EpicEdge: ResolverTypeWrapper<Omit<EpicEdge, 'node'> & { node: ResolversTypes['Epic'] }>;
  EpicPRDPrdsAggregateSelection: ResolverTypeWrapper<EpicPrdPrdsAggregateSelection>;
  EpicPRDPrdsEdgeAggregateSelection: ResolverTypeWrapper<EpicPrdPrdsEdgeAggregateSelection>;
  EpicPRDPrdsNodeAggregateSelection: ResolverTypeWrapper<EpicPrdPrdsNodeAggregateSelection>;
  EpicPrdsConnection: ResolverTypeWrapper<Omit<EpicPrdsConnection, 'edges'> & { edges: Array<ResolversTypes['EpicPrdsRelationship']> }>;
  EpicPrdsConnectionSort: EpicPrdsConnectionSort;
  EpicPrdsConnectionWhere: EpicPrdsConnectionWhere;
  EpicPrdsRelationship: ResolverTypeWrapper<Omit<EpicPrdsRelationship, 'node'> & { node: ResolversTypes['PRD'] }>;
  EpicSort: EpicSort;
  EpicStoriesConnection: ResolverTypeWrapper<Omit<EpicStoriesConnection, 'edges'> & { edges: Array<ResolversTypes['EpicStoriesRelationship']> }>;
  EpicStoriesConnectionSort: EpicStoriesConnectionSort;
  EpicStoriesConnectionWhere: EpicStoriesConnectionWhere;
  EpicStoriesRelationship: ResolverTypeWrapper<Omit<EpicStoriesRelationship, 'node'> & { node: ResolversTypes['UserStory'] }>;
  EpicUserStoryStoriesAggregateSelection: ResolverTypeWrapper<EpicUserStoryStoriesAggregateSelection>;
  EpicUserStoryStoriesEdgeAggregateSelection: ResolverTypeWrapper<EpicUserStoryStoriesEdgeAggregateSelection>;
  EpicUserStoryStoriesNodeAggregateSelection: ResolverTypeWrapper<EpicUserStoryStoriesNodeAggregateSelection>;
  EpicWhere: EpicWhere;
  EpicsConnection: ResolverTypeWrapper<Omit<EpicsConnection, 'edges'> & { edges: Array<ResolversTypes['EpicEdge']> }>;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceSort: EvidenceSort;
  EvidenceWhere: EvidenceWhere;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  ImpactReport: ResolverTypeWrapper<Omit<ImpactReport, 'affected' | 'root' | 'unresolved'> & { affected: Array<ResolversTypes['ImpactedArtifact']>, root: ResolversTypes['Artifact'], unresolved: Array<ResolversTypes['TraceEdge']> }>;
  ImpactedArtifact: ResolverTypeWrapper<Omit<ImpactedArtifact, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarFilters: IntScalarFilters;
  LinkResult: ResolverTypeWrapper<Omit<LinkResult, 'edge'> & { edge?: Maybe<ResolversTypes['TraceEdge']> }>;
  LinkSuggestion: ResolverTypeWrapper<LinkSuggestionSource>;
  LinkType: LinkType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PRD: ResolverTypeWrapper<Omit<Prd, 'dependsOn' | 'dependsOnConnection' | 'epics' | 'epicsConnection'> & { dependsOn: Array<ResolversTypes['Artifact']>, dependsOnConnection: ResolversTypes['ArtifactDependsOnConnection'], epics: Array<ResolversTypes['Epic']>, epicsConnection: ResolversTypes['PRDEpicsConnection'] }>;
  PRDAggregate: ResolverTypeWrapper<PrdAggregate>;
  PRDAggregateNode: ResolverTypeWrapper<PrdAggregateNode>;
  PRDEdge: ResolverTypeWrapper<Omit<PrdEdge, 'node'> & { node: ResolversTypes['PRD'] }>;
  PRDEpicEpicsAggregateSelection: ResolverTypeWrapper<PrdEpicEpicsAggregateSelection>;
  PRDEpicEpicsEdgeAggregateSelection: ResolverTypeWrapper<PrdEpicEpicsEdgeAggregateSelection>;
  PRDEpicEpicsNodeAggregateSelection: ResolverTypeWrapper<PrdEpicEpicsNodeAggregateSelection>;
  PRDEpicsConnection: ResolverTypeWrapper<Omit<PrdEpicsConnection, 'edges'> & { edges: Array<ResolversTypes['PRDEpicsRelationship']> }>;
  PRDEpicsConnectionSort: PrdEpicsConnectionSort;
  PRDEpicsConnectionWhere: PrdEpicsConnectionWhere;
  PRDEpicsRelationship: ResolverTypeWrapper<Omit<PrdEpicsRelationship, 'node'> & { node: ResolversTypes['Epic'] }>;
  PRDSort: PrdSort;
  PRDWhere: PrdWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingLink: ResolverTypeWrapper<PendingLink>;
  PendingLinkPage: ResolverTypeWrapper<PendingLinkPage>;
  Person: ResolverTypeWrapper<Person>;
  PersonHit: ResolverTypeWrapper<Omit<PersonHit, 'artifacts'> & { artifacts: Array<ResolversTypes['Artifact']> }>;
  Placeholder: ResolverTypeWrapper<Placeholder>;
  PrdsConnection: ResolverTypeWrapper<Omit<PrdsConnection, 'edges'> & { edges: Array<ResolversTypes['PRDEdge']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedArtifact: ResolverTypeWrapper<Omit<RelatedArtifact, 'artifact'> & { artifact: ResolversTypes['Artifact'] }>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'artifact' | 'lineage'> & { artifact: ResolversTypes['Artifact'], lineage: Array<ResolversTypes['Artifact']> }>;
  SearchMode: SearchMode;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarFilters: StringScalarFilters;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuggestionDecision: ResolverTypeWrapper<DecisionResult>;
  SuggestionDecisionKind: SuggestionDecisionKind;
  SuggestionEvidence: ResolverTypeWrapper<SuggestionEvidence>;
  SyncPhase: SyncPhase;
  SyncProgress: ResolverTypeWrapper<SyncProgress>;
  TechSpec: ResolverTypeWrapper<Omit<TechSpec, 'code' | 'codeConnection' | 'dependsOn' | 'dependsOnConnection' | 'stories' | 'storiesConnection'> & { code: Array<ResolversTypes['Code']>, codeConnection: ResolversTypes['TechSpecCodeConnection'], dependsOn: Array<ResolversTypes['Artifact']>, dependsOnConnection: ResolversTypes['ArtifactDependsOnConnection'], stories: Array<ResolversTypes['UserStory']>, storiesConnection: ResolversTypes['TechSpecStoriesConnection'] }>;
  TechSpecAggregate: ResolverTypeWrapper<TechSpecAggregate>;
  TechSpecAggregateNode: ResolverTypeWrapper<TechSpecAggregateNode>;
  TechSpecCodeCodeAggregateSelection: ResolverTypeWrapper<TechSpecCodeCodeAggregateSelection>;
  TechSpecCodeCodeEdgeAggregateSelection: ResolverTypeWrapper<TechSpecCodeCodeEdgeAggregateSelection>;
  TechSpecCodeCodeNodeAggregateSelection: ResolverTypeWrapper<TechSpecCodeCodeNodeAggregateSelection>;
  TechSpecCodeConnection: ResolverTypeWrapper<Omit<TechSpecCodeConnection, 'edges'> & { edges: Array<ResolversTypes['TechSpecCodeRelationship']> }>;
  TechSpecCodeConnectionSort: TechSpecCodeConnectionSort;
  TechSpecCodeConnectionWhere: TechSpecCodeConnectionWhere;
  TechSpecCodeRelationship: ResolverTypeWrapper<Omit<TechSpecCodeRelationship, 'node'> & { node: ResolversTypes['Code'] }>;
  TechSpecEdge: ResolverTypeWrapper<Omit<TechSpecEdge, 'node'> & { node: ResolversTypes['TechSpec'] }>;
  TechSpecSort: TechSpecSort;
  TechSpecStoriesConnection: ResolverTypeWrapper<Omit<TechSpecStoriesConnection, 'edges'> & { edges: Array<ResolversTypes['TechSpecStoriesRelationship']> }>;
  TechSpecStoriesConnectionSort: TechSpecStoriesConnectionSort;
  TechSpecStoriesConnectionWhere: TechSpecStoriesConnectionWhere;
  TechSpecStoriesRelationship: ResolverTypeWrapper<Omit<TechSpecStoriesRelationship, 'node'> & { node: ResolversTypes['UserStory'] }>;
  TechSpecUserStoryStoriesAggregateSelection: ResolverTypeWrapper<TechSpecUserStoryStoriesAggregateSelection>;
  TechSpecUserStoryStoriesEdgeAggregateSelection: ResolverTypeWrapper<TechSpecUserStoryStoriesEdgeAggregateSelection>;
  TechSpecUserStoryStoriesNodeAggregateSelection: ResolverTypeWrapper<TechSpecUserStoryStoriesNodeAggregateSelection>;
  TechSpecWhere: TechSpecWhere;
  TechSpecsConnection: ResolverTypeWrapper<Omit<TechSpecsConnection, 'edges'> & { edges: Array<ResolversTypes['TechSpecEdge']> }>;
  TraceDirection: TraceDirection;
  TraceEdge: ResolverTypeWrapper<TraceEdgeSource>;
  TraceGraph: ResolverTypeWrapper<Omit<TraceGraph, 'edges' | 'nodes' | 'root'> & { edges: Array<ResolversTypes['TraceEdge']>, nodes: Array<ResolversTypes['Artifact']>, root: ResolversTypes['Artifact'] }>;
  UpsertResult: ResolverTypeWrapper<UpsertResult>;
  UserStoriesConnection: ResolverTypeWrapper<Omit<UserStoriesConnection, 'edges'> & { edges: Array<ResolversTypes['UserStoryEdge']> }>;
  UserStory: ResolverTypeWrapper<Omit<UserStory, 'code' | 'codeConnection' | 'dependsOn' | 'dependsOnConnection' | 'epics' | 'epicsConnection' | 'specs' | 'specsConnection'> & { code: Array<ResolversTypes['Code']>, codeConnection: ResolversTypes['UserStoryCodeConnection'], dependsOn: Array<ResolversTypes['Artifact']>, dependsOnConnection: ResolversTypes['ArtifactDependsOnConnection'], epics: Array<ResolversTypes['Epic']>, epicsConnection: ResolversTypes['UserStoryEpicsConnection'], specs: Array<ResolversTypes['TechSpec']>, specsConnection: ResolversTypes['UserStorySpecsConnection'] }>;
  UserStoryAggregate: ResolverTypeWrapper<UserStoryAggregate>;
  UserStoryAggregateNode: ResolverTypeWrapper<UserStoryAggregateNode>;
  UserStoryCodeCodeAggregateSelection: ResolverTypeWrapper<UserStoryCodeCodeAggregateSelection>;
  UserStoryCodeCodeEdgeAggregateSelection: ResolverTypeWrapper<UserStoryCodeCodeEdgeAggregateSelection>;
  UserStoryCodeCodeNodeAggregateSelection: ResolverTypeWrapper<UserStoryCodeCodeNodeAggregateSelection>;
  UserStoryCodeConnection: ResolverTypeWrapper<Omit<UserStoryCodeConnection, 'edges'> & { edges: Array<ResolversTypes['UserStoryCodeRelationship']> }>;
  UserStoryCodeConnectionSort: UserStoryCodeConnectionSort;
  UserStoryCodeConnectionWhere: UserStoryCodeConnectionWhere;
  UserStoryCodeRelationship: ResolverTypeWrapper<Omit<UserStoryCodeRelationship, 'node'> & { node: ResolversTypes['Code'] }>;
  UserStoryEdge: ResolverTypeWrapper<Omit<UserStoryEdge, 'node'> & { node: ResolversTypes['UserStory'] }>;
  UserStoryEpicEpicsAggregateSelection: ResolverTypeWrapper<UserStoryEpicEpicsAggregateSelection>;
  UserStoryEpicEpicsEdgeAggregateSelection: ResolverTypeWrapper<UserStoryEpicEpicsEdgeAggregateSelection>;
  UserStoryEpicEpicsNodeAggregateSelection: ResolverTypeWrapper<UserStoryEpicEpicsNodeAggregateSelection>;
  UserStoryEpicsConnection: ResolverTypeWrapper<Omit<UserStoryEpicsConnection, 'edges'> & { edges: Array<ResolversTypes['UserStoryEpicsRelationship']> }>;
  UserStoryEpicsConnectionSort: UserStoryEpicsConnectionSort;
  UserStoryEpicsConnectionWhere: UserStoryEpicsConnectionWhere;
  UserStoryEpicsRelationship: ResolverTypeWrapper<Omit<UserStoryEpicsRelationship, 'node'> & { node: ResolversTypes['Epic'] }>;
  UserStorySort: UserStorySort;
  UserStorySpecsConnection: ResolverTypeWrapper<Omit<UserStorySpecsConnection, 'edges'> & { edges: Array<ResolversTypes['UserStorySpecsRelationship']> }>;
  UserStorySpecsConnectionSort: UserStorySpecsConnectionSort;
  UserStorySpecsConnectionWhere: UserStorySpecsConnectionWhere;
  UserStorySpecsRelationship: ResolverTypeWrapper<Omit<UserStorySpecsRelationship, 'node'> & { node: ResolversTypes['TechSpec'] }>;
  UserStoryTechSpecSpecsAggregateSelection: ResolverTypeWrapper<UserStoryTechSpecSpecsAggregateSelection>;
  UserStoryTechSpecSpecsEdgeAggregateSelection: ResolverTypeWrapper<UserStoryTechSpecSpecsEdgeAggregateSelection>;
  UserStoryTechSpecSpecsNodeAggregateSelection: ResolverTypeWrapper<UserStoryTechSpecSpecsNodeAggregateSelection>;
  UserStoryWhere: UserStoryWhere;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Answer: Omit<Answer, 'citations' | 'context'> & { citations: Array<ResolversParentTypes['Citation']>, context: Array<ResolversParentTypes['SearchHit']> };
  AnswerChunk: Omit<AnswerChunk, 'answer'> & { answer?: Maybe<ResolversParentTypes['Answer']> };
  Artifact: ArtifactObject;
  ArtifactDependsOnConnection: Omit<ArtifactDependsOnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactDependsOnRelationship']> };
  ArtifactDependsOnConnectionSort: ArtifactDependsOnConnectionSort;
  ArtifactDependsOnConnectionWhere: ArtifactDependsOnConnectionWhere;
  ArtifactDependsOnEdgeSort: ArtifactDependsOnEdgeSort;
  ArtifactDependsOnEdgeWhere: ArtifactDependsOnEdgeWhere;
  ArtifactDependsOnRelationship: Omit<ArtifactDependsOnRelationship, 'node' | 'properties'> & { node: ResolversParentTypes['Artifact'], properties: ResolversParentTypes['ArtifactDependsOnRelationshipProperties'] };
  ArtifactDependsOnRelationshipProperties: ResolversUnionTypes<ResolversParentTypes>['ArtifactDependsOnRelationshipProperties'];
  ArtifactEdge: Omit<ArtifactEdge, 'node'> & { node: ResolversParentTypes['Artifact'] };
  ArtifactInput: ArtifactInput;
  ArtifactKindEnumScalarFilters: ArtifactKindEnumScalarFilters;
  ArtifactSort: ArtifactSort;
  ArtifactWhere: ArtifactWhere;
  ArtifactsConnection: Omit<ArtifactsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtifactEdge']> };
  Boolean: Scalars['Boolean']['output'];
  ChangeEvent: FeedEvent;
  Chunk: Omit<Chunk, 'artifacts' | 'artifactsConnection'> & { artifacts: Array<ResolversParentTypes['Artifact']>, artifactsConnection: ResolversParentTypes['ChunkArtifactsConnection'] };
  ChunkAggregate: ChunkAggregate;
  ChunkAggregateNode: ChunkAggregateNode;
  ChunkArtifactArtifactsAggregateSelection: ChunkArtifactArtifactsAggregateSelection;
  ChunkArtifactArtifactsNodeAggregateSelection: ChunkArtifactArtifactsNodeAggregateSelection;
  ChunkArtifactsConnection: Omit<ChunkArtifactsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChunkArtifactsRelationship']> };
  ChunkArtifactsConnectionSort: ChunkArtifactsConnectionSort;
  ChunkArtifactsConnectionWhere: ChunkArtifactsConnectionWhere;
  ChunkArtifactsRelationship: Omit<ChunkArtifactsRelationship, 'node'> & { node: ResolversParentTypes['Artifact'] };
  ChunkEdge: Omit<ChunkEdge, 'node'> & { node: ResolversParentTypes['Chunk'] };
  ChunkSort: ChunkSort;
  ChunkWhere: ChunkWhere;
  ChunksConnection: Omit<ChunksConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChunkEdge']> };
  Citation: Omit<Citation, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] };
  Code: Omit<Code, 'dependsOn' | 'dependsOnConnection' | 'implementsSpecs' | 'implementsSpecsConnection' | 'implementsStories' | 'implementsStoriesConnection'> & { dependsOn: Array<ResolversParentTypes['Artifact']>, dependsOnConnection: ResolversParentTypes['ArtifactDependsOnConnection'], implementsSpecs: Array<ResolversParentTypes['TechSpec']>, implementsSpecsConnection: ResolversParentTypes['CodeImplementsSpecsConnection'], implementsStories: Array<ResolversParentTypes['UserStory']>, implementsStoriesConnection: ResolversParentTypes['CodeImplementsStoriesConnection'] };
  CodeAggregate: CodeAggregate;
  CodeAggregateNode: CodeAggregateNode;
  CodeEdge: Omit<CodeEdge, 'node'> & { node: ResolversParentTypes['Code'] };
  CodeImplementsSpecsConnection: Omit<CodeImplementsSpecsConnection, 'edges'> & { edges: Array<ResolversParentTypes['CodeImplementsSpecsRelationship']> };
  CodeImplementsSpecsConnectionSort: CodeImplementsSpecsConnectionSort;
  CodeImplementsSpecsConnectionWhere: CodeImplementsSpecsConnectionWhere;
  CodeImplementsSpecsRelationship: Omit<CodeImplementsSpecsRelationship, 'node'> & { node: ResolversParentTypes['TechSpec'] };
  CodeImplementsStoriesConnection: Omit<CodeImplementsStoriesConnection, 'edges'> & { edges: Array<ResolversParentTypes['CodeImplementsStoriesRelationship']> };
  CodeImplementsStoriesConnectionSort: CodeImplementsStoriesConnectionSort;
  CodeImplementsStoriesConnectionWhere: CodeImplementsStoriesConnectionWhere;
  CodeImplementsStoriesRelationship: Omit<CodeImplementsStoriesRelationship, 'node'> & { node: ResolversParentTypes['UserStory'] };
  CodeKindEnumScalarFilters: CodeKindEnumScalarFilters;
  CodeSort: CodeSort;
  CodeTechSpecImplementsSpecsAggregateSelection: CodeTechSpecImplementsSpecsAggregateSelection;
  CodeTechSpecImplementsSpecsEdgeAggregateSelection: CodeTechSpecImplementsSpecsEdgeAggregateSelection;
  CodeTechSpecImplementsSpecsNodeAggregateSelection: CodeTechSpecImplementsSpecsNodeAggregateSelection;
  CodeUserStoryImplementsStoriesAggregateSelection: CodeUserStoryImplementsStoriesAggregateSelection;
  CodeUserStoryImplementsStoriesEdgeAggregateSelection: CodeUserStoryImplementsStoriesEdgeAggregateSelection;
  CodeUserStoryImplementsStoriesNodeAggregateSelection: CodeUserStoryImplementsStoriesNodeAggregateSelection;
  CodeWhere: CodeWhere;
  CodesConnection: Omit<CodesConnection, 'edges'> & { edges: Array<ResolversParentTypes['CodeEdge']> };
  Contributor: Contributor;
  Count: Count;
  CountConnection: CountConnection;
  CoverageGap: CoverageGapSource;
  CoverageReport: CoverageReportSource;
  CoverageTotals: CoverageTotals;
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DeleteResult: DeleteResult;
  DependencyEvidence: DependencyEvidence;
  DependencyEvidenceSort: DependencyEvidenceSort;
  DependencyEvidenceWhere: DependencyEvidenceWhere;
  Epic: Omit<Epic, 'dependsOn' | 'dependsOnConnection' | 'prds' | 'prdsConnection' | 'stories' | 'storiesConnection'> & { dependsOn: Array<ResolversParentTypes['Artifact']>, dependsOnConnection: ResolversParentTypes['ArtifactDependsOnConnection'], prds: Array<ResolversParentTypes['PRD']>, prdsConnection: ResolversParentTypes['EpicPrdsConnection'], stories: Array<ResolversParentTypes['UserStory']>, storiesConnection: ResolversParentTypes['EpicStoriesConnection'] };
  EpicAggregate: EpicAggregate;
  EpicAggregateNode: EpicAggregateNode;
  EpicEdge: Omit<EpicEdge, 'node'> & { node: ResolversParentTypes['Epic'] };
  EpicPRDPrdsAggregateSelection: EpicPrdPrdsAggregateSelection;
  EpicPRDPrdsEdgeAggregateSelection: EpicPrdPrdsEdgeAggregateSelection;
  EpicPRDPrdsNodeAggregateSelection: EpicPrdPrdsNodeAggregateSelection;
  EpicPrdsConnection: Omit<EpicPrdsConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpicPrdsRelationship']> };
  EpicPrdsConnectionSort: EpicPrdsConnectionSort;
  EpicPrdsConnectionWhere: EpicPrdsConnectionWhere;
  EpicPrdsRelationship: Omit<EpicPrdsRelationship, 'node'> & { node: ResolversParentTypes['PRD'] };
  EpicSort: EpicSort;
  EpicStoriesConnection: Omit<EpicStoriesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpicStoriesRelationship']> };
  EpicStoriesConnectionSort: EpicStoriesConnectionSort;
  EpicStoriesConnectionWhere: EpicStoriesConnectionWhere;
  EpicStoriesRelationship: Omit<EpicStoriesRelationship, 'node'> & { node: ResolversParentTypes['UserStory'] };
  EpicUserStoryStoriesAggregateSelection: EpicUserStoryStoriesAggregateSelection;
  EpicUserStoryStoriesEdgeAggregateSelection: EpicUserStoryStoriesEdgeAggregateSelection;
  EpicUserStoryStoriesNodeAggregateSelection: EpicUserStoryStoriesNodeAggregateSelection;
  EpicWhere: EpicWhere;
  EpicsConnection: Omit<EpicsConnection, 'edges'> & { edges: Array<ResolversParentTypes['EpicEdge']> };
  Evidence: Evidence;
  EvidenceSort: EvidenceSort;
  EvidenceWhere: EvidenceWhere;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  ImpactReport: Omit<ImpactReport, 'affected' | 'root' | 'unresolved'> & { affected: Array<ResolversParentTypes['ImpactedArtifact']>, root: ResolversParentTypes['Artifact'], unresolved: Array<ResolversParentTypes['TraceEdge']> };
  ImpactedArtifact: Omit<ImpactedArtifact, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] };
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarFilters: IntScalarFilters;
  LinkResult: Omit<LinkResult, 'edge'> & { edge?: Maybe<ResolversParentTypes['TraceEdge']> };
  LinkSuggestion: LinkSuggestionSource;
  Mutation: Record<PropertyKey, never>;
  PRD: Omit<Prd, 'dependsOn' | 'dependsOnConnection' | 'epics' | 'epicsConnection'> & { dependsOn: Array<ResolversParentTypes['Artifact']>, dependsOnConnection: ResolversParentTypes['ArtifactDependsOnConnection'], epics: Array<ResolversParentTypes['Epic']>, epicsConnection: ResolversParentTypes['PRDEpicsConnection'] };
  PRDAggregate: PrdAggregate;
  PRDAggregateNode: PrdAggregateNode;
  PRDEdge: Omit<PrdEdge, 'node'> & { node: ResolversParentTypes['PRD'] };
  PRDEpicEpicsAggregateSelection: PrdEpicEpicsAggregateSelection;
  PRDEpicEpicsEdgeAggregateSelection: PrdEpicEpicsEdgeAggregateSelection;
  PRDEpicEpicsNodeAggregateSelection: PrdEpicEpicsNodeAggregateSelection;
  PRDEpicsConnection: Omit<PrdEpicsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PRDEpicsRelationship']> };
  PRDEpicsConnectionSort: PrdEpicsConnectionSort;
  PRDEpicsConnectionWhere: PrdEpicsConnectionWhere;
  PRDEpicsRelationship: Omit<PrdEpicsRelationship, 'node'> & { node: ResolversParentTypes['Epic'] };
  PRDSort: PrdSort;
  PRDWhere: PrdWhere;
  PageInfo: PageInfo;
  PendingLink: PendingLink;
  PendingLinkPage: PendingLinkPage;
  Person: Person;
  PersonHit: Omit<PersonHit, 'artifacts'> & { artifacts: Array<ResolversParentTypes['Artifact']> };
  Placeholder: Placeholder;
  PrdsConnection: Omit<PrdsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PRDEdge']> };
  Query: Record<PropertyKey, never>;
  RelatedArtifact: Omit<RelatedArtifact, 'artifact'> & { artifact: ResolversParentTypes['Artifact'] };
  SearchHit: Omit<SearchHit, 'artifact' | 'lineage'> & { artifact: ResolversParentTypes['Artifact'], lineage: Array<ResolversParentTypes['Artifact']> };
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarFilters: StringScalarFilters;
  Subscription: Record<PropertyKey, never>;
  SuggestionDecision: DecisionResult;
  SuggestionEvidence: SuggestionEvidence;
  SyncProgress: SyncProgress;
  TechSpec: Omit<TechSpec, 'code' | 'codeConnection' | 'dependsOn' | 'dependsOnConnection' | 'stories' | 'storiesConnection'> & { code: Array<ResolversParentTypes['Code']>, codeConnection: ResolversParentTypes['TechSpecCodeConnection'], dependsOn: Array<ResolversParentTypes['Artifact']>, dependsOnConnection: ResolversParentTypes['ArtifactDependsOnConnection'], stories: Array<ResolversParentTypes['UserStory']>, storiesConnection: ResolversParentTypes['TechSpecStoriesConnection'] };
  TechSpecAggregate: TechSpecAggregate;
  TechSpecAggregateNode: TechSpecAggregateNode;
  TechSpecCodeCodeAggregateSelection: TechSpecCodeCodeAggregateSelection;
  TechSpecCodeCodeEdgeAggregateSelection: TechSpecCodeCodeEdgeAggregateSelection;
  TechSpecCodeCodeNodeAggregateSelection: TechSpecCodeCodeNodeAggregateSelection;
  TechSpecCodeConnection: Omit<TechSpecCodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['TechSpecCodeRelationship']> };
  TechSpecCodeConnectionSort: TechSpecCodeConnectionSort;
  TechSpecCodeConnectionWhere: TechSpecCodeConnectionWhere;
  TechSpecCodeRelationship: Omit<TechSpecCodeRelationship, 'node'> & { node: ResolversParentTypes['Code'] };
  TechSpecEdge: Omit<TechSpecEdge, 'node'> & { node: ResolversParentTypes['TechSpec'] };
  TechSpecSort: TechSpecSort;
  TechSpecStoriesConnection: Omit<TechSpecStoriesConnection, 'edges'> & { edges: Array<ResolversParentTypes['TechSpecStoriesRelationship']> };
  TechSpecStoriesConnectionSort: TechSpecStoriesConnectionSort;
  TechSpecStoriesConnectionWhere: TechSpecStoriesConnectionWhere;
  TechSpecStoriesRelationship: Omit<TechSpecStoriesRelationship, 'node'> & { node: ResolversParentTypes['UserStory'] };
  TechSpecUserStoryStoriesAggregateSelection: TechSpecUserStoryStoriesAggregateSelection;
  TechSpecUserStoryStoriesEdgeAggregateSelection: TechSpecUserStoryStoriesEdgeAggregateSelection;
  TechSpecUserStoryStoriesNodeAggregateSelection: TechSpecUserStoryStoriesNodeAggregateSelection;
  TechSpecWhere: TechSpecWhere;
  TechSpecsConnection: Omit<TechSpecsConnection, 'edges'> & { edges: Array<ResolversParentTypes['TechSpecEdge']> };
  TraceEdge: TraceEdgeSource;
  TraceGraph: Omit<TraceGraph, 'edges' | 'nodes' | 'root'> & { edges: Array<ResolversParentTypes['TraceEdge']>, nodes: Array<ResolversParentTypes['Artifact']>, root: ResolversParentTypes['Artifact'] };
  UpsertResult: UpsertResult;
  UserStoriesConnection: Omit<UserStoriesConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserStoryEdge']> };
  UserStory: Omit<UserStory, 'code' | 'codeConnection' | 'dependsOn' | 'dependsOnConnection' | 'epics' | 'epicsConnection' | 'specs' | 'specsConnection'> & { code: Array<ResolversParentTypes['Code']>, codeConnection: ResolversParentTypes['UserStoryCodeConnection'], dependsOn: Array<ResolversParentTypes['Artifact']>, dependsOnConnection: ResolversParentTypes['ArtifactDependsOnConnection'], epics: Array<ResolversParentTypes['Epic']>, epicsConnection: ResolversParentTypes['UserStoryEpicsConnection'], specs: Array<ResolversParentTypes['TechSpec']>, specsConnection: ResolversParentTypes['UserStorySpecsConnection'] };
  UserStoryAggregate: UserStoryAggregate;
  UserStoryAggregateNode: UserStoryAggregateNode;
  UserStoryCodeCodeAggregateSelection: UserStoryCodeCodeAggregateSelection;
  UserStoryCodeCodeEdgeAggregateSelection: UserStoryCodeCodeEdgeAggregateSelection;
  UserStoryCodeCodeNodeAggregateSelection: UserStoryCodeCodeNodeAggregateSelection;
  UserStoryCodeConnection: Omit<UserStoryCodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserStoryCodeRelationship']> };
  UserStoryCodeConnectionSort: UserStoryCodeConnectionSort;
  UserStoryCodeConnectionWhere: UserStoryCodeConnectionWhere;
  UserStoryCodeRelationship: Omit<UserStoryCodeRelationship, 'node'> & { node: ResolversParentTypes['Code'] };
  UserStoryEdge: Omit<UserStoryEdge, 'node'> & { node: ResolversParentTypes['UserStory'] };
  UserStoryEpicEpicsAggregateSelection: UserStoryEpicEpicsAggregateSelection;
  UserStoryEpicEpicsEdgeAggregateSelection: UserStoryEpicEpicsEdgeAggregateSelection;
  UserStoryEpicEpicsNodeAggregateSelection: UserStoryEpicEpicsNodeAggregateSelection;
  UserStoryEpicsConnection: Omit<UserStoryEpicsConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserStoryEpicsRelationship']> };
  UserStoryEpicsConnectionSort: UserStoryEpicsConnectionSort;
  UserStoryEpicsConnectionWhere: UserStoryEpicsConnectionWhere;
  UserStoryEpicsRelationship: Omit<UserStoryEpicsRelationship, 'node'> & { node: ResolversParentTypes['Epic'] };
  UserStorySort: UserStorySort;
  UserStorySpecsConnection: Omit<UserStorySpecsConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserStorySpecsRelationship']> };
  UserStorySpecsConnectionSort: UserStorySpecsConnectionSort;
  UserStorySpecsConnectionWhere: UserStorySpecsConnectionWhere;
  UserStorySpecsRelationship: Omit<UserStorySpecsRelationship, 'node'> & { node: ResolversParentTypes['TechSpec'] };
  UserStoryTechSpecSpecsAggregateSelection: UserStoryTechSpecSpecsAggregateSelection;
  UserStoryTechSpecSpecsEdgeAggregateSelection: UserStoryTechSpecSpecsEdgeAggregateSelection;
  UserStoryTechSpecSpecsNodeAggregateSelection: UserStoryTechSpecSpecsNodeAggregateSelection;
  UserStoryWhere: UserStoryWhere;
  Viewer: Viewer;
};

export type AnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  context?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  finishReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnswerChunkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerChunk'] = ResolversParentTypes['AnswerChunk']> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArtifactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact']> = {
  __resolveType: TypeResolveFn<'Code' | 'Epic' | 'PRD' | 'TechSpec' | 'UserStory', ParentType, ContextType>;
};

export type ArtifactDependsOnConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArtifactDependsOnConnection'] = ResolversParentTypes['ArtifactDependsOnConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactDependsOnRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArtifactDependsOnRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArtifactDependsOnRelationship'] = ResolversParentTypes['ArtifactDependsOnRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['ArtifactDependsOnRelationshipProperties'], ParentType, ContextType>;
};

export type ArtifactDependsOnRelationshipPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArtifactDependsOnRelationshipProperties'] = ResolversParentTypes['ArtifactDependsOnRelationshipProperties']> = {
  __resolveType: TypeResolveFn<'DependencyEvidence', ParentType, ContextType>;
};

export type ArtifactEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArtifactEdge'] = ResolversParentTypes['ArtifactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
};

export type ArtifactsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArtifactsConnection'] = ResolversParentTypes['ArtifactsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArtifactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['TraceEdge']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['ChangeOp'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChunkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chunk'] = ResolversParentTypes['Chunk']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artifacts?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<ChunkArtifactsArgs>>;
  artifactsConnection?: Resolver<ResolversTypes['ChunkArtifactsConnection'], ParentType, ContextType, Partial<ChunkArtifactsConnectionArgs>>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChunkAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkAggregate'] = ResolversParentTypes['ChunkAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChunkAggregateNode'], ParentType, ContextType>;
};

export type ChunkAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkAggregateNode'] = ResolversParentTypes['ChunkAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ChunkArtifactArtifactsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkArtifactArtifactsAggregateSelection'] = ResolversParentTypes['ChunkArtifactArtifactsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ChunkArtifactArtifactsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ChunkArtifactArtifactsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkArtifactArtifactsNodeAggregateSelection'] = ResolversParentTypes['ChunkArtifactArtifactsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ChunkArtifactsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkArtifactsConnection'] = ResolversParentTypes['ChunkArtifactsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ChunkArtifactArtifactsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChunkArtifactsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChunkArtifactsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkArtifactsRelationship'] = ResolversParentTypes['ChunkArtifactsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
};

export type ChunkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunkEdge'] = ResolversParentTypes['ChunkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Chunk'], ParentType, ContextType>;
};

export type ChunksConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChunksConnection'] = ResolversParentTypes['ChunksConnection']> = {
  aggregate?: Resolver<ResolversTypes['ChunkAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChunkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  marker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Code'] = ResolversParentTypes['Code']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codeKind?: Resolver<Maybe<ResolversTypes['CodeKind']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<CodeDependsOnArgs>>;
  dependsOnConnection?: Resolver<ResolversTypes['ArtifactDependsOnConnection'], ParentType, ContextType, Partial<CodeDependsOnConnectionArgs>>;
  implementsSpecs?: Resolver<Array<ResolversTypes['TechSpec']>, ParentType, ContextType, Partial<CodeImplementsSpecsArgs>>;
  implementsSpecsConnection?: Resolver<ResolversTypes['CodeImplementsSpecsConnection'], ParentType, ContextType, Partial<CodeImplementsSpecsConnectionArgs>>;
  implementsStories?: Resolver<Array<ResolversTypes['UserStory']>, ParentType, ContextType, Partial<CodeImplementsStoriesArgs>>;
  implementsStoriesConnection?: Resolver<ResolversTypes['CodeImplementsStoriesConnection'], ParentType, ContextType, Partial<CodeImplementsStoriesConnectionArgs>>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pendingLinks?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CodeAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeAggregate'] = ResolversParentTypes['CodeAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CodeAggregateNode'], ParentType, ContextType>;
};

export type CodeAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeAggregateNode'] = ResolversParentTypes['CodeAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeEdge'] = ResolversParentTypes['CodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Code'], ParentType, ContextType>;
};

export type CodeImplementsSpecsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeImplementsSpecsConnection'] = ResolversParentTypes['CodeImplementsSpecsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CodeTechSpecImplementsSpecsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CodeImplementsSpecsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeImplementsSpecsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeImplementsSpecsRelationship'] = ResolversParentTypes['CodeImplementsSpecsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TechSpec'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type CodeImplementsStoriesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeImplementsStoriesConnection'] = ResolversParentTypes['CodeImplementsStoriesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CodeUserStoryImplementsStoriesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CodeImplementsStoriesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeImplementsStoriesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeImplementsStoriesRelationship'] = ResolversParentTypes['CodeImplementsStoriesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserStory'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type CodeTechSpecImplementsSpecsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeTechSpecImplementsSpecsAggregateSelection'] = ResolversParentTypes['CodeTechSpecImplementsSpecsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CodeTechSpecImplementsSpecsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CodeTechSpecImplementsSpecsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CodeTechSpecImplementsSpecsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeTechSpecImplementsSpecsEdgeAggregateSelection'] = ResolversParentTypes['CodeTechSpecImplementsSpecsEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CodeTechSpecImplementsSpecsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeTechSpecImplementsSpecsNodeAggregateSelection'] = ResolversParentTypes['CodeTechSpecImplementsSpecsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CodeUserStoryImplementsStoriesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeUserStoryImplementsStoriesAggregateSelection'] = ResolversParentTypes['CodeUserStoryImplementsStoriesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CodeUserStoryImplementsStoriesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CodeUserStoryImplementsStoriesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CodeUserStoryImplementsStoriesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeUserStoryImplementsStoriesEdgeAggregateSelection'] = ResolversParentTypes['CodeUserStoryImplementsStoriesEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CodeUserStoryImplementsStoriesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeUserStoryImplementsStoriesNodeAggregateSelection'] = ResolversParentTypes['CodeUserStoryImplementsStoriesNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issueType?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CodesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodesConnection'] = ResolversParentTypes['CodesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CodeAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contributor'] = ResolversParentTypes['Contributor']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageGap'] = ResolversParentTypes['CoverageGap']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['CoverageGapKind'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['LinkSuggestion']>, ParentType, ContextType, RequireFields<CoverageGapSuggestionsArgs, 'first'>>;
};

export type CoverageReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageReport'] = ResolversParentTypes['CoverageReport']> = {
  epicsWithoutStories?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['CoverageGap']>, ParentType, ContextType>;
  orphanCode?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  specsWithoutCode?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  storiesWithoutCode?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  storiesWithoutSpec?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['CoverageTotals'], ParentType, ContextType>;
};

export type CoverageTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageTotals'] = ResolversParentTypes['CoverageTotals']> = {
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  specs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = {
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DependencyEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyEvidence'] = ResolversParentTypes['DependencyEvidence']> = {
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EpicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Epic'] = ResolversParentTypes['Epic']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<EpicDependsOnArgs>>;
  dependsOnConnection?: Resolver<ResolversTypes['ArtifactDependsOnConnection'], ParentType, ContextType, Partial<EpicDependsOnConnectionArgs>>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  pendingLinks?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
  prds?: Resolver<Array<ResolversTypes['PRD']>, ParentType, ContextType, Partial<EpicPrdsArgs>>;
  prdsConnection?: Resolver<ResolversTypes['EpicPrdsConnection'], ParentType, ContextType, Partial<EpicPrdsConnectionArgs>>;
  reviewers?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stories?: Resolver<Array<ResolversTypes['UserStory']>, ParentType, ContextType, Partial<EpicStoriesArgs>>;
  storiesConnection?: Resolver<ResolversTypes['EpicStoriesConnection'], ParentType, ContextType, Partial<EpicStoriesConnectionArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EpicAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicAggregate'] = ResolversParentTypes['EpicAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EpicAggregateNode'], ParentType, ContextType>;
};

export type EpicAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicAggregateNode'] = ResolversParentTypes['EpicAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EpicEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicEdge'] = ResolversParentTypes['EpicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Epic'], ParentType, ContextType>;
};

export type EpicPrdPrdsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicPRDPrdsAggregateSelection'] = ResolversParentTypes['EpicPRDPrdsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['EpicPRDPrdsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EpicPRDPrdsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EpicPrdPrdsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicPRDPrdsEdgeAggregateSelection'] = ResolversParentTypes['EpicPRDPrdsEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EpicPrdPrdsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicPRDPrdsNodeAggregateSelection'] = ResolversParentTypes['EpicPRDPrdsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EpicPrdsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicPrdsConnection'] = ResolversParentTypes['EpicPrdsConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpicPRDPrdsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpicPrdsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpicPrdsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicPrdsRelationship'] = ResolversParentTypes['EpicPrdsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PRD'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type EpicStoriesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicStoriesConnection'] = ResolversParentTypes['EpicStoriesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpicUserStoryStoriesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpicStoriesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpicStoriesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicStoriesRelationship'] = ResolversParentTypes['EpicStoriesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserStory'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type EpicUserStoryStoriesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicUserStoryStoriesAggregateSelection'] = ResolversParentTypes['EpicUserStoryStoriesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['EpicUserStoryStoriesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EpicUserStoryStoriesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type EpicUserStoryStoriesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicUserStoryStoriesEdgeAggregateSelection'] = ResolversParentTypes['EpicUserStoryStoriesEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EpicUserStoryStoriesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicUserStoryStoriesNodeAggregateSelection'] = ResolversParentTypes['EpicUserStoryStoriesNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issueType?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EpicsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EpicsConnection'] = ResolversParentTypes['EpicsConnection']> = {
  aggregate?: Resolver<ResolversTypes['EpicAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EpicEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImpactReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactReport'] = ResolversParentTypes['ImpactReport']> = {
  affected?: Resolver<Array<ResolversTypes['ImpactedArtifact']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  unresolved?: Resolver<Array<ResolversTypes['TraceEdge']>, ParentType, ContextType>;
};

export type ImpactedArtifactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactedArtifact'] = ResolversParentTypes['ImpactedArtifact']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IntAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkResult'] = ResolversParentTypes['LinkResult']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TraceEdge']>, ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LinkSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkSuggestion'] = ResolversParentTypes['LinkSuggestion']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['SuggestionEvidence'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptSuggestion?: Resolver<ResolversTypes['SuggestionDecision'], ParentType, ContextType, RequireFields<MutationAcceptSuggestionArgs, 'from' | 'to' | 'type'>>;
  deleteArtifact?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArtifactArgs, 'uid'>>;
  link?: Resolver<ResolversTypes['LinkResult'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'from' | 'to' | 'type'>>;
  rejectSuggestion?: Resolver<ResolversTypes['SuggestionDecision'], ParentType, ContextType, RequireFields<MutationRejectSuggestionArgs, 'from' | 'to' | 'type'>>;
  unlink?: Resolver<ResolversTypes['LinkResult'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'from' | 'to' | 'type'>>;
  upsertArtifacts?: Resolver<ResolversTypes['UpsertResult'], ParentType, ContextType, RequireFields<MutationUpsertArtifactsArgs, 'input'>>;
};

export type PrdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRD'] = ResolversParentTypes['PRD']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<PrdDependsOnArgs>>;
  dependsOnConnection?: Resolver<ResolversTypes['ArtifactDependsOnConnection'], ParentType, ContextType, Partial<PrdDependsOnConnectionArgs>>;
  epics?: Resolver<Array<ResolversTypes['Epic']>, ParentType, ContextType, Partial<PrdEpicsArgs>>;
  epicsConnection?: Resolver<ResolversTypes['PRDEpicsConnection'], ParentType, ContextType, Partial<PrdEpicsConnectionArgs>>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  pendingLinks?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrdAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDAggregate'] = ResolversParentTypes['PRDAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PRDAggregateNode'], ParentType, ContextType>;
};

export type PrdAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDAggregateNode'] = ResolversParentTypes['PRDAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PrdEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEdge'] = ResolversParentTypes['PRDEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PRD'], ParentType, ContextType>;
};

export type PrdEpicEpicsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEpicEpicsAggregateSelection'] = ResolversParentTypes['PRDEpicEpicsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PRDEpicEpicsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PRDEpicEpicsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PrdEpicEpicsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEpicEpicsEdgeAggregateSelection'] = ResolversParentTypes['PRDEpicEpicsEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PrdEpicEpicsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEpicEpicsNodeAggregateSelection'] = ResolversParentTypes['PRDEpicEpicsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PrdEpicsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEpicsConnection'] = ResolversParentTypes['PRDEpicsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PRDEpicEpicsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PRDEpicsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PrdEpicsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PRDEpicsRelationship'] = ResolversParentTypes['PRDEpicsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Epic'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PendingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingLink'] = ResolversParentTypes['PendingLink']> = {
  doubt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PendingLinkPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingLinkPage'] = ResolversParentTypes['PendingLinkPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PersonHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonHit'] = ResolversParentTypes['PersonHit']> = {
  artifacts?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PlaceholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Placeholder'] = ResolversParentTypes['Placeholder']> = {
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PrdsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrdsConnection'] = ResolversParentTypes['PrdsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PRDAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PRDEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  artifacts?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<QueryArtifactsArgs>>;
  artifactsConnection?: Resolver<ResolversTypes['ArtifactsConnection'], ParentType, ContextType, Partial<QueryArtifactsConnectionArgs>>;
  ask?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<QueryAskArgs, 'first' | 'question'>>;
  chunks?: Resolver<Array<ResolversTypes['Chunk']>, ParentType, ContextType, Partial<QueryChunksArgs>>;
  chunksConnection?: Resolver<ResolversTypes['ChunksConnection'], ParentType, ContextType, Partial<QueryChunksConnectionArgs>>;
  codes?: Resolver<Array<ResolversTypes['Code']>, ParentType, ContextType, Partial<QueryCodesArgs>>;
  codesConnection?: Resolver<ResolversTypes['CodesConnection'], ParentType, ContextType, Partial<QueryCodesConnectionArgs>>;
  coverage?: Resolver<ResolversTypes['CoverageReport'], ParentType, ContextType, Partial<QueryCoverageArgs>>;
  epics?: Resolver<Array<ResolversTypes['Epic']>, ParentType, ContextType, Partial<QueryEpicsArgs>>;
  epicsConnection?: Resolver<ResolversTypes['EpicsConnection'], ParentType, ContextType, Partial<QueryEpicsConnectionArgs>>;
  impact?: Resolver<ResolversTypes['ImpactReport'], ParentType, ContextType, RequireFields<QueryImpactArgs, 'maxDepth' | 'uid'>>;
  pendingLinks?: Resolver<ResolversTypes['PendingLinkPage'], ParentType, ContextType, RequireFields<QueryPendingLinksArgs, 'first'>>;
  people?: Resolver<Array<ResolversTypes['PersonHit']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  prds?: Resolver<Array<ResolversTypes['PRD']>, ParentType, ContextType, Partial<QueryPrdsArgs>>;
  prdsConnection?: Resolver<ResolversTypes['PrdsConnection'], ParentType, ContextType, Partial<QueryPrdsConnectionArgs>>;
  related?: Resolver<Array<ResolversTypes['RelatedArtifact']>, ParentType, ContextType, RequireFields<QueryRelatedArgs, 'first' | 'uid'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'mode' | 'text'>>;
  suggestedLinks?: Resolver<Array<ResolversTypes['LinkSuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestedLinksArgs, 'first' | 'uid'>>;
  techSpecs?: Resolver<Array<ResolversTypes['TechSpec']>, ParentType, ContextType, Partial<QueryTechSpecsArgs>>;
  techSpecsConnection?: Resolver<ResolversTypes['TechSpecsConnection'], ParentType, ContextType, Partial<QueryTechSpecsConnectionArgs>>;
  trace?: Resolver<ResolversTypes['TraceGraph'], ParentType, ContextType, RequireFields<QueryTraceArgs, 'direction' | 'maxDepth' | 'uid'>>;
  userStories?: Resolver<Array<ResolversTypes['UserStory']>, ParentType, ContextType, Partial<QueryUserStoriesArgs>>;
  userStoriesConnection?: Resolver<ResolversTypes['UserStoriesConnection'], ParentType, ContextType, Partial<QueryUserStoriesConnectionArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RelatedArtifactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedArtifact'] = ResolversParentTypes['RelatedArtifact']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  graphScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  textScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vectorScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  matchedChunk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  textScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vectorScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type StringAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = {
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  artifactChanged?: SubscriptionResolver<ResolversTypes['ChangeEvent'], "artifactChanged", ParentType, ContextType, Partial<SubscriptionArtifactChangedArgs>>;
  askStream?: SubscriptionResolver<ResolversTypes['AnswerChunk'], "askStream", ParentType, ContextType, RequireFields<SubscriptionAskStreamArgs, 'first' | 'question'>>;
  syncProgress?: SubscriptionResolver<ResolversTypes['SyncProgress'], "syncProgress", ParentType, ContextType, Partial<SubscriptionSyncProgressArgs>>;
};

export type SuggestionDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionDecision'] = ResolversParentTypes['SuggestionDecision']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['SuggestionDecisionKind'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TraceEdge']>, ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type SuggestionEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionEvidence'] = ResolversParentTypes['SuggestionEvidence']> = {
  signals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SyncProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncProgress'] = ResolversParentTypes['SyncProgress']> = {
  embedded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fetched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SyncPhase'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpec'] = ResolversParentTypes['TechSpec']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Array<ResolversTypes['Code']>, ParentType, ContextType, Partial<TechSpecCodeArgs>>;
  codeConnection?: Resolver<ResolversTypes['TechSpecCodeConnection'], ParentType, ContextType, Partial<TechSpecCodeConnectionArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<TechSpecDependsOnArgs>>;
  dependsOnConnection?: Resolver<ResolversTypes['ArtifactDependsOnConnection'], ParentType, ContextType, Partial<TechSpecDependsOnConnectionArgs>>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  pendingLinks?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stories?: Resolver<Array<ResolversTypes['UserStory']>, ParentType, ContextType, Partial<TechSpecStoriesArgs>>;
  storiesConnection?: Resolver<ResolversTypes['TechSpecStoriesConnection'], ParentType, ContextType, Partial<TechSpecStoriesConnectionArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TechSpecAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecAggregate'] = ResolversParentTypes['TechSpecAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TechSpecAggregateNode'], ParentType, ContextType>;
};

export type TechSpecAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecAggregateNode'] = ResolversParentTypes['TechSpecAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TechSpecCodeCodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecCodeCodeAggregateSelection'] = ResolversParentTypes['TechSpecCodeCodeAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TechSpecCodeCodeEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TechSpecCodeCodeNodeAggregateSelection']>, ParentType, ContextType>;
};

export type TechSpecCodeCodeEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecCodeCodeEdgeAggregateSelection'] = ResolversParentTypes['TechSpecCodeCodeEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TechSpecCodeCodeNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecCodeCodeNodeAggregateSelection'] = ResolversParentTypes['TechSpecCodeCodeNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TechSpecCodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecCodeConnection'] = ResolversParentTypes['TechSpecCodeConnection']> = {
  aggregate?: Resolver<ResolversTypes['TechSpecCodeCodeAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TechSpecCodeRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechSpecCodeRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecCodeRelationship'] = ResolversParentTypes['TechSpecCodeRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Code'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type TechSpecEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecEdge'] = ResolversParentTypes['TechSpecEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TechSpec'], ParentType, ContextType>;
};

export type TechSpecStoriesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecStoriesConnection'] = ResolversParentTypes['TechSpecStoriesConnection']> = {
  aggregate?: Resolver<ResolversTypes['TechSpecUserStoryStoriesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TechSpecStoriesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechSpecStoriesRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecStoriesRelationship'] = ResolversParentTypes['TechSpecStoriesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserStory'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type TechSpecUserStoryStoriesAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecUserStoryStoriesAggregateSelection'] = ResolversParentTypes['TechSpecUserStoryStoriesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TechSpecUserStoryStoriesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TechSpecUserStoryStoriesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type TechSpecUserStoryStoriesEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecUserStoryStoriesEdgeAggregateSelection'] = ResolversParentTypes['TechSpecUserStoryStoriesEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TechSpecUserStoryStoriesNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecUserStoryStoriesNodeAggregateSelection'] = ResolversParentTypes['TechSpecUserStoryStoriesNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issueType?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TechSpecsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechSpecsConnection'] = ResolversParentTypes['TechSpecsConnection']> = {
  aggregate?: Resolver<ResolversTypes['TechSpecAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TechSpecEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TraceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TraceEdge'] = ResolversParentTypes['TraceEdge']> = {
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TraceGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TraceGraph'] = ResolversParentTypes['TraceGraph']> = {
  edges?: Resolver<Array<ResolversTypes['TraceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  placeholders?: Resolver<Array<ResolversTypes['Placeholder']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
};

export type UpsertResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpsertResult'] = ResolversParentTypes['UpsertResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  embedded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserStoriesConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoriesConnection'] = ResolversParentTypes['UserStoriesConnection']> = {
  aggregate?: Resolver<ResolversTypes['UserStoryAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UserStoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserStoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStory'] = ResolversParentTypes['UserStory']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Array<ResolversTypes['Code']>, ParentType, ContextType, Partial<UserStoryCodeArgs>>;
  codeConnection?: Resolver<ResolversTypes['UserStoryCodeConnection'], ParentType, ContextType, Partial<UserStoryCodeConnectionArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType, Partial<UserStoryDependsOnArgs>>;
  dependsOnConnection?: Resolver<ResolversTypes['ArtifactDependsOnConnection'], ParentType, ContextType, Partial<UserStoryDependsOnConnectionArgs>>;
  epics?: Resolver<Array<ResolversTypes['Epic']>, ParentType, ContextType, Partial<UserStoryEpicsArgs>>;
  epicsConnection?: Resolver<ResolversTypes['UserStoryEpicsConnection'], ParentType, ContextType, Partial<UserStoryEpicsConnectionArgs>>;
  issueType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  pendingLinks?: Resolver<Array<ResolversTypes['PendingLink']>, ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  specs?: Resolver<Array<ResolversTypes['TechSpec']>, ParentType, ContextType, Partial<UserStorySpecsArgs>>;
  specsConnection?: Resolver<ResolversTypes['UserStorySpecsConnection'], ParentType, ContextType, Partial<UserStorySpecsConnectionArgs>>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserStoryAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryAggregate'] = ResolversParentTypes['UserStoryAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserStoryAggregateNode'], ParentType, ContextType>;
};

export type UserStoryAggregateNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryAggregateNode'] = ResolversParentTypes['UserStoryAggregateNode']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issueType?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryCodeCodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryCodeCodeAggregateSelection'] = ResolversParentTypes['UserStoryCodeCodeAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['UserStoryCodeCodeEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['UserStoryCodeCodeNodeAggregateSelection']>, ParentType, ContextType>;
};

export type UserStoryCodeCodeEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryCodeCodeEdgeAggregateSelection'] = ResolversParentTypes['UserStoryCodeCodeEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryCodeCodeNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryCodeCodeNodeAggregateSelection'] = ResolversParentTypes['UserStoryCodeCodeNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryCodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryCodeConnection'] = ResolversParentTypes['UserStoryCodeConnection']> = {
  aggregate?: Resolver<ResolversTypes['UserStoryCodeCodeAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UserStoryCodeRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserStoryCodeRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryCodeRelationship'] = ResolversParentTypes['UserStoryCodeRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Code'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type UserStoryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEdge'] = ResolversParentTypes['UserStoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserStory'], ParentType, ContextType>;
};

export type UserStoryEpicEpicsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEpicEpicsAggregateSelection'] = ResolversParentTypes['UserStoryEpicEpicsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['UserStoryEpicEpicsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['UserStoryEpicEpicsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type UserStoryEpicEpicsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEpicEpicsEdgeAggregateSelection'] = ResolversParentTypes['UserStoryEpicEpicsEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryEpicEpicsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEpicEpicsNodeAggregateSelection'] = ResolversParentTypes['UserStoryEpicEpicsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryEpicsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEpicsConnection'] = ResolversParentTypes['UserStoryEpicsConnection']> = {
  aggregate?: Resolver<ResolversTypes['UserStoryEpicEpicsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UserStoryEpicsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserStoryEpicsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryEpicsRelationship'] = ResolversParentTypes['UserStoryEpicsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Epic'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type UserStorySpecsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStorySpecsConnection'] = ResolversParentTypes['UserStorySpecsConnection']> = {
  aggregate?: Resolver<ResolversTypes['UserStoryTechSpecSpecsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UserStorySpecsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserStorySpecsRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStorySpecsRelationship'] = ResolversParentTypes['UserStorySpecsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TechSpec'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type UserStoryTechSpecSpecsAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryTechSpecSpecsAggregateSelection'] = ResolversParentTypes['UserStoryTechSpecSpecsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['UserStoryTechSpecSpecsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['UserStoryTechSpecSpecsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type UserStoryTechSpecSpecsEdgeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryTechSpecSpecsEdgeAggregateSelection'] = ResolversParentTypes['UserStoryTechSpecSpecsEdgeAggregateSelection']> = {
  evidence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type UserStoryTechSpecSpecsNodeAggregateSelectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserStoryTechSpecSpecsNodeAggregateSelection'] = ResolversParentTypes['UserStoryTechSpecSpecsNodeAggregateSelection']> = {
  accessLevel?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Answer?: AnswerResolvers<ContextType>;
  AnswerChunk?: AnswerChunkResolvers<ContextType>;
  Artifact?: ArtifactResolvers<ContextType>;
  ArtifactDependsOnConnection?: ArtifactDependsOnConnectionResolvers<ContextType>;
  ArtifactDependsOnRelationship?: ArtifactDependsOnRelationshipResolvers<ContextType>;
  ArtifactDependsOnRelationshipProperties?: ArtifactDependsOnRelationshipPropertiesResolvers<ContextType>;
  ArtifactEdge?: ArtifactEdgeResolvers<ContextType>;
  ArtifactsConnection?: ArtifactsConnectionResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  Chunk?: ChunkResolvers<ContextType>;
  ChunkAggregate?: ChunkAggregateResolvers<ContextType>;
  ChunkAggregateNode?: ChunkAggregateNodeResolvers<ContextType>;
  ChunkArtifactArtifactsAggregateSelection?: ChunkArtifactArtifactsAggregateSelectionResolvers<ContextType>;
  ChunkArtifactArtifactsNodeAggregateSelection?: ChunkArtifactArtifactsNodeAggregateSelectionResolvers<ContextType>;
  ChunkArtifactsConnection?: ChunkArtifactsConnectionResolvers<ContextType>;
  ChunkArtifactsRelationship?: ChunkArtifactsRelationshipResolvers<ContextType>;
  ChunkEdge?: ChunkEdgeResolvers<ContextType>;
  ChunksConnection?: ChunksConnectionResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Code?: CodeResolvers<ContextType>;
  CodeAggregate?: CodeAggregateResolvers<ContextType>;
  CodeAggregateNode?: CodeAggregateNodeResolvers<ContextType>;
  CodeEdge?: CodeEdgeResolvers<ContextType>;
  CodeImplementsSpecsConnection?: CodeImplementsSpecsConnectionResolvers<ContextType>;
  CodeImplementsSpecsRelationship?: CodeImplementsSpecsRelationshipResolvers<ContextType>;
  CodeImplementsStoriesConnection?: CodeImplementsStoriesConnectionResolvers<ContextType>;
  CodeImplementsStoriesRelationship?: CodeImplementsStoriesRelationshipResolvers<ContextType>;
  CodeTechSpecImplementsSpecsAggregateSelection?: CodeTechSpecImplementsSpecsAggregateSelectionResolvers<ContextType>;
  CodeTechSpecImplementsSpecsEdgeAggregateSelection?: CodeTechSpecImplementsSpecsEdgeAggregateSelectionResolvers<ContextType>;
  CodeTechSpecImplementsSpecsNodeAggregateSelection?: CodeTechSpecImplementsSpecsNodeAggregateSelectionResolvers<ContextType>;
  CodeUserStoryImplementsStoriesAggregateSelection?: CodeUserStoryImplementsStoriesAggregateSelectionResolvers<ContextType>;
  CodeUserStoryImplementsStoriesEdgeAggregateSelection?: CodeUserStoryImplementsStoriesEdgeAggregateSelectionResolvers<ContextType>;
  CodeUserStoryImplementsStoriesNodeAggregateSelection?: CodeUserStoryImplementsStoriesNodeAggregateSelectionResolvers<ContextType>;
  CodesConnection?: CodesConnectionResolvers<ContextType>;
  Contributor?: ContributorResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  CoverageGap?: CoverageGapResolvers<ContextType>;
  CoverageReport?: CoverageReportResolvers<ContextType>;
  CoverageTotals?: CoverageTotalsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  DependencyEvidence?: DependencyEvidenceResolvers<ContextType>;
  Epic?: EpicResolvers<ContextType>;
  EpicAggregate?: EpicAggregateResolvers<ContextType>;
  EpicAggregateNode?: EpicAggregateNodeResolvers<ContextType>;
  EpicEdge?: EpicEdgeResolvers<ContextType>;
  EpicPRDPrdsAggregateSelection?: EpicPrdPrdsAggregateSelectionResolvers<ContextType>;
  EpicPRDPrdsEdgeAggregateSelection?: EpicPrdPrdsEdgeAggregateSelectionResolvers<ContextType>;
  EpicPRDPrdsNodeAggregateSelection?: EpicPrdPrdsNodeAggregateSelectionResolvers<ContextType>;
  EpicPrdsConnection?: EpicPrdsConnectionResolvers<ContextType>;
  EpicPrdsRelationship?: EpicPrdsRelationshipResolvers<ContextType>;
  EpicStoriesConnection?: EpicStoriesConnectionResolvers<ContextType>;
  EpicStoriesRelationship?: EpicStoriesRelationshipResolvers<ContextType>;
  EpicUserStoryStoriesAggregateSelection?: EpicUserStoryStoriesAggregateSelectionResolvers<ContextType>;
  EpicUserStoryStoriesEdgeAggregateSelection?: EpicUserStoryStoriesEdgeAggregateSelectionResolvers<ContextType>;
  EpicUserStoryStoriesNodeAggregateSelection?: EpicUserStoryStoriesNodeAggregateSelectionResolvers<ContextType>;
  EpicsConnection?: EpicsConnectionResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ImpactReport?: ImpactReportResolvers<ContextType>;
  ImpactedArtifact?: ImpactedArtifactResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  LinkResult?: LinkResultResolvers<ContextType>;
  LinkSuggestion?: LinkSuggestionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PRD?: PrdResolvers<ContextType>;
  PRDAggregate?: PrdAggregateResolvers<ContextType>;
  PRDAggregateNode?: PrdAggregateNodeResolvers<ContextType>;
  PRDEdge?: PrdEdgeResolvers<ContextType>;
  PRDEpicEpicsAggregateSelection?: PrdEpicEpicsAggregateSelectionResolvers<ContextType>;
  PRDEpicEpicsEdgeAggregateSelection?: PrdEpicEpicsEdgeAggregateSelectionResolvers<ContextType>;
  PRDEpicEpicsNodeAggregateSelection?: PrdEpicEpicsNodeAggregateSelectionResolvers<ContextType>;
  PRDEpicsConnection?: PrdEpicsConnectionResolvers<ContextType>;
  PRDEpicsRelationship?: PrdEpicsRelationshipResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingLink?: PendingLinkResolvers<ContextType>;
  PendingLinkPage?: PendingLinkPageResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonHit?: PersonHitResolvers<ContextType>;
  Placeholder?: PlaceholderResolvers<ContextType>;
  PrdsConnection?: PrdsConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedArtifact?: RelatedArtifactResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuggestionDecision?: SuggestionDecisionResolvers<ContextType>;
  SuggestionEvidence?: SuggestionEvidenceResolvers<ContextType>;
  SyncProgress?: SyncProgressResolvers<ContextType>;
  TechSpec?: TechSpecResolvers<ContextType>;
  TechSpecAggregate?: TechSpecAggregateResolvers<ContextType>;
  TechSpecAggregateNode?: TechSpecAggregateNodeResolvers<ContextType>;
  TechSpecCodeCodeAggregateSelection?: TechSpecCodeCodeAggregateSelectionResolvers<ContextType>;
  TechSpecCodeCodeEdgeAggregateSelection?: TechSpecCodeCodeEdgeAggregateSelectionResolvers<ContextType>;
  TechSpecCodeCodeNodeAggregateSelection?: TechSpecCodeCodeNodeAggregateSelectionResolvers<ContextType>;
  TechSpecCodeConnection?: TechSpecCodeConnectionResolvers<ContextType>;
  TechSpecCodeRelationship?: TechSpecCodeRelationshipResolvers<ContextType>;
  TechSpecEdge?: TechSpecEdgeResolvers<ContextType>;
  TechSpecStoriesConnection?: TechSpecStoriesConnectionResolvers<ContextType>;
  TechSpecStoriesRelationship?: TechSpecStoriesRelationshipResolvers<ContextType>;
  TechSpecUserStoryStoriesAggregateSelection?: TechSpecUserStoryStoriesAggregateSelectionResolvers<ContextType>;
  TechSpecUserStoryStoriesEdgeAggregateSelection?: TechSpecUserStoryStoriesEdgeAggregateSelectionResolvers<ContextType>;
  TechSpecUserStoryStoriesNodeAggregateSelection?: TechSpecUserStoryStoriesNodeAggregateSelectionResolvers<ContextType>;
  TechSpecsConnection?: TechSpecsConnectionResolvers<ContextType>;
  TraceEdge?: TraceEdgeResolvers<ContextType>;
  TraceGraph?: TraceGraphResolvers<ContextType>;
  UpsertResult?: UpsertResultResolvers<ContextType>;
  UserStoriesConnection?: UserStoriesConnectionResolvers<ContextType>;
  UserStory?: UserStoryResolvers<ContextType>;
  UserStoryAggregate?: UserStoryAggregateResolvers<ContextType>;
  UserStoryAggregateNode?: UserStoryAggregateNodeResolvers<ContextType>;
  UserStoryCodeCodeAggregateSelection?: UserStoryCodeCodeAggregateSelectionResolvers<ContextType>;
  UserStoryCodeCodeEdgeAggregateSelection?: UserStoryCodeCodeEdgeAggregateSelectionResolvers<ContextType>;
  UserStoryCodeCodeNodeAggregateSelection?: UserStoryCodeCodeNodeAggregateSelectionResolvers<ContextType>;
  UserStoryCodeConnection?: UserStoryCodeConnectionResolvers<ContextType>;
  UserStoryCodeRelationship?: UserStoryCodeRelationshipResolvers<ContextType>;
  UserStoryEdge?: UserStoryEdgeResolvers<ContextType>;
  UserStoryEpicEpicsAggregateSelection?: UserStoryEpicEpicsAggregateSelectionResolvers<ContextType>;
  UserStoryEpicEpicsEdgeAggregateSelection?: UserStoryEpicEpicsEdgeAggregateSelectionResolvers<ContextType>;
  UserStoryEpicEpicsNodeAggregateSelection?: UserStoryEpicEpicsNodeAggregateSelectionResolvers<ContextType>;
  UserStoryEpicsConnection?: UserStoryEpicsConnectionResolvers<ContextType>;
  UserStoryEpicsRelationship?: UserStoryEpicsRelationshipResolvers<ContextType>;
  UserStorySpecsConnection?: UserStorySpecsConnectionResolvers<ContextType>;
  UserStorySpecsRelationship?: UserStorySpecsRelationshipResolvers<ContextType>;
  UserStoryTechSpecSpecsAggregateSelection?: UserStoryTechSpecSpecsAggregateSelectionResolvers<ContextType>;
  UserStoryTechSpecSpecsEdgeAggregateSelection?: UserStoryTechSpecSpecsEdgeAggregateSelectionResolvers<ContextType>;
  UserStoryTechSpecSpecsNodeAggregateSelection?: UserStoryTechSpecSpecsNodeAggregateSelectionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

