/**
 * The training loop of the reference model, written for speed on tfjs' wasm backend, where the cost of
 * a kernel call (tens of microseconds) dominates at this model size.
 *
 * Instead of autodiff (about 2,100 kernel calls per batch), the LSTM's forward and backward passes are
 * written out with whole-batch tensors: the inputs of every step are projected with one matMul, the
 * four gates come out of one sigmoid (the candidate uses tanh(x) = 2·sigmoid(2x) - 1), and the weight
 * gradients of all steps are gathered into one matMul each. Adam with Keras' legacy decay is applied by
 * hand too, so the update is exactly Keras 2's. A test checks the gradients against tfjs autodiff.
 *
 * Data layout inside the loop is time-major: row t·B + b of a [T·B, ...] matrix is step t of window b.
 */
import { TrainingCancelledError, UserFacingError } from '../shared/errors';
import type * as tfTypes from '@tensorflow/tfjs';
import { PADDING_TOKEN, pickWindowStarts, shuffleInPlace, windowsInsideTunes } from '../core/solo/dataset';
import { createRng } from '../core/random';

import { REFERENCE_TRAINING } from '../shared/defaults';
import { loadTf, type BackendName, type TfModule } from './backend';
import { parameterCount, weightShapes, type NetworkWeights, type WeightKey } from './network';
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

export type ParamTensors = Record<WeightKey, tfTypes.Tensor>;

export interface TimeMajorBatch {
  /** [T·B, V] inputs of steps 0..T-1 (T = Tx - 1), step-major. */
  x: Float32Array;
  /** [T·B, V] targets of steps 0..T-1. */
  y: Float32Array;
  batch: number;
  steps: number;
  /** Some steps are padding after a short tune (all-zero target): their gradient must be zero too. */
  padded?: boolean;
}

/**
 * A batch as vocabulary indices rather than one-hot rows, step-major like TimeMajorBatch: the input
 * projection becomes a row gather and its gradient a scatter-add, instead of two [T·B, V] × [V, 4U]
 * products that multiply mostly zeros (on a corpus of 2,600 values they were two thirds of a step).
 */
export interface TimeMajorTokens {
  /** [T·B] the input value of every step; NO_TOKEN for the zero input (step 0, padding). */
  inputs: Int32Array;
  /** [T·B] the target value of every step; NO_TOKEN for padding (no target). */
  targets: Int32Array;
  batch: number;
  steps: number;
  padded?: boolean;
  /**
   * The loss and gradients are means over this many windows (default `batch`). A shard of a batch split
   * over workers uses the whole batch's count, so the shards' losses and gradients add up to the batch's.
   */
  meanOver?: number;
}

/** An input or target that is not there: the zero vector. */
export const NO_TOKEN = -1;

/**
 * The windows starting at `starts` as step-major indices, the step of the empty last target dropped (see
 * toTimeMajor): step t of window b has input tokens[s + t] (none at t = 0) and target tokens[s + t + 1].
 */
export function timeMajorTokens(tokens: Int32Array, starts: readonly number[], tx: number): TimeMajorTokens {
  const batch = starts.length;
  const steps = tx - 1;
  const inputs = new Int32Array(steps * batch).fill(NO_TOKEN);
  const targets = new Int32Array(steps * batch).fill(NO_TOKEN);
  let padded = false;
  for (let b = 0; b < batch; b++) {
    const start = starts[b];
    if (start < 0 || start + tx > tokens.length)
      throw new RangeError(`window ${start}..${start + tx - 1} does not fit in ${tokens.length} tokens`);
    for (let t = 0; t < steps; t++) {
      const row = t * batch + b;
      if (t > 0) inputs[row] = tokens[start + t] === PADDING_TOKEN ? NO_TOKEN : tokens[start + t];
      const target = tokens[start + t + 1];
      if (target === PADDING_TOKEN) padded = true;
      else targets[row] = target;
    }
  }
  return { inputs, targets, batch, steps, padded };
}

/** x·W + b for one-hot rows (a product) or for indices (a gather of W's rows; index V is the zero row). */
function projectInputs(
  tf: TfModule,
  x: tfTypes.Tensor,
  kernel: tfTypes.Tensor,
  bias: tfTypes.Tensor,
): tfTypes.Tensor2D {
  if (x.rank === 2)
    return tf.fused.matMul({ a: x as tfTypes.Tensor2D, b: kernel as tfTypes.Tensor2D, bias }) as tfTypes.Tensor2D;
  const zeroRow = tf.zeros([1, kernel.shape[1] as number]);
  return tf.add(tf.gather(tf.concat([kernel, zeroRow], 0), x), bias) as tfTypes.Tensor2D;
}

