import { createLocalEmbedder, embedLocal, tokenize } from './local.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);

describe('the local embedder', () => {
  it('is deterministic and L2-normalised', () => {
    const a = embedLocal('Pay with a saved card in one click', 384);
    expect(a).toEqual(embedLocal('Pay with a saved card in one click', 384));
    expect(Math.sqrt(cosine(a, a))).toBeCloseTo(1, 10);
  });

  it('scores shared words and word forms above unrelated text', () => {
    const q = embedLocal('authenticate with a passkey', 384);
    const near = embedLocal('Passkey authentication for sign-in', 384);
    const far = embedLocal('Shipping rates by postcode', 384);
    expect(cosine(q, near)).toBeGreaterThan(cosine(q, far) + 0.2);
  });

  it('drops stop words and lower-cases', () => {
    expect(tokenize('The Card OF the Shopper')).toEqual(['card', 'shopper']);
  });

  it('returns a zero vector for text without words', async () => {
    const [v] = await createLocalEmbedder(8).embed(['  ...  ']);
    expect(v).toEqual(new Array(8).fill(0));
  });
});
