/**
 * API keys for ingestion jobs and service accounts: `tl_<id>_<secret>`, stored as the sha256 of
 * the secret with a name, a role and the access levels it may read; revocable, never deleted.
 * The secret is shown once, at creation.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { levelsFrom, roleFrom } from './access.js';
import type { AccessLevel, Identity, Role } from './access.js';

const KEY = /^tl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
/** How often a key's `lastUsedAt` is written, at most. */
const TOUCH_EVERY_MS = 60_000;

export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  levels: AccessLevel[];
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

/** Whether `token` has the shape of an API key (and so is not a JWT). */
export const looksLikeApiKey = (token: string): boolean => token.startsWith('tl_');

export interface ApiKeyStore {
  /** Creates a key; the returned `secret` is the only copy. */
  create(input: {
    name: string;
    role: Role;
    levels: readonly AccessLevel[];
  }): Promise<{ key: ApiKeyInfo; secret: string }>;
  list(): Promise<ApiKeyInfo[]>;
  /** @returns false when no key has this id. */
  revoke(id: string): Promise<boolean>;
  /** The identity of a valid, unrevoked key; `undefined` for anything else. */
  verify(token: string): Promise<Identity | undefined>;
}

/** The store over Neo4j. */
export function createApiKeyStore(driver: Driver, database?: string): ApiKeyStore {
  const touched = new Map<string, number>();
  return {
    async create({ name, role, levels }) {
      const id = randomBytes(6).toString('hex');
      const secret = randomBytes(32).toString('base64url');
      const { records } = await driver.executeQuery(
        cypher('keys/create'),
        { id, name, role, levels: levelsFrom(levels), hash: digest(secret).toString('hex') },
        { database },
      );
      return { key: records[0]?.get('key') as ApiKeyInfo, secret: `tl_${id}_${secret}` };
    },
    async list() {
      const { records } = await driver.executeQuery(cypher('keys/list'), {}, { database });
      return records.map((r) => r.get('key') as ApiKeyInfo);
    },
    async revoke(id) {
      const { records } = await driver.executeQuery(cypher('keys/revoke'), { id }, { database });
      return records.length > 0;
    },
    async verify(token) {
      const m = KEY.exec(token);
      if (!m?.[1] || !m[2]) return undefined;
      const id = m[1];
      const { records } = await driver.executeQuery(
        cypher('keys/find'),
        { id },
        { database, routing: 'READ' },
      );
      const row = records[0]?.get('key') as
        { id: string; role: string; levels: string[]; hash: string } | undefined;
      if (!row) return undefined;
      const stored = Buffer.from(row.hash, 'hex');
      const given = digest(m[2]);
      if (stored.length !== given.length || !timingSafeEqual(stored, given)) return undefined;
      const role = roleFrom([row.role]);
      if (!role) return undefined;
      const now = Date.now();
      if ((touched.get(id) ?? 0) + TOUCH_EVERY_MS < now) {
        touched.set(id, now);
        // Bookkeeping only: a failed write must not fail the request.
        driver.executeQuery(cypher('keys/touch'), { id }, { database }).catch(() => {});
      }
      return { subject: `key:${id}`, role, levels: levelsFrom(row.levels) };
    },
  };
}
