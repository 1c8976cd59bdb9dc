import {
  basicTokenize,
  createWordPieceTokenizer,
  normalize,
  parseTokenizerJson,
  parseVocab,
  wordPiece,
} from './wordpiece.js';

const VOCAB = parseVocab(
  [
    '[PAD]',
    '[UNK]',
    '[CLS]',
    '[SEP]',
    'un',
    '##aff',
    '##able',
    '##a',
    'hello',
    'world',
    ',',
    '!',
    'cafe',
    '日',
    '本',
    'reset',
    'password',
    '?',
    '[',
    ']',
    'se',
    '##p',
    '[MASK]',
  ].join('\n'),
);
const id = (token: string) => VOCAB.get(token);

describe('the WordPiece tokenizer', () => {
  it('reads a vocab with ids by line, LF or CRLF, and needs the special tokens', () => {
    expect(parseVocab('[UNK]\r\n[CLS]\r\n[SEP]\r\nhi\r\n').get('hi')).toBe(3);
    expect(id('hello')).toBe(8);
    expect(() => parseVocab('[CLS]\n[SEP]\n')).toThrow('vocab has no [UNK] token');
  });

  it('lower-cases, strips accents and drops control characters', () => {
    expect(normalize('Café Naïve ÀÉÎ')).toBe('cafe naive aei');
    expect(normalize('a\u0000b\u0007c\u200bd\ufffde')).toBe('abcde');
    expect(normalize('a\tb\nc\u00a0d\u3000e')).toBe('a b c d e');
  });

  it('splits on whitespace and makes every punctuation mark a word', () => {
    expect(basicTokenize('  Hello,   WORLD!  ')).toEqual(['hello', ',', 'world', '!']);
    expect(basicTokenize("don't re-use v2.0 $5")).toEqual([
      'don',
      "'",
      't',
      're',
      '-',
      'use',
      'v2',
      '.',
      '0',
      '$',
      '5',
    ]);
    expect(basicTokenize('')).toEqual([]);
  });

  it('puts every CJK ideograph in a word of its own', () => {
    expect(basicTokenize('日本語text')).toEqual(['日', '本', '語', 'text']);
  });

  it('matches greedily, longest piece first, with ## continuations', () => {
    expect(wordPiece('unaffable', VOCAB)).toEqual(['un', '##aff', '##able']);
    expect(wordPiece('unaffablea', VOCAB)).toEqual(['un', '##aff', '##able', '##a']);
    expect(wordPiece('hello', VOCAB)).toEqual(['hello']);
  });

  it('makes a word [UNK] when a part matches nothing or the word is too long', () => {
    expect(wordPiece('unaffablez', VOCAB)).toEqual(['[UNK]']);
    expect(wordPiece('hello', VOCAB, 4)).toEqual(['[UNK]']);
  });

  it('wraps the ids in [CLS] and [SEP] with a full mask and type 0', () => {
    const e = createWordPieceTokenizer(VOCAB).encode('Hello, Wörld! Unaffable 日本');
    expect(e.ids).toEqual(
      ['[CLS]', 'hello', ',', 'world', '!', 'un', '##aff', '##able', '日', '本', '[SEP]'].map(id),
    );
    expect(e.attentionMask).toEqual(new Array(11).fill(1));
    expect(e.tokenTypeIds).toEqual(new Array(11).fill(0));
  });

  it('keeps special tokens written in the text whole, case and all', () => {
    expect(createWordPieceTokenizer(VOCAB).tokenize('hello[SEP]world [sep] [MASK]')).toEqual([
      'hello',
      '[SEP]',
      'world',
      '[',
      'se',
      '##p',
      ']',
      '[MASK]',
    ]);
    expect(createWordPieceTokenizer(VOCAB, { specialTokens: [] }).tokenize('[SEP]')).toEqual([
      '[',
      'se',
      '##p',
      ']',
    ]);
  });

  it('encodes text without words as [CLS] [SEP]', () => {
    expect(createWordPieceTokenizer(VOCAB).encode(' \t ').ids).toEqual([id('[CLS]'), id('[SEP]')]);
  });

  it('cuts long texts to maxLength tokens, ending in [SEP]', () => {
    const tokenizer = createWordPieceTokenizer(VOCAB, { maxLength: 5 });
    const e = tokenizer.encode('unaffable hello world');
    expect(e.ids).toEqual(['[CLS]', 'un', '##aff', '##able', '[SEP]'].map(id));
    expect(e.attentionMask).toHaveLength(5);
    expect(tokenizer.tokenize('unaffable hello world')).toHaveLength(5);
  });

  it('cuts one text to a lower limit on request, never above maxLength', () => {
    const tokenizer = createWordPieceTokenizer(VOCAB, { maxLength: 5 });
    expect(tokenizer.encode('unaffable hello world', 4).ids).toEqual(
      ['[CLS]', 'un', '##aff', '[SEP]'].map(id),
    );
    expect(tokenizer.encode('unaffable hello world', 50).ids).toHaveLength(5);
  });

  it('rejects a maxLength with no room for [CLS] and [SEP]', () => {
    expect(() => createWordPieceTokenizer(VOCAB, { maxLength: 1 })).toThrow('at least 2');
  });
});

describe('parseTokenizerJson', () => {
  const bert = (patch: Record<string, unknown> = {}) =>
    JSON.stringify({
      normalizer: { type: 'BertNormalizer', lowercase: true, strip_accents: null },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      model: {
        type: 'WordPiece',
        continuing_subword_prefix: '##',
        max_input_chars_per_word: 100,
        vocab: { '[PAD]': 0, '[UNK]': 1, '[CLS]': 2, '[SEP]': 3, reset: 4, '##s': 5 },
      },
      ...patch,
    });

  it('reads the vocabulary of a BERT uncased WordPiece tokenizer, ids as given', () => {
    const vocab = parseTokenizerJson(bert());
    expect(vocab.get('[CLS]')).toBe(2);
    expect(createWordPieceTokenizer(vocab).encode('Resets').ids).toEqual([2, 4, 5, 3]);
  });

  it('refuses a tokenizer that would split or case text differently', () => {
    expect(() =>
      parseTokenizerJson(bert({ model: { type: 'BPE', vocab: {} } }), 'roberta.json'),
    ).toThrow(/roberta\.json is not a BERT uncased WordPiece tokenizer: model BPE/);
    expect(() =>
      parseTokenizerJson(bert({ normalizer: { type: 'BertNormalizer', lowercase: false } })),
    ).toThrow(/lower-casing/);
    expect(() => parseTokenizerJson(bert({ pre_tokenizer: { type: 'Metaspace' } }))).toThrow(
      /pre-tokenizer Metaspace/,
    );
  });
});
