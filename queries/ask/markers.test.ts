import { createMarkerFilter } from './markers.js';

function run(chunks: string[], valid = [1, 2, 3]) {
  const filter = createMarkerFilter(new Set(valid));
  const emitted = chunks.map((c) => filter.push(c));
  emitted.push(filter.end());
  return { text: emitted.join(''), emitted, cited: [...filter.cited] };
}

describe('citation markers in generated text', () => {
  it('keeps valid markers and lists them in order of first appearance', () => {
    expect(run(['Retries are capped [2], see the spec [1] and [2].'])).toEqual({
      text: 'Retries are capped [2], see the spec [1] and [2].',
      emitted: ['Retries are capped [2], see the spec [1] and [2].', ''],
      cited: [2, 1],
    });
  });

  it('drops an invented marker together with the space before it', () => {
    expect(run(['It ships in May [7]. Owned by payments [2] [9] team.']).text).toBe(
      'It ships in May. Owned by payments [2] team.',
    );
  });

  it('splits groups and keeps only the markers that exist', () => {
    const r = run(['Both [1, 9, 3] agree [4,5].']);
    expect(r.text).toBe('Both [1][3] agree.');
    expect(r.cited).toEqual([1, 3]);
  });

  it('filters markers split across streamed tokens, holding back only the open group', () => {
    const r = run(['The PRD', ' [', '1', '] and [', '12', ']', ' end']);
    expect(r.text).toBe('The PRD [1] and end');
    expect(r.emitted[1]).toBe('');
    expect(r.cited).toEqual([1]);
  });

  it('leaves brackets that are not markers alone', () => {
    expect(run(['Use arr[i] or [see below] and [ ] here [']).text).toBe(
      'Use arr[i] or [see below] and [ ] here [',
    );
  });

  it('gives up holding a bracket group that grows too long', () => {
    const long = `[${'1'.repeat(30)}]`;
    expect(run([`x ${long} y`]).text).toBe(`x ${long} y`);
  });
});
