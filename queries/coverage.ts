/** Coverage: the gaps in the hierarchy, globally or under one artifact. */
import { cypher } from '../core/cypher.js';
import { NotFoundError } from '../core/errors.js';
import type { ArtifactKind } from '../graph/validate.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

export interface CoverageTotals {
  prds: number;
  epics: number;
  stories: number;
  specs: number;
  code: number;
}

type GapList =
  | 'storiesWithoutSpec'
  | 'storiesWithoutCode'
  | 'specsWithoutCode'
  | 'orphanCode'
  | 'epicsWithoutStories';

export type CoverageReport = Record<GapList, ArtifactObject[]> & {
  totals: CoverageTotals;
};

/**
 * The gap lists and totals, over the whole graph or under `scopeUid`, counting only what the
 * caller may read. @throws {NotFoundError} `scopeUid` names no readable artifact.
 */
export async function coverage(
  rt: QueryRuntime,
  scope: Scope,
  args: { scopeUid?: string | null | undefined },
): Promise<CoverageReport> {
  const scopeUid = args.scopeUid ?? null;
  return cached(rt, scope, 'coverage', { scopeUid }, async () => {
    const { driver } = rt;
    const opts = readOptions(rt);
    if (scopeUid !== null) {
      const found = await driver.executeQuery(
        cypher('coverage/scope-exists'),
        { uid: scopeUid, levels: scope.levels },
        opts,
      );
      if (found.records.length === 0) throw new NotFoundError(`No artifact with uid ${scopeUid}`);
    }
    const { records } = await driver.executeQuery(
      cypher('coverage/gaps'),
      { scopeUid, levels: scope.levels },
      opts,
    );
    const row = records[0];
    const list = (name: GapList) =>
      ((row?.get(name) as Record<string, unknown>[] | undefined) ?? []).map(toArtifact);
    return {
      storiesWithoutSpec: list('storiesWithoutSpec'),
      storiesWithoutCode: list('storiesWithoutCode'),
      specsWithoutCode: list('specsWithoutCode'),
      orphanCode: list('orphanCode'),
      epicsWithoutStories: list('epicsWithoutStories'),
      totals: (row?.get('totals') as CoverageTotals | undefined) ?? {
        prds: 0,
        epics: 0,
        stories: 0,
        specs: 0,
        code: 0,
      },
    };
  });
}

export type CoverageGapKind =
  | 'STORY_WITHOUT_SPEC'
  | 'STORY_WITHOUT_CODE'
  | 'SPEC_WITHOUT_CODE'
  | 'ORPHAN_CODE'
  | 'EPIC_WITHOUT_STORIES';

/** One gap: an artifact, what it lacks, and the kinds of artifact that would fill it. */
export interface CoverageGap {
  artifact: ArtifactObject;
  gap: CoverageGapKind;
  kinds: ArtifactKind[];
}

const GAPS: [GapList, CoverageGapKind, ArtifactKind[]][] = [
  ['storiesWithoutSpec', 'STORY_WITHOUT_SPEC', ['TECH_SPEC']],
  ['storiesWithoutCode', 'STORY_WITHOUT_CODE', ['CODE']],
  ['specsWithoutCode', 'SPEC_WITHOUT_CODE', ['CODE']],
  ['orphanCode', 'ORPHAN_CODE', ['USER_STORY', 'TECH_SPEC']],
  ['epicsWithoutStories', 'EPIC_WITHOUT_STORIES', ['USER_STORY']],
];

/** The gaps of a report, list by list, each with the kinds a suggestion for it may be of. */
export function coverageGaps(report: CoverageReport): CoverageGap[] {
  return GAPS.flatMap(([list, gap, kinds]) =>
    report[list].map((artifact) => ({ artifact, gap, kinds })),
  );
}
