/**
 * The text an artifact is found by, derived at write time: what is indexed for fulltext
 * (`searchText`) and what is embedded. Lucene's analyzers and the embedders see
 * `CulturalHeritageAgencyManager` as one opaque token, so identifiers are split into their words
 * (the exact identifier is kept beside them for fulltext). For source files the text favours
 * what carries meaning: the path's segments, declarations and signatures, comments and
 * docstrings, rather than statement bodies.
 *
 * The code reading is a documented light approach, not a parser: per-language regular
 * expressions over lines (Java/Kotlin/C#, TypeScript/JavaScript, Python, Go), good enough to
 * keep names and prose and drop most `x = y + 1;` lines. A language it does not know keeps
 * every line.
 */
import { identifierWords, withIdentifierWords } from './identifiers.js';
import type { ArtifactInput } from './validate.js';

/**
 * The version of how search and embedding text are derived; part of the content hash, so a
 * change here re-embeds what the writer (or `reindex`) writes again.
 */
export const TEXT_VERSION = 'text-v3';

type Language = 'java' | 'ts' | 'python' | 'go';

const EXTENSIONS: Record<string, Language> = {
  java: 'java',
  kt: 'java',
  cs: 'java',
  scala: 'java',
  ts: 'ts',
  tsx: 'ts',
  js: 'ts',
  jsx: 'ts',
  mjs: 'ts',
  cjs: 'ts',
  py: 'python',
  go: 'go',
};

/** Lines that declare something, per language: types, functions, methods, fields, constants. */
const DECLARATION: Record<Language, RegExp> = {
  java: /^\s*(?:@\w+\s*)*(?:(?:public|private|protected|static|final|abstract|synchronized|native|default|override|open|internal|sealed|data|suspend)\s+)*(?:package|import|class|interface|enum|record|object|fun|val|var|[\w<>[\],.?\s]+\s+\w+\s*(?:\(|=|;))/,
  ts: /^\s*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:import|class|interface|type|enum|function\*?|const|let|var|namespace|module)\b|^\s*(?:(?:public|private|protected|static|readonly|async|get|set)\s+)*[\w$]+\s*(?:<[^>]*>)?\s*\([^)]*\)\s*(?::[^={]+)?\s*\{\s*$|^\s*(?:(?:public|private|protected|static|readonly)\s+)+[\w$]+\??\s*[:=]/,
  python:
    /^\s*(?:@[\w.]+|(?:async\s+)?def\s|class\s|import\s|from\s+\S+\s+import\s|[A-Z_][A-Z0-9_]*\s*=)/,
  go: /^\s*(?:package|import|func|type|const|var)\b|^\s*[A-Z]\w*\s+[\w.*[\]]+\s*(?:`[^`]*`)?\s*$/,
};

/** Line comments, per language (block comments and docstrings are read separately). */
const LINE_COMMENT: Record<Language, RegExp> = {
  java: /\/\/(.*)$/,
  ts: /\/\/(.*)$/,
  python: /#(.*)$/,
  go: /\/\/(.*)$/,
};

/** The language of a file, by its extension; null when it is not one read here. */
export function languageOf(file: string): Language | null {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}

/**
 * What carries meaning in source `code` of `language`: comments and docstrings, declaration and
 * signature lines, string literals; statement bodies are dropped.
 */
export function codeOutline(code: string, language: Language): string {
  const kept: string[] = [];
  const blocks = language === 'python' ? /("""|''')([\s\S]*?)\1/g : /\/\*+([\s\S]*?)\*\//g;
  // Block comments and docstrings first, as prose (their `*` gutters stripped).
  const withoutBlocks = code.replace(blocks, (...m: string[]) => {
    const body = (language === 'python' ? m[2] : m[1]) ?? '';
    kept.push(body.replace(/^\s*\*+ ?/gm, '').trim());
    return '\n';
  });
  // Brace depth at each line's start: declarations are read at the top and member levels (0-1)
  // only, so a local `int counter = 0;` inside a method body is a statement, not a declaration.
  let depth = 0;
  for (const line of withoutBlocks.split('\n')) {
    const comment = LINE_COMMENT[language].exec(line);
    const code = comment ? line.slice(0, comment.index) : line;
    if (comment?.[1]?.trim()) kept.push(comment[1].trim());
    const declares = (language === 'python' || depth <= 1) && DECLARATION[language].test(code);
    if (declares) kept.push(code.trim().replace(/\s*[{;]\s*$/, ''));
    const strings = code.match(/"[^"\n]{3,}"|'[^'\n]{3,}'/g) ?? [];
    if (!declares) for (const s of strings) kept.push(s.slice(1, -1));
    const bare = code.replace(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g, '');
    depth = Math.max(
      0,
      depth + (bare.match(/\{/g)?.length ?? 0) - (bare.match(/\}/g)?.length ?? 0),
    );
  }
  return kept.filter((k) => k.length > 0).join('\n');
}

/** The file an artifact is, if it is source code: its path, else a title that looks like one. */
export function sourceFile(a: Pick<ArtifactInput, 'kind' | 'title' | 'path'>): string | null {
  if (a.kind !== 'CODE') return null;
  return a.path ?? (languageOf(a.title) ? a.title : null);
}

/**
 * The meaningful text of an artifact before identifier splitting: for a source file its path
 * segments and outline, else its title and body.
 */
export function meaningfulText(a: Pick<ArtifactInput, 'kind' | 'title' | 'body' | 'path'>): string {
  const file = sourceFile(a);
  const language = file ? languageOf(file) : null;
  if (file && language) {
    return `${a.title}\n${file === a.title ? '' : `${file}\n`}${codeOutline(a.body ?? '', language)}`;
  }
  return `${a.title}\n${a.body ?? ''}`;
}

/**
 * What an artifact's chunks are cut from: a source file's outline (its meaningful text), or the
 * body of anything else as written, so a document's chunks follow its headings (the title is
 * embedded with the artifact itself).
 */
export function chunkSource(a: Pick<ArtifactInput, 'kind' | 'title' | 'body' | 'path'>): string {
  return sourceFile(a) && languageOf(sourceFile(a) ?? '') ? meaningfulText(a) : (a.body ?? '');
}

/**
 * The fulltext search text of an artifact (`searchText`, indexed with title and key): its
 * meaningful text with every compound identifier followed by its words, so both
 * `CulturalHeritageAgencyManager` and "cultural heritage agency manager" find it.
 */
export function searchText(a: Pick<ArtifactInput, 'kind' | 'title' | 'body' | 'path'>): string {
  return withIdentifierWords(meaningfulText(a));
}

/**
 * The text embedded for an artifact: its meaningful text (a source file's outline) with compound
 * identifiers read as their words (an embedder reads `agency manager`, not a word-piece soup of
 * `AgencyManager`); prose, case and punctuation are kept, as the model was trained on them.
 */
export function embeddingText(a: Pick<ArtifactInput, 'kind' | 'title' | 'body' | 'path'>): string {
  return queryEmbeddingText(meaningfulText(a));
}

/** A question's text as it is embedded: prose kept, compound identifiers read as their words. */
export function queryEmbeddingText(text: string): string {
  return text.replace(/[\p{L}\p{N}_$]+(?:[./\\-][\p{L}\p{N}_$]+)*/gu, (token) => {
    const words = identifierWords(token);
    return words.length > 1 ? words.join(' ') : token;
  });
}
