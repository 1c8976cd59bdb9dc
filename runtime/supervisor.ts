/**
 * Keeps the local servers a long-running process started alive (the development default of
 * `threadline serve`): every `intervalMs` it checks them, and one that died is started again,
 * with backoff (1 s, doubling up to 30 s) while starting fails. Each step is logged once: down
 * (with where its log is), each failed try, back (with the time it was down). Servers the process
 * did not start (an external NEO4J_URI or REDIS_URL, or one already running) are never supervised.
 */

export interface SupervisedServer {
  /** For the log: `Neo4j`, `Redis`. */
  name: string;
  /** Whether its process is alive (cheap: a pid check). */
  alive(): boolean;
  /** Starts it and resolves once it serves. */
  start(): Promise<unknown>;
  /** Where its own log is, named in the warning. */
  logFile?: string;
}

export interface SupervisorOptions {
  info: (message: string) => void;
  warn: (message: string) => void;
  /** @default 5000 */
  intervalMs?: number;
  /** Waits between failed restarts; injectable for tests. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Backoff before the next restart after `failures` failed ones: 1 s doubling, at most 30 s. */
export const restartDelayMs = (failures: number): number =>
  Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));

/** Starts supervising `servers`; `stop()` ends it (call it before stopping them on purpose). */
export function superviseServers(
  servers: readonly SupervisedServer[],
  options: SupervisorOptions,
): { stop(): void; check(): Promise<void> } {
  const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  const now = options.now ?? Date.now;
  let stopped = false;
  const restarting = new Set<string>();

  const restart = async (s: SupervisedServer) => {
    const since = now();
    options.warn(
      `the local ${s.name} stopped unexpectedly; restarting it${s.logFile ? ` (its log: ${s.logFile})` : ''}`,
    );
    for (let failures = 0; !stopped;) {
      try {
        await s.start();
        options.info(`the local ${s.name} is back after ${Math.round((now() - since) / 1000)} s`);
        return;
      } catch (error) {
        failures += 1;
        const delay = restartDelayMs(failures);
        options.warn(
          `restarting the local ${s.name} failed (${error instanceof Error ? error.message : String(error)}); next try in ${delay / 1000} s`,
        );
        await sleep(delay);
      }
    }
  };

  const check = async () => {
    await Promise.all(
      servers.map(async (s) => {
        if (stopped || restarting.has(s.name) || s.alive()) return;
        restarting.add(s.name);
        try {
          await restart(s);
        } finally {
          restarting.delete(s.name);
        }
      }),
    );
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 5000);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    check,
  };
}
