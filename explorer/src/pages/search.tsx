/** `/`: hybrid search with kind and status filters, keyboard navigation and lineage crumbs. */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { graphql } from '../gql';
import type { ArtifactKind } from '../gql/graphql';
import { useQuery } from '../hooks';
import { KIND_LABELS } from '../graph-model';
import { Link, navigate } from '../router';
import { KINDS, artifactHref, searchHref } from '../routes';
import type { Kind } from '../routes';
import { snippet } from '../snippet';
import { ErrorState, Loading } from '../components/error-state';
import { KindBadge } from '../components/kind-badge';
import { ScopeNote } from '../components/scope-note';

const SearchDocument = graphql(`
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
`);

const EXAMPLES = ['pay with a card I saved before', 'search relevance', 'two-factor sign-in'];

/** Moves focus between the result links with the arrow keys, Home and End. */
function moveFocus(event: KeyboardEvent, list: HTMLElement | null, from: 'input' | 'list') {
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>('a.hit-link') ?? []);
  if (links.length === 0) return;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: number | null = null;
  if (event.key === 'ArrowDown')
    next = from === 'input' ? 0 : Math.min(index + 1, links.length - 1);
  else if (event.key === 'ArrowUp' && from === 'list') next = index - 1;
  else if (event.key === 'Home' && from === 'list') next = 0;
  else if (event.key === 'End' && from === 'list') next = links.length - 1;
  if (next === null) return;
  event.preventDefault();
  if (next < 0) document.getElementById('search-text')?.focus();
  else links[next]?.focus();
}

export function SearchPage(props: { q: string; kinds: Kind[]; status: string }) {
  const [text, setText] = useState(props.q);
  useEffect(() => setText(props.q), [props.q]);
  const list = useRef<HTMLOListElement>(null);
  const query = useQuery(
    SearchDocument,
    {
      text: props.q,
      kinds: props.kinds.length > 0 ? (props.kinds as ArtifactKind[]) : null,
      first: 20,
    },
    { skip: props.q.trim() === '' },
  );
  const hits = query.data?.search ?? [];
  const statuses = [...new Set(hits.map((h) => h.artifact.status).filter((s): s is string => !!s))];
  const shown = props.status ? hits.filter((h) => h.artifact.status === props.status) : hits;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchHref(text.trim(), props.kinds, props.status));
  };
  const toggleKind = (kind: Kind) => {
    const kinds = props.kinds.includes(kind)
      ? props.kinds.filter((k) => k !== kind)
      : KINDS.filter((k) => k === kind || props.kinds.includes(k));
    navigate(searchHref(props.q, kinds, props.status), { replace: true });
  };

  return (
    <>
      <h1 tabIndex={-1}>Search</h1>
      <ScopeNote />
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-text">Find PRDs, epics, stories, specs and code</label>
        <div className="search-row">
          <input
            id="search-text"
            type="search"
            value={text}
            autoComplete="off"
            placeholder="e.g. pay with a card I saved before"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => moveFocus(e, list.current, 'input')}
            aria-describedby="search-help"
          />
          <button type="submit">Search</button>
        </div>
        <p id="search-help" className="help">
          Press ↓ to move through the results and Enter to open one.
        </p>
        <fieldset className="filters">
          <legend>Kinds</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={props.kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
              />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <div className="filters">
          <label htmlFor="search-status">Status</label>
          <select
            id="search-status"
            value={props.status}
            onChange={(e) =>
              navigate(searchHref(props.q, props.kinds, e.target.value), { replace: true })
            }
          >
            <option value="">Any status</option>
            {[...new Set([...statuses, ...(props.status ? [props.status] : [])])].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </form>

      {props.q.trim() === '' ? (
        <section className="state">
          <h2>Ask in your own words</h2>
          <p>Search matches meaning and words. Try:</p>
          <ul>
            {EXAMPLES.map((e) => (
              <li key={e}>
                <Link href={searchHref(e)}>{e}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : query.loading ? (
        <Loading what="results" />
      ) : query.errors.length > 0 ? (
        <ErrorState errors={query.errors} onRetry={query.reload} />
      ) : (
        <>
          <p className="count" role="status" aria-live="polite">
            {shown.length === 0
              ? `Nothing found for “${props.q}”.`
              : `${shown.length} result${shown.length === 1 ? '' : 's'} for “${props.q}”`}
            {props.status && hits.length !== shown.length
              ? ` (${hits.length - shown.length} more with another status)`
              : ''}
          </p>
          {shown.length === 0 ? (
            <section className="state state-empty">
              <p>
                Try fewer or other words, clear the kind and status filters, or check that your
                sign-in reads the levels you need.
              </p>
            </section>
          ) : (
            <ol
              className="hits"
              ref={list}
              aria-label="Search results"
              onKeyDown={(e) => moveFocus(e, list.current, 'list')}
            >
              {shown.map((hit) => {
                const text = hit.matchedChunk ?? hit.artifact.body ?? '';
                const crumbs = [...hit.lineage].reverse();
                return (
                  <li key={hit.artifact.uid} className="hit">
                    <div className="hit-head">
                      <KindBadge kind={hit.artifact.kind} />
                      <Link className="hit-link" href={artifactHref(hit.artifact.uid)}>
                        {hit.artifact.key ? `${hit.artifact.key} · ` : ''}
                        {hit.artifact.title}
                      </Link>
                      <span className="score" title="fused relevance score">
                        score {hit.score.toFixed(3)}
                      </span>
                    </div>
                    {crumbs.length > 0 ? (
                      <nav className="crumbs" aria-label={`Lineage of ${hit.artifact.title}`}>
                        {crumbs.map((c, i) => (
                          <span key={c.uid}>
                            {i > 0 ? <span aria-hidden="true"> › </span> : null}
                            <Link href={artifactHref(c.uid)} tabIndex={-1}>
                              {KIND_LABELS[c.kind]} {c.key ?? c.title}
                            </Link>
                          </span>
                        ))}
                        <span aria-hidden="true"> › </span>
                        <span>{KIND_LABELS[hit.artifact.kind]}</span>
                      </nav>
                    ) : null}
                    {text ? (
                      <p className="snippet">
                        {snippet(text, props.q).map((s, i) =>
                          s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                        )}
                      </p>
                    ) : null}
                    <p className="meta">
                      <code>{hit.artifact.uid}</code>
                      {hit.artifact.status ? ` · ${hit.artifact.status}` : ''}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </>
  );
}
