/**
 * The training loop of the reference model: windows, batches, Adam with Keras 2's legacy decay (applied by
 * hand, so the update is exactly Keras'), epochs, cancellation; the gradients of a batch come from
 * gradients.ts, on this thread or, data-parallel, on worker threads (parallel/gradientPool.ts).
 */
import { TrainingCancelledError, UserFacingError } from '../shared/errors';
import type * as tfTypes from '@tensorflow/tfjs';
import { pickWindowStarts, shuffleInPlace, windowsInsideTunes } from '../core/solo/dataset';
import { createRng } from '../core/random';

import { REFERENCE_TRAINING } from '../shared/defaults';
import { loadTf, type BackendName, type TfModule } from './backend';
import { parameterCount, weightShapes, type NetworkWeights, type WeightKey } from './network';
import { lossAndGradients, trainingBatch, type ParamTensors } from './gradients';
import { defaultTrainingWorkers, GradientPool, type BatchGradients } from './parallel/gradientPool';
import { BestEpochKeeper, type HeldOutTraining } from './earlyStopping';

export interface TrainingData {
  /** The corpus as vocabulary indices, in order. */
  tokens: Int32Array;
  nValues: number;
  /** How many of `tokens` each tune has, in order: windows stay inside one tune. Default: one tune. */
  tuneLengths?: readonly number[];
}

export interface TrainingOptions {
  /** Window length (Tx). */
  tx?: number;
  /** LSTM units (n_a). */
  units?: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  beta1?: number;
  beta2?: number;
  /** Keras' legacy decay: the learning rate of update t (from 0) is learningRate / (1 + decay·t). */
  decay?: number;
  /**
   * 'reference': m windows at random starts drawn once, as the reference did.
   * 'all': every window of the corpus, reshuffled each epoch, built batch by batch.
   * Either way a window lies inside one tune (see windowsInsideTunes).
   */
  windows?: 'reference' | 'all';
  /** Number of windows for 'reference'. */
  m?: number;
  seed?: number;
  /** Backend to ask loadTf for (defaults to the best available). */
  backend?: BackendName;
  /**
   * Threads that compute each batch's gradients, data-parallel (parallel/gradientPool.ts). Default: every
   * core when a batch is large enough to gain from them (defaultTrainingWorkers); 1: this thread.
   */
  workers?: number;
  /**
   * Choose the epoch by held-out NLL (see earlyStopping.ts): `epochs` is then the most that run, and the
   * best epoch's weights are the ones returned.
   */
  heldOut?: HeldOutTraining;
}

export interface EpochInfo {
  /** 1-based. */
  epoch: number;
  epochs: number;
  /** Mean over the epoch's windows of the summed cross-entropy, as Keras reports it. */
  loss: number;
  elapsedSeconds: number;
  etaSeconds: number;
  /** With `heldOut`: this epoch's held-out NLL (nats per value) and the best epoch so far. */
  heldOutNll?: number;
  bestEpoch?: number;
}

export interface TrainingHooks {
  onEpochEnd?(info: EpochInfo): void | Promise<void>;
  /** Checked between batches; an aborted run throws TrainingCancelledError. */
  signal?: AbortSignal;
  /** Give the event loop a turn after every batch (for training on a thread others share). */
  yieldEveryBatch?: boolean;
}

export interface TrainingResult {
  weights: NetworkWeights;
  /** One loss per epoch. */
  loss: number[];
  /** With `heldOut`: the held-out NLL of every epoch run. */
  heldOutLoss?: number[];
  /** The epoch (1-based) whose weights are returned: the best held-out one, else the last. */
  chosenEpoch: number;
  backend: string;
  /** Threads that computed the gradients (1: this thread); PyTorch: its processes. */
  workers?: number;
  /** PyTorch: the peak resident memory of its (first) process, MB: not part of this process's. */
  externalPeakRssMb?: number;
  seconds: number;
  parameterCount: number;
  /** Windows per epoch. */
  examples: number;
}

