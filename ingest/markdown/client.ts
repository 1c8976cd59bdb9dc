/** Reads a folder of markdown documents: every `*.md` below it, with its path and text. */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface MarkdownFile {
  /** Path relative to the folder, with `/` separators. */
  relative: string;
  text: string;
}

/** Lists the markdown files below `dir` (hidden folders and `node_modules` skipped), sorted. */
export async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(
      (rel) => !rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules'),
    )
    .sort();
}

/** Reads one file. */
export async function readMarkdown(dir: string, relative: string): Promise<MarkdownFile> {
  return { relative, text: await readFile(path.join(dir, relative), 'utf8') };
}

/** Why `dir` cannot be read as a folder of documents, or null. */
export async function checkFolder(dir: string): Promise<string | null> {
  const info = await stat(dir).catch(() => null);
  if (!info) return `${dir}: no such folder`;
  return info.isDirectory() ? null : `${dir}: not a folder`;
}
