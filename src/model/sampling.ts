/**
 * Decoding the network into a sequence of value indices: greedy (the reference), or seeded sampling with
 * a temperature and a top-k cut.
 */
import { argmax } from '../core/numeric';
import { createRng, type Rng } from '../core/random';
import type { LstmSampler } from './lstmCell';
import { DEFAULTS } from '../shared/defaults';

export interface SamplingOptions {
  /** Number of indices to generate (the prime is not counted). */
  steps: number;
  /** Logits are divided by it: < 1 sharper, > 1 flatter. Ignored when greedy. */
  temperature?: number;
  /** Sample only among the k most probable values (0 or undefined: all). Ignored when greedy. */
  topK?: number;
  /** Always take the most probable value, as the reference did (deterministic, and it loops). */
  greedy?: boolean;
  seed: number;
  /** Indices fed after x0 and before generating, to set the state ("continue this solo"). */
  prime?: number[];
  /**
   * Reweights each step's probabilities before the choice (0 makes a value impossible) and hears the choice
   * (see BeatGuide). Greedy decoding goes through it too. `stepsLeft` counts the current step; `closing`
   * marks the last one.
   */
  guide?: {
    adjust(probabilities: Float32Array, stepsLeft: number): void;
    accept(index: number, closing: boolean): void;
  };
  /** Sees every step's distributions and choice (generate --explain); changes nothing. */
  observer?: DecodingObserver;
}

/** One decoding step as an explanation reads it. */
export interface DecodedStep {
  /** 0-based, counting generated values (the prime not included). */
  step: number;
  /** The network's own distribution. */
  network: Float32Array;
  /** After the guide: masked (0) or re-weighted values, not renormalised. */
  guided: Float32Array;
  /** The distribution the choice was drawn from (temperature and top-k applied); greedy: undefined. */
  drawn?: Float64Array;
  choice: number;
}

export interface DecodingObserver {
  /** Called before the guide adjusts the step's distribution, with a copy of the network's own. */
  beforeGuide?(step: number, network: Float32Array): void;
  onStep(step: DecodedStep): void;
}

/**
 * Sampling defaults, chosen by measurement on the reference setup (Metheny corpus, 200 values, V = 99,
 * 100 epochs, two training seeds, 10 sampling seeds each, 100 and 300 steps):
 * - greedy recites the memorised corpus (its first 100 steps are a verbatim copy) and then loops: over
 *   300 steps its output ends in a cycle of period 85-98 repeated for 208-217 steps;
 * - temperature 0.5 (deepjazz's choice) still falls into cycles (a periodic tail of 272 of 300 steps);
 * - temperature 1 with top-k 8 never gave a periodic tail longer than 2, halved the longest verbatim copy
 *   of the corpus (about 50-67 values instead of 100-176), and by cutting the improbable tail kept the
 *   mean log-probability of its choices at -0.34 (plain temperature 1: -0.38 to -0.56; 1.2: -0.6).
 */
export const DEFAULT_SAMPLING = { temperature: DEFAULTS.temperature, topK: DEFAULTS.topK } as const;

/** Indices of the k largest probabilities, best first (ties: lower index first), in one pass. */
function topIndices(probabilities: Float32Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (best.length === k && p <= probabilities[best[k - 1]]) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && probabilities[best[at - 1]] < p) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = i;
  }
  return best;
}

/**
 * Draws an index from `probabilities` reshaped by temperature and top-k, with the seeded RNG. An index of
 * probability 0 is never drawn (a guide made it impossible), however high the temperature.
 */
export function sampleIndex(probabilities: Float32Array, temperature: number, topK: number, rng: Rng): number {
  const { candidates, weights, total } = samplingWeights(probabilities, temperature, topK);
  let r = rng.next() * total;
  for (let k = 0; k < candidates.length; k++) {
    r -= weights[k];
    if (r < 0) return candidates[k];
  }
  return candidates[candidates.length - 1];
}

