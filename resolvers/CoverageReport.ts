/**
 * `CoverageReport.gaps` and `CoverageGap.suggestions`: the report's gap lists as one list, each
 * gap's suggestions loaded for all gaps of the request in one batch (the suggestion DataLoader).
 */
import type {
  CoverageGapResolvers as GapResolvers,
  CoverageReportResolvers as ReportResolvers,
} from '../generated/graphql.js';
import { coverageGaps } from '../queries/coverage.js';

export const CoverageReportResolvers: ReportResolvers = {
  gaps: (report) => coverageGaps(report),
};

export const CoverageGapResolvers: GapResolvers = {
  suggestions: (gap, args, ctx) =>
    ctx.loaders.suggestions.load({ uid: gap.artifact.uid, kinds: gap.kinds, first: args.first }),
};
