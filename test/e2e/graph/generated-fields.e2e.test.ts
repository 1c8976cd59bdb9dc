/**
 * Every field of the generated API works: for each generated type, its list query and its
 * `…Connection` query select every scalar and enum field (and the connection's `totalCount`,
 * `pageInfo`, `edges` and `aggregate`), built from the served schema's introspection, so a field
 * added to schema/graph.graphql is selected here without anyone remembering to. Run on a small
 * fixture (one artifact of each kind, linked, its chunks, a person), the rows must come back with
 * the values written, `createdAt`/`updatedAt` as ISO date-times in UTC. Every relationship connection
 * of the artifact types is selected too, with its edge properties (`firstSeen` is a date-time).
 */
import { randomUUID } from 'node:crypto';
import { ACCESS_LEVELS } from '../../../core/config.js';
import { KIND_LABEL } from '../../../graph/validate.js';
import type { ArtifactInput } from '../../../graph/writer.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';

const p = `fields-${randomUUID().slice(0, 8)}`;
const uid = (name: string) => `${p}:${name}`;

/** Long enough (over the writer's chunk threshold) to give the PRD chunks. */
const LONG_BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `Section ${i + 1}. Card payments retry once after a network timeout, and a declined card ` +
    `shows the issuer's reason; saved cards are tokenised before they reach our servers.`,
).join('\n\n');

/** One artifact of each kind, every field set, date-times with different offsets. */
const ARTIFACTS: ArtifactInput[] = [
  {
    uid: uid('prd'),
    kind: 'PRD',
    title: 'Checkout v3',
    key: 'PRD-7',
    body: LONG_BODY,
    status: 'Approved',
    url: 'https://docs.example/prd-7',
    source: 'markdown:/docs',
    accessLevel: 'PUBLIC',
    createdAt: '2024-01-15T08:00:00Z',
    updatedAt: '2024-02-01T12:30:45.125+01:00',
  },
  {
    uid: uid('epic'),
    kind: 'EPIC',
    title: 'Saved cards',
    key: 'SHOP-70',
    body: 'Customers keep a card on file.',
    status: 'In Progress',
    url: 'https://jira.example/browse/SHOP-70',
    source: 'jira:jira.example',
    accessLevel: 'INTERNAL',
    createdAt: '2024-03-01T09:30:00.250+05:30',
    updatedAt: '2024-03-02T23:59:59.999-08:00',
  },
  {
    uid: uid('story'),
    kind: 'USER_STORY',
    title: 'Pay with a saved card',
    key: 'SHOP-71',
    body: 'As a returning customer I pay with a card I saved before.',
    status: 'To Do',
    url: 'https://jira.example/browse/SHOP-71',
    source: 'jira:jira.example',
    accessLevel: 'CONFIDENTIAL',
    issueType: 'Story',
    createdAt: '2023-12-31T23:00:00-01:00',
    updatedAt: '2024-04-10T10:00:00Z',
  },
  {
    uid: uid('spec'),
    kind: 'TECH_SPEC',
    title: 'Card vault tokenisation',
    key: 'SPEC-9',
    body: 'Cards are tokenised by the vault; the API stores tokens only.',
    status: 'Draft',
    url: 'https://docs.example/spec-9',
    source: 'markdown:/specs',
    accessLevel: 'RESTRICTED',
    createdAt: '2024-05-05T05:05:05.5+02:00',
    updatedAt: '2024-05-06T06:06:06Z',
  },
  {
    uid: uid('pr'),
    kind: 'CODE',
    title: 'Add saved-card payments',
    key: 'shop#412',
    body: 'Implements SHOP-71.',
    status: 'merged',
    url: 'https://github.example/shop/pull/412',
    source: 'github:shop',
    accessLevel: 'PUBLIC',
    codeKind: 'PULL_REQUEST',
    path: 'src/checkout/saved-card.ts',
    createdAt: '2024-06-01T00:00:00+14:00',
    updatedAt: '2024-06-02T12:00:00.001Z',
  },
];

