import { edgeEvidence, lineageModel } from './graph-model';

const nodes = [
  { uid: 'git:c1', kind: 'CODE' as const, title: 'SHOP-21 store vault token' },
  { uid: 'jira:SHOP-21', kind: 'USER_STORY' as const, title: 'Save card', key: 'SHOP-21' },
  { uid: 'jira:SHOP-2', kind: 'EPIC' as const, title: 'Saved payment methods', key: 'SHOP-2' },
  { uid: 'doc:prd', kind: 'PRD' as const, title: 'Checkout v2' },
];
const edges = [
  {
    from: 'git:c1',
    to: 'jira:SHOP-21',
    type: 'IMPLEMENTS',
    via: 'commit-message',
    evidence: 'SHOP-21 store',
    resolved: true,
  },
  {
    from: 'jira:SHOP-21',
    to: 'jira:SHOP-2',
    type: 'PART_OF',
    via: 'jira-parent',
    evidence: 'parent: SHOP-2',
    resolved: true,
  },
  { from: 'jira:SHOP-2', to: 'doc:prd', type: 'PART_OF', via: 'front-matter', resolved: true },
];

describe('lineageModel', () => {
  it('lays out the PRD on top and the code at the bottom, one row per kind', () => {
    const model = lineageModel('jira:SHOP-21', nodes, edges, []);
    const y = Object.fromEntries(model.nodes.map((n) => [n.id, n.position.y]));
    expect(y['doc:prd']).toBeLessThan(y['jira:SHOP-2'] ?? NaN);
    expect(y['jira:SHOP-2']).toBeLessThan(y['jira:SHOP-21'] ?? NaN);
    expect(y['jira:SHOP-21']).toBeLessThan(y['git:c1'] ?? NaN);
    expect(model.nodes.find((n) => n.root)?.id).toBe('jira:SHOP-21');
    expect(model.nodes.find((n) => n.id === 'jira:SHOP-2')?.label).toBe('SHOP-2');
  });

  it('draws a placeholder for an unresolved link, above the artifact that names it', () => {
    const model = lineageModel(
      'jira:SHOP-21',
      nodes,
      [
        ...edges,
        {
          from: 'git:c1',
          to: 'jira:SHOP-99',
          type: 'IMPLEMENTS',
          via: 'commit-message',
          evidence: 'SHOP-99',
          resolved: false,
        },
      ],
      ['jira:SHOP-99'],
    );
    expect(model.nodes).toHaveLength(5);
    const placeholder = model.nodes.find((n) => n.id === 'jira:SHOP-99');
    expect(placeholder?.kind).toBe('PLACEHOLDER');
    const namer = model.nodes.find((n) => n.id === 'git:c1');
    expect(placeholder?.position.y).toBeLessThan(namer?.position.y ?? NaN);
    expect(placeholder?.position.y).toBeGreaterThan(
      model.nodes.find((n) => n.id === 'jira:SHOP-2')?.position.y ?? NaN,
    );
    expect(model.edges.filter((e) => !e.resolved).map((e) => e.target)).toEqual(['jira:SHOP-99']);
  });

  it('draws each link once and spreads one row around the centre', () => {
    const twins = [...nodes, { uid: 'git:c2', kind: 'CODE' as const, title: 'another commit' }];
    const model = lineageModel('jira:SHOP-21', twins, [...edges, ...edges], []);
    expect(model.edges).toHaveLength(3);
    const xs = model.nodes.filter((n) => n.kind === 'CODE').map((n) => n.position.x);
    expect(xs.reduce((a, b) => a + b, 0)).toBe(0);
    expect(new Set(xs).size).toBe(2);
  });

  it('shows how a link was found and the text that proves it', () => {
    expect(edgeEvidence({ type: 'PART_OF', via: 'jira-parent', evidence: 'parent: SHOP-2' })).toBe(
      'PART_OF · jira-parent: parent: SHOP-2',
    );
    expect(edgeEvidence({ type: 'DEPENDS_ON', via: null, evidence: null })).toBe('DEPENDS_ON');
  });
});
