import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as tfTypes from '@tensorflow/tfjs';
import { createRng } from '../../../src/core/random';
import { loadTf } from '../../../src/model/backend';
import { LstmSampler } from '../../../src/model/lstmCell';
import { buildLayersModel, setLayersModelWeights, type NetworkWeights } from '../../../src/model/network';
import { initialWeights } from '../../../src/model/train';

/** Initial weights with every bias and the scale of the kernels perturbed, so no gate is trivial. */
function busyWeights(nValues: number, units: number, seed: number): NetworkWeights {
  const weights = initialWeights(nValues, units, seed);
  const rng = createRng(seed + 100);
  for (const key of ['bias', 'denseBias'] as const) weights[key] = weights[key].map((v) => v + (rng.next() - 0.5));
  weights.recurrentKernel = weights.recurrentKernel.map((v) => v * 1.5);
  return weights;
}

test('the plain cell gives the same probabilities as the tfjs Layers model, step by step (1e-5)', async () => {
  const { tf } = await loadTf();
  const nValues = 13;
  const units = 10;
  const weights = busyWeights(nValues, units, 7);
  const model = buildLayersModel(tf, { nValues, units, cheapInit: true });
  try {
    setLayersModelWeights(tf, model, weights);
    const rng = createRng(3);
    const inputs = [-1, ...Array.from({ length: 24 }, () => rng.int(nValues))];
    // [1, T, V]: the zero vector first, then one-hot inputs.
    const oneHot = new Float32Array(inputs.length * nValues);
    inputs.forEach((index, t) => {
      if (index >= 0) oneHot[t * nValues + index] = 1;
    });
    const expected = tf.tidy(() =>
      (model.predict(tf.tensor3d(oneHot, [1, inputs.length, nValues])) as tfTypes.Tensor).dataSync(),
    );

    const sampler = new LstmSampler(weights);
    let maxDifference = 0;
    inputs.forEach((index, t) => {
      const probabilities = sampler.step(index);
      for (let v = 0; v < nValues; v++)
        maxDifference = Math.max(maxDifference, Math.abs(probabilities[v] - expected[t * nValues + v]));
    });
    assert.ok(maxDifference < 1e-5, `largest difference ${maxDifference}`);
  } finally {
    model.dispose();
  }
});

test('reset returns the cell to the zero state', () => {
  const sampler = new LstmSampler(busyWeights(8, 6, 2));
  const first = sampler.step(-1);
  sampler.step(3);
  const moved = sampler.step(-1);
  assert.notDeepEqual(moved, first, 'the state carries over between steps');
  sampler.reset();
  assert.deepEqual(sampler.step(-1), first);
});

test('probabilities sum to 1 and bad inputs are refused', () => {
  const sampler = new LstmSampler(busyWeights(8, 6, 2));
  const p = sampler.step(5);
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-5);
  assert.throws(() => sampler.step(8), /outside -1..7/);
  assert.throws(() => sampler.step(1.5), /outside/);
  const weights = busyWeights(8, 6, 2);
  assert.throws(() => new LstmSampler({ ...weights, kernel: new Float32Array(3) }), /kernel has 3 numbers/);
});
