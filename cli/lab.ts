/** `threadline eval` and `threadline bench`: retrieval quality and latency, measured. */
import type { Command } from 'commander';
import { runBench } from '../bench/run.js';
import { runDatasetEval, runEval } from '../eval/run.js';

/** Registers `eval` and `bench` on `program`. */
export function registerLabCommands(program: Command): void {
  program
    .command('eval')
    .description('retrieval quality on the demo portfolio, per embedder (own Neo4j on 7689)')
    .option(
      '--dataset <dir>',
      'instead: requirements-to-code retrieval on a traceability dataset (req/, code/, links.txt)',
    )
    .action((options: { dataset?: string }) =>
      options.dataset ? runDatasetEval(options.dataset) : runEval(),
    );
  program
    .command('bench')
    .description('change-feed and query latency against the configured (or local) services')
    .action(runBench);
}