export {
  lossAndGradients,
  NO_TOKEN,
  timeMajorTokens,
  toTimeMajor,
  type ParamTensors,
  type TimeMajorBatch,
  type TimeMajorTokens,
} from './gradients';

export const DEFAULT_TRAINING_OPTIONS = {
  ...REFERENCE_TRAINING,
  windows: 'reference' as 'reference' | 'all',
};

/** Keras 2's K.epsilon(), used by its Adam. */
const ADAM_EPSILON = 1e-7;

const WEIGHT_KEYS: WeightKey[] = ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias'];

/** Standard normal draws from the seeded RNG (Box-Muller). */
function normalSampler(rng: ReturnType<typeof createRng>): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const angle = 2 * Math.PI * rng.next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

function glorotUniform(rows: number, cols: number, rng: ReturnType<typeof createRng>): Float32Array {
  const limit = Math.sqrt(6 / (rows + cols));
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = (2 * rng.next() - 1) * limit;
  return out;
}

/**
 * A [rows, cols] matrix (rows <= cols) with orthonormal rows, like Keras' Orthogonal initializer:
 * Gaussian rows made orthonormal by modified Gram-Schmidt in float64.
 */
export function orthogonalRows(rows: number, cols: number, rng: ReturnType<typeof createRng>): Float32Array {
  if (rows > cols) throw new RangeError(`orthogonalRows needs rows <= cols, got ${rows}x${cols}`);
  const normal = normalSampler(rng);
  const basis: Float64Array[] = [];
  while (basis.length < rows) {
    const row = new Float64Array(cols);
    for (let j = 0; j < cols; j++) row[j] = normal();
    for (const done of basis) {
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += row[j] * done[j];
      for (let j = 0; j < cols; j++) row[j] -= dot * done[j];
    }
    let norm = 0;
    for (let j = 0; j < cols; j++) norm += row[j] * row[j];
    norm = Math.sqrt(norm);
    // A draw (numerically) inside the span of the previous rows: draw again.
    if (norm < 1e-6) continue;
    for (let j = 0; j < cols; j++) row[j] /= norm;
    basis.push(row);
  }
  const out = new Float32Array(rows * cols);
  basis.forEach((row, i) => out.set(row, i * cols));
  return out;
}

/**
 * Keras' initial weights, from a seed, in plain JS so that another implementation (PyTorch) can start
 * from the very same numbers: glorot-uniform kernels, orthogonal recurrent kernel, zero biases with the
 * forget gate's bias at 1 (unit_forget_bias). Draw order: kernel, recurrent kernel, Dense kernel.
 */
export function initialWeights(nValues: number, units: number, seed: number): NetworkWeights {
  const rng = createRng(seed);
  const kernel = glorotUniform(nValues, 4 * units, rng);
  const recurrentKernel = orthogonalRows(units, 4 * units, rng);
  const bias = new Float32Array(4 * units);
  bias.fill(1, units, 2 * units);
  const denseKernel = glorotUniform(units, nValues, rng);
  const denseBias = new Float32Array(nValues);
  return { kernel, recurrentKernel, bias, denseKernel, denseBias, nValues, units };
}

interface TrainingState {
  params: ParamTensors;
  firstMoments: ParamTensors;
  secondMoments: ParamTensors;
}

function disposeState(state: TrainingState): void {
  for (const group of [state.params, state.firstMoments, state.secondMoments]) {
    for (const key of WEIGHT_KEYS) group[key].dispose();
  }
}

/**
 * Keras 2's Adam with legacy decay, update number `iteration` (from 0):
 * lr_t = lr / (1 + decay·iteration) · sqrt(1 - β2^(iteration+1)) / (1 - β1^(iteration+1)),
 * m = β1 m + (1 - β1) g, v = β2 v + (1 - β2) g², p -= lr_t · m / (sqrt(v) + ε).
 */
