/**
 * `authors`, `assignee` and `reviewers` on every artifact type, loaded per request in one batch
 * (queries/people.ts). The artifact itself passed the caller's level filter, so its people may be
 * named; emails only for callers who read INTERNAL or above.
 */
import type { ArtifactPeople, ContributorObject } from '../queries/people.js';
import type { Context } from './context.js';

const load = (source: { uid: string }, ctx: Context): Promise<ArtifactPeople> =>
  ctx.loaders.people.load(source.uid);

const fields = {
  authors: async (source: { uid: string }, _args: unknown, ctx: Context) =>
    (await load(source, ctx)).authors,
  assignee: async (
    source: { uid: string },
    _args: unknown,
    ctx: Context,
  ): Promise<ContributorObject | null> => (await load(source, ctx)).assignee,
  reviewers: async (source: { uid: string }, _args: unknown, ctx: Context) =>
    (await load(source, ctx)).reviewers,
};

export const artifactPeople = {
  PRD: fields,
  Epic: fields,
  UserStory: fields,
  TechSpec: fields,
  Code: fields,
};
