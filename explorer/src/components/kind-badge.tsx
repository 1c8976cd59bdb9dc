import { KIND_COLOURS, KIND_LABELS } from '../graph-model';
import { Link } from '../router';
import { artifactHref } from '../routes';
import type { Kind } from '../routes';

/** A kind as a coloured label (the same colours as the lineage graph). */
export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className="kind" style={{ background: KIND_COLOURS[kind] }}>
      {KIND_LABELS[kind]}
    </span>
  );
}

/** An artifact in a list: its kind, then a link reading `KEY · Title`. */
export function ArtifactLink(props: {
  artifact: { uid: string; kind: Kind; key?: string | null; title: string };
}) {
  const { uid, kind, key, title } = props.artifact;
  return (
    <>
      <KindBadge kind={kind} />{' '}
      <Link href={artifactHref(uid)}>
        {key ? `${key} · ` : ''}
        {title}
      </Link>
    </>
  );
}