function adamUpdate(
  tf: TfModule,
  state: TrainingState,
  grads: ParamTensors,
  iteration: number,
  options: { learningRate: number; beta1: number; beta2: number; decay: number },
): TrainingState {
  const { learningRate, beta1, beta2, decay } = options;
  const step = iteration + 1;
  const lrT =
    ((learningRate / (1 + decay * iteration)) * Math.sqrt(1 - Math.pow(beta2, step))) / (1 - Math.pow(beta1, step));
  const next = { params: {}, firstMoments: {}, secondMoments: {} } as TrainingState;
  for (const key of WEIGHT_KEYS) {
    const g = grads[key];
    const m = tf.add(tf.mul(state.firstMoments[key], beta1), tf.mul(g, 1 - beta1));
    const v = tf.add(tf.mul(state.secondMoments[key], beta2), tf.mul(tf.square(g), 1 - beta2));
    next.firstMoments[key] = m;
    next.secondMoments[key] = v;
    next.params[key] = tf.sub(state.params[key], tf.mul(tf.div(m, tf.add(tf.sqrt(v), ADAM_EPSILON)), lrT));
  }
  return next;
}

function readWeights(params: ParamTensors, nValues: number, units: number): NetworkWeights {
  const weights = { nValues, units } as NetworkWeights;
  for (const key of WEIGHT_KEYS) weights[key] = Float32Array.from(params[key].dataSync() as Float32Array);
  return weights;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The workers' summed loss and gradients as the tensors lossAndGradients returns. Call inside tf.tidy. */
function gradientTensors(
  tf: TfModule,
  sharded: BatchGradients,
  nValues: number,
  units: number,
): { loss: tfTypes.Scalar; grads: ParamTensors } {
  const grads = {} as ParamTensors;
  for (const { key, shape } of weightShapes({ nValues, units })) grads[key] = tf.tensor(sharded.grads[key], shape);
  return { loss: tf.scalar(sharded.loss), grads };
}

function paramArrays(params: ParamTensors): Record<WeightKey, ArrayLike<number>> {
  const arrays = {} as Record<WeightKey, ArrayLike<number>>;
  for (const key of WEIGHT_KEYS) arrays[key] = params[key].dataSync() as Float32Array;
  return arrays;
}

/**
 * The windows a run trains on, for this engine and another (PyTorch) alike: every window inside a tune, or
 * the reference's m drawn from them; and the generator that goes on to shuffle them every epoch.
 * Throws a UserFacingError for data that gives no window.
 */
export function trainingWindows(
  data: TrainingData,
  o: { tx: number; windows: 'reference' | 'all'; m: number; seed: number },
): { windowed: ReturnType<typeof windowsInsideTunes>; starts: number[]; windowRng: ReturnType<typeof createRng> } {
  const { tokens, nValues } = data;
  if (!Number.isInteger(o.tx) || o.tx < 2)
    throw new UserFacingError(`training window length must be at least 2, got ${o.tx}`);
  if (tokens.length < o.tx) {
    throw new UserFacingError(
      `the corpus has ${tokens.length} values; training needs at least one window of ${o.tx}: add music or lower the window length`,
    );
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i] >= 0 && tokens[i] < nValues))
      throw new RangeError(`token ${tokens[i]} at ${i} is outside 0..${nValues - 1}`);
  }
  const windowRng = createRng((o.seed ^ 0x5bd1e995) >>> 0);
  const windowed = windowsInsideTunes(tokens, data.tuneLengths, o.tx);
  if (windowed.starts.length === 0) {
    throw new UserFacingError('no tune of the corpus has two values: there is nothing to learn from');
  }
  const starts = o.windows === 'all' ? windowed.starts.slice() : pickWindowStarts(windowed.starts, o.m, windowRng);
  return { windowed, starts, windowRng };
}

