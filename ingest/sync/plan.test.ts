import type { ArtifactInput, ArtifactKind } from '../../graph/validate.js';
import { isChecked } from '../../graph/validate.js';
import {
  doubtOf,
  kindsAfterWrite,
  planLinks,
  retypedUids,
  staleLinks,
  uidsToLookUp,
} from './plan.js';
import type { FoundLink } from './plan.js';
import type { LinkCandidate } from './types.js';

const link = (from: string, type: LinkCandidate['type'], to: string, via = 'jira-parent') => ({
  from,
  to,
  type,
  via,
  evidence: `${from} names ${to}`,
});
const kinds = (entries: Record<string, ArtifactKind>) => new Map(Object.entries(entries));
const ids = (links: readonly { from: string; type: string; to: string }[]) =>
  links.map((l) => `${l.from} ${l.type} ${l.to}`);

describe('the kinds a page reads', () => {
  const story: ArtifactInput = { uid: 'jira:S-1', kind: 'USER_STORY', title: 'Pay by card' };

  it('looks up every artifact of the page and both ends of every link, once each', () => {
    expect(
      uidsToLookUp(
        [story],
        [
          link('jira:S-1', 'PART_OF', 'jira:E-1'),
          link('commit:abc', 'IMPLEMENTS', 'jira:S-1', 'commit-message'),
        ],
      ),
    ).toEqual(['jira:S-1', 'jira:E-1', 'commit:abc']);
  });

  it('retypes a record whose stored kind differs, and leaves new and unchanged ones alone', () => {
    const epic: ArtifactInput = { uid: 'jira:E-1', kind: 'EPIC', title: 'Checkout' };
    const fresh: ArtifactInput = { uid: 'jira:N-1', kind: 'EPIC', title: 'New' };
    const stored = kinds({ 'jira:S-1': 'EPIC', 'jira:E-1': 'EPIC' });
    expect(retypedUids([story, epic, fresh], stored)).toEqual(['jira:S-1']);
  });

  it("lets the page's artifacts decide their kinds after the write", () => {
    const after = kindsAfterWrite(kinds({ 'jira:S-1': 'EPIC', 'jira:P-1': 'PRD' }), [story]);
    expect(after).toEqual(kinds({ 'jira:S-1': 'USER_STORY', 'jira:P-1': 'PRD' }));
  });
});

describe('planning the links of a page', () => {
  const graph = kinds({
    'jira:P-1': 'PRD',
    'jira:E-1': 'EPIC',
    'jira:S-1': 'USER_STORY',
    'commit:abc': 'CODE',
  });

  it('writes links whose ends are live and allowed, marked as checked for the writer', () => {
    const plan = planLinks(
      [link('jira:E-1', 'PART_OF', 'jira:P-1'), link('jira:S-1', 'PART_OF', 'jira:E-1')],
      graph,
    );
    expect(ids(plan.write)).toEqual(['jira:E-1 PART_OF jira:P-1', 'jira:S-1 PART_OF jira:E-1']);
    expect(isChecked(plan.write)).toBe(true);
    expect(plan).toMatchObject({ pending: [], refused: [] });
  });

  it('keeps a stated link to an artifact not in the graph pending', () => {
    const missing = link('commit:abc', 'IMPLEMENTS', 'jira:S-9', 'commit-message');
    const plan = planLinks([missing], graph);
    expect(plan.write).toHaveLength(0);
    expect(plan.pending).toEqual([missing]);
  });

  it('refuses a link the hierarchy forbids, with the rule as the reason', () => {
    const wrong = link('commit:abc', 'PART_OF', 'jira:E-1', 'commit-message');
    const plan = planLinks([wrong], graph);
    expect(plan.write).toHaveLength(0);
    expect(plan.refused).toEqual([
      {
        link: wrong,
        reason: expect.stringMatching(/^PART_OF cannot link CODE to EPIC: /) as unknown,
      },
    ]);
  });

  it('drops a link from an artifact to itself without refusing it', () => {
    const plan = planLinks([link('jira:S-1', 'DEPENDS_ON', 'jira:S-1')], graph);
    expect(plan).toMatchObject({ pending: [], refused: [] });
    expect(plan.write).toHaveLength(0);
  });

  it('keeps the last of a link stated twice, in its first place', () => {
    const first = link('jira:E-1', 'PART_OF', 'jira:P-1');
    const other = link('jira:S-1', 'PART_OF', 'jira:E-1');
    const again = { ...first, evidence: 'restated' };
    const plan = planLinks([first, other, again], graph);
    expect(plan.write).toEqual([again, other]);
  });
});

