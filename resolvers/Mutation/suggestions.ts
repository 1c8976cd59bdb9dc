/**
 * `acceptSuggestion` and `rejectSuggestion`: `engineer` or above; both ends must be artifacts the
 * caller may read, and a hidden one is answered exactly like a missing one (NOT_FOUND). The
 * writer records who decided (the identity subject) and, on accept, makes the link.
 */
import { ForbiddenError } from '../../core/errors.js';
import { roleAtLeast } from '../../graph/access.js';
import type { Decision } from '../../graph/decisions.js';
import type { MutationResolvers, MutationAcceptSuggestionArgs } from '../../generated/graphql.js';
import { assertVisible } from '../../queries/visibility.js';
import type { Context } from '../context.js';

async function decide(ctx: Context, args: MutationAcceptSuggestionArgs, decision: Decision) {
  if (!roleAtLeast(ctx.identity.role, 'engineer')) {
    throw new ForbiddenError('This needs the engineer role or above');
  }
  await assertVisible(ctx.runtime, ctx.scope, args.from);
  await assertVisible(ctx.runtime, ctx.scope, args.to);
  return ctx.runtime.writer.decideSuggestion(
    { from: args.from, to: args.to, type: args.type },
    decision,
    ctx.identity.subject,
  );
}

export const acceptSuggestion: MutationResolvers['acceptSuggestion'] = (_root, args, ctx) =>
  decide(ctx, args, 'ACCEPTED');

export const rejectSuggestion: MutationResolvers['rejectSuggestion'] = (_root, args, ctx) =>
  decide(ctx, args, 'REJECTED');
