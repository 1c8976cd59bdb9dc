/**
 * The curated write API: every mutation goes through the writer, after two checks. The role:
 * `engineer` or above writes, `admin` deletes. The scope: a caller never creates an artifact at a
 * level it cannot read, and never touches an artifact (or an edge of one) it cannot read; such a
 * write is answered exactly as if the artifact did not exist.
 */
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import { roleAtLeast } from '../../graph/access.js';
import type { Role } from '../../graph/access.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { hiddenUids } from '../../queries/visibility.js';
import type { Context } from '../context.js';

function requireRole(ctx: Context, least: Role): void {
  if (!roleAtLeast(ctx.identity.role, least)) {
    throw new ForbiddenError(`This needs the ${least} role or above`);
  }
}

export const upsertArtifacts: MutationResolvers['upsertArtifacts'] = async (_root, args, ctx) => {
  requireRole(ctx, 'engineer');
  args.input.forEach((row, i) => {
    const level = row.accessLevel ?? 'INTERNAL';
    if (!(ctx.scope.levels as readonly string[]).includes(level)) {
      throw new BadUserInputError(
        `accessLevel ${level} is not one you may read`,
        `input[${i}].accessLevel`,
      );
    }
  });
  const hidden = await hiddenUids(
    ctx.runtime,
    ctx.scope,
    args.input.map((r) => r.uid),
  );
  const first = args.input.find((r) => hidden.has(r.uid));
  if (first) throw new NotFoundError(`No artifact with uid ${first.uid}`);
  return ctx.runtime.writer.upsertArtifacts(args.input);
};

export const link: MutationResolvers['link'] = async (_root, args, ctx) => {
  requireRole(ctx, 'engineer');
  const hidden = await hiddenUids(ctx.runtime, ctx.scope, [args.from, args.to]);
  // The writer's own words for an unknown endpoint, so hidden and missing read the same.
  if (hidden.has(args.from))
    throw new BadUserInputError(`No artifact with uid ${args.from}`, 'from');
  if (hidden.has(args.to)) throw new BadUserInputError(`No artifact with uid ${args.to}`, 'to');
  return ctx.runtime.writer.link(args.from, args.to, args.type, args.evidence ?? null, 'manual');
};

export const unlink: MutationResolvers['unlink'] = async (_root, args, ctx) => {
  requireRole(ctx, 'engineer');
  const hidden = await hiddenUids(ctx.runtime, ctx.scope, [args.from, args.to]);
  if (hidden.size > 0) {
    // What unlinking a missing edge answers: nothing changed, no edge.
    return { changed: false, edge: null, epoch: await ctx.runtime.writer.epoch() };
  }
  return ctx.runtime.writer.unlink(args.from, args.to, args.type);
};

export const deleteArtifact: MutationResolvers['deleteArtifact'] = async (_root, args, ctx) => {
  requireRole(ctx, 'admin');
  const hidden = await hiddenUids(ctx.runtime, ctx.scope, [args.uid]);
  if (hidden.size > 0) throw new NotFoundError(`No artifact with uid ${args.uid}`);
  return ctx.runtime.writer.deleteArtifact(args.uid);
};
