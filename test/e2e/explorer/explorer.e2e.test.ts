/**
 * The explorer and GraphiQL in a real headless Chromium against the started API on the demo
 * portfolio: sign-in with the development token, search by keyboard, the lineage graph, impact,
 * coverage with a suggestion accepted in place, a live update, and a PUBLIC-only sign-in that
 * sees nothing above PUBLIC; then, on a second server behind a Bolt proxy the test cuts, the
 * Neo4j-down state. Screenshots land in .threadline/test-results/explorer/.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../core/config.js';
import { publishProgress } from '../../../graph/progress.js';
import { DEMO_ARTIFACTS, loadDemoData } from '../../../ingest/demo/portfolio.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { boltProxy, viaProxy } from '../../support/bolt-proxy.js';
import { launchChromium, screenshot, watchProblems } from '../../support/browser.js';
import { testNeo4jUri, testToken } from '../../support/services.js';

const P = `xpl-${randomUUID().slice(0, 8)}:`;
/** The development server's key: the test writes it, so it can mint a PUBLIC-only token too. */
const LOCAL_SECRET = `explorer-e2e-${randomUUID()}`;
const WAIT = { timeout: 30_000 };

const CONFIDENTIAL = DEMO_ARTIFACTS.filter((a) => a.accessLevel === 'CONFIDENTIAL');
const NOT_PUBLIC = DEMO_ARTIFACTS.filter((a) => (a.accessLevel ?? 'INTERNAL') !== 'PUBLIC');

/**
 * Waits until `condition` holds, checking twice a second, for at most `timeoutMs`. (The page's
 * policy refuses `eval`, so Playwright's string predicates cannot run there.)
 */
async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Signs in on the explorer at `origin` through its sign-in page. */
async function signIn(p: Page, origin: string, token: string): Promise<void> {
  await p.goto(`${origin}/sign-in`);
  await p.getByLabel('Token or API key').fill(token);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByTestId('account').waitFor(WAIT);
}

