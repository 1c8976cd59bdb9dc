/**
 * REFERENCES between source files (graph/references.ts): derived by the writer whatever order the
 * files arrive in, rebuilt when a file changes, gone with a soft delete and back with the file;
 * then read by `related` and HYBRID `search` (structural propagation), visible ends only.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypher } from '../../../core/cypher.js';
import type { ArtifactInput } from '../../../graph/validate.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const REPO = `rf${randomUUID().slice(0, 8)}/ledger`;
const P = `file:${REPO}:`;
const word = `quokka${randomUUID().slice(0, 6)}`;

const java = (path: string, body: string, extra: Partial<ArtifactInput> = {}): ArtifactInput => ({
  uid: `${P}${path}`,
  kind: 'CODE',
  codeKind: 'FILE',
  title: path,
  path,
  body,
  ...extra,
});

describe('REFERENCES between source files', () => {
  let app: TestApp;
  const refs = async () =>
    (
      await app.driver.executeQuery(
        `MATCH (a:Artifact)-[:REFERENCES]->(b:Artifact) WHERE a.uid STARTS WITH $p
         RETURN a.path AS from, b.path AS to ORDER BY from, to`,
        { p: P },
      )
    ).records.map((r) => `${r.get('from') as string} -> ${r.get('to') as string}`);

  beforeAll(async () => {
    app = await startTestApp({
      identity: { levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] },
    });
  }, 120_000);
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('links a file to the files it names, in whichever order they are written', async () => {
    // Checkout names Basket before Basket exists; Basket and Receipt come later, in one batch.
    await app.writer.upsertArtifacts([
      java('shop/Checkout.java', 'public class Checkout {\n  private Basket basket;\n}'),
    ]);
    expect(await refs()).toEqual([]);
    await app.writer.upsertArtifacts([
      java(
        'shop/Basket.java',
        'public class Basket {\n  public Receipt close() { return null; }\n}',
      ),
      java('shop/Receipt.java', '/** What a closed basket prints. */\npublic class Receipt {}'),
    ]);
    expect(await refs()).toEqual([
      'shop/Basket.java -> shop/Receipt.java',
      'shop/Checkout.java -> shop/Basket.java',
    ]);
  });

  it('rebuilds a changed file’s own references and keeps those of others', async () => {
    await app.writer.upsertArtifacts([
      java('shop/Checkout.java', 'public class Checkout {\n  private Receipt last;\n}'),
    ]);
    expect(await refs()).toEqual([
      'shop/Basket.java -> shop/Receipt.java',
      'shop/Checkout.java -> shop/Receipt.java',
    ]);
  });

  it('drops the references of a soft-deleted file and restores them when it comes back', async () => {
    await app.writer.softDelete([`${P}shop/Receipt.java`]);
    expect(await refs()).toEqual([]);
    await app.writer.upsertArtifacts([
      java('shop/Receipt.java', '/** What a closed basket prints. */\npublic class Receipt {}'),
    ]);
    expect(await refs()).toEqual([
      'shop/Basket.java -> shop/Receipt.java',
      'shop/Checkout.java -> shop/Receipt.java',
    ]);
  });

  it('links every namesake of a name in the repository, and nothing across repositories', async () => {
    await app.writer.upsertArtifacts([
      java('shop/Audit.java', 'class Audit {\n  Helper helper;\n  Basket basket;\n}'),
      ...['a', 'b', 'c'].map((d) => java(`${d}/Helper.java`, 'class Helper {}')),
      // A package's entry file is named by its folder.
      java('pay/index.ts', 'export const pay = 1;'),
      java('shop/cart.ts', "import { pay } from '../pay';"),
      {
        ...java('x/Other.java', 'class Other {\n  Basket basket;\n}'),
        uid: `file:${REPO}-other:x/Other.java`,
      },
    ]);
    const all = await refs();
    expect(all).toEqual(
      expect.arrayContaining([
        'shop/Audit.java -> shop/Basket.java',
        'shop/Audit.java -> a/Helper.java',
        'shop/Audit.java -> c/Helper.java',
        'shop/cart.ts -> pay/index.ts',
      ]),
    );
    expect(all.filter((r) => r.includes('Other'))).toEqual([]);
    await deleteByPrefix(app.driver, `file:${REPO}-other:`);
  });

  it('related/references: visible neighbours among the given uids; a name more than three visible files share does not count, hidden namesakes change nothing', async () => {
    await app.writer.upsertArtifacts([
      java('shop/Vault.java', 'class Vault {\n  Receipt receipt;\n}', {
        accessLevel: 'RESTRICTED',
      }),
    ]);
    const uids = [
      ...['Basket', 'Receipt', 'Checkout', 'Vault', 'Audit'].map((n) => `${P}shop/${n}.java`),
      ...['a', 'b', 'c', 'd', 'e'].map((d) => `${P}${d}/Helper.java`),
    ];
    const read = async () => {
      const { records } = await app.driver.executeQuery(cypher('related/references'), {
        uids,
        levels: ['PUBLIC', 'INTERNAL'],
        maxNamesakes: neo4j.int(3),
      });
      return Object.fromEntries(
        records.map((r) => [r.get('uid') as string, [...(r.get('neighbours') as string[])].sort()]),
      );
    };
    const before = await read();
    expect(before[`${P}shop/Receipt.java`]).toEqual([
      `${P}shop/Basket.java`,
      `${P}shop/Checkout.java`,
    ]);
    expect(Object.keys(before)).not.toContain(`${P}shop/Vault.java`);
    // Three visible Helpers: Audit's references to them count.
    expect(before[`${P}shop/Audit.java`]).toEqual(
      expect.arrayContaining([`${P}a/Helper.java`, `${P}c/Helper.java`]),
    );
    // A fourth Helper the caller cannot read changes nothing …
    await app.writer.upsertArtifacts([
      java('d/Helper.java', 'class Helper {}', { accessLevel: 'RESTRICTED' }),
    ]);
    expect(await read()).toEqual(before);
    // … a fourth visible one makes the name too vague.
    await app.writer.upsertArtifacts([java('e/Helper.java', 'class Helper {}')]);
    const after = await read();
    expect(after[`${P}shop/Audit.java`]).toEqual([`${P}shop/Basket.java`]);
  });

  it('lifts a file named by the top hit in HYBRID search and in related, not in FULLTEXT', async () => {
    // Twin files with the same text: only the one the strong hit names is lifted.
    const twin = `/** Totals of the ${word} ledger. */\nclass %N {}`;
    await app.writer.upsertArtifacts([
      java(
        'ledger/Reconciler.java',
        `/** ${word} ledger reconciliation: ${word} entries matched against the ${word} ledger. */\nclass Reconciler {\n  LedgerTotals totals;\n}`,
      ),
      java('ledger/LedgerTotals.java', twin.replace('%N', 'LedgerTotals')),
      java('ledger/LedgerSums.java', twin.replace('%N', 'LedgerSums')),
      {
        uid: `${P}story`,
        kind: 'USER_STORY',
        title: `Reconcile the ${word} ledger`,
        body: `As an accountant I reconcile ${word} ledger entries.`,
      },
    ]);
    type Hit = { artifact: { uid: string }; score: number };
    const search = async (mode: string) => {
      const res = await app.gql<{ search: Hit[] }>(
        `query($t: String!, $m: SearchMode) { search(text: $t, kinds: [CODE], mode: $m, first: 10) {
           artifact { uid } score } }`,
        { t: `${word} ledger reconciliation`, m: mode },
      );
      expect(res.errors).toBeUndefined();
      return new Map((res.data?.search ?? []).map((h) => [h.artifact.uid, h.score]));
    };
    const totals = `${P}ledger/LedgerTotals.java`;
    const sums = `${P}ledger/LedgerSums.java`;
    const full = await search('FULLTEXT');
    expect(full.get(totals)).toBeCloseTo(full.get(sums) ?? NaN, 1);
    const hybrid = await search('HYBRID');
    // The top hit is lifted by the file it names as well (both are in the top 10): its own
    // fused score is what it shows less half of the twin's.
    const sum = hybrid.get(sums) ?? NaN;
    const top = (hybrid.get(`${P}ledger/Reconciler.java`) ?? NaN) - sum / 2;
    // (The twins differ in name and path only: their own scores are close, not equal.)
    expect((hybrid.get(totals) ?? NaN) - sum).toBeCloseTo(top / 2, 1);

    const res = await app.gql<{
      related: Hit[];
      suggestedLinks: { artifact: { uid: string }; evidence: { signals: string[] } }[];
    }>(
      `query($u: ID!) { related(uid: $u, kinds: [CODE], first: 5) { artifact { uid } score }
         suggestedLinks(uid: $u, first: 5) { artifact { uid } evidence { signals } } }`,
      { u: `${P}story` },
    );
    expect(res.errors).toBeUndefined();
    const order = (res.data?.related ?? []).map((h) => h.artifact.uid);
    expect(order.indexOf(totals)).toBeLessThan(order.indexOf(sums));
    const signals = (uid: string) =>
      res.data?.suggestedLinks.find((s) => s.artifact.uid === uid)?.evidence.signals ?? [];
    expect(signals(totals)).toContain('references');
    expect(signals(sums)).not.toContain('references');
  });
});
