/**
 * Suggested links with Accept and Reject in place, for a caller whose role may write; others see
 * the suggestions and why they cannot decide. A decision's outcome is data, shown beside it.
 */
import { useState } from 'react';
import { graphql } from '../gql';
import type { LinkType } from '../gql/graphql';
import { request } from '../api/client';
import type { ApiError } from '../api/errors';
import { describeError } from '../api/errors';
import type { Kind } from '../routes';
import { useSession } from '../session';
import { ArtifactLink } from './kind-badge';

const AcceptDocument = graphql(`
  mutation AcceptSuggestion($from: ID!, $to: ID!, $type: LinkType!) {
    acceptSuggestion(from: $from, to: $to, type: $type) {
      decision
      changed
    }
  }
`);

const RejectDocument = graphql(`
  mutation RejectSuggestion($from: ID!, $to: ID!, $type: LinkType!) {
    rejectSuggestion(from: $from, to: $to, type: $type) {
      decision
      changed
    }
  }
`);

export interface SuggestionItem {
  from: string;
  to: string;
  type: LinkType;
  confidence: number;
  artifact: { uid: string; kind: Kind; key?: string | null; title: string };
  evidence: { terms: string[]; signals: string[] };
}

/** Whether the signed-in caller may accept and reject (engineer, pm, admin). */
export function useCanDecide(): boolean {
  const { session } = useSession();
  return session.status === 'signed-in' && session.viewer.canWrite;
}

export function SuggestionList(props: {
  items: readonly SuggestionItem[];
  /** Called after a decision was recorded (refresh the page's data). */
  onDecided: () => void;
}) {
  const canDecide = useCanDecide();
  const [outcome, setOutcome] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, ApiError>>({});
  const [busy, setBusy] = useState<string | null>(null);
  if (props.items.length === 0) return <p className="muted">No suggestions.</p>;
  const decide = async (s: SuggestionItem, accept: boolean) => {
    const id = `${s.from}|${s.type}|${s.to}`;
    setBusy(id);
    const vars = { from: s.from, to: s.to, type: s.type };
    const result = accept
      ? await request(AcceptDocument, vars).then((r) => ({
          ok: r.data?.acceptSuggestion,
          errors: r.errors,
        }))
      : await request(RejectDocument, vars).then((r) => ({
          ok: r.data?.rejectSuggestion,
          errors: r.errors,
        }));
    setBusy(null);
    const error = result.errors[0];
    if (error) {
      setErrors((e) => ({ ...e, [id]: error }));
      return;
    }
    setOutcome((o) => ({
      ...o,
      [id]: accept
        ? result.ok?.changed
          ? 'Accepted: the link is made.'
          : 'Accepted: the link already existed.'
        : 'Rejected: it will not be suggested again.',
    }));
    props.onDecided();
  };
  return (
    <ul className="suggestions">
      {props.items.map((s) => {
        const id = `${s.from}|${s.type}|${s.to}`;
        const error = errors[id];
        return (
          <li key={id} className="suggestion" data-testid="suggestion">
            <span className="link-type">{s.type.replace('_', ' ').toLowerCase()}</span>{' '}
            <ArtifactLink artifact={s.artifact} />{' '}
            <span className="confidence" title="how far the rankers agree (relative)">
              {Math.round(s.confidence * 100)}%
            </span>
            {s.evidence.terms.length > 0 ? (
              <span className="terms"> · shares {s.evidence.terms.slice(0, 5).join(', ')}</span>
            ) : null}
            {outcome[id] ? (
              <span className="outcome" role="status">
                {' '}
                {outcome[id]}
              </span>
            ) : canDecide ? (
              <span className="actions">
                <button
                  type="button"
                  disabled={busy === id}
                  onClick={() => void decide(s, true)}
                  aria-label={`Accept: ${s.from} ${s.type} ${s.to}`}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy === id}
                  onClick={() => void decide(s, false)}
                  aria-label={`Reject: ${s.from} ${s.type} ${s.to}`}
                >
                  Reject
                </button>
              </span>
            ) : null}
            {error ? (
              <span className="outcome error" role="alert" data-code={error.code}>
                {' '}
                {describeError(error).title} (<code>{error.code}</code>)
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Said once above suggestion lists to a caller who may not decide. */
export function ReadOnlyNote() {
  const { session } = useSession();
  if (useCanDecide() || session.status !== 'signed-in') return null;
  return (
    <p className="muted">
      Your role ({session.viewer.role.toLowerCase()}) may read suggestions but not accept or reject
      them: that takes engineer, pm or admin.
    </p>
  );
}
