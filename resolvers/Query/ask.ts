/** `Query.ask`: the GraphRAG answer, generated in full before it is returned. */
import type { QueryResolvers } from '../../generated/graphql.js';
import { answer } from '../../queries/ask/answer.js';

export const ask: QueryResolvers['ask'] = async (_root, args, ctx) => {
  const stream = answer(ctx.runtime, ctx.scope, args);
  for (;;) {
    const next = await stream.next();
    if (next.done) return next.value;
  }
};
