import { z } from 'zod';
import { bool, csv, describeIssue } from './zod.js';

describe('zod helpers', () => {
  it('reads a comma-separated list, trimming items and dropping empty ones', () => {
    expect(csv.parse(' a, b ,,c,')).toEqual(['a', 'b', 'c']);
    expect(csv.parse('')).toEqual([]);
  });

  it('reads yes/no, 1/0 and true/false as booleans and refuses anything else', () => {
    expect(['true', '1', 'yes'].map((v) => bool.parse(v))).toEqual([true, true, true]);
    expect(['false', '0', 'no'].map((v) => bool.parse(v))).toEqual([false, false, false]);
    expect(bool.safeParse('on').success).toBe(false);
  });

  it('describes the first problem of a failed parse with the path to it', () => {
    const schema = z.object({ body: z.object({ title: z.string() }) });
    const result = schema.safeParse({ body: { title: null } });
    expect(result.success).toBe(false);
    expect(describeIssue(result.error!)).toMatch(/^body\.title: .*string/);
  });
});
