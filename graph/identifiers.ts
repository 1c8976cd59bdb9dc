/**
 * Identifier splitting: code names read as words. `CulturalHeritageAgencyManager` →
 * `cultural heritage agency manager`, `max_retry_count` → `max retry count`,
 * `src/auth/LoginForm.tsx` → `src auth login form tsx`, `java.util.HashMap` → `java util hash map`.
 * Lucene's analyzers and the embedders see one opaque token in each of these; split, a story's
 * words meet the code's names.
 */

/** A run of letters and digits with the joints that make one identifier (`_`, `.`, `/`, `-`, `$`). */
const COMPOUND = /[\p{L}\p{N}_$]+(?:[./\\-][\p{L}\p{N}_$]+)*/gu;

/**
 * The words of one identifier, lower-cased: cut at `_ . / \ - $`, at lower→upper
 * (`heritageAgency`, `utf8Decode` → `utf8 decode`) and at the end of an acronym (`HTTPServer` →
 * `http server`). Letters and digits stay together, so a commit sha (`4b7d0a2`) or `sha256` is
 * one word.
 */
export function splitIdentifier(identifier: string): string[] {
  return identifier
    .split(/[_./\\$-]+/)
    .flatMap((part) =>
      part
        .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(' '),
    )
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
}

/** Whether `token` is a compound identifier: splitting it gives more than one word. */
function isCompound(token: string): boolean {
  return splitIdentifier(token).length > 1;
}

/**
 * `text` with the words of every compound identifier added after it, so both the exact name
 * (`CulturalHeritageAgencyManager`) and its words (`cultural heritage agency manager`) can be
 * found. Plain words are left as they are; the result keeps the original text first.
 */
export function withIdentifierWords(text: string): string {
  return text.replace(COMPOUND, (token) =>
    isCompound(token) ? `${token} ${splitIdentifier(token).join(' ')}` : token,
  );
}

/**
 * The words of `text` for matching: every token split into its identifier words, lower-cased.
 * Used where the original form is not needed (the TF-IDF floor, the embedder's input).
 */
export function identifierWords(text: string): string[] {
  return (text.match(COMPOUND) ?? []).flatMap(splitIdentifier);
}
