/**
 * `pendingLinks` on every artifact type: the artifact's links to artifacts not (yet) in the
 * graph, loaded per request in one batch (queries/pending.ts). The artifact itself passed the
 * caller's level filter, so its own references may be shown.
 */
import type { PendingLinkObject } from '../queries/pending.js';
import type { Context } from './context.js';

const field = {
  pendingLinks: (
    source: { uid: string },
    _args: unknown,
    ctx: Context,
  ): Promise<PendingLinkObject[]> => ctx.loaders.pending.load(source.uid),
};

export const artifactPendingLinks = {
  PRD: field,
  Epic: field,
  UserStory: field,
  TechSpec: field,
  Code: field,
};