/**
 * The distribution sampleIndex draws from, over every index (0 outside the top-k and for impossible values):
 * what an explanation shows as the probability of the value drawn.
 */
export function samplingDistribution(probabilities: Float32Array, temperature: number, topK: number): Float64Array {
  const { candidates, weights, total } = samplingWeights(probabilities, temperature, topK);
  const distribution = new Float64Array(probabilities.length);
  candidates.forEach((index, k) => (distribution[index] = weights[k] / total));
  return distribution;
}

/** The candidates of a draw and their unnormalised weights (p^(1/T) among the top k possible values). */
function samplingWeights(
  probabilities: Float32Array,
  temperature: number,
  topK: number,
): { candidates: number[]; weights: Float64Array; total: number } {
  const n = probabilities.length;
  const ranked = topK > 0 && topK < n ? topIndices(probabilities, topK) : Array.from({ length: n }, (_, i) => i);
  const possible = ranked.filter((i) => probabilities[i] > 0);
  const candidates = possible.length > 0 ? possible : ranked;
  // p^(1/T) is softmax(logits / T) up to normalisation; work in logs to avoid underflow at small T.
  const weights = new Float64Array(candidates.length);
  let max = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    weights[k] = Math.log(Math.max(probabilities[candidates[k]], 1e-30)) / temperature;
    if (weights[k] > max) max = weights[k];
  }
  let total = 0;
  for (let k = 0; k < candidates.length; k++) {
    weights[k] = Math.exp(weights[k] - max);
    total += weights[k];
  }
  return { candidates, weights, total };
}

/**
 * `steps` value indices from x0 = 0 and a zero state, each choice fed back as the next input.
 * The same sampler weights, options and seed always give the same indices.
 */
export function generateIndices(sampler: LstmSampler, options: SamplingOptions): number[] {
  const { steps, greedy = false, seed, prime = [] } = options;
  const temperature = options.temperature ?? DEFAULT_SAMPLING.temperature;
  const topK = options.topK ?? DEFAULT_SAMPLING.topK;
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a whole number >= 0, got ${steps}`);
  if (!greedy && !(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError(`top-k must be a whole number >= 0, got ${topK}`);
  const rng = createRng(seed);
  sampler.reset();
  let probabilities = sampler.step(-1);
  for (const index of prime) probabilities = sampler.step(index);
  const out: number[] = [];
  const observer = options.observer;
  for (let s = 0; s < steps; s++) {
    const network = observer ? Float32Array.from(probabilities) : undefined;
    if (observer && network) observer.beforeGuide?.(s, network);
    options.guide?.adjust(probabilities, steps - s);
    const choice = greedy ? argmax(probabilities) : sampleIndex(probabilities, temperature, topK, rng);
    if (observer && network) {
      const drawn = greedy ? undefined : samplingDistribution(probabilities, temperature, topK);
      observer.onStep({ step: s, network, guided: Float32Array.from(probabilities), drawn, choice });
    }
    options.guide?.accept(choice, s === steps - 1);
    out.push(choice);
    if (s + 1 < steps) probabilities = sampler.step(choice);
  }
  return out;
}

/**
 * The longest periodic tail of a sequence: the smallest period p and the length L of the longest suffix
 * with seq[i] = seq[i - p], counted only when the cycle repeats at least twice (L >= 2p).
 * `{ period: 0, length: 0 }` when no tail repeats. Used to judge whether decoding loops.
 */
export function periodicTail(sequence: readonly number[]): { period: number; length: number } {
  let best = { period: 0, length: 0 };
  const n = sequence.length;
  for (let p = 1; p <= n / 2; p++) {
    let length = p;
    while (length < n && sequence[n - 1 - length] === sequence[n - 1 - length + p]) length++;
    if (length >= 2 * p && length > best.length) best = { period: p, length };
  }
  return best;
}
