/**
 * Held-out evaluation of next-value models: the unigram and bigram baselines. The seeded split and the scoring
 * loop live in core/solo/heldout.ts, where training (which chooses its epoch by them) may import them.
 *
 * Unknown values: a held-out value absent from the training part has no output in any of the three models.
 * It is not scored by any of them (and counted); as context it is "unknown" for all three: the LSTM is fed
 * the zero vector (its x0) for it, the bigram backs off to its unigram-like continuation distribution.
 */
import { UNKNOWN_INDEX, type NextValueModel } from '../solo/heldout';

export const UNIGRAM_DESCRIPTION =
  'unigram: relative frequency in the training part (every scored value occurs there, so no smoothing is needed)';

/** The unigram baseline: every value's relative frequency in the training tokens, whatever came before. */
export function unigramModel(tokens: readonly number[], nValues: number): NextValueModel {
  const distribution = new Float64Array(nValues);
  for (const token of tokens) distribution[token]++;
  for (let v = 0; v < nValues; v++) distribution[v] /= tokens.length;
  return { start: () => distribution, advance: () => distribution };
}

/** Kneser-Ney discount. */
export const BIGRAM_DISCOUNT = 0.75;
export const BIGRAM_DESCRIPTION =
  `bigram: interpolated Kneser-Ney (discount ${BIGRAM_DISCOUNT}) over the training part as one sequence, the ` +
  "continuation distribution add-one smoothed; a sequence's first value and the value after an unknown one " +
  'get the continuation distribution';

/**
 * The bigram (first-order Markov) baseline, interpolated Kneser-Ney:
 *   P(w | v) = max(c(v,w) - D, 0) / c(v) + D · N1+(v •) / c(v) · Pcont(w),
 *   Pcont(w) = (N1+(• w) + 1) / (N1+(• •) + V).
 * Fitted on the tokens as one sequence, as the LSTM's training windows see them.
 */
export function bigramModel(tokens: readonly number[], nValues: number): NextValueModel {
  const pairCounts = new Map<number, Map<number, number>>();
  for (let i = 1; i < tokens.length; i++) {
    let row = pairCounts.get(tokens[i - 1]);
    if (!row) pairCounts.set(tokens[i - 1], (row = new Map()));
    row.set(tokens[i], (row.get(tokens[i]) ?? 0) + 1);
  }
  const predecessors = new Float64Array(nValues);
  let distinctPairs = 0;
  for (const row of pairCounts.values()) {
    for (const next of row.keys()) predecessors[next]++;
    distinctPairs += row.size;
  }
  const continuation = Float64Array.from(predecessors, (count) => (count + 1) / (distinctPairs + nValues));
  const conditional = new Map<number, Float64Array>();
  const distributionAfter = (previous: number): Float64Array => {
    if (previous === UNKNOWN_INDEX) return continuation;
    const cached = conditional.get(previous);
    if (cached) return cached;
    const row = pairCounts.get(previous);
    if (!row) return continuation;
    let total = 0;
    for (const count of row.values()) total += count;
    const backoff = (BIGRAM_DISCOUNT * row.size) / total;
    const distribution = Float64Array.from(continuation, (p) => backoff * p);
    for (const [next, count] of row) distribution[next] += Math.max(count - BIGRAM_DISCOUNT, 0) / total;
    conditional.set(previous, distribution);
    return distribution;
  };
  return {
    start: (prime) => distributionAfter(prime.length > 0 ? prime[prime.length - 1] : UNKNOWN_INDEX),
    advance: (index) => distributionAfter(index),
  };
}
