// Orders test files by tier (unit, integration, e2e), then as Jest's own sequencer would (failed
// first, slowest first). One run of `--selectProjects integration e2e` then starts Neo4j and Redis
// once and still finishes the integration tier before the first end-to-end test.
// `@jest/test-sequencer` is Jest's, resolved through the `jest` package that depends on it.
const jestCore = require.resolve('@jest/core', { paths: [require.resolve('jest')] });
const { default: Sequencer } = require(
  require.resolve('@jest/test-sequencer', { paths: [jestCore] }),
);

const TIERS = ['unit', 'integration', 'e2e'];

class TierSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rank = (test) => {
      const i = TIERS.indexOf(test.context.config.displayName?.name ?? '');
      return i < 0 ? TIERS.length : i;
    };
    // Array#sort is stable: within a tier Jest's order is kept.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = TierSequencer;
