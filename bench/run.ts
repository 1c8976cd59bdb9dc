/**
 * `threadline bench` (`npm run bench`): measures, in one run, against the configured (or local) Neo4j and Redis:
 * - commit-to-subscriber latency of the change feed over a few hundred writes;
 * - custom query latency over HTTP, uncached (each request distinct) and cached (repeated).
 * Prints medians and p95s; numbers go into docs/benchmarks.md by hand, with the machine.
 * Bounded: BENCH_WRITES writes (default 300), BENCH_WARMUP untimed and BENCH_QUERIES timed requests
 * per query and cache state (defaults 100 and 200). BENCH_ONLY=search-2k,trace runs only the
 * queries named.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadDemoData } from '../ingest/demo/portfolio.js';
import { createApp } from '../server/app.js';
import { mintToken } from '../server/auth.js';
import { ACCESS_LEVELS } from '../graph/access.js';
import { createRuntime } from '../runtime/runtime.js';
import { buildConfig } from '../core/config.js';
import { createLogger } from '../core/logger.js';
import { migrate } from '../core/migrate.js';

const WRITES = Number(process.env.BENCH_WRITES ?? 300);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);

function summary(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `n=${s.length} p50=${at(0.5).toFixed(2)} ms p95=${at(0.95).toFixed(2)} ms max=${(s[s.length - 1] ?? NaN).toFixed(2)} ms`;
}

/** A requirement of exactly 2,000 characters (the longest `search` text), different for each `i`. */
function longQuery(i: number): string {
  const story =
    `Request ${i}. As a returning customer on the mobile app I want to pay with a card I saved ` +
    'before, without typing its number again, so that checking out takes seconds. The saved card ' +
    'shows its brand and last four digits; the security code is asked again for amounts above the ' +
    'limit set by the risk team. If the card has expired, the app says so before the payment step ' +
    'and offers to update it. A failed payment keeps the basket and explains what went wrong in ' +
    'plain words, with a way to choose another card. Cards are tokenised by the payment provider; ' +
    'the shop never stores a card number. Accessibility: every step can be done with a screen ' +
    'reader, and the buttons have labels. ';
  return story.repeat(Math.ceil(2000 / story.length)).slice(0, 2000);
}

/** Runs the benchmarks and prints their medians and p95s. */
export async function runBench(): Promise<void> {
  // A key prefix of its own: nothing cached by a running server affects the numbers.
  const config = buildConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    // The timed loops send thousands of requests a minute from one caller: measure the API, not
    // the rate limit.
    RATE_LIMIT: 'false',
  });
  const rt = await createRuntime(config, {
    logger: createLogger('silent'),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  await migrate(rt.driver, config);
  const server = await createApp(rt);
  await server.start();
  const token =
    server.localToken ??
    (await mintToken(config, { subject: 'bench', role: 'admin', levels: [...ACCESS_LEVELS] }));
  await loadDemoData(rt.writer);
  const url = `${server.url()}/graphql`;
  process.stdout.write(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
  );

  // Change feed: commit-to-subscriber latency.
  const uid = `bench:${randomUUID()}`;
  const client = createClient({
    connectionParams: { authorization: `Bearer ${token}` },
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  // Keyed by graph epoch: each write's event carries the epoch the writer returned.
  const received = new Map<number, number>();
  const stop = client.subscribe<{ artifactChanged: { epoch: number } }>(
    { query: `subscription { artifactChanged(uids: ["${uid}"]) { epoch } }` },
    {
      next: (r) => {
        const epoch = r.data?.artifactChanged.epoch;
        if (epoch !== undefined) received.set(epoch, performance.now());
      },
      error: (e) => process.stderr.write(`subscription error: ${JSON.stringify(e)}\n`),
      complete: () => {},
    },
  );
  // Warm up until the subscription is live.
  for (let i = 0; received.size === 0 && i < 100; i += 1) {
    await rt.writer.upsertArtifacts([
      { uid, kind: 'EPIC', title: `warm ${i}`, accessLevel: 'PUBLIC' },
    ]);
    await new Promise((r) => setTimeout(r, 50));
  }
  const committed = new Map<number, { called: number; returned: number }>();
  for (let i = 0; i < WRITES; i += 1) {
    const called = performance.now();
    const { epoch } = await rt.writer.upsertArtifacts([
      { uid, kind: 'EPIC', title: `write ${i}`, accessLevel: 'PUBLIC' },
    ]);
    committed.set(epoch, { called, returned: performance.now() });
  }
  const deadline = Date.now() + 10_000;
  const delivered = () => [...committed.keys()].filter((e) => received.has(e)).length;
  while (delivered() < WRITES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const fromCommit: number[] = [];
  const fromCall: number[] = [];
  for (const [epoch, t] of committed) {
    const got = received.get(epoch);
    if (got !== undefined) {
      fromCommit.push(Math.max(0, got - t.returned));
      fromCall.push(got - t.called);
    }
  }
  stop();
  await client.dispose();
  process.stdout.write(
    `feed: writer returned -> subscriber  ${summary(fromCommit)} (missing ${WRITES - fromCommit.length})\n`,
  );
  process.stdout.write(`feed: write call     -> subscriber  ${summary(fromCall)}\n`);

  // Custom queries over HTTP. Uncached: a write before each request moves the graph epoch (the
  // write is not timed). Cached: the same request repeated.
  const post = async (query: string) => {
    const t = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - t;
  };
  // Each query is a function of the request number: `search-2k` asks a different 2,000-character
  // text every time (a whole requirement pasted in), so the query embedding is never reused and
  // its cost is in every uncached figure.
  const queries: Record<string, (i: number) => string> = {
    search: () =>
      '{ search(text: "pay with a card I saved before", first: 10) { score artifact { uid } lineage { uid } } }',
    'search-2k': (i) =>
      `{ search(text: ${JSON.stringify(longQuery(i))}, first: 10) { score artifact { uid } lineage { uid } } }`,
    trace: () =>
      '{ trace(uid: "git:lumen/shop@e1a9c33") { nodes { uid } edges { type via evidence } } }',
    impact: () => '{ impact(uid: "jira:SHOP-2") { affected { artifact { uid } distance } } }',
    coverage: () =>
      '{ coverage { storiesWithoutCode { uid } orphanCode { uid } totals { stories } } }',
  };
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  for (const [name, query] of Object.entries(queries)) {
    if (only && !only.includes(name)) continue;
    // Warm-up (untimed): the JVM compiles hot paths over the first few hundred queries.
    for (let i = 0; i < WARMUP; i += 1) {
      await rt.writer.upsertArtifacts([
        { uid, kind: 'EPIC', title: `warm ${name} ${i}`, accessLevel: 'PUBLIC' },
      ]);
      await post(query(QUERIES + i));
    }
    const uncached: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < QUERIES; i += 1) {
      await rt.writer.upsertArtifacts([
        { uid, kind: 'EPIC', title: `bust ${name} ${i}`, accessLevel: 'PUBLIC' },
      ]);
      uncached.push(await post(query(i)));
    }
    for (let i = 0; i < QUERIES; i += 1) cached.push(await post(query(0)));
    process.stdout.write(
      `${name.padEnd(9)} uncached ${summary(uncached)}\n${name.padEnd(9)} cached   ${summary(cached)}\n`,
    );
  }

  await server.stop();
  await rt.close();
}
