/** Retrieval metrics over ranked uid lists: recall@k and reciprocal rank, averaged per group. */

export interface Judged {
  /** Retrieved uids, best first. */
  ranked: readonly string[];
  /** uids that answer the question. */
  expected: readonly string[];
}

/** Share of `expected` found in the first `k` of `ranked`. */
export function recallAt(j: Judged, k: number): number {
  if (j.expected.length === 0) return 0;
  const top = new Set(j.ranked.slice(0, k));
  return j.expected.filter((u) => top.has(u)).length / j.expected.length;
}

/** 1 / rank of the first expected uid (0 when none was retrieved). */
export function reciprocalRank(j: Judged): number {
  const expected = new Set(j.expected);
  const i = j.ranked.findIndex((u) => expected.has(u));
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface Scores {
  n: number;
  recall5: number;
  recall10: number;
  mrr: number;
}

/** The mean of `f` over `judged` (0 when there is nothing to judge). */
export function meanOver(judged: readonly Judged[], f: (j: Judged) => number): number {
  return judged.length === 0 ? 0 : judged.reduce((s, j) => s + f(j), 0) / judged.length;
}

/** Means over `judged`. */
export function score(judged: readonly Judged[]): Scores {
  const mean = (f: (j: Judged) => number) => meanOver(judged, f);
  return {
    n: judged.length,
    recall5: mean((j) => recallAt(j, 5)),
    recall10: mean((j) => recallAt(j, 10)),
    mrr: mean(reciprocalRank),
  };
}

/**
 * Average precision over the first `k` of `ranked`: the precision at each expected uid found,
 * summed and divided by the number expected (so a missed one counts as precision 0).
 */
export function averagePrecision(j: Judged, k: number): number {
  if (j.expected.length === 0) return 0;
  const expected = new Set(j.expected);
  let found = 0;
  let sum = 0;
  j.ranked.slice(0, k).forEach((u, i) => {
    if (expected.has(u)) {
      found += 1;
      sum += found / (i + 1);
    }
  });
  return sum / expected.size;
}