describe('stale links on reconciliation', () => {
  const found = (
    l: ReturnType<typeof link>,
    pending = false,
    sources: string[] | null = null,
  ): FoundLink => ({ from: l.from, to: l.to, type: l.type, via: l.via, sources, pending });
  const me = 'jira:acme.atlassian.net';
  const parent = link('jira:S-1', 'PART_OF', 'jira:E-1', 'jira-parent');
  const blocks = link('jira:S-1', 'DEPENDS_ON', 'jira:S-2', 'jira-link');
  const manual = link('jira:S-1', 'DEPENDS_ON', 'jira:S-3', 'manual');
  const commit = link('jira:S-1', 'DEPENDS_ON', 'jira:S-4', 'commit-message');
  const vias = ['jira-parent', 'jira-link'];

  it('removes owned links the page no longer states, and keeps the stated ones', () => {
    const stale = staleLinks([found(parent), found(blocks)], me, vias, [parent]);
    expect(ids(stale.links)).toEqual(['jira:S-1 DEPENDS_ON jira:S-2']);
    expect(stale.pending).toEqual([]);
  });

  it('never removes a link another connector found or a person made', () => {
    const stale = staleLinks([found(manual), found(commit), found(blocks)], me, vias, []);
    expect(ids(stale.links)).toEqual(['jira:S-1 DEPENDS_ON jira:S-2']);
  });

  it('removes nothing for a connector that owns no links', () => {
    expect(staleLinks([found(parent), found(blocks)], me, [], [])).toEqual({
      links: [],
      pending: [],
    });
  });

  it('sorts stale pending links apart from real ones', () => {
    const waiting = link('jira:S-1', 'DEPENDS_ON', 'jira:S-9', 'jira-link');
    const stale = staleLinks([found(parent), found(waiting, true)], me, vias, []);
    expect(ids(stale.links)).toEqual(['jira:S-1 PART_OF jira:E-1']);
    expect(stale.pending).toEqual([{ from: 'jira:S-1', to: 'jira:S-9', type: 'DEPENDS_ON' }]);
  });

  it('lists a link once even when it is found twice', () => {
    const stale = staleLinks([found(blocks), found(blocks)], me, vias, []);
    expect(stale.links).toEqual([{ from: 'jira:S-1', to: 'jira:S-2', type: 'DEPENDS_ON' }]);
  });

  it('matches stated links by identity, whatever their evidence or via', () => {
    const restated = { ...blocks, evidence: 'reworded', via: 'jira-parent' };
    expect(staleLinks([found(blocks)], me, vias, [restated]).links).toEqual([]);
  });

  it('tells two sources sharing a via apart by the sources a link records', () => {
    const spec = link('doc:lumen/shop/specs/vault', 'SPECIFIES', 'jira:S-1', 'front-matter');
    const docs = ['front-matter'];
    const markdownOnly = found(spec, false, ['markdown:/srv/docs']);
    expect(staleLinks([markdownOnly], 'github:api.github.com', docs, []).links).toEqual([]);
    const both = found(spec, true, ['markdown:/srv/docs', 'github:api.github.com']);
    expect(staleLinks([both], 'github:api.github.com', docs, []).pending).toHaveLength(1);
  });

  it('removes a claim of its own source even under a via it no longer lists', () => {
    const mine = found(blocks, false, [me]);
    expect(staleLinks([mine], me, [], []).links).toHaveLength(1);
  });
});

describe('doubt on #N references', () => {
  const to = (uid: string) => ({ from: 'git:o/r@1', to: uid, type: 'IMPLEMENTS' as const });
  const seen = new Map([['o/r', 150]]);

  it('finds a number within those seen in its repository plausible', () => {
    expect(doubtOf(to('github:o/r#150'), seen)).toBeNull();
    expect(doubtOf(to('github:o/r#3'), seen)).toBeNull();
  });

  it('doubts a number beyond them, or of a repository whose numbers were never seen', () => {
    expect(doubtOf(to('github:o/r#28482'), seen)).toBe(
      '#28482 is beyond the highest issue or pull request number seen in o/r (#150)',
    );
    expect(doubtOf(to('github:o/other#2'), seen)).toMatch(/no issue or pull request of o\/other/);
  });

  it('has no doubt about links that are not GitHub issue references', () => {
    expect(doubtOf(to('jira:SHOP-99999'), seen)).toBeNull();
  });
});
