/**
 * Citation markers in generated text. The model is asked to cite context items as `[n]`; what
 * it writes is filtered as it streams: markers that name no context item are dropped (with the
 * space before them), groups such as `[1, 3]` are written `[1][3]`, and the markers that remain
 * are the answer's citations. Streaming and non-streaming answers pass through the same filter,
 * so the tokens a subscriber saw add up to exactly the final text.
 */

export interface MarkerFilter {
  /** Feeds generated text; returns the text that is safe to emit so far. */
  push(text: string): string;
  /** Flushes what is held back (an unclosed `[` is literal text). */
  end(): string;
  /** Valid marker numbers in order of first appearance. */
  readonly cited: readonly number[];
}

/** Longest bracket group held back while waiting for `]`. */
const MAX_GROUP = 24;
const GROUP_CHAR = /[\d,\s]/;
const AFTER_DROP_SWALLOWS_SPACE = /[\s.,;:!?)]/;

/** Creates a filter for a context of markers `valid` (e.g. `1…n`). */
export function createMarkerFilter(valid: ReadonlySet<number>): MarkerFilter {
  const cited: number[] = [];
  let group: string | null = null;
  let space = '';
  let dropped = false;
  let out = '';

  const emit = (text: string) => {
    out += space + text;
    space = '';
  };
  const resolve = (raw: string) => {
    const parts = raw
      .slice(1, -1)
      .split(/[\s,]+/)
      .filter((p) => p.length > 0);
    if (parts.length === 0) return emit(raw);
    const keep = parts.map(Number).filter((n) => valid.has(n));
    if (keep.length === 0) {
      dropped = true;
      return;
    }
    for (const n of keep) if (!cited.includes(n)) cited.push(n);
    emit(keep.map((n) => `[${n}]`).join(''));
  };
  const feed = (ch: string) => {
    if (dropped) {
      dropped = false;
      if (AFTER_DROP_SWALLOWS_SPACE.test(ch)) space = '';
    }
    if (group !== null) {
      if (ch === ']') {
        const raw = `${group}]`;
        group = null;
        return resolve(raw);
      }
      if (GROUP_CHAR.test(ch) && group.length < MAX_GROUP) {
        group += ch;
        return;
      }
      emit(group);
      group = null;
    }
    if (ch === '[') group = '[';
    else if (/\s/.test(ch)) space += ch;
    else emit(ch);
  };

  return {
    push(text) {
      for (const ch of text) feed(ch);
      const ready = out;
      out = '';
      return ready;
    },
    end() {
      if (group !== null) emit(group);
      group = null;
      const rest = out + space;
      out = '';
      space = '';
      return rest;
    },
    get cited() {
      return cited;
    },
  };
}
