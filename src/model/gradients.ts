/**
 * The loss of a batch and its gradient for every weight, written for speed on tfjs' wasm backend, where the
 * cost of a kernel call (tens of microseconds) dominates at this model size.
 *
 * Instead of autodiff (about 2,100 kernel calls per batch), the LSTM's forward and backward passes are
 * written out with whole-batch tensors: the inputs of every step are projected at once (a row gather for
 * value indices, one matMul for one-hot rows), the four gates come out of one sigmoid (the candidate uses
 * tanh(x) = 2·sigmoid(2x) - 1), and the weight gradients of all steps are gathered into one product each.
 * A test checks the gradients against tfjs autodiff.
 *
 * Data layout is time-major: row t·B + b of a [T·B, ...] matrix is step t of window b.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import { makeOneHotBatch, PADDING_TOKEN } from '../core/solo/dataset';
import type { TfModule } from './backend';
import type { WeightKey } from './network';

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
  /** See TimeMajorTokens. */
  meanOver?: number;
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

/**
 * Below this many values one-hot rows cost less than the gather's extra kernel calls (a batch of the
 * reference's 78 values: 20 ms one-hot, 25 ms gathered; of 200 values: 40 ms and 33 ms).
 */
const GATHER_MIN_VALUES = 128;

/** The batch of the windows at `starts` in the form that computes faster for this vocabulary. */
export function trainingBatch(
  tokens: Int32Array,
  starts: readonly number[],
  tx: number,
  nValues: number,
): TimeMajorBatch | TimeMajorTokens {
  const indexed = timeMajorTokens(tokens, starts, tx);
  if (nValues >= GATHER_MIN_VALUES) return indexed;
  const oneHot = makeOneHotBatch(tokens, [...starts], tx, nValues);
  return { ...toTimeMajor(oneHot.x, oneHot.y, starts.length, tx, nValues), padded: indexed.padded };
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
  const B = data.meanOver ?? batch;
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
