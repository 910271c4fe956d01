/**
 * Held-out evaluation of next-value models: the seeded split of a corpus, the unigram and bigram baselines,
 * and the scoring loop shared by every model (the LSTM's adapter lives in the engine).
 *
 * Unknown values: a held-out value absent from the training part has no output in any of the three models.
 * It is not scored by any of them (and counted); as context it is "unknown" for all three: the LSTM is fed
 * the zero vector (its x0) for it, the bigram backs off to its unigram-like continuation distribution.
 */
import { createRng } from '../random';
import { shuffleInPlace } from '../solo/dataset';

/** The index of a value that is not in the training vocabulary. */
export const UNKNOWN_INDEX = -1;

export interface HeldOutSequence {
  /** Values fed before scoring starts (context; not scored). */
  prime: string[];
  /** Values scored one after another. */
  target: string[];
}

export interface HeldOutSplit {
  split: 'tunes' | 'tails';
  /** The training part: the kept tunes (or heads) concatenated in corpus order, as training sees a corpus. */
  training: string[];
  /** How many values of `training` each kept tune (or head) has, in order: training windows stay inside one. */
  trainingTuneLengths: number[];
  heldout: HeldOutSequence[];
  /** Indices of the tunes held out whole ('tunes'), in corpus order. */
  heldoutTunes: number[];
}

export interface SplitOptions {
  /** Share of the values to hold out, 0 to 0.5. */
  share: number;
  seed: number;
  /** 'auto': whole tunes when there are at least `minTunesForTuneSplit` tunes, else the tail of each tune. */
  split?: 'tunes' | 'tails' | 'auto';
  minTunesForTuneSplit?: number;
  /** For 'tails': how many values before the tail are fed as context (the training window minus one). */
  contextLength?: number;
}

export const DEFAULT_MIN_TUNES_FOR_TUNE_SPLIT = 10;

/**
 * Holds out a seeded part of the corpus. 'tunes': whole tunes, drawn in a seeded order until the share is
 * reached (at least one tune is kept for training); a held-out tune is scored from x0, as generation starts.
 * 'tails': the last `share` of every tune (at least one value, and never the whole tune), primed with the
 * values before it.
 */
export function splitHeldOut(tuneValues: ReadonlyArray<readonly string[]>, options: SplitOptions): HeldOutSplit {
  const total = tuneValues.reduce((sum, values) => sum + values.length, 0);
  const wanted = options.share * total;
  const minTunes = options.minTunesForTuneSplit ?? DEFAULT_MIN_TUNES_FOR_TUNE_SPLIT;
  const split =
    options.split === 'auto' || options.split === undefined
      ? tuneValues.length >= minTunes
        ? 'tunes'
        : 'tails'
      : options.split;
  if (split === 'tunes') {
    const order = shuffleInPlace(
      tuneValues.map((_, i) => i),
      createRng(options.seed),
    );
    const held = new Set<number>();
    let count = 0;
    for (const index of order) {
      if (count >= wanted || held.size >= tuneValues.length - 1) break;
      if (tuneValues[index].length === 0) continue;
      held.add(index);
      count += tuneValues[index].length;
    }
    const heldoutTunes = [...held].sort((a, b) => a - b);
    return {
      split,
      training: tuneValues.flatMap((values, i) => (held.has(i) ? [] : [...values])),
      trainingTuneLengths: tuneValues.filter((_, i) => !held.has(i)).map((values) => values.length),
      heldout: heldoutTunes.map((i) => ({ prime: [], target: [...tuneValues[i]] })),
      heldoutTunes,
    };
  }
  const context = options.contextLength ?? 29;
  const training: string[] = [];
  const trainingTuneLengths: number[] = [];
  const heldout: HeldOutSequence[] = [];
  for (const values of tuneValues) {
    const tail =
      values.length >= 2 ? Math.min(values.length - 1, Math.max(1, Math.round(options.share * values.length))) : 0;
    const headLength = values.length - tail;
    training.push(...values.slice(0, headLength));
    trainingTuneLengths.push(headLength);
    if (tail > 0)
      heldout.push({
        prime: values.slice(Math.max(0, headLength - context), headLength),
        target: values.slice(headLength),
      });
  }
  return { split, training, trainingTuneLengths, heldout, heldoutTunes: [] };
}

/**
 * A next-value model as the scorer drives it: `start` begins a sequence (after feeding its prime) and
 * returns the distribution of the first value; `advance` feeds the value just seen (UNKNOWN_INDEX for an
 * unknown one) and returns the distribution of the next. Distributions are over the training vocabulary.
 */
export interface NextValueModel {
  start(prime: readonly number[]): ArrayLike<number>;
  advance(index: number): ArrayLike<number>;
}

export interface HeldOutScore {
  /** Mean negative log-likelihood per scored value, in nats. */
  nll: number;
  /** Share of scored values that were the model's most probable choice. */
  accuracy: number;
  scored: number;
  unknown: number;
}

/** Smallest probability used in a log, so that a float32 softmax that rounds to 0 gives a finite loss. */
const PROBABILITY_FLOOR = 1e-12;

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Scores a model on held-out sequences already mapped to training-vocabulary indices. */
export function scoreHeldOut(
  sequences: ReadonlyArray<{ prime: readonly number[]; target: readonly number[] }>,
  model: NextValueModel,
): HeldOutScore {
  let nllSum = 0;
  let correct = 0;
  let scored = 0;
  let unknown = 0;
  for (const sequence of sequences) {
    let distribution = model.start(sequence.prime);
    sequence.target.forEach((index, position) => {
      if (index === UNKNOWN_INDEX) unknown++;
      else {
        nllSum -= Math.log(Math.max(distribution[index], PROBABILITY_FLOOR));
        if (argmax(distribution) === index) correct++;
        scored++;
      }
      if (position + 1 < sequence.target.length) distribution = model.advance(index);
    });
  }
  return { nll: scored > 0 ? nllSum / scored : NaN, accuracy: scored > 0 ? correct / scored : NaN, scored, unknown };
}

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
