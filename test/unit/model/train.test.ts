import { test } from 'node:test';
import { TrainingCancelledError, UserFacingError } from '../../../src/shared/errors';
import assert from 'node:assert/strict';
import type * as tfTypes from '@tensorflow/tfjs';
import { makeOneHotBatch } from '../../../src/core/solo/dataset';
import { createRng } from '../../../src/core/random';

import { loadTf } from '../../../src/model/backend';
import {
  buildLayersModel,
  setLayersModelWeights,
  type NetworkWeights,
  type WeightKey,
} from '../../../src/model/network';
import {
  initialWeights,
  lossAndGradients,
  toTimeMajor,
  trainNetwork,
  type ParamTensors,
} from '../../../src/model/train';

const KEYS: WeightKey[] = ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias'];

/** A corpus with repeated phrases (so there is something to learn) that uses every value. */
function phraseCorpus(length: number, nValues: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const tokens = new Int32Array(length);
  for (let i = 0; i < length; i++) tokens[i] = i < nValues ? i : i % 3 === 0 ? rng.int(nValues) : tokens[i - 17];
  return tokens;
}

function paramTensors(tf: typeof import('@tensorflow/tfjs'), w: NetworkWeights): ParamTensors {
  const V = w.nValues;
  const U = w.units;
  return {
    kernel: tf.tensor2d(w.kernel, [V, 4 * U]),
    recurrentKernel: tf.tensor2d(w.recurrentKernel, [U, 4 * U]),
    bias: tf.tensor1d(w.bias),
    denseKernel: tf.tensor2d(w.denseKernel, [U, V]),
    denseBias: tf.tensor1d(w.denseBias),
  };
}

/** The textbook LSTM over all Tx steps, batch-major, differentiated by tfjs autodiff. */
function autodiffLoss(
  tf: typeof import('@tensorflow/tfjs'),
  x: tfTypes.Tensor3D,
  y: tfTypes.Tensor3D,
  p: ParamTensors,
): tfTypes.Scalar {
  const [B, Tx] = x.shape;
  const U = p.recurrentKernel.shape[0];
  let h: tfTypes.Tensor = tf.zeros([B, U]);
  let c: tfTypes.Tensor = tf.zeros([B, U]);
  let total: tfTypes.Tensor = tf.scalar(0);
  for (let t = 0; t < Tx; t++) {
    const xt = tf.squeeze(tf.slice(x, [0, t, 0], [B, 1, -1]), [1]);
    const yt = tf.squeeze(tf.slice(y, [0, t, 0], [B, 1, -1]), [1]);
    const z = tf.add(tf.add(tf.matMul(xt, p.kernel), tf.matMul(h, p.recurrentKernel)), p.bias);
    const [zi, zf, zg, zo] = tf.split(z, 4, 1);
    c = tf.add(tf.mul(tf.sigmoid(zf), c), tf.mul(tf.sigmoid(zi), tf.tanh(zg)));
    h = tf.mul(tf.sigmoid(zo), tf.tanh(c));
    const logp = tf.logSoftmax(tf.add(tf.matMul(h, p.denseKernel), p.denseBias));
    total = tf.add(total, tf.neg(tf.sum(tf.mul(yt, logp))));
  }
  return tf.div(total, B) as tfTypes.Scalar;
}

test('the hand-written backward pass equals tfjs autodiff of the textbook LSTM', async () => {
  const { tf } = await loadTf();
  const V = 7;
  const U = 5;
  const tx = 6;
  const weights = initialWeights(V, U, 11);
  const rng = createRng(2);
  weights.bias = weights.bias.map((b) => b + rng.next() - 0.5);
  weights.denseBias = weights.denseBias.map((b) => b + rng.next() - 0.5);
  const tokens = phraseCorpus(40, V, 4);
  const starts = [0, 9, 20];
  const { x, y } = makeOneHotBatch(tokens, starts, tx, V);

  tf.tidy(() => {
    const params = paramTensors(tf, weights);
    const mine = lossAndGradients(tf, params, toTimeMajor(x, y, starts.length, tx, V));
    const x3 = tf.tensor3d(x, [starts.length, tx, V]);
    const y3 = tf.tensor3d(y, [starts.length, tx, V]);
    const grads = tf.grads((...args: tfTypes.Tensor[]) => {
      const named = Object.fromEntries(KEYS.map((key, i) => [key, args[i]])) as ParamTensors;
      return autodiffLoss(tf, x3, y3, named);
    })(KEYS.map((key) => params[key]));
    const referenceLoss = autodiffLoss(tf, x3, y3, params).dataSync()[0];
    assert.ok(
      Math.abs(mine.loss.dataSync()[0] - referenceLoss) < 1e-4,
      `loss ${mine.loss.dataSync()[0]} vs ${referenceLoss}`,
    );
    KEYS.forEach((key, i) => {
      const expected = grads[i].dataSync();
      const actual = mine.grads[key].dataSync();
      assert.equal(actual.length, expected.length, key);
      const scale = Math.max(...Array.from(expected, Math.abs));
      for (let j = 0; j < expected.length; j++) {
        assert.ok(
          Math.abs(actual[j] - expected[j]) <= 1e-4 * Math.max(1, scale),
          `${key}[${j}]: ${actual[j]} vs ${expected[j]}`,
        );
      }
    });
  });
});

