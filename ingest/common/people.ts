/**
 * People as the sources name them, merged into one identity each: a git author (name and email),
 * a `Co-authored-by:` trailer, a GitHub login or commit email, a Jira account. One person is one
 * uid: `person:<email>` when an email is known for them (given, or by `PEOPLE_ALIASES`), else
 * `person:github:<login>` or `person:jira:<accountId>`. GitHub's no-reply addresses
 * (`123+octocat@users.noreply.github.com`) stand for the login they carry.
 */
import type { PersonRole } from '../../graph/validate.js';

/** How a source names a person. */
export interface PersonIdentity {
  name?: string | null | undefined;
  email?: string | null | undefined;
  /** GitHub login. */
  github?: string | null | undefined;
  /** Jira account id. */
  jira?: string | null | undefined;
}

/**
 * Identity keys (`email:…`, `github:<login, lower case>`, `jira:…`) to the primary email they
 * belong to: `config.sources.peopleAliases` (`PEOPLE_ALIASES`).
 */
export type PeopleAliases = Readonly<Record<string, string>>;

const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i;

/** The identity keys of `who`, most telling first. */
function keysOf(who: PersonIdentity): string[] {
  const keys: string[] = [];
  const email = who.email?.trim().toLowerCase();
  const noreply = email ? NOREPLY.exec(email) : null;
  if (email && !noreply) keys.push(`email:${email}`);
  if (who.github) keys.push(`github:${who.github.toLowerCase()}`);
  if (noreply?.[1]) keys.push(`github:${noreply[1].toLowerCase()}`);
  if (who.jira) keys.push(`jira:${who.jira}`);
  return keys;
}

/**
 * The person `who` is, with their uid, or null when the source names nobody (no email, login or
 * account). `aliases` merges identities a configuration says are one person.
 */
export function personOf(
  who: PersonIdentity,
  aliases: PeopleAliases = {},
): { uid: string; name: string; email: string | null } | null {
  const keys = keysOf(who);
  if (keys.length === 0) return null;
  const primary = keys.map((k) => aliases[k]).find((e) => e !== undefined);
  const email = primary ?? keys.find((k) => k.startsWith('email:'))?.slice('email:'.length);
  const uid = `person:${email ?? keys[0]}`;
  const name = who.name?.trim() || who.github || email || keys[0] || uid;
  return { uid, name, email: email ?? null };
}

/** A role of a person on an artifact, or nothing when the source names nobody. */
export function roleOf(
  role: PersonRole['role'],
  who: PersonIdentity | null | undefined,
  at: string | null | undefined,
  aliases?: PeopleAliases,
): PersonRole[] {
  const person = who ? personOf(who, aliases) : null;
  return person ? [{ ...person, role, at: at ?? null }] : [];
}

/** `Co-authored-by: Name <email>` trailers of a commit message, in order. */
export function coAuthors(message: string): PersonIdentity[] {
  const out: PersonIdentity[] = [];
  for (const m of message.matchAll(/^co-authored-by:\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/gim))
    out.push({ name: m[1] ?? null, email: m[2] ?? null });
  return out;
}
