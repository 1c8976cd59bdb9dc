/**
 * `POST /webhooks/github` and `POST /webhooks/jira`: source events fed to the same page writer as
 * the sync jobs, so a webhook and a sync of the same change end in the same graph.
 *
 * - GitHub: `X-Hub-Signature-256` (`sha256=` HMAC-SHA256 of the raw body with
 *   `GITHUB_WEBHOOK_SECRET`) is checked in constant time before the body is parsed; `issues`,
 *   `pull_request` and `push` are applied, other events (`ping`) acknowledged and ignored.
 * - Jira: the shared secret `JIRA_WEBHOOK_SECRET` either as an HMAC (`X-Hub-Signature:
 *   sha256=…`, as Jira Cloud sends for webhooks registered with a secret) or as the `secret` query
 *   parameter of the registered URL; `jira:issue_created|updated|deleted` are applied.
 * - Redeliveries (`X-GitHub-Delivery`, `X-Atlassian-Webhook-Identifier`) are recognised for 7 days
 *   in Redis and change nothing; without Redis they are applied again, which the idempotent
 *   writer also turns into no change.
 * A route whose secret is not configured answers 404: an open webhook would let anyone write.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';
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

const DEDUPE_SECONDS = 7 * 24 * 3600;

export interface WebhookDeps {
  config: Config;
  driver: Driver;
  redis: Redis;
  writer: Writer;
  logger: Logger;
}

/** Constant-time check of `sha256=<hex>` against the HMAC of `body`. */
export function validSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  const m = header ? /^sha256=([0-9a-f]{64})$/i.exec(header.trim()) : null;
  if (!m?.[1]) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(m[1], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sameSecret(secret: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = createHmac('sha256', 'threadline').update(secret).digest();
  const b = createHmac('sha256', 'threadline').update(given).digest();
  return timingSafeEqual(a, b);
}

/** True the first time a delivery id is seen (and when Redis cannot tell). */
async function firstDelivery(deps: WebhookDeps, source: string, id: string | undefined) {
  if (!id) return true;
  const key = `${deps.config.redis.keyPrefix}webhook:${source}:${id}`;
  try {
    return (await deps.redis.set(key, '1', 'EX', DEDUPE_SECONDS, 'NX')) === 'OK';
  } catch {
    return true;
  }
}

function summary(page: SyncPage, r: Awaited<ReturnType<typeof applyPage>>) {
  return {
    status: 'applied',
    artifacts: page.artifacts.length,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    linked: r.linked,
    unlinked: r.unlinked,
    deleted: r.deleted,
    bad: r.bad,
  };
}

/** Mounts the webhook routes (raw bodies: signatures are over the exact bytes). */
export function webhookRoutes(deps: WebhookDeps): (app: express.Express) => void {
  const { config, logger } = deps;
  const raw = express.raw({ type: () => true, limit: '25mb' });
  const apply = (source: string, vias: readonly string[], page: SyncPage) =>
    applyPage({ ...deps, database: config.neo4j.database }, source, vias, page);

  return (app) => {
    app.post('/webhooks/github', raw, (req, res, next) => {
      const secret = config.sources.webhooks.githubSecret;
      if (!secret || !config.sources.github) {
        res
          .status(404)
          .json({ error: 'GitHub webhooks are not configured (GITHUB_WEBHOOK_SECRET)' });
        return;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!validSignature(secret, body, req.get('x-hub-signature-256'))) {
        res.status(401).json({ error: 'invalid X-Hub-Signature-256' });
        return;
      }
      const event = req.get('x-github-event') ?? '';
      (async () => {
        if (!(await firstDelivery(deps, 'github', req.get('x-github-delivery')))) {
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
        res.json(summary(page, await apply(githubSource(config), GITHUB_VIAS, page)));
      })().catch((error: unknown) => {
        logger.error({ err: error, event }, 'GitHub webhook failed');
        next(error);
      });
    });

    app.post('/webhooks/jira', raw, (req, res, next) => {
      const secret = config.sources.webhooks.jiraSecret;
      const options = jiraMapOptions(config);
      if (!secret || !options) {
        res.status(404).json({ error: 'Jira webhooks are not configured (JIRA_WEBHOOK_SECRET)' });
        return;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const signature = req.get('x-hub-signature');
      const ok = signature
        ? validSignature(secret, body, signature)
        : sameSecret(secret, req.query.secret);
      if (!ok) {
        res.status(401).json({ error: 'invalid webhook secret' });
        return;
      }
      (async () => {
        const id = req.get('x-atlassian-webhook-identifier');
        if (!(await firstDelivery(deps, 'jira', id))) {
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
        res.json(summary(page, await apply(options.source, JIRA_VIAS, page)));
      })().catch((error: unknown) => {
        logger.error({ err: error }, 'Jira webhook failed');
        next(error);
      });
    });
  };
}
