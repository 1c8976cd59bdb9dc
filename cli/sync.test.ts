import type { SyncSummary } from '../ingest/sync/job.js';
import type { ProgressEvent } from '../graph/progress.js';
import { exitCode, progressLine } from './sync.js';

const summary = (status: SyncSummary['status']) => ({ status }) as SyncSummary;
const event = (over: Partial<ProgressEvent>): ProgressEvent => ({
  source: 'git:/r',
  phase: 'fetching',
  fetched: 0,
  written: 0,
  embedded: 0,
  waits: 0,
  ...over,
});

describe('sync exit codes', () => {
  it('is 0 when every source is ok, 3 when one is partial, 1 when one failed', () => {
    expect(exitCode([summary('ok'), summary('ok')])).toBe(0);
    expect(exitCode([summary('ok'), summary('partial')])).toBe(3);
    expect(exitCode([summary('partial'), summary('failed')])).toBe(1);
    expect(exitCode([summary('busy')])).toBe(1);
  });
});

describe('progress lines without a terminal', () => {
  it('prints a line for each page written and for each phase, nothing when nothing moved', () => {
    const last = new Map<string, string>();
    const lines = [
      event({}),
      event({ phase: 'writing', fetched: 200 }),
      event({ fetched: 200, written: 200 }),
      event({ fetched: 200, written: 200 }),
      event({ phase: 'done', fetched: 200, written: 200 }),
    ].map((e) => progressLine(e, last));
    expect(lines).toEqual([
      'git:/r: fetched 0 · written 0 · embedded 0 · waits 0',
      '',
      'git:/r: fetched 200 · written 200 · embedded 0 · waits 0',
      '',
      'git:/r: done · fetched 200 · written 200 · embedded 0 · waits 0',
    ]);
  });
});