/** The built explorer (a no-op when explorer/dist is up to date, as under npm test). */
function buildExplorer(): void {
  const build = spawnSync(process.execPath, ['scripts/build-explorer.mjs'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`explorer build failed:\n${build.stderr}`);
}

interface TraceCount {
  trace: { nodes: { uid: string }[]; placeholders: { uid: string }[] };
}

describe('the explorer in Chromium, on the demo portfolio', () => {
  let app: TestApp;
  let home: string;
  let origin: string;
  let devToken: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const decided: { from: string; to: string; type: string }[] = [];

  /** What the graph should hold: the API's own answer for the same uid. */
  const expectedNodes = async (uid: string) => {
    const res = await app.gql<TraceCount>(
      'query($uid: ID!) { trace(uid: $uid) { nodes { uid } placeholders { uid } } }',
      { uid },
      { token: devToken },
    );
    const t = res.data?.trace;
    if (!t) throw new Error(`trace of ${uid}: ${JSON.stringify(res.errors)}`);
    return new Set([...t.nodes, ...t.placeholders].map((n) => n.uid)).size;
  };
  const graphCount = async (p: Page) =>
    Number(
      await p
        .locator('[data-testid="lineage-graph"][data-node-count]')
        .getAttribute('data-node-count', WAIT),
    );
  beforeAll(async () => {
    buildExplorer();
    home = mkdtempSync(path.join(os.tmpdir(), 'threadline-explorer-'));
    writeFileSync(path.join(home, 'local-auth-secret'), LOCAL_SECRET, { mode: 0o600 });
    // A development server without a token issuer: it mints the local admin token, as npm start.
    app = await startTestApp({
      env: { NODE_ENV: 'development', AUTH_JWT_SECRET: undefined, THREADLINE_HOME: home },
    });
    if (!app.localToken) throw new Error('the development server minted no local token');
    devToken = app.localToken;
    origin = new URL(app.url).origin;
    await loadDemoData(app.writer);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = watchProblems(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    for (const d of decided) {
      await app.gql(
        'mutation($from: ID!, $to: ID!, $type: LinkType!) { unlink(from: $from, to: $to, type: $type) { changed } }',
        d,
        { token: devToken },
      );
      await app.driver.executeQuery('MATCH (d:LinkDecision {from: $from, to: $to}) DELETE d', d);
    }
    if (app) {
      await deleteByPrefix(app.driver, P);
      await app.close();
    }
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('asks for a sign-in, then signs in with the development token', async () => {
    await page.goto(`${origin}/`);
    await page.locator('[data-code="UNAUTHENTICATED"]').waitFor(WAIT);
    await screenshot(page, 'signed-out');
    await signIn(page, origin, devToken);
    expect(await page.getByTestId('account').textContent()).toContain('local-admin');
    expect(await page.evaluate('sessionStorage.getItem("threadline.credential")')).toBe(devToken);
  });

  it('searches the demo data and opens a hit by keyboard', async () => {
    await page.goto(`${origin}/`);
    const box = page.getByLabel('Find PRDs, epics, stories, specs and code');
    await box.fill('pay with a card I saved before');
    await box.press('Enter');
    await page.locator('.hit').first().waitFor(WAIT);
    expect(page.url()).toContain('q=pay+with+a+card');
    const first = page.locator('.hit').first();
    expect(await first.locator('.hit-link').textContent()).toContain('Pay with a saved card');
    // The lineage breadcrumb reads PRD › Epic › Story.
    expect(await first.locator('.crumbs').textContent()).toMatch(/PRD .*› Epic SHOP-2 › Story/);
    expect(await first.locator('.score').textContent()).toMatch(/score \d+\.\d{3}/);
    expect(await first.locator('.snippet mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search', { fullPage: false });

    await box.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator(':focus').textContent()).toContain('Pay with a saved card');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/a/jira:SHOP-22`, WAIT);
    await page
      .getByRole('heading', { level: 1, name: 'Pay with a saved card in one click' })
      .waitFor(WAIT);
  });

  it('draws the lineage graph with one node per artifact of the trace', async () => {
    await page.goto(`${origin}/a/jira:SHOP-22`);
    const expected = await expectedNodes('jira:SHOP-22');
    expect(expected).toBeGreaterThanOrEqual(4);
    expect(await graphCount(page)).toBe(expected);
    // Every link with its evidence, also outside the canvas.
    expect(await page.locator('table.edges').textContent()).toContain('jira-parent');
    expect(await page.getByRole('link', { name: 'Open in the source ↗' }).count()).toBe(1);
    await page.locator('section[aria-labelledby="suggested-h"] .suggestions').waitFor(WAIT);
    await screenshot(page, 'artifact');
  });

  it('shows what a change affects, by distance', async () => {
    await page.goto(`${origin}/a/doc:lumen/specs/card-vault`);
    await page.getByRole('link', { name: 'Impact' }).click();
    await page.getByTestId('impact').waitFor(WAIT);
    expect(page.url()).toContain('?view=impact');
    const impact = await page.getByTestId('impact').textContent();
    expect(impact).toContain('1 step away');
    expect(impact).toContain('src/payments/vault-client.ts');
    await screenshot(page, 'impact');
  });

  it('lists coverage gaps with counts and accepts a suggestion in place; the graph grows', async () => {
    const story = 'jira:SHOP-23';
    const before = await expectedNodes(story);
    await page.goto(`${origin}/coverage/doc:lumen/prd/checkout-v2`);
    const gap = page.locator('[data-gap="STORY_WITHOUT_SPEC"]');
    await gap.waitFor(WAIT);
    expect(await gap.locator('h2').textContent()).toMatch(/Stories without a spec\s*2/);
    await screenshot(page, 'coverage');
    const item = gap.locator('li', { hasText: 'SHOP-23' }).first();
    const accept = item.getByRole('button', { name: /^Accept/ }).first();
    const label = (await accept.getAttribute('aria-label', WAIT)) ?? '';
    const [, from, type, to] = /^Accept: (\S+) (\S+) (\S+)$/.exec(label) ?? [];
    if (!from || !type || !to) throw new Error(`unexpected suggestion label: ${label}`);
    decided.push({ from, to, type });
    await accept.click();
    await item.getByText('Accepted: the link is made.').waitFor(WAIT);
    // The gap is closed in place: the section refreshes without SHOP-23.
    await gap
      .locator('li', { hasText: 'SHOP-23' })
      .first()
      .waitFor({ state: 'detached', ...WAIT });
    const after = await expectedNodes(story);
    expect(after).toBeGreaterThan(before);
    await page.goto(`${origin}/a/${story}`);
    expect(await graphCount(page)).toBe(after);
    expect(await page.locator('table.edges').textContent()).toContain('suggested');
  });

  it('updates an open artifact page live after a mutation made from the test', async () => {
    await page.goto(`${origin}/a/jira:SHOP-2`);
    const before = await graphCount(page);
    await page.locator('[data-testid="live-status"][data-status="live"]').waitFor(WAIT);
    const write = async (n: number) => {
      const uid = `${P}story-${n}`;
      const res = await app.gql(
        `mutation($uid: ID!) {
          upsertArtifacts(input: [{ uid: $uid, kind: USER_STORY, title: "Explorer live story", accessLevel: INTERNAL }]) { created }
          link(from: $uid, to: "jira:SHOP-2", type: PART_OF, evidence: "added by the explorer test") { changed }
        }`,
        { uid },
        { token: devToken },
      );
      expect(res.errors).toBeUndefined();
    };
    // The subscription starts just after the socket connects: a write made in between is not
    // delivered, so write again (a new story) until the page shows one.
    let grown = false;
    for (let n = 1; n <= 3 && !grown; n += 1) {
      await write(n);
      grown = await page
        .getByTestId('live-badge')
        .waitFor({ timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(grown).toBe(true);
    await until(async () => (await graphCount(page)) > before);
    expect(await page.getByTestId('live-badge').textContent()).toContain('jira:SHOP-2');
    await screenshot(page, 'live');
  });

  it('shows a running sync in the header to a caller who reads every level', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor(WAIT);
    const publish = publishProgress(app.redis, app.keyPrefix);
    const run = page.locator('.sync-run');
    // Progress is live only (nothing is replayed): publish until the subscribed page shows it.
    await until(async () => {
      publish({
        source: 'jira:explorer.test',
        phase: 'fetching',
        fetched: 120,
        written: 40,
        embedded: 0,
        waits: 0,
      });
      return (await run.count()) > 0;
    });
    expect(await run.first().textContent()).toContain(
      'jira:explorer.test: fetching · 120 read · 40 written',
    );
    await screenshot(page, 'sync-progress', { fullPage: false });
  });

  it('opens GraphiQL with the signed-in token in its headers, from bundled files only', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor(WAIT);
    await page
      .getByRole('button', { name: /headers/i })
      .first()
      .click()
      .catch(() => {});
    await page.getByText(devToken.slice(0, 24)).first().waitFor(WAIT);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: 'local-admin' }).waitFor(WAIT);
    await screenshot(page, 'graphiql');
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });

  it('shows a PUBLIC-only sign-in nothing above PUBLIC, and says what its scope hides', async () => {
    const token = await new SignJWT({ roles: ['viewer'], levels: ['PUBLIC'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('public-reader')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(LOCAL_SECRET));
    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await reader.newPage();
    const seen = watchProblems(p);
    try {
      await signIn(p, origin, token);
      const hiddenUids = NOT_PUBLIC.map((a) => a.uid);
      const hiddenTitles = CONFIDENTIAL.map((a) => a.title);
      const leaks = async (except: string[] = []) => {
        const text = await p.locator('main').innerText();
        return [...hiddenUids, ...hiddenTitles].filter(
          (s) =>
            !except.includes(s) &&
            new RegExp(`${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text),
        );
      };
      for (const q of ['session management and idle sessions', 'passkey sign-in']) {
        await p.goto(`${origin}/?q=${encodeURIComponent(q)}`);
        await p.locator('.count, [data-code]').first().waitFor(WAIT);
        expect(await leaks()).toEqual([]);
      }
      await p.getByTestId('scope-note').waitFor(WAIT);
      expect(await p.getByTestId('scope-note').textContent()).toContain(
        'INTERNAL, CONFIDENTIAL, RESTRICTED',
      );
      await screenshot(p, 'public-only-search');

      await p.goto(`${origin}/a/doc:lumen/prd/checkout-v2`);
      await p.locator('[data-testid="lineage-graph"][data-node-count]').waitFor(WAIT);
      expect(await leaks()).toEqual([]);
      await p.goto(`${origin}/a/doc:lumen/prd/checkout-v2?view=impact`);
      await p.getByTestId('impact').waitFor(WAIT);
      expect(await leaks()).toEqual([]);
      for (const scope of ['/coverage/doc:lumen/prd/checkout-v2', '/coverage']) {
        await p.goto(`${origin}${scope}`);
        await p.locator('.totals').waitFor(WAIT);
        expect(await leaks()).toEqual([]);
        expect(await p.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
      }
      // A confidential artifact is answered like a missing one, and the page says why it may be.
      await p.goto(`${origin}/a/jira:SEC-2`);
      await p.locator('[data-code="NOT_FOUND"]').waitFor(WAIT);
      expect(await p.locator('[data-code="NOT_FOUND"]').textContent()).toContain('PUBLIC only');
      expect(await leaks(['jira:SEC-2'])).toEqual([]);
      await screenshot(p, 'public-only-hidden');
      expect(seen).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('ran every page without an uncaught error or a refused resource', () => {
    expect(problems).toEqual([]);
  });
});

describe('the explorer while Neo4j is down', () => {
  let app: TestApp;
  let proxy: Awaited<ReturnType<typeof boltProxy>>;
  let browser: Browser;
  beforeAll(async () => {
    buildExplorer();
    proxy = await boltProxy(new URL(testNeo4jUri().replace(/^bolt/, 'http')));
    app = await startTestApp({
      env: viaProxy(proxy),
    });
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await proxy?.cut();
  });

  it('says the graph database is not reachable, and answers again on Try again', async () => {
    const origin = new URL(app.url).origin;
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await signIn(page, origin, await testToken({ sub: 'explorer-outage' }));
    await proxy.cut();
    // A text no earlier request asked, so no cached answer stands in for Neo4j.
    await page.goto(`${origin}/?q=${encodeURIComponent(`checkout ${randomUUID().slice(0, 6)}`)}`);
    const down = page.locator('[data-code="UPSTREAM_UNAVAILABLE"]');
    await down.waitFor(WAIT);
    expect(await down.textContent()).toContain('Neo4j');
    await screenshot(page, 'neo4j-down', { fullPage: false });
    await proxy.restore();
    // The driver reconnects on its own schedule: try again until the answer comes.
    await until(async () => {
      if ((await page.locator('p.count').count()) > 0) return true;
      const retry = page.getByRole('button', { name: 'Try again' });
      // The button goes as soon as an answer comes: a click that finds it gone is fine.
      if ((await retry.count()) > 0) await retry.click({ timeout: 5_000 }).catch(() => {});
      return false;
    });
    expect(await down.count()).toBe(0);
  });
});
