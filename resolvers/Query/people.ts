/** `Query.people`: who worked on what matches a text or lies under an artifact (queries/people.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { people as runPeople } from '../../queries/people.js';

export const people: QueryResolvers['people'] = (_root, args, ctx) =>
  runPeople(ctx.runtime, ctx.scope, args);
