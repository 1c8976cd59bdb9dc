/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessLevel =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'RESTRICTED';

export type ArtifactKind =
  | 'CODE'
  | 'EPIC'
  | 'PRD'
  | 'TECH_SPEC'
  | 'USER_STORY';

export type ChangeOp =
  | 'CREATED'
  | 'DELETED'
  | 'LINKED'
  | 'UNLINKED'
  | 'UPDATED';

/** What a Code artifact is: a pull request, a commit or a file. */
export type CodeKind =
  | 'COMMIT'
  | 'FILE'
  | 'PULL_REQUEST';

export type CoverageGapKind =
  | 'EPIC_WITHOUT_STORIES'
  | 'ORPHAN_CODE'
  | 'SPEC_WITHOUT_CODE'
  | 'STORY_WITHOUT_CODE'
  | 'STORY_WITHOUT_SPEC';

export type LinkType =
  | 'DEPENDS_ON'
  | 'IMPLEMENTS'
  | 'PART_OF'
  | 'SPECIFIES';

export type Role =
  | 'ADMIN'
  | 'ENGINEER'
  | 'PM'
  | 'VIEWER';

export type SuggestionDecisionKind =
  | 'ACCEPTED'
  | 'REJECTED';

export type SyncPhase =
  | 'DONE'
  | 'FAILED'
  | 'FETCHING'
  | 'WAITING'
  | 'WRITING';

export type AcceptSuggestionMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  type: LinkType;
}>;


export type AcceptSuggestionMutation = { acceptSuggestion: { decision: SuggestionDecisionKind, changed: boolean } };

export type RejectSuggestionMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  type: LinkType;
}>;


export type RejectSuggestionMutation = { rejectSuggestion: { decision: SuggestionDecisionKind, changed: boolean } };

export type SyncProgressSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SyncProgressSubscription = { syncProgress: { source: string, phase: SyncPhase, fetched: number, written: number, embedded: number, message: string | null } };

type ArtifactSummary_Code_Fragment = { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null };

type ArtifactSummary_Epic_Fragment = { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null };

type ArtifactSummary_Prd_Fragment = { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null };

type ArtifactSummary_TechSpec_Fragment = { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null };

type ArtifactSummary_UserStory_Fragment = { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null };

export type ArtifactSummaryFragment =
  | ArtifactSummary_Code_Fragment
  | ArtifactSummary_Epic_Fragment
  | ArtifactSummary_Prd_Fragment
  | ArtifactSummary_TechSpec_Fragment
  | ArtifactSummary_UserStory_Fragment
;

export type SuggestionFieldsFragment = { from: string, to: string, type: LinkType, confidence: number, artifact:
    | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
  , evidence: { terms: Array<string>, signals: Array<string> } };

export type ArtifactChangedSubscriptionVariables = Exact<{
  uids?: Array<string | number> | string | number | null | undefined;
  under?: string | number | null | undefined;
}>;


export type ArtifactChangedSubscription = { artifactChanged: { op: ChangeOp, uid: string, kind: ArtifactKind, at: string, link: { from: string, to: string, type: string } | null } };

export type ArtifactTraceQueryVariables = Exact<{
  uid: string | number;
}>;


export type ArtifactTraceQuery = { trace: { root:
      | { __typename: 'Code', codeKind: CodeKind | null, path: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, body: string | null, status: string | null, url: string | null, source: string | null, accessLevel: string, createdAt: string | null, updatedAt: string | null }
      | { __typename: 'Epic', uid: string, kind: ArtifactKind, key: string | null, title: string, body: string | null, status: string | null, url: string | null, source: string | null, accessLevel: string, createdAt: string | null, updatedAt: string | null }
      | { __typename: 'PRD', uid: string, kind: ArtifactKind, key: string | null, title: string, body: string | null, status: string | null, url: string | null, source: string | null, accessLevel: string, createdAt: string | null, updatedAt: string | null }
      | { __typename: 'TechSpec', uid: string, kind: ArtifactKind, key: string | null, title: string, body: string | null, status: string | null, url: string | null, source: string | null, accessLevel: string, createdAt: string | null, updatedAt: string | null }
      | { __typename: 'UserStory', issueType: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, body: string | null, status: string | null, url: string | null, source: string | null, accessLevel: string, createdAt: string | null, updatedAt: string | null }
    , nodes: Array<
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
    >, edges: Array<{ from: string, to: string, type: string, via: string | null, evidence: string | null, resolved: boolean }>, placeholders: Array<{ uid: string }> } };

export type SuggestedLinksQueryVariables = Exact<{
  uid: string | number;
}>;


export type SuggestedLinksQuery = { suggestedLinks: Array<{ from: string, to: string, type: LinkType, confidence: number, artifact:
      | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    , evidence: { terms: Array<string>, signals: Array<string> } }> };

export type CoverageQueryVariables = Exact<{
  scope?: string | number | null | undefined;
}>;


export type CoverageQuery = { coverage: { totals: { prds: number, epics: number, stories: number, specs: number, code: number }, gaps: Array<{ gap: CoverageGapKind, artifact:
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      , suggestions: Array<{ from: string, to: string, type: LinkType, confidence: number, artifact:
          | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
          | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
          | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
          | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
          | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        , evidence: { terms: Array<string>, signals: Array<string> } }> }> } };

