import { buildConfig } from '../../core/config.js';
import { startFakeJira } from '../../test/support/fake-jira.js';
import type { FakeJira } from '../../test/support/fake-jira.js';
import type { Checkpoint, SyncContext, SyncPage } from '../sync/types.js';
import { buildJql, createJiraConnector, formatJqlDate, windowStart } from './job.js';

describe('the JQL of a Jira sync', () => {
  it('bounds by projects, adds the configured filter without its ORDER BY, and orders by change', () => {
    expect(buildJql(['SHOP', 'SEC'], 'labels = team-a ORDER BY rank', '2026/11/20 05:14')).toBe(
      'project in ("SHOP", "SEC") AND (labels = team-a) AND updated >= "2026/11/20 05:14" ORDER BY updated ASC, key ASC',
    );
    expect(buildJql(['SHOP'], undefined, null)).toBe(
      'project in ("SHOP") ORDER BY updated ASC, key ASC',
    );
  });

  it("writes the window start on the wall clock of the user's time zone", () => {
    const t = Date.parse('2026-11-20T10:15:30Z');
    expect(formatJqlDate(t, 'UTC')).toBe('2026/11/20 10:15');
    expect(formatJqlDate(t, 'America/New_York')).toBe('2026/11/20 05:15');
    expect(formatJqlDate(t, 'Asia/Kolkata')).toBe('2026/11/20 15:45');
    expect(formatJqlDate(Date.parse('2026-07-01T00:05:00Z'), 'Europe/Berlin')).toBe(
      '2026/07/01 02:05',
    );
  });

  it('starts at since as given, or a minute before the checkpoint, or nowhere', () => {
    const highWater = '2026-11-20T10:15:30.000Z';
    expect(windowStart({ since: null, checkpoint: { highWater } })).toBe(
      Date.parse(highWater) - 60_000,
    );
    expect(windowStart({ since: '2026-11-01T00:00:00Z', checkpoint: { highWater } })).toBe(
      Date.parse('2026-11-01T00:00:00Z'),
    );
    expect(windowStart({ since: null, checkpoint: null })).toBeNull();
    expect(() => windowStart({ since: 'last tuesday', checkpoint: null })).toThrow(/ISO 8601/);
  });
});

describe('the Jira connector', () => {
  let fake: FakeJira;
  const auth = `Basic ${Buffer.from('x@y:t').toString('base64')}`;
  beforeAll(async () => {
    fake = await startFakeJira({ authorization: auth, timeZone: 'America/New_York' });
    fake.put(
      { key: 'UNIT-1', type: 'Epic', summary: 'Epic', updated: '2026-11-20T10:00:00Z' },
      { key: 'UNIT-2', summary: 'Story', parent: 'UNIT-1', updated: '2026-11-20T10:05:00Z' },
      { key: 'UNIT-3', summary: 'Story', updated: '2026-11-20T10:10:00Z' },
      { key: 'OTHER-1', summary: 'Not ours', updated: '2026-11-20T10:11:00Z' },
    );
    fake.putRaw({ key: 'UNIT-4', fields: { updated: '2026-11-20T10:20:00.000-0500' } });
  });
  afterAll(() => fake.close());

  const connector = () =>
    createJiraConnector(
      buildConfig({
        JIRA_BASE_URL: fake.url,
        JIRA_EMAIL: 'x@y',
        JIRA_API_TOKEN: 't',
        JIRA_PROJECTS: 'UNIT',
        JIRA_PAGE_SIZE: '2',
      }),
      { backoffMs: 1 },
    );
  async function run(checkpoint: Checkpoint | null, existing: string[] = []) {
    const waits: number[] = [];
    const ctx: SyncContext = {
      checkpoint,
      since: null,
      signal: new AbortController().signal,
      existing: () => Promise.resolve(new Set(existing)),
      waited: (ms) => waits.push(ms),
    };
    const pages: SyncPage[] = [];
    for await (const p of connector().pages(ctx)) pages.push(p);
    return { pages, waits };
  }

  it('is named after the site and owns the parent and issue-link links', () => {
    const c = connector();
    expect(c.source).toBe(`jira:${new URL(fake.url).host}`);
    expect(c.vias).toEqual(['jira-parent', 'jira-link']);
  });

  it('yields one page per Jira page with the high-water mark so far, then the deletions', async () => {
    const before = fake.requests.length;
    const { pages } = await run(null, ['jira:UNIT-1', 'jira:UNIT-9']);
    expect(pages.map((p) => p.artifacts.map((a) => a.key))).toEqual([
      ['UNIT-1', 'UNIT-2'],
      ['UNIT-3'],
      [],
    ]);
    expect(pages.map((p) => p.reconcile)).toEqual([
      ['jira:UNIT-1', 'jira:UNIT-2'],
      ['jira:UNIT-3'],
      [],
    ]);
    expect(pages.map((p) => p.checkpoint.highWater)).toEqual([
      '2026-11-20T10:05:00.000Z',
      '2026-11-20T15:20:00.000Z',
      '2026-11-20T15:20:00.000Z',
    ]);
    expect(pages[1]?.bad).toEqual([{ sourceId: 'UNIT-4', reason: 'missing summary' }]);
    // The bad record is not deleted; an issue Jira no longer returns is.
    expect(pages[2]?.deleted).toEqual(['jira:UNIT-9']);
    const asked = fake.requests.slice(before);
    expect(asked.map((r) => r.path)).toEqual(['/rest/api/3/search/jql', '/rest/api/3/search/jql']);
    expect(asked[0]?.jql).toBe('project in ("UNIT") ORDER BY updated ASC, key ASC');
  });

  it("asks only for changes since a minute before the checkpoint, in the user's zone, and deletes nothing", async () => {
    const before = fake.requests.length;
    const { pages } = await run({ highWater: '2026-11-20T10:10:00.000Z', cursor: null }, [
      'jira:UNIT-9',
    ]);
    const asked = fake.requests.slice(before);
    expect(asked[0]?.path).toBe('/rest/api/3/myself');
    expect(asked[1]?.jql).toBe(
      'project in ("UNIT") AND updated >= "2026/11/20 05:09" ORDER BY updated ASC, key ASC',
    );
    expect(asked[1]?.returned).toEqual(['UNIT-3', 'UNIT-4']);
    expect(pages.flatMap((p) => p.deleted)).toEqual([]);
  });

  it('retries a rate limit and reports the wait', async () => {
    fake.fail({ status: 429, retryAfter: 0 }, { status: 503 });
    const { pages, waits } = await run({ highWater: '2026-11-20T15:20:00.000Z' });
    expect(waits).toHaveLength(2);
    expect(pages[0]?.bad).toHaveLength(1);
  });
});
