// Stops the servers global-setup.mjs started.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default function globalTeardown() {
  const started = process.env.THREADLINE_TEST_STARTED ?? '';
  if (!started) return;
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'services-cli.ts'), 'stop', started],
    {
      stdio: 'inherit',
    },
  );
}
