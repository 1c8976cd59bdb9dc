/**
 * GraphRAG answers: hybrid retrieval, graph context, generation with citations. One async
 * generator serves both `ask` (drained) and `askStream` (forwarded): it yields text as the model
 * produces it (invented markers already removed) and returns the whole answer. Without a model
 * (generation off, Ollama not reachable, nothing retrieved) it returns the context as citations
 * with `generated: false` and the reason. A model that is missing, a timeout or a stream that
 * breaks off is an `UPSTREAM_UNAVAILABLE` error, never a partial answer presented as whole.
 */
import { BadUserInputError } from '../../core/errors.js';
import { OllamaUnreachableError } from '../../core/ollama.js';
import type { ArtifactKind } from '../../graph/validate.js';
import type { ArtifactObject } from '../artifact.js';
import { search } from '../search.js';
import type { SearchHit } from '../search.js';
import type { QueryRuntime, Scope } from '../runtime.js';
import { assembleContext } from './context.js';
import type { ContextPiece } from './context.js';
import { createMarkerFilter } from './markers.js';
import { buildMessages } from './prompt.js';

export interface AskArgs {
  question: string;
  first?: number | null;
  kinds?: readonly ArtifactKind[] | null | undefined;
}

export interface CitationObject {
  marker: string;
  artifact: ArtifactObject;
  snippet: string;
}

export interface AnswerObject {
  text: string | null;
  generated: boolean;
  model: string | null;
  /** Why no answer was generated. */
  reason: string | null;
  /** Ollama's `done_reason` (`stop`, or `length` when the model hit its output limit). */
  finishReason: string | null;
  citations: CitationObject[];
  context: SearchHit[];
}

const citation = (p: ContextPiece): CitationObject => ({
  marker: `[${p.n}]`,
  artifact: p.artifact,
  snippet: p.snippet,
});

/** Checks the arguments before anything runs. @throws {BadUserInputError} */
export function validateAsk(args: AskArgs): { question: string; first: number } {
  const question = args.question.trim();
  const first = args.first ?? 8;
  if (question.length === 0) throw new BadUserInputError('question must not be empty', 'question');
  if (question.length > 2000) {
    throw new BadUserInputError('question must be at most 2000 characters', 'question');
  }
  if (!Number.isInteger(first) || first < 1 || first > 50) {
    throw new BadUserInputError('first must be between 1 and 50', 'first');
  }
  return { question, first };
}

/** Yields generated text as it comes; returns the complete answer. */
export async function* answer(
  rt: QueryRuntime,
  scope: Scope,
  args: AskArgs,
): AsyncGenerator<string, AnswerObject> {
  const { question, first } = validateAsk(args);
  const { config, ollama, metrics } = rt;
  const hits = await search(rt, scope, {
    text: question,
    first,
    mode: 'HYBRID',
    kinds: args.kinds,
  });
  const { pieces } = await assembleContext(rt, scope, hits, config.ask.contextTokens);
  const evidenceOnly = (reason: string): AnswerObject => {
    metrics.askAnswers.inc({ outcome: 'citations_only' });
    return {
      text: null,
      generated: false,
      model: null,
      reason,
      finishReason: null,
      citations: pieces.map(citation),
      context: hits,
    };
  };
  if (config.ask.generation === 'off')
    return evidenceOnly('generation is off (ASK_GENERATION=off)');
  if (pieces.length === 0) return evidenceOnly('nothing in the graph matches the question');

  const model = config.ollama.chatModel;
  const filter = createMarkerFilter(new Set(pieces.map((p) => p.n)));
  const stream = ollama.chat(model, buildMessages(question, pieces), { numCtx: config.ask.numCtx });
  let text = '';
  let next: IteratorResult<string, { doneReason: string }>;
  try {
    for (;;) {
      try {
        next = await stream.next();
      } catch (error) {
        // Not reachable at all is the offline case: the evidence is still an answer.
        if (error instanceof OllamaUnreachableError && text === '') {
          return evidenceOnly(error.message);
        }
        throw error;
      }
      if (next.done) break;
      const out = filter.push(next.value);
      if (out) {
        text += out;
        yield out;
      }
    }
  } catch (error) {
    metrics.askAnswers.inc({ outcome: 'error' });
    throw error;
  } finally {
    // Also reached when the consumer stops early (a subscriber leaves): cancel the generation.
    await stream.return({ doneReason: 'cancelled' });
  }
  const tail = filter.end();
  if (tail) {
    text += tail;
    yield tail;
  }
  metrics.askAnswers.inc({ outcome: 'generated' });
  const byNumber = new Map(pieces.map((p) => [p.n, p]));
  return {
    text,
    generated: true,
    model,
    reason: null,
    finishReason: next.value.doneReason,
    citations: filter.cited.flatMap((n) => {
      const p = byNumber.get(n);
      return p ? [citation(p)] : [];
    }),
    context: hits,
  };
}
