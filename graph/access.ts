/**
 * Who may do what: roles (least to most privileged) and the access levels a caller may read.
 * Every read filters by levels; every write also needs a role (`engineer` or above; deleting and
 * managing keys: `admin`).
 */
import { ACCESS_LEVELS, ROLES } from '../core/config.js';
import type { AccessLevel, Role } from '../core/config.js';

export { ACCESS_LEVELS, ROLES };
export type { AccessLevel, Role };

/** Whether `role` is `least` or more privileged. */
export function roleAtLeast(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

/** The valid access levels among `values`, in canonical order, each once. */
export function levelsFrom(values: readonly unknown[]): AccessLevel[] {
  return ACCESS_LEVELS.filter((l) => values.includes(l));
}

/** The most privileged valid role among `values`, if any. */
export function roleFrom(values: readonly unknown[]): Role | undefined {
  return [...ROLES].reverse().find((r) => values.includes(r));
}

/** An authenticated caller (or the anonymous one). */
export interface Identity {
  /** `jwt:<sub>`, `key:<id>`, `anonymous` or `local-admin`. */
  subject: string;
  role: Role;
  levels: AccessLevel[];
  /** Seconds since the epoch when the credential stops being valid (JWTs). */
  expiresAt?: number;
}
