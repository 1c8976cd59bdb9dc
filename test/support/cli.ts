/** Runs `threadline <args>` as a process against the test servers, as a user would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.js';
import { testNeo4jUri, testRedisUrl } from './services.js';

export interface CliRun {
  code: number | null;
  /** What it wrote to stdout. */
  stdout: string;
  /** stdout and stderr as they arrived. */
  output: string;
}

/** Resolves when the process exits (no timeout: the test's own bounds it). */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'cli', 'main.ts'), ...args],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: testNeo4jUri(),
          REDIS_URL: testRedisUrl(),
          LOG_LEVEL: 'silent',
          ...env,
        },
      },
    );
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, output }));
  });
}
