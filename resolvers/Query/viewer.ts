/** `Query.viewer`: the caller as the server authenticated it (its role and readable levels). */
import type { QueryResolvers, Role } from '../../generated/graphql.js';
import { roleAtLeast } from '../../graph/access.js';

export const viewer: QueryResolvers['viewer'] = (_root, _args, ctx) => {
  const { subject, role, levels } = ctx.identity;
  return {
    subject,
    role: role.toUpperCase() as Role,
    levels: [...levels],
    canWrite: roleAtLeast(role, 'engineer'),
  };
};