export type CoverageScopeQueryVariables = Exact<{
  uid: string | number;
}>;


export type CoverageScopeQuery = { trace: { root:
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
     } };

export type ImpactQueryVariables = Exact<{
  uid: string | number;
}>;


export type ImpactQuery = { impact: { affected: Array<{ distance: number, via: Array<string>, artifact:
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
        | { uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
       }>, unresolved: Array<{ from: string, to: string, type: string, evidence: string | null }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<ArtifactKind> | ArtifactKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matchedChunk: string | null, artifact:
      | { body: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { body: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { body: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { body: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
      | { body: string | null, uid: string, kind: ArtifactKind, key: string | null, title: string, status: string | null }
    , lineage: Array<
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
      | { uid: string, kind: ArtifactKind, key: string | null, title: string }
    > }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, role: Role, levels: Array<AccessLevel>, canWrite: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArtifactSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}
    `, {"fragmentName":"ArtifactSummary"}) as unknown as TypedDocumentString<ArtifactSummaryFragment, unknown>;
export const SuggestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SuggestionFields on LinkSuggestion {
  from
  to
  type
  confidence
  artifact {
    ...ArtifactSummary
  }
  evidence {
    terms
    signals
  }
}
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}`, {"fragmentName":"SuggestionFields"}) as unknown as TypedDocumentString<SuggestionFieldsFragment, unknown>;
export const AcceptSuggestionDocument = new TypedDocumentString(`
    mutation AcceptSuggestion($from: ID!, $to: ID!, $type: LinkType!) {
  acceptSuggestion(from: $from, to: $to, type: $type) {
    decision
    changed
  }
}
    `) as unknown as TypedDocumentString<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const RejectSuggestionDocument = new TypedDocumentString(`
    mutation RejectSuggestion($from: ID!, $to: ID!, $type: LinkType!) {
  rejectSuggestion(from: $from, to: $to, type: $type) {
    decision
    changed
  }
}
    `) as unknown as TypedDocumentString<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const SyncProgressDocument = new TypedDocumentString(`
    subscription SyncProgress {
  syncProgress {
    source
    phase
    fetched
    written
    embedded
    message
  }
}
    `) as unknown as TypedDocumentString<SyncProgressSubscription, SyncProgressSubscriptionVariables>;
export const ArtifactChangedDocument = new TypedDocumentString(`
    subscription ArtifactChanged($uids: [ID!], $under: ID) {
  artifactChanged(uids: $uids, under: $under) {
    op
    uid
    kind
    link {
      from
      to
      type
    }
    at
  }
}
    `) as unknown as TypedDocumentString<ArtifactChangedSubscription, ArtifactChangedSubscriptionVariables>;
export const ArtifactTraceDocument = new TypedDocumentString(`
    query ArtifactTrace($uid: ID!) {
  trace(uid: $uid, direction: BOTH, maxDepth: 6) {
    root {
      __typename
      uid
      kind
      key
      title
      body
      status
      url
      source
      accessLevel
      createdAt
      updatedAt
      ... on Code {
        codeKind
        path
      }
      ... on UserStory {
        issueType
      }
    }
    nodes {
      uid
      kind
      key
      title
    }
    edges {
      from
      to
      type
      via
      evidence
      resolved
    }
    placeholders {
      uid
    }
  }
}
    `) as unknown as TypedDocumentString<ArtifactTraceQuery, ArtifactTraceQueryVariables>;
export const SuggestedLinksDocument = new TypedDocumentString(`
    query SuggestedLinks($uid: ID!) {
  suggestedLinks(uid: $uid, first: 5) {
    ...SuggestionFields
  }
}
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}
fragment SuggestionFields on LinkSuggestion {
  from
  to
  type
  confidence
  artifact {
    ...ArtifactSummary
  }
  evidence {
    terms
    signals
  }
}`) as unknown as TypedDocumentString<SuggestedLinksQuery, SuggestedLinksQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($scope: ID) {
  coverage(scopeUid: $scope) {
    totals {
      prds
      epics
      stories
      specs
      code
    }
    gaps {
      gap
      artifact {
        ...ArtifactSummary
      }
      suggestions(first: 3) {
        ...SuggestionFields
      }
    }
  }
}
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}
fragment SuggestionFields on LinkSuggestion {
  from
  to
  type
  confidence
  artifact {
    ...ArtifactSummary
  }
  evidence {
    terms
    signals
  }
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const CoverageScopeDocument = new TypedDocumentString(`
    query CoverageScope($uid: ID!) {
  trace(uid: $uid, direction: UP, maxDepth: 1) {
    root {
      uid
      kind
      key
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageScopeQuery, CoverageScopeQueryVariables>;
export const ImpactDocument = new TypedDocumentString(`
    query Impact($uid: ID!) {
  impact(uid: $uid) {
    affected {
      distance
      via
      artifact {
        ...ArtifactSummary
      }
    }
    unresolved {
      from
      to
      type
      evidence
    }
  }
}
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}`) as unknown as TypedDocumentString<ImpactQuery, ImpactQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [ArtifactKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    matchedChunk
    artifact {
      ...ArtifactSummary
      body
    }
    lineage {
      uid
      kind
      key
      title
    }
  }
}
    fragment ArtifactSummary on Artifact {
  uid
  kind
  key
  title
  status
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    subject
    role
    levels
    canWrite
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;