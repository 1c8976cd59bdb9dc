/** Structured JSON logs (pino). */
import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** A pino logger at `level`; `silent` for tests. */
export function createLogger(level: string, name = 'threadline'): Logger {
  return pino({ name, level, base: { service: name } });
}
