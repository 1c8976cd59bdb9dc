import { chunkText } from './chunk.js';

describe('chunking long text', () => {
  it('cuts plain text on paragraph boundaries near the target size', () => {
    const para = (n: number) => `Paragraph ${n}. ${'word '.repeat(60).trim()}.`;
    const chunks = chunkText([1, 2, 3, 4].map(para).join('\n\n'), 400);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(700);
    expect(chunks.join('\n\n')).toContain('Paragraph 4.');
  });

  it('never lets a chunk span two markdown sections, and repeats the heading', () => {
    const text = [
      '# Checkout',
      'Intro text.',
      '## Rollout',
      ...Array.from({ length: 6 }, (_, i) => `Step ${i}: ${'roll '.repeat(40)}`),
      '## Risks',
      'Carrier limits.',
    ].join('\n\n');
    const chunks = chunkText(text, 300);
    expect(chunks[0]).toBe('# Checkout\n\nIntro text.');
    const rollout = chunks.filter((c) => c.includes('Step'));
    expect(rollout.length).toBeGreaterThan(1);
    for (const c of rollout) expect(c.startsWith('## Rollout')).toBe(true);
    expect(chunks.at(-1)).toBe('## Risks\n\nCarrier limits.');
  });
});