/** Stored on the story in place of its `updatedAt`: summer time in Berlin is UTC+2. */
const ZONED = { stored: '2024-04-10T12:00:00.5[Europe/Berlin]', iso: '2024-04-10T10:00:00.500Z' };

/** Links between the fixture's artifacts (child → parent), each with its evidence; one link a pair. */
const LINKS = [
  ['epic', 'prd', 'PART_OF'],
  ['story', 'epic', 'PART_OF'],
  ['spec', 'story', 'SPECIFIES'],
  ['pr', 'spec', 'IMPLEMENTS'],
  ['pr', 'story', 'IMPLEMENTS'],
  ['story', 'prd', 'DEPENDS_ON'],
] as const;
const evidenceOf = (from: string, to: string) => `${from} names ${to}`;

/**
 * Generated connections without `aggregate`: the Artifact interface's is off
 * (`@query(aggregate: false)` in schema/graph.graphql), as @neo4j/graphql 7.6 cannot build it.
 */
const WITHOUT_AGGREGATE = ['artifacts'];

/** The generated query pairs (`x` and `xConnection`) this file has a fixture for. */
const GENERATED = ['artifacts', 'chunks', 'codes', 'epics', 'prds', 'techSpecs', 'userStories'];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectionField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface IntrospectionType {
  kind: string;
  name: string;
  fields: IntrospectionField[] | null;
  possibleTypes: { name: string }[] | null;
}

