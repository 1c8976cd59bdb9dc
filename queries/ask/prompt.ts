/** The messages sent to the chat model: instructions, the numbered context, the question. */
import type { Message } from 'ollama';
import { renderPiece } from './context.js';
import type { ContextPiece } from './context.js';

export const SYSTEM_PROMPT = `You answer questions about a software organisation's product work: PRDs, epics, user stories, tech specs and code (pull requests, commits, files).
Answer only from the numbered context items the user gives you. After every statement, cite the items it comes from with their markers, for example [2] or [1][4]. Use only markers that appear in the context.
Notes in parentheses say how an item relates to another: "above in the hierarchy: [n]" is a parent of item n (its spec, story, epic or PRD); "implements … [n]" is code that serves item n; "must be done before (blocks) [n]" is a dependency of item n; "is blocked by [n]" depends on item n.
If the context does not answer the question, say that the graph does not say, and name the closest items. Be brief: a few sentences.`;

/** Builds the chat messages for `question` over `pieces`. */
export function buildMessages(question: string, pieces: readonly ContextPiece[]): Message[] {
  const context = pieces.map((p) => renderPiece(p, pieces)).join('\n\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: `Context:\n\n${context}\n\nQuestion: ${question}` },
  ];
}
