/**
 * Training windows and one-hot batches for the reference network, in plain typed arrays (no tfjs), so
 * that the shapes can be tested without loading TensorFlow.js and batches can be built on the fly.
 */
import type { Rng } from '../random';

/** One batch in the layout the reference (and Keras) uses: batch-major, then time, then value. */
export interface OneHotBatch {
  /** [B, Tx, V]: x[b, 0, :] = 0 (the zero vector x0), x[b, t, :] = onehot(tokens[s + t]) for t >= 1. */
  x: Float32Array;
  /** [B, Tx, V]: y[b, t - 1, :] = onehot(tokens[s + t]) (the next value), y[b, Tx - 1, :] = 0. */
  y: Float32Array;
}

function checkWindow(corpusLength: number, tx: number): void {
  if (!Number.isInteger(tx) || tx < 1) throw new RangeError(`window length must be a positive integer, got ${tx}`);
  if (corpusLength < tx) {
    throw new RangeError(`the corpus has ${corpusLength} values, fewer than one window of ${tx}`);
  }
}

/**
 * The reference's training windows: m starts drawn uniformly (with repetition, as numpy's randint did)
 * from [0, corpusLength - tx], so every window fits inside the corpus.
 */
export function referenceWindowStarts(corpusLength: number, tx: number, m: number, rng: Rng): number[] {
  checkWindow(corpusLength, tx);
  const choices = corpusLength - tx + 1;
  const starts: number[] = [];
  for (let i = 0; i < m; i++) starts.push(rng.int(choices));
  return starts;
}

/** Every window start 0 .. corpusLength - tx, in order. */
export function allWindowStarts(corpusLength: number, tx: number): number[] {
  checkWindow(corpusLength, tx);
  return Array.from({ length: corpusLength - tx + 1 }, (_, i) => i);
}

/** A step of a window past the end of a tune shorter than the window: no input and no target. */
export const PADDING_TOKEN = -1;

/** The corpus cut into tunes for training: no window runs from one tune into the next. */
export interface TuneWindows {
  /**
   * The tunes' tokens laid end to end; a tune shorter than a window is followed by PADDING_TOKENs up to the
   * window length, so that its one window ends inside its own padding.
   */
  tokens: Int32Array;
  /** Every start (into `tokens`) of a window that lies inside one tune, in order. */
  starts: number[];
}

/**
 * The windows of a corpus of several tunes (`tuneLengths` values each, in order; undefined: one tune).
 * Windows never cross from one tune into the next, so the network is not taught the silence between two
 * tunes nor a jump into another key. A tune shorter than a window still teaches its own transitions: it
 * gets one window, padded after its end with steps that have neither input nor target (they add nothing to
 * the loss or its gradient). A tune of one value has no transition to teach and gets no window. A single
 * tune gives exactly the windows (and tokens) of the whole stream, as the reference trained.
 */
export function windowsInsideTunes(
  tokens: Int32Array,
  tuneLengths: readonly number[] | undefined,
  tx: number,
): TuneWindows {
  if (!Number.isInteger(tx) || tx < 1) throw new RangeError(`window length must be a positive integer, got ${tx}`);
  const lengths = tuneLengths ?? [tokens.length];
  if (lengths.some((n) => !Number.isInteger(n) || n < 0) || lengths.reduce((sum, n) => sum + n, 0) !== tokens.length) {
    throw new RangeError(`tune lengths [${lengths.join(', ')}] do not add up to the ${tokens.length} tokens`);
  }
  const padded: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const length of lengths) {
    const tune = tokens.subarray(offset, offset + length);
    offset += length;
    if (length < 2) continue;
    const start = padded.length;
    for (const token of tune) padded.push(token);
    for (let i = length; i < tx; i++) padded.push(PADDING_TOKEN);
    for (let s = 0; s <= Math.max(0, length - tx); s++) starts.push(start + s);
  }
  return { tokens: Int32Array.from(padded), starts };
}

/**
 * The reference's draw of m window starts (uniform, with repetition, as numpy's randint did), among the
 * given starts. With the starts 0 .. L - tx of a single tune it draws exactly what referenceWindowStarts does.
 */
export function pickWindowStarts(starts: readonly number[], m: number, rng: Rng): number[] {
  if (starts.length === 0) throw new RangeError('there is no window to draw from');
  return Array.from({ length: m }, () => starts[rng.int(starts.length)]);
}

/** In-place Fisher-Yates shuffle with the engine's seeded RNG. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
  return items;
}

/**
 * The one-hot inputs and targets of the windows starting at `starts`, exactly as the reference builds them
 * (a PADDING_TOKEN step is all zeros, input and target).
 * The first input of every window is the zero vector (as x0 is at generation time), so token tokens[s] itself
 * is never an input nor a target: the window predicts tokens[s+1 .. s+Tx-1] and its last target is empty.
 */
export function makeOneHotBatch(tokens: Int32Array, starts: number[], tx: number, nValues: number): OneHotBatch {
  const batch = starts.length;
  const x = new Float32Array(batch * tx * nValues);
  const y = new Float32Array(batch * tx * nValues);
  for (let b = 0; b < batch; b++) {
    const start = starts[b];
    if (start < 0 || start + tx > tokens.length) {
      throw new RangeError(`window ${start}..${start + tx - 1} does not fit in ${tokens.length} tokens`);
    }
    for (let t = 1; t < tx; t++) {
      const token = tokens[start + t];
      if (token === PADDING_TOKEN) continue;
      if (token < 0 || token >= nValues) throw new RangeError(`token ${token} outside the vocabulary of ${nValues}`);
      x[(b * tx + t) * nValues + token] = 1;
      y[(b * tx + t - 1) * nValues + token] = 1;
    }
  }
  return { x, y };
}
