import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainNetwork } from '../../../src/model/train';
import { scoreNetworkHeldOut } from '../../../src/model/heldOutScore';
import { BestEpochKeeper } from '../../../src/model/earlyStopping';
import type { NetworkWeights } from '../../../src/model/network';
import { createRng } from '../../../src/core/random';

/**
 * A cycle of 8 values, followed 6 times in 10 and broken at random otherwise: the network first learns the
 * cycle, which the held-out part shares (held-out NLL falls), then the training part's own random breaks,
 * which the held-out part does not share (held-out NLL rises).
 */
function noisyCycle(length: number, seed: number): number[] {
  const rng = createRng(seed);
  const values = [0];
  while (values.length < length) values.push(rng.next() < 0.6 ? (values[values.length - 1] + 1) % 8 : rng.int(8));
  return values;
}
const TRAINING = Int32Array.from(noisyCycle(240, 1));
const HELD_OUT = [{ prime: [], target: noisyCycle(200, 2) }];

test("training stops within patience of the best held-out epoch and keeps that epoch's weights", async () => {
  const patience = 3;
  const epochs: Array<{ epoch: number; heldOutNll?: number; bestEpoch?: number }> = [];
  const result = await trainNetwork(
    { tokens: TRAINING, nValues: 8 },
    {
      tx: 20,
      units: 16,
      epochs: 60,
      batchSize: 16,
      windows: 'all',
      seed: 3,
      learningRate: 0.02,
      backend: 'cpu',
      heldOut: { sequences: HELD_OUT, patience },
    },
    { onEpochEnd: (info) => void epochs.push(info) },
  );
  const curve = result.heldOutLoss!;
  assert.equal(curve.length, result.loss.length);
  const best = curve.indexOf(Math.min(...curve)) + 1;
  assert.ok(best > 1 && curve[0] > curve[best - 1], 'the held-out NLL fell first');
  assert.equal(result.chosenEpoch, best);
  // The curve rose after its best epoch, and training stopped exactly `patience` epochs later.
  assert.ok(result.loss.length < 60, `stopped at ${result.loss.length} of 60`);
  assert.equal(result.loss.length, best + patience);
  assert.ok(curve[curve.length - 1] > curve[best - 1]);
  // The weights returned are the best epoch's: they score that epoch's NLL, not the last one's.
  assert.equal(scoreNetworkHeldOut(result.weights, HELD_OUT).nll, curve[best - 1]);
  // Every epoch was reported with its held-out NLL and the best epoch so far.
  assert.deepEqual(
    epochs.map((e) => e.heldOutNll),
    curve,
  );
  assert.equal(epochs[epochs.length - 1].bestEpoch, best);
});

test('the keeper keeps the first of equal scores and counts patience from the best epoch', () => {
  const weights = (bias: number): NetworkWeights => ({
    kernel: new Float32Array(2 * 4),
    recurrentKernel: new Float32Array(4),
    bias: new Float32Array(4),
    denseKernel: new Float32Array(2),
    denseBias: Float32Array.from([bias, 0]),
    nValues: 2,
    units: 1,
  });
  const keeper = new BestEpochKeeper({ sequences: [{ prime: [], target: [0, 0] }], patience: 2 });
  keeper.observe(1, weights(0)); // p(0) = 1/2
  keeper.observe(2, weights(1)); // better
  keeper.observe(3, weights(1)); // as good: the earlier epoch stays
  assert.equal(keeper.bestEpoch, 2);
  assert.equal(keeper.shouldStop(3), false);
  keeper.observe(4, weights(-1));
  assert.equal(keeper.shouldStop(4), true);
  assert.equal(keeper.bestWeights!.denseBias[0], 1);
});
