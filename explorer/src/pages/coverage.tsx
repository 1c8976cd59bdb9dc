/** `/coverage/<uid>`: the gaps under a PRD or Epic (or the whole graph), with link suggestions. */
import { graphql } from '../gql';
import type { CoverageGapKind } from '../gql/graphql';
import { useQuery } from '../hooks';
import { useLiveChanges } from '../live';
import { Link } from '../router';
import { artifactHref } from '../routes';
import { ErrorState, Loading } from '../components/error-state';
import { ArtifactLink, KindBadge } from '../components/kind-badge';
import { ScopeNote } from '../components/scope-note';
import { ReadOnlyNote, SuggestionList } from '../components/suggestions';

const CoverageDocument = graphql(`
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
`);

const ScopeDocument = graphql(`
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
`);

const GAP_TITLES: Record<CoverageGapKind, string> = {
  EPIC_WITHOUT_STORIES: 'Epics without stories',
  STORY_WITHOUT_SPEC: 'Stories without a spec',
  STORY_WITHOUT_CODE: 'Stories without code',
  SPEC_WITHOUT_CODE: 'Specs without code',
  ORPHAN_CODE: 'Code linked to nothing',
};

export function CoveragePage({ uid }: { uid: string | null }) {
  const scope = useQuery(ScopeDocument, { uid: uid ?? '' }, { skip: !uid });
  const coverage = useQuery(CoverageDocument, { scope: uid });
  useLiveChanges(uid ? { under: uid } : null, () => coverage.reload());
  const root = scope.data?.trace.root;
  const heading = uid ? `Coverage of ${root?.title ?? uid}` : 'Coverage of the whole graph';
  if (coverage.loading) return <Loading what="coverage" />;
  if (!coverage.data) {
    return (
      <>
        <h1 tabIndex={-1}>{heading}</h1>
        <ScopeNote />
        <ErrorState errors={coverage.errors} what={uid ?? undefined} onRetry={coverage.reload} />
      </>
    );
  }
  const { totals, gaps } = coverage.data.coverage;
  const kinds = Object.keys(GAP_TITLES) as CoverageGapKind[];
  return (
    <>
      {root ? (
        <p className="eyebrow">
          <KindBadge kind={root.kind} />{' '}
          <Link href={artifactHref(root.uid)}>
            <code>{root.uid}</code>
          </Link>
        </p>
      ) : null}
      <h1 tabIndex={-1}>{heading}</h1>
      <ScopeNote />
      <dl className="totals" aria-label="Totals">
        {(
          [
            ['PRDs', totals.prds],
            ['Epics', totals.epics],
            ['Stories', totals.stories],
            ['Specs', totals.specs],
            ['Code', totals.code],
          ] as const
        ).map(([name, count]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <ReadOnlyNote />
      {gaps.length === 0 ? (
        <p className="state state-empty">No gaps: every story has a spec and code.</p>
      ) : null}
      {kinds.map((kind) => {
        const rows = gaps.filter((g) => g.gap === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} className="gap" data-gap={kind} aria-labelledby={`gap-${kind}`}>
            <h2 id={`gap-${kind}`}>
              {GAP_TITLES[kind]} <span className="count-pill">{rows.length}</span>
            </h2>
            <ul>
              {rows.map((g) => (
                <li key={g.artifact.uid}>
                  <ArtifactLink artifact={g.artifact} />
                  {g.artifact.status ? <span className="muted"> · {g.artifact.status}</span> : null}
                  <SuggestionList items={g.suggestions} onDecided={coverage.reload} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