const INTROSPECTION = `{ __schema { queryType { name } types { kind name possibleTypes { name } fields {
  name args { name type { ...T } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

type Row = Record<string, unknown>;

/** The named type under lists and non-nulls. */
function named(t: TypeRef): TypeRef {
  return t.ofType ? named(t.ofType) : t;
}

class Schema {
  private readonly types: Map<string, IntrospectionType>;
  constructor(types: IntrospectionType[]) {
    this.types = new Map(types.map((t) => [t.name, t]));
  }
  type(name: string): IntrospectionType {
    const t = this.types.get(name);
    if (!t) throw new Error(`type ${name} is not in the schema`);
    return t;
  }
  fields(name: string): IntrospectionField[] {
    // A field with a required argument cannot be selected bare; none of the generated ones has.
    return (this.type(name).fields ?? []).filter((f) =>
      f.args.every((a) => a.type.kind !== 'NON_NULL'),
    );
  }
  /** Every scalar and enum field of `name`. */
  leaves(name: string): string[] {
    return this.fields(name)
      .filter((f) => ['SCALAR', 'ENUM'].includes(named(f.type).kind))
      .map((f) => f.name);
  }
  /** Every scalar and enum field of `name`, and of the plain objects under it. */
  deep(name: string, depth = 3): string {
    if (depth === 0) throw new Error(`${name} nests too deep to select`);
    return this.fields(name)
      .map((f) => {
        const t = named(f.type);
        if (t.kind === 'SCALAR' || t.kind === 'ENUM') return f.name;
        if (t.kind === 'OBJECT') return `${f.name} { ${this.deep(t.name ?? '', depth - 1)} }`;
        throw new Error(`${name}.${f.name} is a ${t.kind}: not a plain object`);
      })
      .join(' ');
  }
  /** The types of a union or interface; the type itself otherwise. */
  members(name: string): string[] {
    return this.type(name).possibleTypes?.map((t) => t.name) ?? [name];
  }
  /** The named type a field of the query type returns. */
  queryField(name: string): IntrospectionField | undefined {
    return this.type('Query').fields?.find((f) => f.name === name);
  }
}

const iso = (value: string | null | undefined) =>
  value == null ? null : new Date(value).toISOString();

/** What the API must say about each artifact, for any field it selects. */
function artifactRow(a: ArtifactInput): Row {
  return {
    __typename: KIND_LABEL[a.kind],
    uid: a.uid,
    kind: a.kind,
    key: a.key ?? null,
    title: a.title,
    body: a.body ?? null,
    status: a.status ?? null,
    url: a.url ?? null,
    source: a.source ?? null,
    sources: a.source ? [a.source] : [],
    accessLevel: a.accessLevel ?? null,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    issueType: a.issueType ?? null,
    codeKind: a.codeKind ?? null,
    path: a.path ?? null,
  };
}

/** `full` cut down to `fields`; a field the fixture knows nothing about fails loudly. */
function pick(full: Row, fields: string[], typeName: string): Row {
  const out: Row = {};
  for (const f of fields) {
    if (!(f in full)) throw new Error(`no expected value for ${typeName}.${f}: extend the fixture`);
    out[f] = full[f];
  }
  return out;
}

function byUid(rows: Row[]): Record<string, Row> {
  return Object.fromEntries(rows.map((r) => [String(r.uid), r]));
}

/**
 * One `aggregate.node.<field>` selection as returned (`got`) and as the expected rows make it
 * (`want`), in a form where equal means right: `longest`/`shortest` may be any string of that
 * length (ties), so strings compare by length and by being one of the values.
 */
function compareAggregate(
  selectionType: string,
  values: unknown[],
  got: Row | undefined,
): { got: unknown; want: unknown } {
  const present = values.filter((v) => v != null);
  if (selectionType === 'StringAggregateSelection') {
    const strings = present as string[];
    const lengths = strings.map((s) => s.length);
    const seen = (v: unknown) => (typeof v === 'string' && strings.includes(v) ? v.length : v);
    return {
      got: { longest: seen(got?.longest), shortest: seen(got?.shortest) },
      want: { longest: Math.max(...lengths), shortest: Math.min(...lengths) },
    };
  }
  if (selectionType === 'DateTimeAggregateSelection') {
    const sorted = (present as string[]).slice().sort();
    return { got, want: { min: sorted[0] ?? null, max: sorted.at(-1) ?? null } };
  }
  if (selectionType === 'IntAggregateSelection') {
    const nums = present as number[];
    const sum = nums.reduce((s, n) => s + n, 0);
    return {
      got,
      want: {
        min: nums.length ? Math.min(...nums) : null,
        max: nums.length ? Math.max(...nums) : null,
        sum: nums.length ? sum : null,
        average: nums.length ? sum / nums.length : null,
      },
    };
  }
  throw new Error(`no expectation for an aggregate of type ${selectionType}: extend the test`);
}

describe('every generated field and connection, selected in full', () => {
  let app: TestApp;
  let token: string;
  let schema: Schema;
  const expected: Record<string, Row[]> = {};
  let linkedFrom = 0;
  let linkedUntil = 0;

  beforeAll(async () => {
    app = await startTestApp();
    token = await testToken({ levels: [...ACCESS_LEVELS] });
    const written = await app.writer.upsertArtifacts(ARTIFACTS);
    if (written.created !== ARTIFACTS.length) throw new Error('the fixture was not written');
    linkedFrom = Date.now();
    for (const [from, to, type] of LINKS)
      await app.writer.link(uid(from), uid(to), type, evidenceOf(from, to));
    linkedUntil = Date.now();
    // Values the writer never stores but a database may hold (written by hand, or by another
    // client): a date-time with a zone id, and none at all.
    await app.driver.executeQuery(
      `MATCH (s:UserStory {uid: $story}) SET s.updatedAt = datetime($zoned)
       WITH s MATCH (c:Code {uid: $code}) REMOVE c.createdAt`,
      { story: uid('story'), zoned: ZONED.stored, code: uid('pr') },
    );
    const { records } = await app.driver.executeQuery(
      `MATCH (c:Chunk) WHERE c.uid STARTS WITH $p
       RETURN c.uid AS uid, c.accessLevel AS accessLevel, c.ordinal AS ordinal, c.text AS text`,
      { p },
    );
    const chunks: Row[] = records.map((r) => ({ __typename: 'Chunk', ...r.toObject() }));
    const artifacts = ARTIFACTS.map(artifactRow).map((a) => {
      if (a.uid === uid('story')) return { ...a, updatedAt: ZONED.iso };
      if (a.uid === uid('pr')) return { ...a, createdAt: null };
      return a;
    });
    const ofLabel = (label: string) => artifacts.filter((a) => a.__typename === label);
    Object.assign(expected, {
      Artifact: artifacts,
      PRD: ofLabel('PRD'),
      Epic: ofLabel('Epic'),
      UserStory: ofLabel('UserStory'),
      TechSpec: ofLabel('TechSpec'),
      Code: ofLabel('Code'),
      Chunk: chunks,
    });
    const res = await app.gql<{ __schema: { types: IntrospectionType[] } }>(
      INTROSPECTION,
      {},
      {
        token,
      },
    );
    if (res.errors) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
    schema = new Schema(res.data?.__schema.types ?? []);
  }, 120_000);

  afterAll(async () => {
    await deleteByPrefix(app.driver, p);
    await app.close();
  });

  it('has a fixture for every generated query', () => {
    const fields = schema.type('Query').fields ?? [];
    const names = new Set(fields.map((f) => f.name));
    const generated = [...names].filter((n) => names.has(`${n}Connection`)).sort();
    expect(generated).toEqual(GENERATED);
  });

  it('seeds chunks, so the Chunk queries have rows to return', () => {
    expect(expected.Chunk?.length).toBeGreaterThan(1);
  });

  it.each(GENERATED)('answers %s and its connection with every field', async (name) => {
    const list = schema.queryField(name);
    const connection = schema.queryField(`${name}Connection`);
    if (!list || !connection) throw new Error(`${name} is not a generated query pair`);
    const typeName = named(list.type).name ?? '';
    const connectionType = named(connection.type).name ?? '';
    const rowsExpected = expected[typeName];
    if (!rowsExpected) throw new Error(`no fixture for ${typeName}`);

    const leaves = ['__typename', ...schema.leaves(typeName)];
    const connectionFields = schema.fields(connectionType).map((f) => f.name);
    const withAggregate = !WITHOUT_AGGREGATE.includes(name);
    expect(connectionFields.sort()).toEqual(
      ['edges', 'pageInfo', 'totalCount', ...(withAggregate ? ['aggregate'] : [])].sort(),
    );
    const fieldType = (typeName: string, field: string) =>
      named(schema.fields(typeName).find((f) => f.name === field)?.type ?? list.type).name ?? '';
    const edgeType = fieldType(connectionType, 'edges');
    expect(schema.leaves(edgeType)).toEqual(['cursor']);
    const aggregateType = withAggregate ? fieldType(connectionType, 'aggregate') : undefined;
    const where = `where: { uid: { startsWith: ${JSON.stringify(p)} } }`;
    const query = `{
      rows: ${name}(${where}) { ${leaves.join(' ')} }
      page: ${name}Connection(${where}) {
        totalCount
        pageInfo { ${schema.deep('PageInfo')} }
        edges { cursor node { ${leaves.join(' ')} } }
        ${aggregateType ? `aggregate { ${schema.deep(aggregateType)} }` : ''}
      }
    }`;

    const res = await app.gql<{
      rows: Row[];
      page: {
        totalCount: number;
        pageInfo: Row;
        edges: { cursor: string; node: Row }[];
        aggregate?: { count: { nodes: number }; node: Record<string, Row> };
      };
    }>(query, {}, { token });

    expect(res.errors).toBeUndefined();
    const want = byUid(rowsExpected.map((r) => pick(r, leaves, typeName)));
    expect(byUid(res.data?.rows ?? [])).toEqual(want);
    const page = res.data?.page;
    expect(byUid(page?.edges.map((e) => e.node) ?? [])).toEqual(want);
    expect(page?.totalCount).toBe(rowsExpected.length);
    const cursors = page?.edges.map((e) => e.cursor) ?? [];
    expect(cursors.every((c) => typeof c === 'string' && c.length > 0)).toBe(true);
    expect(page?.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: cursors[0],
      endCursor: cursors.at(-1),
    });
    if (!aggregateType) return;
    const aggregate = page?.aggregate;
    const aggregates = schema.fields(fieldType(aggregateType, 'node')).map((field) => {
      const values = rowsExpected.map((r) => r[field.name]);
      return [
        field.name,
        compareAggregate(named(field.type).name ?? '', values, aggregate?.node[field.name]),
      ] as const;
    });
    expect(aggregate?.count).toEqual({ nodes: rowsExpected.length });
    expect(Object.fromEntries(aggregates.map(([f, c]) => [f, c.got]))).toEqual(
      Object.fromEntries(aggregates.map(([f, c]) => [f, c.want])),
    );
  });
  it.each(['prds', 'epics', 'userStories', 'techSpecs', 'codes'])(
    'answers every relationship connection of %s with its edge properties',
    async (name) => {
      const list = schema.queryField(name);
      const typeName = named(list?.type ?? { kind: '', name: '', ofType: null }).name ?? '';
      const fieldType = (of: string, field: string) =>
        schema.fields(of).find((f) => f.name === field)?.type;
      // Every field of the type that is a connection with edge properties (`epicsConnection`, …).
      const connections = schema.fields(typeName).flatMap((f) => {
        const edges = fieldType(named(f.type).name ?? '', 'edges');
        const properties = edges && fieldType(named(edges).name ?? '', 'properties');
        return properties ? [{ field: f.name, properties: named(properties).name ?? '' }] : [];
      });
      expect(connections.length).toBeGreaterThan(0);
      const selection = connections
        .map(({ field, properties }) => {
          const members = schema
            .members(properties)
            .map((m) => `... on ${m} { ${schema.leaves(m).join(' ')} }`);
          return `${field} { totalCount edges { cursor node { uid } properties { __typename ${members.join(' ')} } } }`;
        })
        .join(' ');
      const where = `where: { uid: { startsWith: ${JSON.stringify(p)} } }`;
      type Edge = { cursor: string; node: { uid: string }; properties: Row };
      const res = await app.gql<{ rows: Row[] }>(
        `{ rows: ${name}(${where}) { uid ${selection} } }`,
        {},
        { token },
      );

      expect(res.errors).toBeUndefined();
      const short = (u: string) => u.slice(p.length + 1);
      const seen = (res.data?.rows ?? []).flatMap((row) =>
        connections.flatMap(({ field }) =>
          ((row[field] as { edges: Edge[] } | undefined)?.edges ?? []).map((e) => {
            const [a, b] = [short(row.uid as string), short(e.node.uid)];
            // The edge is the fixture's link in one direction or the other.
            const link = LINKS.find(([f, t]) => (f === a && t === b) || (f === b && t === a));
            const firstSeen = Date.parse(String(e.properties.firstSeen));
            return {
              link: link ? `${link[0]} ${link[2]} ${link[1]}` : `${a} ? ${b}`,
              via: e.properties.via,
              evidence: e.properties.evidence,
              evidenceWanted: link ? evidenceOf(link[0], link[1]) : null,
              iso: new Date(firstSeen).toISOString() === e.properties.firstSeen,
              whenLinked: firstSeen >= linkedFrom - 1000 && firstSeen <= linkedUntil + 1000,
            };
          }),
        ),
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).toEqual(
        seen.map((edge) => ({
          link: expect.not.stringContaining('?') as unknown,
          via: 'manual',
          evidence: edge.evidenceWanted,
          evidenceWanted: edge.evidenceWanted,
          iso: true,
          whenLinked: true,
        })),
      );
    },
  );
});
