import { adfToText } from './adf.js';

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({
  type: 'text',
  text,
  ...(marks ? { marks } : {}),
});
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('ADF to plain text', () => {
  it('separates paragraphs and headings with a blank line and keeps marked text', () => {
    const text = adfToText(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Goal')] },
        p(t('Pay '), t('in one click', [{ type: 'strong' }]), t('.')),
        p(t('Second paragraph.')),
      ),
    );
    expect(text).toBe('Goal\n\nPay in one click.\n\nSecond paragraph.');
  });

  it('turns hard breaks into new lines within a paragraph', () => {
    expect(adfToText(doc(p(t('line one'), { type: 'hardBreak' }, t('line two'))))).toBe(
      'line one\nline two',
    );
  });

  it('writes bullet and ordered lists with markers, nested lists indented', () => {
    const text = adfToText(
      doc(
        {
          type: 'bulletList',
          content: [
            li(p(t('cards'))),
            li(p(t('wallets')), {
              type: 'orderedList',
              attrs: { order: 3 },
              content: [li(p(t('Apple Pay'))), li(p(t('Google Pay')))],
            }),
          ],
        },
        p(t('after')),
      ),
    );
    expect(text).toBe('- cards\n- wallets\n  3. Apple Pay\n  4. Google Pay\n\nafter');
  });

  it('keeps code blocks verbatim, line breaks included', () => {
    const text = adfToText(
      doc(p(t('Run:')), {
        type: 'codeBlock',
        attrs: { language: 'sh' },
        content: [t('npm ci\nnpm test')],
      }),
    );
    expect(text).toBe('Run:\n\nnpm ci\nnpm test');
  });

  it('names mentions and keeps link addresses next to their text', () => {
    const text = adfToText(
      doc(
        p(
          { type: 'mention', attrs: { id: '5b10a2844c20165700ede21g', text: '@Mia Krystof' } },
          t(' see '),
          t('the spec', [{ type: 'link', attrs: { href: 'https://example.com/spec' } }]),
          t(' and '),
          t('https://example.com', [{ type: 'link', attrs: { href: 'https://example.com' } }]),
          t(' '),
          { type: 'inlineCard', attrs: { url: 'https://lumen.atlassian.net/browse/SHOP-2' } },
        ),
      ),
    );
    expect(text).toBe(
      '@Mia Krystof see the spec (https://example.com/spec) and https://example.com https://lumen.atlassian.net/browse/SHOP-2',
    );
  });

  it('writes tables row by row with cells separated by bars', () => {
    const cell = (s: string) => ({ type: 'tableCell', content: [p(t(s))] });
    const text = adfToText(
      doc({
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [{ type: 'tableHeader', content: [p(t('Card'))] }, cell('Limit')],
          },
          { type: 'tableRow', content: [cell('Visa'), cell('5000')] },
        ],
      }),
    );
    expect(text).toBe('Card | Limit\nVisa | 5000');
  });

  it('keeps the words inside unknown and container node types', () => {
    const text = adfToText(
      doc(
        { type: 'panel', attrs: { panelType: 'info' }, content: [p(t('Heads up'))] },
        { type: 'futureBlock', content: [p(t('inside'), { type: 'futureInline', text: '!' })] },
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'x' } }] },
        { type: 'rule' },
        {
          type: 'taskList',
          content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [t('ship')] }],
        },
      ),
    );
    expect(text).toBe('Heads up\n\ninside!\n\n---\n\n[x] ship');
  });

  it('returns strings as they are and empty text for nothing or junk', () => {
    expect(adfToText('  plain wiki text  ')).toBe('plain wiki text');
    expect(adfToText(null)).toBe('');
    expect(adfToText(undefined)).toBe('');
    expect(adfToText(42)).toBe('');
    expect(adfToText({ type: 'doc', content: 'not an array' })).toBe('');
    expect(adfToText(doc(null, 7, p(null, t('ok'))))).toBe('ok');
  });
});
