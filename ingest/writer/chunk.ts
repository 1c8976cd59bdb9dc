/**
 * Splits long text into chunks of about `target` characters on paragraph, then sentence,
 * boundaries, so each chunk reads as a unit and is embedded on its own.
 */
export function chunkText(text: string, target = 800): string[] {
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