test('the training loss equals the cross-entropy of the tfjs Layers model, summed over steps and averaged over windows', async () => {
  const { tf } = await loadTf();
  const V = 9;
  const U = 6;
  const tx = 8;
  const weights = initialWeights(V, U, 5);
  const tokens = phraseCorpus(50, V, 1);
  const starts = [3, 30, 11, 0];
  const { x, y } = makeOneHotBatch(tokens, starts, tx, V);
  const model = buildLayersModel(tf, { nValues: V, units: U, cheapInit: true });
  try {
    setLayersModelWeights(tf, model, weights);
    const predicted = tf.tidy(() =>
      (model.predict(tf.tensor3d(x, [starts.length, tx, V])) as tfTypes.Tensor).dataSync(),
    );
    let expected = 0;
    for (let i = 0; i < y.length; i++) if (y[i] === 1) expected -= Math.log(predicted[i]);
    expected /= starts.length;
    const actual = tf.tidy(
      () => lossAndGradients(tf, paramTensors(tf, weights), toTimeMajor(x, y, starts.length, tx, V)).loss.dataSync()[0],
    );
    assert.ok(Math.abs(actual - expected) < 1e-4, `${actual} vs ${expected}`);
  } finally {
    model.dispose();
  }
});

test('initial weights: glorot-uniform kernels, orthogonal recurrent kernel, forget bias 1, reproducible', () => {
  const V = 20;
  const U = 8;
  const w = initialWeights(V, U, 42);
  const limit = Math.sqrt(6 / (V + 4 * U));
  assert.ok(w.kernel.every((v) => Math.abs(v) <= limit));
  assert.ok(Math.max(...w.kernel) > limit * 0.9, 'kernel spans its range');
  assert.ok(w.denseKernel.every((v) => Math.abs(v) <= Math.sqrt(6 / (U + V))));
  for (let a = 0; a < U; a++) {
    for (let b = 0; b < U; b++) {
      let dot = 0;
      for (let j = 0; j < 4 * U; j++) dot += w.recurrentKernel[a * 4 * U + j] * w.recurrentKernel[b * 4 * U + j];
      assert.ok(Math.abs(dot - (a === b ? 1 : 0)) < 1e-5, `row ${a}·row ${b} = ${dot}`);
    }
  }
  assert.deepEqual(Array.from(w.bias), [...Array(U).fill(0), ...Array(U).fill(1), ...Array(2 * U).fill(0)]);
  assert.ok(w.denseBias.every((v) => v === 0));
  assert.deepEqual(initialWeights(V, U, 42), w);
  assert.notDeepEqual(initialWeights(V, U, 43).kernel, w.kernel);
});

test('the first epoch loss is near 29·ln(V), the loss falls, and no tensor is left behind', async () => {
  const { tf } = await loadTf();
  const V = 40;
  const tokens = phraseCorpus(120, V, 3);
  const before = tf.memory().numTensors;
  const epochsSeen: number[] = [];
  const result = await trainNetwork(
    { tokens, nValues: V },
    { epochs: 25, seed: 1 },
    { onEpochEnd: (info) => void epochsSeen.push(info.epoch) },
  );
  assert.equal(tf.memory().numTensors, before, 'tensors leaked');
  const start = 29 * Math.log(V);
  assert.ok(Math.abs(result.loss[0] - start) / start < 0.05, `first loss ${result.loss[0]} vs ${start}`);
  assert.ok(result.loss[24] < result.loss[0] / 2, `loss went from ${result.loss[0]} to ${result.loss[24]}`);
  assert.deepEqual(
    epochsSeen,
    Array.from({ length: 25 }, (_, i) => i + 1),
  );
  assert.equal(result.examples, 60);
  assert.equal(result.loss.length, 25);
  assert.equal(result.parameterCount, 4 * (V * 64 + 64 * 64 + 64) + 64 * V + V);
  assert.ok(['wasm', 'cpu', 'tensorflow'].includes(result.backend));
  assert.equal(result.weights.kernel.length, V * 256);
});

