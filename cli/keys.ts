/**
 * `threadline keys create|list|revoke`: API keys for ingestion jobs and service accounts. The
 * secret is printed once, at creation; only its hash is stored.
 */
import { Argument, InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { ACCESS_LEVELS, ROLES, levelsFrom } from '../graph/access.js';
import type { Role } from '../graph/access.js';
import { createApiKeyStore } from '../graph/api-keys.js';
import { withRuntime } from './run.js';

const out = (m: string) => process.stdout.write(`${m}\n`);

function parseLevels(value: string) {
  const levels = levelsFrom(value.split(',').map((v) => v.trim().toUpperCase()));
  if (levels.length === 0) {
    throw new InvalidArgumentError(`use one or more of ${ACCESS_LEVELS.join(', ')}`);
  }
  return levels;
}

/** Registers `keys` on `program`. */
export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('API keys: create, list, revoke');
  keys
    .command('create')
    .description('create a key and print its secret (shown once)')
    .requiredOption('--name <name>', 'who or what uses it, e.g. "nightly jira sync"')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).default('engineer'))
    .option('--levels <levels>', 'access levels it may read, comma-separated', parseLevels, [
      'PUBLIC',
      'INTERNAL',
    ])
    .action(async (flags: { name: string; role: Role; levels: ReturnType<typeof parseLevels> }) => {
      await withRuntime(async (rt) => {
        const store = createApiKeyStore(rt.driver, rt.config.neo4j.database);
        const { key, secret } = await store.create(flags);
        out(`created key ${key.id} "${key.name}" (${key.role}; ${key.levels.join(', ')})`);
        out(secret);
      });
    });
  keys
    .command('list')
    .description('every key, without secrets')
    .action(async () => {
      await withRuntime(async (rt) => {
        const store = createApiKeyStore(rt.driver, rt.config.neo4j.database);
        for (const k of await store.list()) {
          const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'active';
          out(
            `${k.id}  ${k.name}  ${k.role}  ${k.levels.join(',')}  created ${k.createdAt}  last used ${k.lastUsedAt ?? 'never'}  ${state}`,
          );
        }
      });
    });
  keys
    .command('revoke')
    .description('revoke a key (it stops working at once)')
    .addArgument(new Argument('<id>', 'the key id (tl_<id>_…)'))
    .action(async (id: string) => {
      await withRuntime(async (rt) => {
        const store = createApiKeyStore(rt.driver, rt.config.neo4j.database);
        if (!(await store.revoke(id))) throw new InvalidArgumentError(`no key with id ${id}`);
        out(`revoked key ${id}`);
      });
    });
}
