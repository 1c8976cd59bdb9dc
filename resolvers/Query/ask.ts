/** `Query.ask`: the GraphRAG answer, generated in full before it is returned. */
import type { QueryAskArgs } from '../../generated/graphql.js';
import { answer } from '../../ask/answer.js';
import type { AnswerObject } from '../../ask/answer.js';
import type { Context } from '../../server/context.js';

export async function ask(_root: unknown, args: QueryAskArgs, ctx: Context): Promise<AnswerObject> {
  const stream = answer(ctx, args);
  for (;;) {
    const next = await stream.next();
    if (next.done) return next.value;
  }
}
