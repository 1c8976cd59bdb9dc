/**
 * `Subscription.askStream`: `ask` as it is generated. Arguments are checked before the stream
 * opens (a bad question is a GraphQL error on subscribe); an upstream failure mid-answer arrives
 * as one last payload with the error, then the stream completes.
 */
import type { SubscriptionAskStreamArgs } from '../../generated/graphql.js';
import { answer, validateAsk } from '../../queries/ask/answer.js';
import type { AnswerObject } from '../../queries/ask/answer.js';
import type { Context } from '../context.js';

interface AnswerChunk {
  delta: string;
  done: boolean;
  answer: AnswerObject | null;
}

async function* chunks(
  ctx: Context,
  args: SubscriptionAskStreamArgs,
): AsyncGenerator<AnswerChunk | Error> {
  try {
    const stream = answer(ctx.runtime, ctx.scope, args);
    for (;;) {
      const next = await stream.next();
      if (next.done) {
        yield { delta: '', done: true, answer: next.value };
        return;
      }
      yield { delta: next.value, done: false, answer: null };
    }
  } catch (error) {
    yield error instanceof Error ? error : new Error(String(error));
  }
}

export const askStream = {
  subscribe: (_root: unknown, args: SubscriptionAskStreamArgs, ctx: Context) => {
    validateAsk(args);
    return chunks(ctx, args);
  },
  resolve: (payload: AnswerChunk | Error): AnswerChunk => {
    if (payload instanceof Error) throw payload;
    return payload;
  },
};
