/** The impact of an artifact: what is affected if it changes, by distance. */
import { graphql } from '../gql';
import { useQuery } from '../hooks';
import { ErrorState, Loading } from '../components/error-state';
import { ArtifactLink } from '../components/kind-badge';

const ImpactDocument = graphql(`
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
`);

export function ImpactView({ uid }: { uid: string }) {
  const impact = useQuery(ImpactDocument, { uid });
  if (impact.loading) return <Loading what="impact" />;
  if (!impact.data) return <ErrorState errors={impact.errors} what={uid} onRetry={impact.reload} />;
  const { affected, unresolved } = impact.data.impact;
  const distances = [...new Set(affected.map((a) => a.distance))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="impact-h" data-testid="impact">
      <h2 id="impact-h">
        Impact <span className="count-pill">{affected.length}</span>
      </h2>
      <p className="muted">What implements, specifies, belongs to or depends on this artifact.</p>
      {affected.length === 0 ? (
        <p className="state state-empty">Nothing you may read depends on it.</p>
      ) : (
        distances.map((d) => {
          const rows = affected.filter((a) => a.distance === d);
          return (
            <section key={d} className="distance">
              <h3>
                {d} step{d === 1 ? '' : 's'} away <span className="count-pill">{rows.length}</span>
              </h3>
              <ul>
                {rows.map((r) => (
                  <li key={r.artifact.uid}>
                    <ArtifactLink artifact={r.artifact} />{' '}
                    <span className="muted">via {r.via.join(' → ')}</span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      {unresolved.length > 0 ? (
        <section className="distance">
          <h3>
            Unresolved references <span className="count-pill">{unresolved.length}</span>
          </h3>
          <ul>
            {unresolved.map((u) => (
              <li key={`${u.from}|${u.type}|${u.to}`}>
                <code>{u.from}</code> {u.type} <code>{u.to}</code> <em>(not in the graph yet)</em>
                {u.evidence ? <span className="muted"> · {u.evidence}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
