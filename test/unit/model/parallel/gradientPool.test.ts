/**
 * Data-parallel training: a batch cut into shards over worker threads gives the loss and gradients of the
 * batch computed on one thread, so training on every core learns what training on one does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { createRng } from '../../../../src/core/random';
import { TrainingCancelledError } from '../../../../src/shared/errors';
import { loadTf } from '../../../../src/model/backend';
import { weightShapes, type WeightKey } from '../../../../src/model/network';
import { defaultTrainingWorkers, GradientPool } from '../../../../src/model/parallel/gradientPool';
import {
  initialWeights,
  lossAndGradients,
  timeMajorTokens,
  trainNetwork,
  type ParamTensors,
} from '../../../../src/model/train';

/** Largest |a - b| relative to the largest |a|: float32 sums taken in another order differ by about 1e-7. */
function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let difference = 0;
  let scale = 1e-12;
  for (let i = 0; i < a.length; i++) {
    difference = Math.max(difference, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(a[i]));
  }
  return difference / scale;
}

test("the shards' summed loss and gradients equal one thread's on random batches", async () => {
  const nValues = 23;
  const units = 8;
  const tx = 9;
  const rng = createRng(2024);
  const tokens = Int32Array.from({ length: 300 }, () => rng.int(nValues));
  tokens.fill(-1, 120, 126); // a short tune's padding inside the corpus
  const weights = initialWeights(nValues, units, 7);
  const { tf } = await loadTf();
  const pool = await GradientPool.start({ workers: 2, tokens, nValues, units });
  assert.ok(pool, 'the worker script is found');
  try {
    for (const batchSize of [1, 2, 5, 16]) {
      const starts = Array.from({ length: batchSize }, () => rng.int(tokens.length - tx + 1));
      const shared = await pool.lossAndGradients(weights, starts, tx);
      const single = tf.tidy(() => {
        const params = {} as ParamTensors;
        for (const { key, shape } of weightShapes({ nValues, units })) params[key] = tf.tensor(weights[key], shape);
        const result = lossAndGradients(tf, params, timeMajorTokens(tokens, starts, tx));
        const grads = {} as Record<WeightKey, Float32Array>;
        for (const key of Object.keys(result.grads) as WeightKey[])
          grads[key] = result.grads[key].dataSync() as Float32Array;
        return { loss: result.loss.dataSync()[0], grads };
      });
      assert.ok(Math.abs(shared.loss - single.loss) <= 1e-5 * single.loss, `loss ${shared.loss} vs ${single.loss}`);
      for (const key of Object.keys(single.grads) as WeightKey[]) {
        const difference = relativeDifference(single.grads[key], shared.grads[key]);
        assert.ok(difference < 1e-5, `batch of ${batchSize}: ${key} differs by ${difference}`);
      }
    }
  } finally {
    await pool.close();
  }
});

test('training on two threads gives the losses of one thread to 5 digits and the same weights to 4', async () => {
  const rng = createRng(11);
  const nValues = 30;
  const tokens = Int32Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? rng.int(nValues) : (i * 5) % nValues));
  const options = { tx: 12, units: 16, epochs: 4, batchSize: 16, windows: 'all' as const, seed: 5 };
  const one = await trainNetwork({ tokens, nValues }, { ...options, workers: 1 });
  const two = await trainNetwork({ tokens, nValues }, { ...options, workers: 2 });
  assert.equal(one.workers, 1);
  assert.equal(two.workers, 2);
  one.loss.forEach((loss, epoch) =>
    assert.ok(Math.abs(loss - two.loss[epoch]) <= 1e-5 * loss, `epoch ${epoch + 1}: ${loss} vs ${two.loss[epoch]}`),
  );
  assert.ok(relativeDifference(one.weights.denseKernel, two.weights.denseKernel) < 1e-4);
});

test('a cancel stops training on threads between batches, and the threads end with it', async () => {
  const controller = new AbortController();
  const epochs: number[] = [];
  await assert.rejects(
    trainNetwork(
      { tokens: Int32Array.from({ length: 200 }, (_, i) => (i * 3) % 17), nValues: 17 },
      { epochs: 30, units: 8, tx: 10, windows: 'all', workers: 2 },
      {
        signal: controller.signal,
        onEpochEnd: ({ epoch }) => {
          epochs.push(epoch);
          if (epoch === 2) controller.abort();
        },
      },
    ),
    TrainingCancelledError,
  );
  assert.deepEqual(epochs, [1, 2]);
  // The test process ending on its own (no thread left running) is the rest of the check.
});

test('threads only where a batch is worth sharing: the reference trains on one, a 2,600-value corpus on all', () => {
  assert.equal(defaultTrainingWorkers({ nValues: 78, units: 64, batch: 32, tx: 30 }), 1);
  assert.equal(defaultTrainingWorkers({ nValues: 2616, units: 64, batch: 32, tx: 30 }), availableParallelism());
});
