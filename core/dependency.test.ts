import { createDependencyState } from './dependency.js';

function setup() {
  const lines: { fields: object; message: string }[] = [];
  let clock = 1_000;
  const state = createDependencyState(
    'redis',
    { warn: (fields: object, message: string) => lines.push({ fields, message }) } as never,
    () => clock,
  );
  return { state, lines, advance: (ms: number) => (clock += ms) };
}

describe('the outage log of a dependency', () => {
  it('logs one warning when it goes away and one, with the duration, when it is back', () => {
    const { state, lines, advance } = setup();
    const [a, b, c] = [{}, {}, {}];
    state.failed(a, new Error('connect ECONNREFUSED 127.0.0.1:6390'));
    for (let i = 0; i < 20; i += 1) {
      advance(150);
      state.failed(i % 2 ? a : b, new Error('connect ECONNREFUSED 127.0.0.1:6390'));
    }
    state.failed(c, new Error('Connection is closed.'));
    expect(state.down).toBe(true);
    state.ready(a);
    state.ready(b);
    expect(lines).toHaveLength(1);
    state.ready(c);
    expect(state.down).toBe(false);
    expect(lines).toEqual([
      {
        fields: { dependency: 'redis', reason: 'connect ECONNREFUSED 127.0.0.1:6390' },
        message:
          'redis is unreachable (connect ECONNREFUSED 127.0.0.1:6390); retrying quietly until it is back',
      },
      { fields: { dependency: 'redis', downMs: 3000 }, message: 'redis is back after 3.0 s' },
    ]);
  });

  it('stays quiet about connections that connect, or close on purpose, while it is up', () => {
    const { state, lines } = setup();
    const a = {};
    state.ready(a);
    state.closed(a);
    expect(lines).toEqual([]);
    expect(state.down).toBe(false);
  });

  it('does not wait for a connection closed on purpose during the outage', () => {
    const { state, lines, advance } = setup();
    const [a, b] = [{}, {}];
    state.failed(a, 'ECONNRESET');
    state.failed(b, 'ECONNRESET');
    state.closed(b);
    advance(500);
    state.ready(a);
    expect(lines.map((l) => l.message)).toEqual([
      'redis is unreachable (ECONNRESET); retrying quietly until it is back',
      'redis is back after 0.5 s',
    ]);
  });

  it('logs a second outage as a new one', () => {
    const { state, lines } = setup();
    const a = {};
    state.failed(a, 'down');
    state.ready(a);
    state.failed(a, 'down again');
    expect(lines.map((l) => l.message)[2]).toBe(
      'redis is unreachable (down again); retrying quietly until it is back',
    );
  });

  it('reports up/down and the length of each outage to an observer (the metrics)', () => {
    const seen: string[] = [];
    let clock = 0;
    const state = createDependencyState('redis', { warn: () => {} } as never, () => clock, {
      up: (up) => seen.push(up ? 'up' : 'down'),
      downFor: (ms) => seen.push(`down for ${ms} ms`),
    });
    const a = {};
    state.failed(a, new Error('ECONNREFUSED'));
    clock += 2500;
    state.failed(a, new Error('ECONNREFUSED'));
    state.ready(a);
    expect(seen).toEqual(['up', 'down', 'down for 2500 ms', 'up']);
  });
});
