/** Loads hand-written queries from `cypher/<name>.cypher`, once each. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`. @throws {Error} when the file does not exist. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(PROJECT_ROOT, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
