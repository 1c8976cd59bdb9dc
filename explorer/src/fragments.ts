/**
 * Selections several pages share. The client preset appends a fragment's text to every operation
 * that spreads it, so these definitions need no import where they are spread.
 */
import { graphql } from './gql';

/** How an artifact shows up in a list: its kind, key, title and status. */
export const ArtifactSummaryFragment = graphql(`
  fragment ArtifactSummary on Artifact {
    uid
    kind
    key
    title
    status
  }
`);

/** A suggested link with what a person needs to judge it. */
export const SuggestionFieldsFragment = graphql(`
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
`);
