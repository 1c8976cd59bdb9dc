/**
 * `threadline <command>`: the one command line of Threadline. `npm start`, `npm run sync`, … are
 * aliases of these commands. Errors print one line and exit 1; a usage error or bad input found
 * before any work (a `--repo` that is not a checkout) exits 2; `sync` exits 3 when a run was
 * partial (see `cli/sync.ts`).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { registerDataCommands } from './data.js';
import { registerKeysCommands } from './keys.js';
import { registerLabCommands } from './lab.js';
import { registerServeCommand } from './serve.js';
import { registerServicesCommands } from './services.js';
import { registerSyncCommands } from './sync.js';

const program = new Command('threadline')
  .description('Threadline: the thread from PRD to code, as a graph behind one GraphQL API')
  .showHelpAfterError()
  .exitOverride();
registerServeCommand(program);
registerSyncCommands(program);
registerDataCommands(program);
registerServicesCommands(program);
registerKeysCommands(program);
registerLabCommands(program);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof InvalidArgumentError) {
    // Thrown by a command about its arguments (e.g. no source named): a usage error.
    process.stderr.write(`threadline: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof CommanderError) {
    // Help and version are not errors; commander has already printed its message.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  process.stderr.write(`threadline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
