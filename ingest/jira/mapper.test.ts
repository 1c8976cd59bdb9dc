import type { JiraIssue, JiraIssueLink } from './client.js';
import { buildConfig } from '../../core/config.js';
import { jiraDate, jiraMapOptions, jiraSource, mapIssue, mapIssues, mapWebhook } from './mapper.js';
import type { JiraMapOptions } from './mapper.js';

const options: JiraMapOptions = {
  baseUrl: 'https://lumen.atlassian.net',
  source: 'jira:lumen.atlassian.net',
  prdIssueType: 'PRD',
  prdLabel: 'prd',
  accessLevel: 'CONFIDENTIAL',
};

const blocks = (inward?: string, outward?: string): JiraIssueLink => ({
  id: '10261',
  type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  ...(inward ? { inwardIssue: { key: inward } } : {}),
  ...(outward ? { outwardIssue: { key: outward } } : {}),
});
const relates = (side: 'inwardIssue' | 'outwardIssue', key: string): JiraIssueLink => ({
  type: { name: 'Relates', inward: 'relates to', outward: 'relates to' },
  [side]: { key },
});

function issue(key: string, type: string, extra: Partial<NonNullable<JiraIssue['fields']>> = {}) {
  return {
    id: '10022',
    key,
    self: `https://lumen.atlassian.net/rest/api/3/issue/10022`,
    fields: {
      summary: `Summary of ${key}`,
      description: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See SHOP-99.' }] }],
      },
      issuetype: { name: type, subtask: type === 'Sub-task' },
      status: { name: 'In Progress' },
      labels: [],
      issuelinks: [],
      updated: '2026-11-20T10:15:30.000+0100',
      created: '2026-11-01T08:00:00.000+0100',
      project: { key: key.split('-')[0] },
      ...extra,
    },
  } satisfies JiraIssue;
}

const mapped = (i: JiraIssue) => {
  const m = mapIssue(i, options);
  if (!m.ok) throw new Error(`expected a mapped issue, got ${m.bad.reason}`);
  return m;
};

describe('mapping a Jira issue to an artifact', () => {
  it('keeps key, title, text of the description, status, url, source, access level and dates', () => {
    expect(mapped(issue('SHOP-22', 'Story')).artifact).toEqual({
      uid: 'jira:SHOP-22',
      kind: 'USER_STORY',
      key: 'SHOP-22',
      title: 'Summary of SHOP-22',
      body: 'See SHOP-99.',
      status: 'In Progress',
      url: 'https://lumen.atlassian.net/browse/SHOP-22',
      source: 'jira:lumen.atlassian.net',
      accessLevel: 'CONFIDENTIAL',
      issueType: 'Story',
      createdAt: '2026-11-01T07:00:00.000Z',
      updatedAt: '2026-11-20T09:15:30.000Z',
      people: [],
    });
  });

  it('names the reporter as author and the assignee, merged with other sources by the aliases', () => {
    const fields = {
      reporter: { accountId: '5b10ac8d', displayName: 'Mia Krystof' },
      assignee: { accountId: '7c2e', displayName: 'Ada', emailAddress: 'Ada@Example.com' },
    };
    const aliases = { 'jira:5b10ac8d': 'mia@example.com' };
    const r = mapIssue(issue('SHOP-22', 'Story', fields), { ...options, aliases });
    expect(r.ok && r.artifact.people).toEqual([
      {
        uid: 'person:mia@example.com',
        name: 'Mia Krystof',
        email: 'mia@example.com',
        role: 'AUTHORED',
        at: '2026-11-01T07:00:00.000Z',
      },
      {
        uid: 'person:ada@example.com',
        name: 'Ada',
        email: 'ada@example.com',
        role: 'ASSIGNED',
        at: '2026-11-20T09:15:30.000Z',
      },
    ]);
  });

  it.each([
    ['Epic', [], 'EPIC'],
    ['Story', [], 'USER_STORY'],
    ['Task', [], 'USER_STORY'],
    ['Bug', [], 'USER_STORY'],
    ['Sub-task', [], 'USER_STORY'],
    ['Spike', [], 'USER_STORY'],
    ['PRD', [], 'PRD'],
    ['Initiative', ['PRD', 'q3'], 'PRD'],
    ['Epic', ['prd'], 'PRD'],
  ])('makes a %s labelled %j a %s', (type, labels, kind) => {
    const { artifact } = mapped(issue('SHOP-1', type, { labels }));
    expect(artifact.kind).toBe(kind);
    expect(artifact.issueType).toBe(type);
  });

  it('does not link keys mentioned in the description', () => {
    expect(mapped(issue('SHOP-22', 'Story')).links).toEqual([]);
  });

  it('turns an empty description into no body', () => {
    expect(mapped(issue('SHOP-22', 'Story', { description: null })).artifact.body).toBeNull();
  });
});

