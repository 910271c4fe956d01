/**
 * The trained network run one step at a time in plain Float32Array math. Generation never loads tfjs:
 * per-step `model.predict` costs about 1 ms of overhead, while this cell does 100 steps in a few ms.
 * Same equations as Keras' LSTM (gate order i, f, c, o; sigmoid or Keras' hard_sigmoid as the recurrent
 * activation) and softmax Dense.
 */
import type { NetworkWeights, RecurrentActivation } from './network';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** Keras 2's hard_sigmoid (its default recurrent activation before 2.3). */
const hardSigmoid = (x: number) => Math.min(1, Math.max(0, 0.2 * x + 0.5));
const GATE_ACTIVATIONS: Record<RecurrentActivation, (x: number) => number> = {
  sigmoid,
  hard_sigmoid: hardSigmoid,
};

/** The weights as the cell computes with them: doubles, the recurrent and dense kernels transposed. */
interface CellWeights {
  kernel: Float64Array;
  recurrentByGate: Float64Array;
  bias: Float64Array;
  denseByValue: Float64Array;
  denseBias: Float64Array;
}

/**
 * Made once per weights object: a loaded model generates many solos, each with a new sampler, and converting
 * the kernels was a tenth of a warm generation's network time. Samplers only read them.
 */
const cellWeightsCache = new WeakMap<NetworkWeights, CellWeights>();

function cellWeights(weights: NetworkWeights): CellWeights {
  let prepared = cellWeightsCache.get(weights);
  if (!prepared) {
    const { nValues: V, units: U } = weights;
    prepared = {
      kernel: Float64Array.from(weights.kernel),
      // Transposed so that each output is one dot product over h, summed in a register.
      recurrentByGate: transpose(weights.recurrentKernel, U, 4 * U),
      bias: Float64Array.from(weights.bias),
      denseByValue: transpose(weights.denseKernel, U, V),
      denseBias: Float64Array.from(weights.denseBias),
    };
    cellWeightsCache.set(weights, prepared);
  }
  return prepared;
}

export class LstmSampler {
  readonly nValues: number;
  readonly units: number;
  // Doubles throughout: V8 computes in doubles, and Float32Array reads and writes cost a conversion each.
  private readonly hidden: Float64Array; // h [U]
  private readonly cell: Float64Array; // c [U]
  private readonly preActivation: Float64Array; // z [4U]
  private readonly logits: Float64Array; // [V]
  private readonly kernel: Float64Array; // [V, 4U]
  private readonly recurrentByGate: Float64Array; // the recurrent kernel transposed: [4U, U]
  private readonly bias: Float64Array; // [4U]
  private readonly denseByValue: Float64Array; // the dense kernel transposed: [V, U]
  private readonly denseBias: Float64Array; // [V]
  private readonly gate: (x: number) => number;

  constructor(weights: NetworkWeights) {
    const { nValues: V, units: U } = weights;
    const expected: Array<[keyof NetworkWeights, number]> = [
      ['kernel', V * 4 * U],
      ['recurrentKernel', U * 4 * U],
      ['bias', 4 * U],
      ['denseKernel', U * V],
      ['denseBias', V],
    ];
    for (const [key, length] of expected) {
      if ((weights[key] as Float32Array).length !== length) {
        throw new RangeError(`${key} has ${(weights[key] as Float32Array).length} numbers, expected ${length}`);
      }
    }
    this.nValues = V;
    this.units = U;
    this.hidden = new Float64Array(U);
    this.cell = new Float64Array(U);
    this.preActivation = new Float64Array(4 * U);
    this.logits = new Float64Array(V);
    ({
      kernel: this.kernel,
      recurrentByGate: this.recurrentByGate,
      bias: this.bias,
      denseByValue: this.denseByValue,
      denseBias: this.denseBias,
    } = cellWeights(weights));
    const activation = weights.recurrentActivation ?? 'sigmoid';
    if (!(activation in GATE_ACTIVATIONS)) throw new RangeError(`unknown recurrent activation ${activation}`);
    this.gate = GATE_ACTIVATIONS[activation];
  }

  /** Back to a0 = c0 = 0, as at the start of generation. */
  reset(): void {
    this.hidden.fill(0);
    this.cell.fill(0);
  }

  /**
   * Feeds one input (the one-hot of `inputIndex`, or the zero vector x0 for -1) and returns the next-value
   * probabilities [V].
   */
  step(inputIndex: number): Float32Array {
    const { nValues: V, units: U } = this;
    const fourU = 4 * U;
    const { kernel, recurrentByGate, bias, denseByValue, denseBias } = this;
    if (!Number.isInteger(inputIndex) || inputIndex < -1 || inputIndex >= V) {
      throw new RangeError(`input index ${inputIndex} is outside -1..${V - 1}`);
    }
    const z = this.preActivation;
    z.set(bias);
    if (inputIndex >= 0) {
      // A one-hot input times the kernel is one kernel row.
      const row = inputIndex * fourU;
      for (let j = 0; j < fourU; j++) z[j] += kernel[row + j];
    }
    const h = this.hidden;
    for (let j = 0; j < fourU; j++) z[j] += dot(h, recurrentByGate, j * U, U);
    const c = this.cell;
    const gate = this.gate;
    for (let u = 0; u < U; u++) {
      const i = gate(z[u]);
      const f = gate(z[U + u]);
      const g = Math.tanh(z[2 * U + u]);
      const o = gate(z[3 * U + u]);
      c[u] = f * c[u] + i * g;
      h[u] = o * Math.tanh(c[u]);
    }
    const logits = this.logits;
    for (let v = 0; v < V; v++) logits[v] = denseBias[v] + dot(h, denseByValue, v * U, U);
    let max = -Infinity;
    for (let v = 0; v < V; v++) if (logits[v] > max) max = logits[v];
    const probabilities = new Float32Array(V);
    let sum = 0;
    for (let v = 0; v < V; v++) {
      const e = Math.exp(logits[v] - max);
      probabilities[v] = e;
      sum += e;
    }
    for (let v = 0; v < V; v++) probabilities[v] /= sum;
    return probabilities;
  }
}

/** h · matrix[offset .. offset + n), with four running sums so the additions need not wait on each other. */
function dot(h: Float64Array, matrix: Float64Array, offset: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    s0 += h[k] * matrix[offset + k];
    s1 += h[k + 1] * matrix[offset + k + 1];
    s2 += h[k + 2] * matrix[offset + k + 2];
    s3 += h[k + 3] * matrix[offset + k + 3];
  }
  for (; k < n; k++) s0 += h[k] * matrix[offset + k];
  return s0 + s1 + s2 + s3;
}

/** [rows, columns] row-major → [columns, rows] row-major, as doubles. */
function transpose(matrix: Float32Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) out[c * rows + r] = matrix[r * columns + c];
  }
  return out;
}