test('the same seed gives the same losses and weights; another seed does not', async () => {
  const tokens = phraseCorpus(60, 12, 8);
  const options = { epochs: 3, units: 8, tx: 10, m: 20, batchSize: 8, seed: 9 };
  const a = await trainNetwork({ tokens, nValues: 12 }, options);
  const b = await trainNetwork({ tokens, nValues: 12 }, options);
  const c = await trainNetwork({ tokens, nValues: 12 }, { ...options, seed: 10 });
  assert.deepEqual(a.loss, b.loss);
  assert.deepEqual(a.weights, b.weights);
  assert.notDeepEqual(c.loss, a.loss);
});

test('the first update is exactly Keras Adam: p -= lr·sqrt(1-β2)/(1-β1) · m / (sqrt(v) + 1e-7)', async () => {
  const { tf } = await loadTf();
  const V = 6;
  const U = 4;
  const tx = 5;
  const tokens = phraseCorpus(30, V, 2);
  const seed = 21;
  // Every window in one batch, so the single update uses exactly the gradient computed below.
  const result = await trainNetwork(
    { tokens, nValues: V },
    { epochs: 1, units: U, tx, windows: 'all', seed, batchSize: 64 },
  );
  const initial = initialWeights(V, U, seed);
  const starts = Array.from({ length: 30 - tx + 1 }, (_, i) => i);
  const { x, y } = makeOneHotBatch(tokens, starts, tx, V);
  const grads = tf.tidy(() => {
    const g = lossAndGradients(tf, paramTensors(tf, initial), toTimeMajor(x, y, starts.length, tx, V)).grads;
    return Object.fromEntries(KEYS.map((key) => [key, g[key].dataSync().slice()]));
  }) as unknown as Record<WeightKey, Float32Array>;
  const lrT = (0.01 * Math.sqrt(1 - 0.999)) / (1 - 0.9);
  let large = 0;
  for (const key of KEYS) {
    for (let i = 0; i < initial[key].length; i++) {
      const g = grads[key][i];
      const expected = (-lrT * 0.1 * g) / (Math.sqrt(0.001 * g * g) + 1e-7);
      const step = result.weights[key][i] - initial[key][i];
      assert.ok(Math.abs(step - expected) < 2e-6, `${key}[${i}] moved ${step}, Keras Adam moves it ${expected}`);
      if (Math.abs(step) > 0.009) large++;
    }
  }
  assert.ok(large > 100, `${large} weights moved by about the learning rate`);
});

test("'all' windows train on every window of the corpus", async () => {
  const tokens = phraseCorpus(45, 10, 6);
  const result = await trainNetwork({ tokens, nValues: 10 }, { epochs: 2, units: 8, tx: 10, windows: 'all', seed: 2 });
  assert.equal(result.examples, 36);
  assert.equal(result.loss.length, 2);
  assert.ok(result.loss.every(Number.isFinite));
});

test('cancelling stops between batches with TrainingCancelledError and frees every tensor', async () => {
  const { tf } = await loadTf();
  const before = tf.memory().numTensors;
  const controller = new AbortController();
  const epochs: number[] = [];
  await assert.rejects(
    trainNetwork(
      { tokens: phraseCorpus(80, 20, 1), nValues: 20 },
      { epochs: 50, units: 16, seed: 3 },
      {
        signal: controller.signal,
        yieldEveryBatch: true,
        onEpochEnd: ({ epoch }) => {
          epochs.push(epoch);
          if (epoch === 2) controller.abort();
        },
      },
    ),
    TrainingCancelledError,
  );
  assert.deepEqual(epochs, [1, 2]);
  assert.equal(tf.memory().numTensors, before, 'tensors leaked');
  await assert.rejects(
    trainNetwork({ tokens: phraseCorpus(80, 20, 1), nValues: 20 }, { epochs: 1 }, { signal: AbortSignal.abort() }),
    TrainingCancelledError,
  );
});

test('a corpus shorter than one window is refused with a clear message', async () => {
  await assert.rejects(trainNetwork({ tokens: new Int32Array(10), nValues: 3 }, { tx: 30 }), (error: unknown) => {
    assert.ok(error instanceof UserFacingError);
    assert.match(error.message, /the corpus has 10 values; training needs at least one window of 30/);
    return true;
  });
});