describe('links of a Jira issue', () => {
  it('makes a story PART_OF its epic parent, with the parent as evidence', () => {
    const parent = {
      key: 'SHOP-2',
      fields: { summary: 'Saved cards', issuetype: { name: 'Epic' } },
    };
    expect(mapped(issue('SHOP-22', 'Story', { parent })).links).toEqual([
      {
        from: 'jira:SHOP-22',
        to: 'jira:SHOP-2',
        type: 'PART_OF',
        via: 'jira-parent',
        evidence: 'parent: SHOP-2',
      },
    ]);
  });

  it('makes an epic PART_OF its parent PRD, and of a parent that may be a PRD by label', () => {
    const prd = { key: 'SHOP-100', fields: { issuetype: { name: 'PRD' } } };
    const initiative = { key: 'SHOP-101', fields: { issuetype: { name: 'Initiative' } } };
    expect(mapped(issue('SHOP-2', 'Epic', { parent: prd })).links[0]?.type).toBe('PART_OF');
    expect(mapped(issue('SHOP-2', 'Epic', { parent: initiative })).links[0]?.type).toBe('PART_OF');
  });

  it('makes a sub-task depend on its parent story, since PART_OF cannot link two stories', () => {
    const parent = { key: 'SHOP-22', fields: { issuetype: { name: 'Story' } } };
    expect(mapped(issue('SHOP-40', 'Sub-task', { parent })).links).toEqual([
      {
        from: 'jira:SHOP-40',
        to: 'jira:SHOP-22',
        type: 'DEPENDS_ON',
        kind: 'subtask-of',
        via: 'jira-parent',
        evidence: 'parent: SHOP-22',
      },
    ]);
  });

  it('makes other parents the hierarchy forbids a child-of dependency', () => {
    const story = { key: 'SHOP-22', fields: { issuetype: { name: 'Story' } } };
    const epic = { key: 'SHOP-3', fields: { issuetype: { name: 'Epic' } } };
    expect(mapped(issue('SHOP-50', 'Task', { parent: story })).links[0]).toMatchObject({
      type: 'DEPENDS_ON',
      kind: 'child-of',
    });
    expect(mapped(issue('SHOP-2', 'Epic', { parent: epic })).links[0]).toMatchObject({
      type: 'DEPENDS_ON',
      kind: 'child-of',
    });
  });

  it('makes an issue that is blocked by another depend on it, with the sentence as evidence', () => {
    expect(mapped(issue('SHOP-22', 'Story', { issuelinks: [blocks('SHOP-21')] })).links).toEqual([
      {
        from: 'jira:SHOP-22',
        to: 'jira:SHOP-21',
        type: 'DEPENDS_ON',
        kind: 'blocks',
        via: 'jira-link',
        evidence: 'SHOP-22 is blocked by SHOP-21',
      },
    ]);
  });

  it('leaves an outward "blocks" link to the blocked issue, which states it', () => {
    expect(
      mapped(issue('SHOP-21', 'Story', { issuelinks: [blocks(undefined, 'SHOP-22')] })).links,
    ).toEqual([]);
  });

  it('emits a symmetric "relates to" link once, from the smaller key, whichever side Jira lists', () => {
    const a = mapped(
      issue('SHOP-10', 'Story', { issuelinks: [relates('outwardIssue', 'SHOP-9')] }),
    );
    const b = mapped(issue('SHOP-9', 'Story', { issuelinks: [relates('inwardIssue', 'SHOP-10')] }));
    expect([...a.links, ...b.links]).toEqual([
      {
        from: 'jira:SHOP-10',
        to: 'jira:SHOP-9',
        type: 'DEPENDS_ON',
        kind: 'relates',
        via: 'jira-link',
        evidence: 'SHOP-10 relates to SHOP-9',
      },
    ]);
  });

  it('skips links without a readable other issue and links to itself', () => {
    const links: JiraIssueLink[] = [
      { type: { name: 'Blocks' } },
      blocks('SHOP-22'),
      blocks('nope'),
    ];
    expect(mapped(issue('SHOP-22', 'Story', { issuelinks: links })).links).toEqual([]);
  });
});