/**
 * Reorders a [B, Tx, V] batch to step-major rows and drops step Tx - 1: its target is the zero vector,
 * so its loss and every gradient through it are exactly zero, and computing it would change nothing.
 */
export function toTimeMajor(
  x: Float32Array,
  y: Float32Array,
  batch: number,
  tx: number,
  nValues: number,
): TimeMajorBatch {
  const steps = tx - 1;
  const xt = new Float32Array(steps * batch * nValues);
  const yt = new Float32Array(steps * batch * nValues);
  for (let t = 0; t < steps; t++) {
    for (let b = 0; b < batch; b++) {
      const from = (b * tx + t) * nValues;
      const to = (t * batch + b) * nValues;
      xt.set(x.subarray(from, from + nValues), to);
      yt.set(y.subarray(from, from + nValues), to);
    }
  }
  return { x: xt, y: yt, batch, steps };
}

/** What the forward pass keeps of every step for the backward pass. Shapes: B windows, U units. */
interface ForwardSteps {
  hs: tfTypes.Tensor[]; // h_t [B, U]
  cs: tfTypes.Tensor[]; // c_t [B, U]
  gates: tfTypes.Tensor[][]; // [i, f, g, o] of step t, each [B, U]
  gateSlopes: tfTypes.Tensor[]; // d gate / d unscaled pre-activation, [B, 4U]
  cellSlopes: tfTypes.Tensor[]; // o·(1 - tanh² c_t) = d h_t / d c_t, [B, U]
  tanhCells: tfTypes.Tensor[]; // tanh c_t [B, U]
}

/** The LSTM over every step of the batch, input [T·B, V] (step-major rows). */
function forwardSteps(tf: TfModule, params: ParamTensors, x: tfTypes.Tensor, steps: number): ForwardSteps {
  const fourU = params.kernel.shape[1] as number;
  const U = fourU / 4;
  // s scales the candidate block by 2 so that one sigmoid gives all four gates (tanh x = 2σ(2x) - 1);
  // s² is the chain-rule factor of that scaling for the pre-activation gradients.
  const blockScale = (candidate: number) => {
    const values = new Float32Array(fourU).fill(1);
    values.fill(candidate, 2 * U, 3 * U);
    return tf.tensor1d(values);
  };
  const s = blockScale(2);
  const sSquared = blockScale(4);

  // [T·B, 4U] scaled input projection of every step, bias included, in one call.
  const projected = projectInputs(tf, x, tf.mul(params.kernel, s), tf.mul(params.bias, s));
  const projectedSteps = tf.split(projected, steps, 0);
  const scaledRecurrent = tf.mul(params.recurrentKernel, s); // [U, 4U]

  const kept: ForwardSteps = { hs: [], cs: [], gates: [], gateSlopes: [], cellSlopes: [], tanhCells: [] };
  for (let t = 0; t < steps; t++) {
    const z = t === 0 ? projectedSteps[0] : tf.add(projectedSteps[t], tf.matMul(kept.hs[t - 1], scaledRecurrent));
    const a = tf.sigmoid(z); // [B, 4U]
    const [i, f, sigmoidOfDoubled, o] = tf.split(a, 4, 1);
    const g = tf.sub(tf.mul(sigmoidOfDoubled, 2), 1);
    const c = t === 0 ? tf.mul(i, g) : tf.add(tf.mul(f, kept.cs[t - 1]), tf.mul(i, g));
    const tanhC = tf.tanh(c);
    kept.hs.push(tf.mul(o, tanhC));
    kept.cs.push(c);
    kept.gates.push([i, f, g, o]);
    kept.tanhCells.push(tanhC);
    kept.gateSlopes.push(tf.mul(tf.mul(a, tf.sub(1, a)), sSquared));
    kept.cellSlopes.push(tf.mul(o, tf.sub(1, tf.square(tanhC))));
  }
  return kept;
}

/**
 * Back-propagation through time: from d loss / d h_t of every step (T × [B, U]) to d loss / d pre-activation
 * (x W + h R + b) of every step, T × [B, 4U].
 */
