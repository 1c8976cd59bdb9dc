/** `/a/<uid>`: an artifact's fields and source, its lineage graph, impact and suggested links. */
import { useMemo } from 'react';
import { graphql } from '../gql';
import { useQuery } from '../hooks';
import { KIND_LABELS, lineageModel } from '../graph-model';
import { useLiveChanges, describeChange } from '../live';
import { Link } from '../router';
import { artifactHref, coverageHref } from '../routes';
import type { ArtifactView } from '../routes';
import { ErrorState, Loading } from '../components/error-state';
import { KindBadge } from '../components/kind-badge';
import { LineageGraph } from '../components/lineage-graph';
import { ScopeNote } from '../components/scope-note';
import { ReadOnlyNote, SuggestionList } from '../components/suggestions';
import { ImpactView } from './impact';

const TraceDocument = graphql(`
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
`);

const SuggestedDocument = graphql(`
  query SuggestedLinks($uid: ID!) {
    suggestedLinks(uid: $uid, first: 5) {
      ...SuggestionFields
    }
  }
`);

function Field({ name, value }: { name: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function ArtifactPage({ uid, view }: { uid: string; view: ArtifactView }) {
  const trace = useQuery(TraceDocument, { uid });
  const suggested = useQuery(SuggestedDocument, { uid }, { skip: view !== 'lineage' });
  const graph = trace.data?.trace;
  const model = useMemo(
    () =>
      graph
        ? lineageModel(
            uid,
            graph.nodes,
            graph.edges,
            graph.placeholders.map((p) => p.uid),
          )
        : null,
    [graph, uid],
  );
  const watched = useMemo(
    () =>
      graph
        ? {
            uids: graph.nodes
              .map((n) => n.uid)
              .slice(0, 100)
              .sort(),
          }
        : null,
    [graph],
  );
  const latest = useLiveChanges(watched, () => {
    trace.reload();
    suggested.reload();
  });

  if (trace.loading) return <Loading what={uid} />;
  if (!graph || !model) {
    return (
      <>
        <h1 tabIndex={-1}>{uid}</h1>
        <ScopeNote />
        <ErrorState errors={trace.errors} what={uid} onRetry={trace.reload} />
      </>
    );
  }
  const a = graph.root;
  const unresolved = graph.edges.filter((e) => !e.resolved);
  const titles = new Map(graph.nodes.map((n) => [n.uid, n.key ?? n.title]));
  return (
    <>
      <p className="eyebrow">
        <KindBadge kind={a.kind} /> <code>{a.uid}</code>
      </p>
      <h1 tabIndex={-1}>{a.title}</h1>
      <ScopeNote />
      {latest ? (
        <p className="live-badge" role="status" data-testid="live-badge">
          Updated live: {describeChange(latest)}
        </p>
      ) : null}
      <dl className="fields">
        <Field name="Kind" value={KIND_LABELS[a.kind]} />
        <Field name="Key" value={a.key} />
        <Field name="Status" value={a.status} />
        <Field name="Access level" value={a.accessLevel} />
        <Field name="Source" value={a.source} />
        {a.__typename === 'Code' ? <Field name="Code kind" value={a.codeKind} /> : null}
        {a.__typename === 'Code' ? <Field name="Path" value={a.path} /> : null}
        {a.__typename === 'UserStory' ? <Field name="Issue type" value={a.issueType} /> : null}
        <Field name="Updated" value={a.updatedAt} />
      </dl>
      <p className="links">
        {a.url ? (
          <a href={a.url} rel="noreferrer noopener" target="_blank">
            Open in the source ↗
          </a>
        ) : (
          <span className="muted">No source link.</span>
        )}
        {a.kind === 'PRD' || a.kind === 'EPIC' ? (
          <>
            {' · '}
            <Link href={coverageHref(a.uid)}>Coverage of this {KIND_LABELS[a.kind]}</Link>
          </>
        ) : null}
      </p>
      {a.body ? (
        <details className="body">
          <summary>Text</summary>
          <p>{a.body}</p>
        </details>
      ) : null}
      <nav className="tabs" aria-label="Views">
        <Link href={artifactHref(a.uid)} aria-current={view === 'lineage' ? 'page' : undefined}>
          Lineage
        </Link>
        <Link
          href={artifactHref(a.uid, 'impact')}
          aria-current={view === 'impact' ? 'page' : undefined}
        >
          Impact
        </Link>
      </nav>
      {view === 'impact' ? (
        <ImpactView uid={a.uid} />
      ) : (
        <>
          <section aria-labelledby="lineage-h">
            <h2 id="lineage-h">
              Lineage <span className="count-pill">{graph.nodes.length}</span>
            </h2>
            <Legend />
            <LineageGraph
              model={model}
              label={`Lineage of ${a.title}: ${model.nodes.length} artifacts, ${model.edges.length} links`}
            />
            <table className="edges">
              <caption>Links in this lineage (hover an edge in the graph for its evidence)</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Link</th>
                  <th scope="col">To</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {graph.edges.map((e) => (
                  <tr key={`${e.from}|${e.type}|${e.to}`} className={e.resolved ? '' : 'pending'}>
                    <td>
                      <Link href={artifactHref(e.from)}>{titles.get(e.from) ?? e.from}</Link>
                    </td>
                    <td>{e.type}</td>
                    <td>
                      {e.resolved ? (
                        <Link href={artifactHref(e.to)}>{titles.get(e.to) ?? e.to}</Link>
                      ) : (
                        <span>
                          {e.to} <em>(not in the graph yet)</em>
                        </span>
                      )}
                    </td>
                    <td>{[e.via, e.evidence].filter(Boolean).join(': ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unresolved.length > 0 ? (
              <p className="muted">
                {unresolved.length} unresolved reference{unresolved.length === 1 ? '' : 's'}{' '}
                (dashed): links to artifacts a source named that are not in the graph yet; they
                become real links when those arrive.
              </p>
            ) : null}
          </section>
          <section aria-labelledby="suggested-h">
            <h2 id="suggested-h">Suggested links</h2>
            <ReadOnlyNote />
            {suggested.loading ? (
              <Loading what="suggestions" />
            ) : suggested.errors.length > 0 ? (
              <ErrorState errors={suggested.errors} onRetry={suggested.reload} />
            ) : (
              <SuggestionList
                items={suggested.data?.suggestedLinks ?? []}
                onDecided={() => {
                  trace.reload();
                  suggested.reload();
                }}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {(['PRD', 'EPIC', 'USER_STORY', 'TECH_SPEC', 'CODE'] as const).map((k) => (
        <li key={k}>
          <KindBadge kind={k} />
        </li>
      ))}
      <li>
        <span className="kind placeholder-key">not in the graph yet</span>
      </li>
    </ul>
  );
}