describe('bad records', () => {
  it.each([
    ['no key', { id: '10050', fields: issue('X-1', 'Story').fields }, 'id 10050', /key/],
    [
      'no summary',
      { key: 'SHOP-5', fields: { ...issue('X-1', 'Story').fields, summary: ' ' } },
      'SHOP-5',
      /summary/,
    ],
    [
      'no issue type',
      { key: 'SHOP-6', fields: { summary: 'x', issuetype: {} } },
      'SHOP-6',
      /issue type/,
    ],
    ['no fields', { key: 'SHOP-7' }, 'SHOP-7', /fields/],
  ])('reports an issue with %s and maps the rest of its page', (_what, bad, sourceId, reason) => {
    const page = mapIssues([issue('SHOP-1', 'Epic'), bad, issue('SHOP-2', 'Story')], options);
    expect(page.artifacts.map((a) => a.uid)).toEqual(['jira:SHOP-1', 'jira:SHOP-2']);
    expect(page.bad).toEqual([{ sourceId, reason: expect.stringMatching(reason) as string }]);
  });
});

describe('Jira webhooks', () => {
  it('writes a created or updated issue and reconciles its links', () => {
    for (const webhookEvent of ['jira:issue_created', 'jira:issue_updated']) {
      const page = mapWebhook(
        {
          timestamp: 1763630130000,
          webhookEvent,
          user: { accountId: '5b10ac8d82e05b22cc7d4ef5' },
          // Webhooks carry the REST v2 representation: the description is a string.
          issue: issue('SHOP-22', 'Story', {
            description: 'Plain *wiki* text',
            issuelinks: [blocks('SHOP-21')],
          }),
        },
        options,
      );
      expect(page).toMatchObject({
        artifacts: [{ uid: 'jira:SHOP-22', body: 'Plain *wiki* text' }],
        links: [{ from: 'jira:SHOP-22', to: 'jira:SHOP-21', type: 'DEPENDS_ON' }],
        reconcile: ['jira:SHOP-22'],
        deleted: [],
        bad: [],
      });
    }
  });

  it('soft-deletes a deleted issue', () => {
    const page = mapWebhook(
      { webhookEvent: 'jira:issue_deleted', issue: { id: '10022', key: 'SHOP-22' } },
      options,
    );
    expect(page).toMatchObject({ artifacts: [], deleted: ['jira:SHOP-22'], reconcile: [] });
  });

  it('reports a malformed issue and ignores events that are not about issues', () => {
    const page = mapWebhook(
      { webhookEvent: 'jira:issue_updated', issue: { key: 'SHOP-3' } },
      options,
    );
    expect(page?.bad).toEqual([{ sourceId: 'SHOP-3', reason: 'no fields' }]);
    expect(mapWebhook({ webhookEvent: 'comment_created', comment: {} }, options)).toBeNull();
    expect(mapWebhook('junk', options)).toBeNull();
  });
});

describe('source and dates', () => {
  it('names the source after the host of the site', () => {
    expect(jiraSource('https://lumen.atlassian.net')).toBe('jira:lumen.atlassian.net');
    expect(jiraSource('http://127.0.0.1:8080')).toBe('jira:127.0.0.1:8080');
  });

  it('takes its options from the configuration, or none when Jira is off', () => {
    const env = { JIRA_EMAIL: 'x@y', JIRA_API_TOKEN: 't', JIRA_PROJECTS: 'SHOP' };
    expect(
      jiraMapOptions(
        buildConfig({
          ...env,
          JIRA_BASE_URL: 'https://lumen.atlassian.net/',
          JIRA_PRD_LABEL: 'spec-prd',
        }),
      ),
    ).toEqual({
      baseUrl: 'https://lumen.atlassian.net',
      source: 'jira:lumen.atlassian.net',
      prdIssueType: 'PRD',
      prdLabel: 'spec-prd',
      accessLevel: 'INTERNAL',
      aliases: {},
    });
    expect(jiraMapOptions(buildConfig(env))).toBeNull();
  });

  it('reads Jira offsets without a colon and refuses junk', () => {
    expect(jiraDate('2024-12-04T18:35:59.159+0100')).toBe('2024-12-04T17:35:59.159Z');
    expect(jiraDate('2024-12-04T18:35:59.159-0530')).toBe('2024-12-05T00:05:59.159Z');
    expect(jiraDate('yesterday')).toBeNull();
    expect(jiraDate(undefined)).toBeNull();
  });
});
