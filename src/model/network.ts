/**
 * The reference network (one LSTM shared over time, a softmax Dense reading every step) as a tfjs Layers
 * model, and conversions between it and the plain `NetworkWeights` the rest of the engine uses.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import type { TfModule } from './backend';

/**
 * The trained parameters in Keras' layout. Gate blocks along the 4U axis are in Keras order i, f, c, o
 * (input, forget, cell candidate, output), so the arrays load unchanged into tfjs or Keras.
 */
export interface NetworkWeights {
  /** [V, 4U] input kernel. */
  kernel: Float32Array;
  /** [U, 4U] recurrent kernel. */
  recurrentKernel: Float32Array;
  /** [4U] LSTM bias. */
  bias: Float32Array;
  /** [U, V] output (Dense) kernel. */
  denseKernel: Float32Array;
  /** [V] output bias. */
  denseBias: Float32Array;
  nValues: number;
  units: number;
  /**
   * The gates' activation: the logistic sigmoid (Keras 2.3 and later, and every model trained here), or
   * Keras' hard_sigmoid clip(0.2·x + 0.5, 0, 1), the default before Keras 2.3 (imported notebook models).
   * Absent: sigmoid.
   */
  recurrentActivation?: RecurrentActivation;
}

export type RecurrentActivation = 'sigmoid' | 'hard_sigmoid';
export const RECURRENT_ACTIVATIONS: readonly RecurrentActivation[] = ['sigmoid', 'hard_sigmoid'];

export interface NetworkShape {
  nValues: number;
  units: number;
}

export const LSTM_LAYER_NAME = 'lstm';
export const DENSE_LAYER_NAME = 'dense';

/** The expected shape of every weight array, in the order the Layers model lists its weights. */
export function weightShapes({ nValues, units }: NetworkShape): Array<{ key: WeightKey; shape: number[] }> {
  return [
    { key: 'kernel', shape: [nValues, 4 * units] },
    { key: 'recurrentKernel', shape: [units, 4 * units] },
    { key: 'bias', shape: [4 * units] },
    { key: 'denseKernel', shape: [units, nValues] },
    { key: 'denseBias', shape: [nValues] },
  ];
}

export type WeightKey = 'kernel' | 'recurrentKernel' | 'bias' | 'denseKernel' | 'denseBias';

/** LSTM 4(VU + U² + U) plus Dense (UV + V): 41,678 at V = 78, U = 64 as in the reference. */
export function parameterCount({ nValues, units }: NetworkShape): number {
  return 4 * (nValues * units + units * units + units) + units * nValues + nValues;
}

export interface BuildOptions extends NetworkShape {
  /**
   * Zero initializers instead of glorot/orthogonal, for a model whose weights are set right after:
   * tfjs' orthogonal initializer alone takes 0.3 s on wasm and 4 s on cpu.
   */
  cheapInit?: boolean;
  /** Default sigmoid; an imported notebook model may need Keras' hard_sigmoid (tfjs' hardSigmoid is the same). */
  recurrentActivation?: RecurrentActivation;
}

/** input [batch, time, V] → LSTM(U, every step) → Dense(V, softmax) per step → [batch, time, V]. */
export function buildLayersModel(tf: TfModule, options: BuildOptions): tfTypes.LayersModel {
  const { nValues, units, cheapInit = false, recurrentActivation = 'sigmoid' } = options;
  let model: tfTypes.Sequential | undefined;
  // tfjs-layers leaves 4 temporary tensors behind per model built (initializer intermediates); the
  // weights are variables, which tidy keeps, so building inside tidy frees only those temporaries.
  tf.tidy(() => {
    model = buildSequential(tf, nValues, units, cheapInit, recurrentActivation);
  });
  return model!;
}

function buildSequential(
  tf: TfModule,
  nValues: number,
  units: number,
  cheapInit: boolean,
  recurrentActivation: RecurrentActivation,
): tfTypes.Sequential {
  const model = tf.sequential();
  model.add(
    tf.layers.lstm({
      name: LSTM_LAYER_NAME,
      units,
      returnSequences: true,
      // tfjs defaults to hardSigmoid; Keras 2.3+ and the reference use the logistic sigmoid.
      recurrentActivation: recurrentActivation === 'hard_sigmoid' ? 'hardSigmoid' : 'sigmoid',
      unitForgetBias: true,
      inputShape: [null, nValues],
      ...(cheapInit ? { kernelInitializer: 'zeros', recurrentInitializer: 'zeros' } : {}),
    }),
  );
  model.add(
    tf.layers.dense({
      name: DENSE_LAYER_NAME,
      units: nValues,
      activation: 'softmax',
      ...(cheapInit ? { kernelInitializer: 'zeros' } : {}),
    }),
  );
  return model;
}

function checkWeights(weights: NetworkWeights): void {
  for (const { key, shape } of weightShapes(weights)) {
    const expected = shape.reduce((a, b) => a * b, 1);
    if (weights[key].length !== expected) {
      throw new RangeError(`${key} has ${weights[key].length} numbers, expected ${expected} (${shape.join('x')})`);
    }
  }
}

/** Loads `weights` into a model built by `buildLayersModel` with the same shape. */
export function setLayersModelWeights(tf: TfModule, model: tfTypes.LayersModel, weights: NetworkWeights): void {
  checkWeights(weights);
  const tensors = weightShapes(weights).map(({ key, shape }) => tf.tensor(weights[key], shape, 'float32'));
  try {
    model.setWeights(tensors);
  } finally {
    tensors.forEach((t) => t.dispose());
  }
}

/** Copies the model's weights out into plain arrays (setWeights/getWeights order: the LSTM's, then the Dense's). */
export function getLayersModelWeights(model: tfTypes.LayersModel, shape: NetworkShape): NetworkWeights {
  const tensors = model.getWeights();
  const specs = weightShapes(shape);
  if (tensors.length !== specs.length)
    throw new RangeError(`the model has ${tensors.length} weights, expected ${specs.length}`);
  const result = { nValues: shape.nValues, units: shape.units } as NetworkWeights;
  specs.forEach(({ key }, i) => {
    result[key] = Float32Array.from(tensors[i].dataSync() as Float32Array);
  });
  checkWeights(result);
  return result;
}
