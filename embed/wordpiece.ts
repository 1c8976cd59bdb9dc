/**
 * BERT uncased WordPiece tokenizer, as Hugging Face `BertTokenizer` / `tokenizers` run it for
 * `all-MiniLM-L6-v2` and `bert-base-uncased`: clean the text, space out CJK ideographs, strip
 * accents, lower-case, split on whitespace and punctuation, then greedy longest-match WordPiece
 * with `##` continuations, wrapped in `[CLS]` … `[SEP]`. Special tokens written in the text
 * (`[SEP]`, `[MASK]`, …) stay whole, as with `tokenizers`' added tokens.
 *
 * Checked against `tokenizers` (what sentence-transformers runs) with the model's vocab: the same
 * ids for 3,003 fuzzed texts, except where a text holds one of ~900 rare code points (scripts and
 * signs newer in Unicode than that library's tables).
 */

/** WordPiece vocabulary: token to id (the line number in `vocab.txt`). */
export type Vocab = ReadonlyMap<string, number>;

/** One encoded text, ready for a BERT model's `input_ids`, `attention_mask`, `token_type_ids`. */
export interface Encoding {
  readonly ids: number[];
  readonly attentionMask: number[];
  readonly tokenTypeIds: number[];
}

export interface WordPieceOptions {
  /** Most tokens per text, `[CLS]` and `[SEP]` included; longer texts are cut. @default 256 */
  maxLength?: number;
  /** Words with more characters than this become `[UNK]`. @default 100 */
  maxInputCharsPerWord?: number;
  /**
   * Tokens taken as they are where the raw text holds them, as `tokenizers` does with a BERT
   * model's added tokens (those missing from the vocab are ignored).
   * @default ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']
   */
  specialTokens?: readonly string[];
}

export interface WordPieceTokenizer {
  readonly vocab: Vocab;
  /** Word pieces of a text, without special tokens and without truncation. */
  tokenize(text: string): string[];
  /**
   * `[CLS]` pieces `[SEP]` as ids, truncated to `maxLength` (or to `limit` when that is lower),
   * with mask and type ids.
   */
  encode(text: string, limit?: number): Encoding;
}

/**
 * Parses a `vocab.txt`: one token a line, the id is the line index.
 * @throws {Error} when a special token the tokenizer needs is missing.
 */
export function parseVocab(text: string): Vocab {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const vocab = new Map<string, number>();
  lines.forEach((token, id) => {
    if (!vocab.has(token)) vocab.set(token, id);
  });
  for (const special of ['[UNK]', '[CLS]', '[SEP]']) {
    if (!vocab.has(special)) throw new Error(`vocab has no ${special} token`);
  }
  return vocab;
}

/** The parts of a Hugging Face `tokenizer.json` that decide whether this tokenizer can stand in. */
interface TokenizerJson {
  normalizer?: { type?: string; lowercase?: boolean; strip_accents?: boolean | null } | null;
  pre_tokenizer?: { type?: string } | null;
  model?: {
    type?: string;
    vocab?: Record<string, number>;
    continuing_subword_prefix?: string;
    max_input_chars_per_word?: number;
  };
}

/**
 * The vocabulary of a Hugging Face `tokenizer.json`, after checking that it describes what this
 * tokenizer does: a `WordPiece` model with `##` continuations, the BERT pre-tokenizer and a
 * lower-casing BERT normaliser that strips accents.
 * @throws {Error} naming `source` and what differs, or a missing special token.
 */
export function parseTokenizerJson(text: string, source = 'tokenizer.json'): Vocab {
  const t = JSON.parse(text) as TokenizerJson;
  const n = t.normalizer;
  const problems = [
    t.model?.type !== 'WordPiece' && `model ${t.model?.type}, not WordPiece`,
    (t.model?.continuing_subword_prefix ?? '##') !== '##' && 'continuations not marked ##',
    (t.model?.max_input_chars_per_word ?? 100) !== 100 && 'max_input_chars_per_word not 100',
    t.pre_tokenizer?.type !== 'BertPreTokenizer' && `pre-tokenizer ${t.pre_tokenizer?.type}`,
    (n?.type !== 'BertNormalizer' || n.lowercase !== true || n.strip_accents === false) &&
      'not a lower-casing, accent-stripping BertNormalizer',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0 || !t.model?.vocab) {
    throw new Error(`${source} is not a BERT uncased WordPiece tokenizer: ${problems.join('; ')}`);
  }
  const byId = Object.entries(t.model.vocab).sort((a, b) => a[1] - b[1]);
  // parseVocab numbers tokens by line, so the ids must run 0, 1, 2… without gaps.
  if (byId.some(([, id], i) => id !== i)) throw new Error(`${source}: vocab ids are not 0..n-1`);
  return parseVocab(byId.map(([token]) => token).join('\n'));
}

