/** The part of a hit's text that matched, as segments to render with the matched words marked. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Words of a query worth marking: letters and digits, two characters or more, lower-cased. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  return [...new Set(words)];
}

/**
 * A window of about `width` characters of `text` around the first place a query term occurs
 * (the start when none does), cut at word boundaries, with `…` where text was left out and every
 * occurrence of a term marked. Matching is by word prefix (`card` marks `cards`).
 */
export function snippet(text: string, query: string, width = 220): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const terms = queryTerms(query);
  const pattern =
    terms.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
          'giu',
        )
      : null;
  const first = pattern ? clean.search(pattern) : -1;
  let start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(width / 3));
  let end = Math.min(clean.length, start + width);
  if (end === clean.length) start = Math.max(0, end - width);
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    if (space >= 0 && space < (first < 0 ? end : first)) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const window = clean.slice(start, end);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', match: false });
  let at = 0;
  if (pattern) {
    for (const m of window.matchAll(pattern)) {
      const index = m.index;
      if (index > at) segments.push({ text: window.slice(at, index), match: false });
      segments.push({ text: m[0], match: true });
      at = index + m[0].length;
    }
  }
  if (at < window.length) segments.push({ text: window.slice(at), match: false });
  if (end < clean.length) segments.push({ text: '…', match: false });
  return segments;
}
