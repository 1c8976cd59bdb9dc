/** Live updates of an open page from the `artifactChanged` subscription. */
import { useEffect, useRef, useState } from 'react';
import { graphql } from './gql';
import type { ArtifactChangedSubscription } from './gql/graphql';
import { subscribe } from './api/client';

const ArtifactChangedDocument = graphql(`
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
`);

export type Change = ArtifactChangedSubscription['artifactChanged'];

/** A change as a person reads it. */
export function describeChange(change: Change): string {
  if (change.link) return `${change.op.toLowerCase()} ${change.link.from} → ${change.link.to}`;
  return `${change.op.toLowerCase()} ${change.uid}`;
}

/**
 * Subscribes while `filter` stays the same (none when it is null) and calls `onChange` for each
 * change; answers the latest change, for a badge. A refused subscription (a hidden `under`, a
 * closed socket) leaves the page as it is: it is a static page then, not a broken one.
 */
export function useLiveChanges(
  filter: { uids?: string[]; under?: string } | null,
  onChange: (change: Change) => void,
): Change | null {
  const [latest, setLatest] = useState<Change | null>(null);
  const handler = useRef(onChange);
  handler.current = onChange;
  const key = filter ? JSON.stringify(filter) : null;
  useEffect(() => {
    if (!key) return;
    const { uids, under } = JSON.parse(key) as { uids?: string[]; under?: string };
    return subscribe(
      ArtifactChangedDocument,
      { uids: uids ?? null, under: under ?? null },
      (data) => {
        setLatest(data.artifactChanged);
        handler.current(data.artifactChanged);
      },
    );
  }, [key]);
  return latest;
}
