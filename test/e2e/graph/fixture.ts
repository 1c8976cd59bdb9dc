/** A small portfolio with known shape and gaps, under a unique uid prefix. */
import type { ArtifactInput, LinkInput, Writer } from '../../../graph/writer.js';

export function fixture(p: string): { artifacts: ArtifactInput[]; links: LinkInput[] } {
  const a = (
    id: string,
    kind: ArtifactInput['kind'],
    title: string,
    body: string,
    extra: Partial<ArtifactInput> = {},
  ) => ({ uid: `${p}${id}`, kind, title, body, ...extra }) satisfies ArtifactInput;
  const l = (from: string, to: string, type: LinkInput['type'], evidence: string): LinkInput => ({
    from: `${p}${from}`,
    to: `${p}${to}`,
    type,
    via: 'manual',
    evidence,
  });
  return {
    artifacts: [
      a(
        'prd',
        'PRD',
        'Quarnex loyalty programme',
        'Reward frequent shoppers with quarnex points they can spend at checkout.',
        { accessLevel: 'PUBLIC' },
      ),
      a(
        'epic-a',
        'EPIC',
        'Quarnex points ledger',
        'Keep an exact ledger of quarnex points earned and spent.',
      ),
      a('epic-empty', 'EPIC', 'Quarnex partner rewards', 'Let partners grant quarnex points.'),
      a(
        'story-earn',
        'USER_STORY',
        'Earn quarnex points on orders',
        'As a member I want to earn points on every vellichor purchase, credited within a minute.',
      ),
      a(
        'story-redeem',
        'USER_STORY',
        'Redeem quarnex points at checkout',
        'As a member I want to spend my points as a discount when I pay.',
      ),
      a(
        'story-nospec',
        'USER_STORY',
        'Quarnex balance badge',
        'Show the points balance in the header.',
      ),
      a(
        'story-secret',
        'USER_STORY',
        'Quarnex fraud rules for points farming',
        'Detect accounts that farm points with refunds.',
        { accessLevel: 'RESTRICTED' },
      ),
      a(
        'spec-ledger',
        'TECH_SPEC',
        'Quarnex ledger service spec',
        'Double-entry ledger table; credits written after payment capture.',
      ),
      a(
        'spec-redeem',
        'TECH_SPEC',
        'Quarnex redemption spec',
        'Points become a discount line on the order.',
      ),
      a('code-pr', 'CODE', 'Quarnex ledger service', 'Implements the ledger spec.', {
        codeKind: 'PULL_REQUEST',
      }),
      a(
        'code-commit',
        'CODE',
        'LOY-7 credit quarnex points after payment',
        'Credits points once the payment is captured.',
        { codeKind: 'COMMIT' },
      ),
      a('code-orphan', 'CODE', 'Tidy quarnex lint warnings', 'No functional change.', {
        codeKind: 'COMMIT',
      }),
    ],
    links: [
      l('epic-a', 'prd', 'PART_OF', 'parent'),
      l('epic-empty', 'prd', 'PART_OF', 'parent'),
      l('story-earn', 'epic-a', 'PART_OF', 'parent: epic-a'),
      l('story-redeem', 'epic-a', 'PART_OF', 'parent: epic-a'),
      l('story-nospec', 'epic-a', 'PART_OF', 'parent: epic-a'),
      l('story-secret', 'epic-a', 'PART_OF', 'parent: epic-a'),
      l('spec-ledger', 'story-earn', 'SPECIFIES', 'stories: [earn]'),
      l('spec-redeem', 'story-redeem', 'SPECIFIES', 'stories: [redeem]'),
      l('code-pr', 'spec-ledger', 'IMPLEMENTS', 'Implements the ledger spec'),
      l('code-commit', 'story-earn', 'IMPLEMENTS', 'LOY-7 credit points'),
      l('story-redeem', 'story-earn', 'DEPENDS_ON', 'redeem is blocked by earn'),
    ],
  };
}

/** Writes the fixture through the writer. */
export async function seedFixture(writer: Writer, prefix: string): Promise<void> {
  const { artifacts, links } = fixture(prefix);
  await writer.upsertArtifacts(artifacts);
  await writer.linkMany(links);
}
