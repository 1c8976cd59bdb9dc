const HEADING = /^#{1,6}\s+\S/;

/**
 * Splits long text into chunks of about `target` characters. Markdown is cut at headings first:
 * a chunk never spans two sections, and each chunk of a long section starts with the section's
 * heading, so "## Rollout" text is found as rollout text. Within a section (or plain text) the
 * cuts fall on paragraph, then sentence, boundaries, so each chunk reads as a unit.
 */
export function chunkText(text: string, target = 800): string[] {
  const lines = text.split('\n');
  if (!lines.some((l) => HEADING.test(l))) return chunkPlain(text, target);
  const sections: string[][] = [[]];
  for (const line of lines) {
    if (HEADING.test(line) && (sections.at(-1)?.length ?? 0) > 0) sections.push([]);
    sections.at(-1)?.push(line);
  }
  return sections.flatMap((section) => {
    const heading = section[0] && HEADING.test(section[0]) ? section[0].trim() : null;
    const chunks = chunkPlain(section.join('\n'), target);
    return chunks.map((c, i) => (i > 0 && heading ? `${heading}\n\n${c}` : c));
  });
}

function chunkPlain(text: string, target: number): string[] {
  const pieces = text
    .split(/\n\s*\n/)
    .flatMap((p) => (p.length <= target ? [p] : p.split(/(?<=[.!?])\s+/)))
    .flatMap((p) =>
      p.length <= target * 1.5 ? [p] : (p.match(new RegExp(`[\\s\\S]{1,${target}}`, 'g')) ?? []),
    )
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + piece.length + 2 > target) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current}\n\n${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}
