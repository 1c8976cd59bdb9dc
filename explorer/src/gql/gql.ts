/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    acceptSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n": typeof types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    rejectSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n": typeof types.RejectSuggestionDocument,
    "\n  subscription SyncProgress {\n    syncProgress {\n      source\n      phase\n      fetched\n      written\n      embedded\n      message\n    }\n  }\n": typeof types.SyncProgressDocument,
    "\n  fragment ArtifactSummary on Artifact {\n    uid\n    kind\n    key\n    title\n    status\n  }\n": typeof types.ArtifactSummaryFragmentDoc,
    "\n  fragment SuggestionFields on LinkSuggestion {\n    from\n    to\n    type\n    confidence\n    artifact {\n      ...ArtifactSummary\n    }\n    evidence {\n      terms\n      signals\n    }\n  }\n": typeof types.SuggestionFieldsFragmentDoc,
    "\n  subscription ArtifactChanged($uids: [ID!], $under: ID) {\n    artifactChanged(uids: $uids, under: $under) {\n      op\n      uid\n      kind\n      link {\n        from\n        to\n        type\n      }\n      at\n    }\n  }\n": typeof types.ArtifactChangedDocument,
    "\n  query ArtifactTrace($uid: ID!) {\n    trace(uid: $uid, direction: BOTH, maxDepth: 6) {\n      root {\n        __typename\n        uid\n        kind\n        key\n        title\n        body\n        status\n        url\n        source\n        accessLevel\n        createdAt\n        updatedAt\n        ... on Code {\n          codeKind\n          path\n        }\n        ... on UserStory {\n          issueType\n        }\n      }\n      nodes {\n        uid\n        kind\n        key\n        title\n      }\n      edges {\n        from\n        to\n        type\n        via\n        evidence\n        resolved\n      }\n      placeholders {\n        uid\n      }\n    }\n  }\n": typeof types.ArtifactTraceDocument,
    "\n  query SuggestedLinks($uid: ID!) {\n    suggestedLinks(uid: $uid, first: 5) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.SuggestedLinksDocument,
    "\n  query Coverage($scope: ID) {\n    coverage(scopeUid: $scope) {\n      totals {\n        prds\n        epics\n        stories\n        specs\n        code\n      }\n      gaps {\n        gap\n        artifact {\n          ...ArtifactSummary\n        }\n        suggestions(first: 3) {\n          ...SuggestionFields\n        }\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query CoverageScope($uid: ID!) {\n    trace(uid: $uid, direction: UP, maxDepth: 1) {\n      root {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n": typeof types.CoverageScopeDocument,
    "\n  query Impact($uid: ID!) {\n    impact(uid: $uid) {\n      affected {\n        distance\n        via\n        artifact {\n          ...ArtifactSummary\n        }\n      }\n      unresolved {\n        from\n        to\n        type\n        evidence\n      }\n    }\n  }\n": typeof types.ImpactDocument,
    "\n  query Search($text: String!, $kinds: [ArtifactKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedChunk\n      artifact {\n        ...ArtifactSummary\n        body\n      }\n      lineage {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Viewer {\n    viewer {\n      subject\n      role\n      levels\n      canWrite\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation AcceptSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    acceptSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n": types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    rejectSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n": types.RejectSuggestionDocument,
    "\n  subscription SyncProgress {\n    syncProgress {\n      source\n      phase\n      fetched\n      written\n      embedded\n      message\n    }\n  }\n": types.SyncProgressDocument,
    "\n  fragment ArtifactSummary on Artifact {\n    uid\n    kind\n    key\n    title\n    status\n  }\n": types.ArtifactSummaryFragmentDoc,
    "\n  fragment SuggestionFields on LinkSuggestion {\n    from\n    to\n    type\n    confidence\n    artifact {\n      ...ArtifactSummary\n    }\n    evidence {\n      terms\n      signals\n    }\n  }\n": types.SuggestionFieldsFragmentDoc,
    "\n  subscription ArtifactChanged($uids: [ID!], $under: ID) {\n    artifactChanged(uids: $uids, under: $under) {\n      op\n      uid\n      kind\n      link {\n        from\n        to\n        type\n      }\n      at\n    }\n  }\n": types.ArtifactChangedDocument,
    "\n  query ArtifactTrace($uid: ID!) {\n    trace(uid: $uid, direction: BOTH, maxDepth: 6) {\n      root {\n        __typename\n        uid\n        kind\n        key\n        title\n        body\n        status\n        url\n        source\n        accessLevel\n        createdAt\n        updatedAt\n        ... on Code {\n          codeKind\n          path\n        }\n        ... on UserStory {\n          issueType\n        }\n      }\n      nodes {\n        uid\n        kind\n        key\n        title\n      }\n      edges {\n        from\n        to\n        type\n        via\n        evidence\n        resolved\n      }\n      placeholders {\n        uid\n      }\n    }\n  }\n": types.ArtifactTraceDocument,
    "\n  query SuggestedLinks($uid: ID!) {\n    suggestedLinks(uid: $uid, first: 5) {\n      ...SuggestionFields\n    }\n  }\n": types.SuggestedLinksDocument,
    "\n  query Coverage($scope: ID) {\n    coverage(scopeUid: $scope) {\n      totals {\n        prds\n        epics\n        stories\n        specs\n        code\n      }\n      gaps {\n        gap\n        artifact {\n          ...ArtifactSummary\n        }\n        suggestions(first: 3) {\n          ...SuggestionFields\n        }\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query CoverageScope($uid: ID!) {\n    trace(uid: $uid, direction: UP, maxDepth: 1) {\n      root {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n": types.CoverageScopeDocument,
    "\n  query Impact($uid: ID!) {\n    impact(uid: $uid) {\n      affected {\n        distance\n        via\n        artifact {\n          ...ArtifactSummary\n        }\n      }\n      unresolved {\n        from\n        to\n        type\n        evidence\n      }\n    }\n  }\n": types.ImpactDocument,
    "\n  query Search($text: String!, $kinds: [ArtifactKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedChunk\n      artifact {\n        ...ArtifactSummary\n        body\n      }\n      lineage {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Viewer {\n    viewer {\n      subject\n      role\n      levels\n      canWrite\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    acceptSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n"): typeof import('./graphql').AcceptSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSuggestion($from: ID!, $to: ID!, $type: LinkType!) {\n    rejectSuggestion(from: $from, to: $to, type: $type) {\n      decision\n      changed\n    }\n  }\n"): typeof import('./graphql').RejectSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncProgress {\n    syncProgress {\n      source\n      phase\n      fetched\n      written\n      embedded\n      message\n    }\n  }\n"): typeof import('./graphql').SyncProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtifactSummary on Artifact {\n    uid\n    kind\n    key\n    title\n    status\n  }\n"): typeof import('./graphql').ArtifactSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionFields on LinkSuggestion {\n    from\n    to\n    type\n    confidence\n    artifact {\n      ...ArtifactSummary\n    }\n    evidence {\n      terms\n      signals\n    }\n  }\n"): typeof import('./graphql').SuggestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ArtifactChanged($uids: [ID!], $under: ID) {\n    artifactChanged(uids: $uids, under: $under) {\n      op\n      uid\n      kind\n      link {\n        from\n        to\n        type\n      }\n      at\n    }\n  }\n"): typeof import('./graphql').ArtifactChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtifactTrace($uid: ID!) {\n    trace(uid: $uid, direction: BOTH, maxDepth: 6) {\n      root {\n        __typename\n        uid\n        kind\n        key\n        title\n        body\n        status\n        url\n        source\n        accessLevel\n        createdAt\n        updatedAt\n        ... on Code {\n          codeKind\n          path\n        }\n        ... on UserStory {\n          issueType\n        }\n      }\n      nodes {\n        uid\n        kind\n        key\n        title\n      }\n      edges {\n        from\n        to\n        type\n        via\n        evidence\n        resolved\n      }\n      placeholders {\n        uid\n      }\n    }\n  }\n"): typeof import('./graphql').ArtifactTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedLinks($uid: ID!) {\n    suggestedLinks(uid: $uid, first: 5) {\n      ...SuggestionFields\n    }\n  }\n"): typeof import('./graphql').SuggestedLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($scope: ID) {\n    coverage(scopeUid: $scope) {\n      totals {\n        prds\n        epics\n        stories\n        specs\n        code\n      }\n      gaps {\n        gap\n        artifact {\n          ...ArtifactSummary\n        }\n        suggestions(first: 3) {\n          ...SuggestionFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageScope($uid: ID!) {\n    trace(uid: $uid, direction: UP, maxDepth: 1) {\n      root {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageScopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Impact($uid: ID!) {\n    impact(uid: $uid) {\n      affected {\n        distance\n        via\n        artifact {\n          ...ArtifactSummary\n        }\n      }\n      unresolved {\n        from\n        to\n        type\n        evidence\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [ArtifactKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedChunk\n      artifact {\n        ...ArtifactSummary\n        body\n      }\n      lineage {\n        uid\n        kind\n        key\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      subject\n      role\n      levels\n      canWrite\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
