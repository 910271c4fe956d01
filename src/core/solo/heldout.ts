/**
 * Holding part of a corpus out, and scoring a next-value model on it: the seeded split and the mean negative
 * log-likelihood per value. Training chooses its epoch with them; the evaluation (core/evaluation) reports them
 * beside its n-gram baselines.
 *
 * Unknown values: a held-out value absent from the training part has no output in any model. It is not
 * scored (and counted); as context it is "unknown": the LSTM is fed the zero vector (its x0) for it.
 */
import { argmax } from '../numeric';
import { createRng } from '../random';
import { shuffleInPlace } from './dataset';

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
