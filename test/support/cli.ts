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

/** A `threadline` process still running: its output so far, signals, and its exit. */
export interface RunningCli {
  /** stdout and stderr as they arrived, so far. */
  output(): string;
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the process exits. */
  exited: Promise<CliRun>;
}

/** Resolves when the process exits (no timeout: the test's own bounds it). */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, env).exited;
}

/** Starts `threadline <args>` and returns at once (for long-running commands and signals). */
export function startCli(args: readonly string[], env: Record<string, string> = {}): RunningCli {
  let stdout = '';
  let output = '';
  let kill: (signal: NodeJS.Signals) => void = () => undefined;
  const exited = new Promise<CliRun>((resolve) => {
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
    kill = (signal) => void child.kill(signal);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, output }));
  });
  return { output: () => output, kill: (signal) => kill(signal), exited };
}
