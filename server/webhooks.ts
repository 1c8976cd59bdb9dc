/**
 * `POST /webhooks/github` and `POST /webhooks/jira`: source events fed to the same page writer as
 * the sync jobs, so a webhook and a sync of the same change end in the same graph.
 *
 * Both routes read the body as it streams, at most `WEBHOOK_MAX_BODY_BYTES` (413 past it, refused
 * from `Content-Length` before reading when it declares more), and parse it only once it is
 * authenticated:
 * - GitHub: `X-Hub-Signature-256` (`sha256=` HMAC-SHA256 of the raw body with
 *   `GITHUB_WEBHOOK_SECRET`), hashed while the body streams and compared in constant time;
 *   `issues`, `pull_request` and `push` are applied, other events (`ping`) acknowledged and
 *   ignored.
 * - Jira: the shared secret `JIRA_WEBHOOK_SECRET` either as an HMAC (`X-Hub-Signature:
 *   sha256=…`, as Jira Cloud sends for webhooks registered with a secret), checked the same way,
 *   or as the `secret` query parameter of the registered URL, checked before the body is read;
 *   `jira:issue_created|updated|deleted` are applied.
 * - A delivery (`X-GitHub-Delivery`, `X-Atlassian-Webhook-Identifier`) is remembered for 7 days in
 *   Redis once it has been applied, so a redelivery changes nothing while a retry of a failed one
 *   is applied. Without Redis every delivery is applied.
 * - Pages are applied with `onlyNewer`: a record older (by its `updated` time) than the stored one
 *   is left alone, so an old payload sent again under a new delivery id cannot move the graph back.
 * A route whose secret is not configured answers 404: an open webhook would let anyone write.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../core/config.js';
import { applyPage } from '../ingest/sync/apply.js';
import type { SyncPage } from '../ingest/sync/types.js';
import type { Writer } from '../graph/writer.js';
import { githubSource, repoContext } from '../ingest/github/job.js';
import { GITHUB_VIAS, mapWebhook as mapGitHub } from '../ingest/github/mapper.js';
import { JIRA_VIAS, jiraMapOptions, mapWebhook as mapJira } from '../ingest/jira/mapper.js';
import { closeAfterAnswer, readSignedBody } from './signed-body.js';
import type { BodyAuth } from './signed-body.js';
import { WEBHOOK_PATHS } from './routes.js';

export { validSignature } from './signed-body.js';

const DEDUPE_SECONDS = 7 * 24 * 3600;

export interface WebhookDeps {
  config: Config;
  driver: Driver;
  redis: Redis;
  writer: Writer;
  logger: Logger;
}

function sameSecret(secret: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = createHmac('sha256', 'threadline').update(secret).digest();
  const b = createHmac('sha256', 'threadline').update(given).digest();
  return timingSafeEqual(a, b);
}

/** Remembers applied deliveries by id, in Redis. */
function deliveries(deps: WebhookDeps) {
  const key = (source: string, id: string) =>
    `${deps.config.redis.keyPrefix}webhook:${source}:${id}`;
  return {
    /** True when delivery `id` was applied before (false without an id, or without Redis). */
    async applied(source: string, id: string | undefined): Promise<boolean> {
      if (!id) return false;
      try {
        return (await deps.redis.exists(key(source, id))) === 1;
      } catch {
        return false;
      }
    },
    /** Records delivery `id` as applied; a failure only means a redelivery is applied again. */
    async remember(source: string, id: string | undefined): Promise<void> {
      if (!id) return;
      try {
        await deps.redis.set(key(source, id), '1', 'EX', DEDUPE_SECONDS);
      } catch (error) {
        deps.logger.warn({ err: error, source, id }, 'could not record a webhook delivery');
      }
    },
  };
}

function summary(page: SyncPage, r: Awaited<ReturnType<typeof applyPage>>) {
  return {
    status: 'applied',
    artifacts: page.artifacts.length,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    stale: r.stale.length,
    linked: r.linked,
    unlinked: r.unlinked,
    deleted: r.deleted,
    bad: r.bad,
  };
}

/**
 * Reads and authenticates the body of `req`; on failure answers (401, 413, 400) and returns null.
 * `unauthorized` is the 401 message of the route.
 */
