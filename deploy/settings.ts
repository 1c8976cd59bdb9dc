/**
 * How the deployment files treat the settings of core/config.ts: which hold credentials, and
 * which only a developer's machine uses. The chart, compose and drift checks read these lists.
 */
import { SETTINGS } from '../core/config.js';

/**
 * Settings that hold a credential: never a literal in the chart's values, its ConfigMap or the
 * compose file; in Kubernetes each comes from a Secret (`secretKeyRef`), in compose from `.env`.
 */
export const CREDENTIALS = [
  'NEO4J_PASSWORD',
  'AUTH_JWT_SECRET',
  'JIRA_API_TOKEN',
  'JIRA_BEARER_TOKEN',
  'JIRA_WEBHOOK_SECRET',
  'GITHUB_TOKEN',
  'GITHUB_WEBHOOK_SECRET',
] as const;

/**
 * Settings the chart and the compose file leave out on purpose, each with the reason. A
 * deployment always sets NEO4J_URI and REDIS_URL, so the local launchers these configure never
 * run there. The README's table still lists them: it leaves out nothing.
 */
export const NOT_DEPLOYED: Readonly<Record<string, string>> = {
  NEO4J_LOCAL_PORT: 'port of the local Neo4j launcher (never started when NEO4J_URI is set)',
  NEO4J_LOCAL_DATA_DIR: 'data folder of the local Neo4j launcher',
  NEO4J_LOCAL_HEAP_MB: 'heap of the local Neo4j launcher',
  NEO4J_LOCAL_PAGECACHE_MB: 'page cache of the local Neo4j launcher',
  LOCAL_SERVICES_SUPERVISE: 'restarts of the local Neo4j and Redis that `serve` started',
  JAVA_HOME: 'JDK of the local Neo4j launcher (the image has no JDK)',
  REDIS_LOCAL_PORT: 'port of the local redis-server (never started when REDIS_URL is set)',
};

/** Settings a deployment file should carry. */
export const DEPLOYED_SETTINGS: readonly string[] = SETTINGS.filter(
  (s) => !Object.hasOwn(NOT_DEPLOYED, s),
);