/** Control, format and private-use characters (not unassigned ones), which BERT drops. */
const isControl = (c: string) =>
  c !== '\t' && c !== '\n' && c !== '\r' && /[\p{Cc}\p{Cf}\p{Co}]/u.test(c);
const isWhitespace = (c: string) => /\p{White_Space}/u.test(c);
/** ASCII punctuation (which includes symbols such as `$+<=>^`|~`) or any Unicode punctuation. */
const isPunctuation = (c: string) => /[!-/:-@[-`{-~]|\p{P}/u.test(c);

/** CJK Unified Ideographs blocks, as BERT's `_is_chinese_char`. */
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

/** Normalised characters of a text, lazily (see {@link normalize}). */
function* normalizedChars(text: string): Generator<string> {
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp === 0 || cp === 0xfffd || isControl(c)) continue;
    if (isWhitespace(c)) {
      yield ' ';
      continue;
    }
    const cjk = isCjk(cp);
    if (cjk) yield ' ';
    for (const d of c.normalize('NFD')) if (!/\p{Mn}/u.test(d)) yield d.toLowerCase();
    if (cjk) yield ' ';
  }
}

/**
 * BERT's normaliser: drops NUL, U+FFFD and control characters, maps whitespace to a space, puts
 * spaces around CJK ideographs, strips accents (NFD, then no combining marks) and lower-cases
 * character by character (as the `tokenizers` library does: no final-sigma rule).
 */
export function normalize(text: string): string {
  let out = '';
  for (const c of normalizedChars(text)) out += c;
  return out;
}

/** Words of a text, lazily (see {@link basicTokenize}). */
function* basicWords(text: string): Generator<string> {
  let word = '';
  for (const c of normalizedChars(text)) {
    if (isWhitespace(c)) {
      if (word) yield word;
      word = '';
    } else if (isPunctuation(c)) {
      if (word) yield word;
      yield c;
      word = '';
    } else word += c;
  }
  if (word) yield word;
}

/**
 * BERT's basic tokenizer: {@link normalize}, then words split on whitespace, with every
 * punctuation character a word of its own.
 */
export function basicTokenize(text: string): string[] {
  return Array.from(basicWords(text));
}

/**
 * Greedy longest-match-first WordPiece of one word: pieces after the first carry `##`. A word
 * with a part that matches nothing, or longer than `maxInputCharsPerWord`, is `[UNK]`.
 */
export function wordPiece(word: string, vocab: Vocab, maxInputCharsPerWord = 100): string[] {
  const chars = Array.from(word);
  if (chars.length > maxInputCharsPerWord) return ['[UNK]'];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let piece: string | undefined;
    while (start < end) {
      const candidate = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
      if (vocab.has(candidate)) {
        piece = candidate;
        break;
      }
      end -= 1;
    }
    if (piece === undefined) return ['[UNK]'];
    pieces.push(piece);
    start = end;
  }
  return pieces;
}

/** A tokenizer over a parsed vocabulary (see {@link parseVocab}). */
export function createWordPieceTokenizer(
  vocab: Vocab,
  options: WordPieceOptions = {},
): WordPieceTokenizer {
  const maxLength = options.maxLength ?? 256;
  const maxChars = options.maxInputCharsPerWord ?? 100;
  if (maxLength < 2) throw new Error(`maxLength must be at least 2, got ${maxLength}`);
  const id = (token: string): number => {
    const found = vocab.get(token);
    if (found === undefined) throw new Error(`token ${token} is not in the vocab`);
    return found;
  };
  const [cls, sep] = [id('[CLS]'), id('[SEP]')];
  const specials = (options.specialTokens ?? ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'])
    .filter((t) => vocab.has(t))
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const special = specials.length > 0 ? new RegExp(`(${specials.join('|')})`) : undefined;
  /** Words of the text, each special token one word as written (WordPiece keeps it whole). */
  function* words(text: string): Generator<string> {
    const parts = special ? text.split(special) : [text];
    for (let i = 0; i < parts.length; i += 1) {
      // split() with a capture group puts the separators at the odd indexes.
      if (i % 2 === 1) yield parts[i]!;
      else yield* basicWords(parts[i]!);
    }
  }
  return {
    vocab,
    tokenize: (text) => Array.from(words(text)).flatMap((w) => wordPiece(w, vocab, maxChars)),
    encode(text, limit) {
      const max = limit === undefined ? maxLength : Math.max(2, Math.min(maxLength, limit));
      const ids = [cls];
      // Stops reading at the limit, so a long document costs no more than its first words.
      outer: for (const w of words(text)) {
        for (const piece of wordPiece(w, vocab, maxChars)) {
          if (ids.length === max - 1) break outer;
          ids.push(id(piece));
        }
      }
      ids.push(sep);
      return {
        ids,
        attentionMask: new Array<number>(ids.length).fill(1),
        tokenTypeIds: new Array<number>(ids.length).fill(0),
      };
    },
  };
}
