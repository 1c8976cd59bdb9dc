/**
 * Which source files name each other (`REFERENCES`), derived at write time. Files that use each
 * other tend to serve the same requirement (the structural signal of the traceability
 * literature): `related`, `suggestedLinks` and HYBRID `search` let a strong hit lift the files it
 * names or that name it (docs/benchmarks.md, "Structural propagation").
 *
 * A source file is known by its name: its file name without the extension (`AgencyManager` for
 * `src/agency/AgencyManager.java`, `agency-manager` for `agency-manager.ts`), within its scope
 * (`codeScope`: the repository of a `file:<owner>/<repo>:<path>` uid, else the uid's prefix). It names another file
 * when that name is a token of its outline (declarations, signatures, imports, comments:
 * `./search-text.ts`), or the last segment of a quoted module path (`'./agency-manager.js'`,
 * `from .models import X`). A package's entry file (`index.ts`, `__init__.py`, `mod.rs`) is known
 * by its folder's name, as imports name it.
 *
 * The writer links every namesake; the readers ignore a name that more than
 * {@link MAX_NAMESAKES} files the caller may read share (too vague to be evidence: `utils`,
 * `types`). Counting at read time over visible files only keeps hidden files from switching a
 * visible reference on or off.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { codeOutline, languageOf, sourceFile } from './search-text.js';
import type { ArtifactInput } from './validate.js';

/** Visible files of one scope that may share a name before it stops counting as a reference. */
export const MAX_NAMESAKES = 3;
/** File names that stand for their folder: a package's entry file. */
const ENTRY_FILES = new Set(['index', '__init__', 'mod']);
/** Distinct tokens kept per file (an outline rarely has more; a generated file may). */
export const MAX_MENTIONS = 600;
/** Shortest name that counts (`io`, `db` are words more than names). */
const MIN_NAME = 3;

/** What the writer stores on a source file to find its references: its name and its tokens. */
export interface CodeNames {
  /** The repository (or source) its names are qualified with. */
  codeScope: string;
  /** `<scope>:<name>`. */
  codeName: string;
  /** `<scope>:<token>` for each distinct token of its outline and module paths. */
  codeMentions: string[];
}

/**
 * The scope of an artifact's names: the repository of a `file:<owner>/<repo>:<path>` uid, else
 * the uid up to its last colon (`dataset:etour` for `dataset:etour:Foo.java`), else its source.
 */
export function codeScope(a: Pick<ArtifactInput, 'uid' | 'source'>): string {
  const repo = /^file:(.+?):/.exec(a.uid)?.[1];
  if (repo) return repo;
  const colon = a.uid.lastIndexOf(':');
  return colon > 0 ? a.uid.slice(0, colon) : (a.source ?? '');
}

/**
 * A file's name: its last path segment without its extension(s); for a package's entry file
 * (`checkout/index.ts`), its folder's name.
 */
export function fileName(file: string): string {
  const segments = file.split(/[/\\]/);
  const base = (segments.at(-1) ?? file).replace(/\..*$/, '');
  return ENTRY_FILES.has(base) && segments.length > 1 ? (segments.at(-2) ?? base) : base;
}

/** Last segments of the quoted module paths of `code` (`'./agency-manager.js'` → `agency-manager`). */
function modulePaths(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/['"`]((?:\.{1,2}\/|@?[\w-]+\/)[\w@./-]*[\w-](?:\.\w+)?)['"`]/g)) {
    const name = fileName(m[1] ?? '');
    if (name) out.push(name);
  }
  return out;
}

/**
 * The names a source file is found by and names others by; null for anything that is not a source
 * file of a language `./search-text.ts` reads.
 */
export function codeNames(
  a: Pick<ArtifactInput, 'uid' | 'kind' | 'title' | 'body' | 'path' | 'source'>,
): CodeNames | null {
  const file = sourceFile(a);
  const language = file ? languageOf(file) : null;
  if (!file || !language) return null;
  const own = fileName(file);
  if (own.length < MIN_NAME) return null;
  const scope = codeScope(a);
  const body = a.body ?? '';
  const outline = codeOutline(body, language);
  const tokens = new Set<string>();
  for (const t of outline.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? []) tokens.add(t);
  for (const t of modulePaths(outline)) tokens.add(t);
  tokens.delete(own);
  const mentions = [...tokens].filter((t) => t.length >= MIN_NAME).slice(0, MAX_MENTIONS);
  return {
    codeScope: scope,
    codeName: `${scope}:${own}`,
    codeMentions: mentions.map((t) => `${scope}:${t}`),
  };
}

/**
 * Rebuilds the `REFERENCES` of the artifacts `uids` just written, in their transaction: each
 * written source file's own references are replaced (a file that stopped naming another no longer
 * references it), and files already stored that name one of the `created` files (new, or back from
 * a soft delete, which took their references) gain their reference to it.
 */
export async function linkReferences(
  tx: ManagedTransaction,
  uids: readonly string[],
  created: readonly Pick<CodeNames & { codeScope: string }, 'codeName' | 'codeScope'>[],
): Promise<void> {
  if (uids.length === 0) return;
  await tx.run(cypher('writer/references'), { uids });
  const byScope = new Map<string, string[]>();
  for (const c of created)
    byScope.set(c.codeScope, [...(byScope.get(c.codeScope) ?? []), c.codeName]);
  for (const [scope, names] of byScope) {
    await tx.run(cypher('writer/referrers'), { scope, names });
  }
}