/** Trains the reference network on `data.tokens`. Disposes every tensor it makes, also on error or cancel. */
export async function trainNetwork(
  data: TrainingData,
  options: TrainingOptions = {},
  hooks: TrainingHooks = {},
): Promise<TrainingResult> {
  const o = { ...DEFAULT_TRAINING_OPTIONS, ...options };
  const { nValues } = data;
  const { windowed, starts, windowRng } = trainingWindows(data, o);
  if (hooks.signal?.aborted) throw new TrainingCancelledError();

  const { tf, backend } = await loadTf(o.backend);
  const examples = starts.length;

  const initial = initialWeights(nValues, o.units, o.seed);
  let state: TrainingState = tf.tidy(() => {
    const params = {} as ParamTensors;
    const firstMoments = {} as ParamTensors;
    const secondMoments = {} as ParamTensors;
    for (const { key, shape } of weightShapes({ nValues, units: o.units })) {
      params[key] = tf.tensor(initial[key], shape);
      firstMoments[key] = tf.zeros(shape);
      secondMoments[key] = tf.zeros(shape);
    }
    return { params, firstMoments, secondMoments };
  });

  // Started before the clock: a worker's tfjs takes a moment to load, once per run.
  const pool = await GradientPool.start({
    workers:
      o.workers ??
      defaultTrainingWorkers({ nValues, units: o.units, batch: Math.min(o.batchSize, examples), tx: o.tx }),
    tokens: windowed.tokens,
    nValues,
    units: o.units,
    backend: o.backend,
  }).catch((error: unknown) => {
    disposeState(state);
    throw error;
  });
  const started = performance.now();
  const losses: number[] = [];
  const keeper = o.heldOut ? new BestEpochKeeper(o.heldOut) : undefined;
  let iteration = 0;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      // Keras' fit shuffles the training windows every epoch; so do both window modes.
      shuffleInPlace(starts, windowRng);
      let lossSum = 0;
      for (let first = 0; first < examples; first += o.batchSize) {
        if (hooks.signal?.aborted) throw new TrainingCancelledError();
        const batchStarts = starts.slice(first, first + o.batchSize);
        const previous = state;
        const sharded = pool && (await pool.lossAndGradients(paramArrays(previous.params), batchStarts, o.tx));
        const { next, loss } = tf.tidy(() => {
          const result = sharded
            ? gradientTensors(tf, sharded, nValues, o.units)
            : lossAndGradients(tf, previous.params, trainingBatch(windowed.tokens, batchStarts, o.tx, nValues));
          const updated = adamUpdate(tf, previous, result.grads, iteration, o);
          return { next: updated as unknown as tfTypes.TensorContainer, loss: result.loss };
        }) as unknown as { next: TrainingState; loss: tfTypes.Scalar };
        state = next;
        disposeState(previous);
        iteration++;
        const batchLoss = (await loss.data())[0];
        loss.dispose();
        lossSum += batchLoss * batchStarts.length;
        if (hooks.yieldEveryBatch) await nextTurn();
      }
      const epochLoss = lossSum / examples;
      losses.push(epochLoss);
      const heldOutNll = keeper?.observe(epoch, readWeights(state.params, nValues, o.units));
      if (hooks.onEpochEnd) {
        const elapsedSeconds = (performance.now() - started) / 1000;
        await hooks.onEpochEnd({
          epoch,
          epochs: o.epochs,
          loss: epochLoss,
          elapsedSeconds,
          etaSeconds: (elapsedSeconds / epoch) * (o.epochs - epoch),
          ...(keeper ? { heldOutNll, bestEpoch: keeper.bestEpoch } : {}),
        });
      }
      if (keeper?.shouldStop(epoch)) break;
    }
    const weights = keeper?.bestWeights ?? readWeights(state.params, nValues, o.units);
    return {
      weights,
      loss: losses,
      ...(keeper ? { heldOutLoss: keeper.curve } : {}),
      chosenEpoch: keeper?.bestEpoch ?? losses.length,
      backend,
      workers: pool?.size ?? 1,
      seconds: (performance.now() - started) / 1000,
      parameterCount: parameterCount({ nValues, units: o.units }),
      examples,
    };
  } finally {
    disposeState(state);
    await pool?.close();
  }
}