function backwardSteps(
  tf: TfModule,
  params: ParamTensors,
  forward: ForwardSteps,
  dHiddenSteps: tfTypes.Tensor[],
): tfTypes.Tensor[] {
  const steps = dHiddenSteps.length;
  const recurrentT = tf.transpose(params.recurrentKernel); // [4U, U]
  const zeroState = tf.zerosLike(forward.cs[0]);
  const dPre: tfTypes.Tensor[] = new Array(steps);
  let dHiddenNext: tfTypes.Tensor | undefined;
  let dCellNext: tfTypes.Tensor | undefined;
  for (let t = steps - 1; t >= 0; t--) {
    const [i, f, g] = forward.gates[t];
    const dh = dHiddenNext ? tf.add(dHiddenSteps[t], dHiddenNext) : dHiddenSteps[t];
    const dcFromH = tf.mul(dh, forward.cellSlopes[t]);
    const dc = dCellNext ? tf.add(dcFromH, dCellNext) : dcFromH;
    const dGates = tf.concat(
      [
        tf.mul(dc, g),
        t > 0 ? tf.mul(dc, forward.cs[t - 1]) : zeroState,
        tf.mul(dc, i),
        tf.mul(dh, forward.tanhCells[t]),
      ],
      1,
    );
    dPre[t] = tf.mul(dGates, forward.gateSlopes[t]);
    if (t > 0) {
      dCellNext = tf.mul(dc, f);
      dHiddenNext = tf.matMul(dPre[t], recurrentT);
    }
  }
  return dPre;
}

/**
 * The batch loss (summed over steps, averaged over the batch) and its gradient for every weight.
 * Call inside tf.tidy. Shapes: V values, U units, B windows, T = Tx - 1 steps.
 */
export function lossAndGradients(
  tf: TfModule,
  params: ParamTensors,
  data: TimeMajorBatch | TimeMajorTokens,
): { loss: tfTypes.Scalar; grads: ParamTensors } {
  const { batch, steps: T } = data;
  const B = ('meanOver' in data && data.meanOver) || batch;
  const rows = T * batch;
  const [V, fourU] = params.kernel.shape as [number, number];
  const U = fourU / 4;
  const indexed = 'inputs' in data;
  // The zero input is row V of the kernel extended by a zero row (see projectInputs).
  // OneHot is asked for int32 and cast: wasm 4.22's OneHot writes integer bits into a float32 output.
  const x = indexed
    ? tf.tensor1d(
        data.inputs.map((v) => (v === NO_TOKEN ? V : v)),
        'int32',
      )
    : tf.tensor2d(data.x, [rows, V]);
  const y = indexed
    ? tf.cast(tf.oneHot(tf.tensor1d(data.targets, 'int32'), V), 'float32')
    : tf.tensor2d(data.y, [rows, V]);
  const forward = forwardSteps(tf, params, x, T);

  const h = tf.concat(forward.hs, 0); // [T·B, U]
  const logits = tf.fused.matMul({ a: h, b: params.denseKernel, bias: params.denseBias }); // [T·B, V]
  const logProbabilities = tf.logSoftmax(logits);
  const loss = tf.div(tf.neg(tf.sum(tf.mul(y, logProbabilities))), B) as tfTypes.Scalar;

  // Softmax + cross-entropy: d loss / d logits = (p·Σy - y) / B, which is (p - y) / B for a one-hot target
  // and 0 for the all-zero target of a padding step.
  const probabilities = tf.exp(logProbabilities);
  const dLogits = tf.div(tf.sub(data.padded ? tf.mul(probabilities, tf.sum(y, 1, true)) : probabilities, y), B); // [T·B, V]
  const dDenseKernel = tf.matMul(h, dLogits, true, false); // [U, V]
  const dDenseBias = tf.sum(dLogits, 0); // [V]
  const dHiddenSteps = tf.split(tf.matMul(dLogits, params.denseKernel, false, true), T, 0); // T × [B, U]

  const dPreAll = tf.concat(backwardSteps(tf, params, forward, dHiddenSteps), 0); // [T·B, 4U]
  const dKernel = indexed
    ? tf.slice(tf.scatterND(tf.expandDims(x, 1), dPreAll, [V + 1, fourU]), [0, 0], [V, fourU])
    : tf.matMul(x, dPreAll, true, false); // [V, 4U]
  const dBias = tf.sum(dPreAll, 0); // [4U]
  const dRecurrent =
    T > 1
      ? tf.matMul(
          tf.slice(h, [0, 0], [(T - 1) * batch, U]),
          tf.slice(dPreAll, [batch, 0], [(T - 1) * batch, fourU]),
          true,
          false,
        )
      : tf.zerosLike(params.recurrentKernel); // [U, 4U]
  return {
    loss,
    grads: {
      kernel: dKernel,
      recurrentKernel: dRecurrent,
      bias: dBias,
      denseKernel: dDenseKernel,
      denseBias: dDenseBias,
    },
  };
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
            : lossAndGradients(tf, previous.params, timeMajorTokens(windowed.tokens, batchStarts, o.tx));
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