async function authenticBody(
  req: express.Request,
  res: express.Response,
  auth: BodyAuth,
  limit: number,
  unauthorized: string,
): Promise<Buffer | null> {
  const read = await readSignedBody(req, auth, limit);
  if (read.ok) return read.body;
  // The rest of a refused body is not read: the connection closes after the answer.
  closeAfterAnswer(req, res);
  res.status(read.status).json({ error: read.status === 401 ? unauthorized : read.error });
  return null;
}

/** Mounts the webhook routes (bodies read raw: signatures are over the exact bytes). */
export function webhookRoutes(deps: WebhookDeps): (app: express.Express) => void {
  const { config, logger } = deps;
  const limit = config.sources.webhooks.maxBodyBytes;
  const seen = deliveries(deps);
  const apply = (source: string, vias: readonly string[], page: SyncPage) =>
    applyPage({ ...deps, database: config.neo4j.database }, source, vias, page, {
      onlyNewer: true,
    });

  return (app) => {
    app.post(WEBHOOK_PATHS.github, (req, res, next) => {
      const secret = config.sources.webhooks.githubSecret;
      if (!secret || !config.sources.github) {
        res
          .status(404)
          .json({ error: 'GitHub webhooks are not configured (GITHUB_WEBHOOK_SECRET)' });
        return;
      }
      const event = req.get('x-github-event') ?? '';
      const delivery = req.get('x-github-delivery');
      (async () => {
        const auth = { kind: 'hmac', secret, header: req.get('x-hub-signature-256') } as const;
        const body = await authenticBody(req, res, auth, limit, 'invalid X-Hub-Signature-256');
        if (!body) return;
        if (await seen.applied('github', delivery)) {
          res.json({ status: 'duplicate' });
          return;
        }
        let payload: { repository?: { full_name?: string } };
        try {
          payload = JSON.parse(body.toString('utf8')) as typeof payload;
        } catch {
          res.status(400).json({ error: 'body is not JSON' });
          return;
        }
        const repo = payload.repository?.full_name;
        const configured = config.sources.github?.repos ?? [];
        if (
          !['issues', 'pull_request', 'push'].includes(event) ||
          !repo ||
          !configured.some((r) => r.toLowerCase() === repo.toLowerCase())
        ) {
          // Other events (ping), and repositories outside GITHUB_REPOS (an organisation webhook).
          res.json({ status: 'ignored', event });
          return;
        }
        const page = mapGitHub(event, payload, repoContext(config, repo));
        const result = await apply(githubSource(config), GITHUB_VIAS, page);
        // Only now: a delivery whose apply failed is applied when GitHub retries it.
        await seen.remember('github', delivery);
        res.json(summary(page, result));
      })().catch((error: unknown) => {
        logger.error({ err: error, event, delivery }, 'GitHub webhook failed');
        next(error);
      });
    });

    app.post(WEBHOOK_PATHS.jira, (req, res, next) => {
      const secret = config.sources.webhooks.jiraSecret;
      const options = jiraMapOptions(config);
      if (!secret || !options) {
        res.status(404).json({ error: 'Jira webhooks are not configured (JIRA_WEBHOOK_SECRET)' });
        return;
      }
      const signature = req.get('x-hub-signature');
      // A secret in the URL is checked before the body is read; a signature while it streams.
      if (!signature && !sameSecret(secret, req.query.secret)) {
        closeAfterAnswer(req, res);
        res.status(401).json({ error: 'invalid webhook secret' });
        return;
      }
      const id = req.get('x-atlassian-webhook-identifier');
      (async () => {
        const auth: BodyAuth = signature
          ? { kind: 'hmac', secret, header: signature }
          : { kind: 'none' };
        const body = await authenticBody(req, res, auth, limit, 'invalid webhook secret');
        if (!body) return;
        if (await seen.applied('jira', id)) {
          res.json({ status: 'duplicate' });
          return;
        }
        let payload: unknown;
        try {
          payload = JSON.parse(body.toString('utf8'));
        } catch {
          res.status(400).json({ error: 'body is not JSON' });
          return;
        }
        const page = mapJira(payload, options);
        if (!page) {
          res.json({ status: 'ignored' });
          return;
        }
        const result = await apply(options.source, JIRA_VIAS, page);
        await seen.remember('jira', id);
        res.json(summary(page, result));
      })().catch((error: unknown) => {
        logger.error({ err: error, id }, 'Jira webhook failed');
        next(error);
      });
    });
  };
}
