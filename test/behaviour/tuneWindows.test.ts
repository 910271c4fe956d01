import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  PADDING_TOKEN,
  allWindowStarts,
  makeOneHotBatch,
  pickWindowStarts,
  referenceWindowStarts,
  windowsInsideTunes,
} from '../../src/core/solo/dataset';
import { createRng } from '../../src/core/random';
import { REFERENCE_UPDATES, automaticEpochs } from '../../src/engine';
import { loadTf } from '../../src/model/backend';
import { WeightKey, weightShapes } from '../../src/model/network';
import { ParamTensors, initialWeights, lossAndGradients, toTimeMajor, trainNetwork } from '../../src/model/train';
import { seededRuns } from '../unit/helpers/property';

const KEYS: WeightKey[] = ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias'];

/** Tokens of several tunes, each tune's values drawn from its own range so that a test can tell them apart. */
function tunesOf(lengths: number[]): { tokens: Int32Array; tuneOf: number[] } {
  const tokens: number[] = [];
  const tuneOf: number[] = [];
  lengths.forEach((length, tune) => {
    for (let i = 0; i < length; i++) {
      tokens.push(tune * 100 + i);
      tuneOf.push(tune);
    }
  });
  return { tokens: Int32Array.from(tokens), tuneOf };
}

test('property: every window lies inside one tune; every tune of two values or more is learned from', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 2, max: 30 }),
      (lengths, tx) => {
        const { tokens } = tunesOf(lengths);
        const windowed = windowsInsideTunes(tokens, lengths, tx);
        const tunesSeen = new Set<number>();
        for (const start of windowed.starts) {
          const window = Array.from(windowed.tokens.subarray(start, start + tx));
          assert.equal(window.length, tx, 'the window fits in the token stream');
          const real = window.filter((token) => token !== PADDING_TOKEN);
          const tunes = new Set(real.map((token) => Math.floor(token / 100)));
          assert.equal(tunes.size, 1, `window at ${start} mixes tunes ${[...tunes]}`);
          // Padding only after the tune's last value.
          assert.deepEqual(window.slice(0, real.length), real);
          tunesSeen.add([...tunes][0]);
        }
        lengths.forEach((length, tune) =>
          assert.equal(tunesSeen.has(tune), length >= 2, `tune ${tune} of ${length} values`),
        );
        const expected = lengths.reduce((sum, length) => sum + (length < 2 ? 0 : Math.max(1, length - tx + 1)), 0);
        assert.equal(windowed.starts.length, expected, 'every window inside a tune, once');
      },
    ),
    seededRuns(300),
  );
});

test('a single tune gives exactly the reference windows and the same draws', () => {
  const tokens = Int32Array.from({ length: 120 }, (_, i) => i % 17);
  const windowed = windowsInsideTunes(tokens, undefined, 30);
  assert.deepEqual(Array.from(windowed.tokens), Array.from(tokens));
  assert.deepEqual(windowed.starts, allWindowStarts(120, 30));
  assert.deepEqual(windowsInsideTunes(tokens, [120], 30), windowed);
  assert.deepEqual(
    pickWindowStarts(windowed.starts, 60, createRng(7)),
    referenceWindowStarts(120, 30, 60, createRng(7)),
  );
});

test('tune lengths that do not add up to the corpus are refused', () => {
  assert.throws(() => windowsInsideTunes(new Int32Array(10), [4, 5], 3), /do not add up/);
  assert.throws(() => windowsInsideTunes(new Int32Array(10), [12, -2], 3), /do not add up/);
});

test('padding steps are all zeros, input and target', () => {
  const { tokens } = tunesOf([4]);
  const windowed = windowsInsideTunes(tokens, [4], 6);
  assert.deepEqual(Array.from(windowed.tokens.subarray(4)), [PADDING_TOKEN, PADDING_TOKEN]);
  const nValues = 4;
  const { x, y } = makeOneHotBatch(
    Int32Array.from(windowed.tokens, (t) => (t === PADDING_TOKEN ? t : t % nValues)),
    [0],
    6,
    nValues,
  );
  const rowSum = (array: Float32Array, row: number) =>
    array.subarray(row * nValues, (row + 1) * nValues).reduce((a, b) => a + b, 0);
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5].map((t) => rowSum(x, t)),
    [0, 1, 1, 1, 0, 0],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5].map((t) => rowSum(y, t)),
    [1, 1, 1, 0, 0, 0],
  );
});

test('a short tune padded to the window teaches exactly what its own shorter window teaches', async () => {
  const { tf } = await loadTf();
  const nValues = 6;
  const units = 4;
  const tune = Int32Array.from([1, 4, 2, 5, 0]);
  const weights = initialWeights(nValues, units, 3);
  const padded = windowsInsideTunes(tune, [tune.length], 8);
  const long = makeOneHotBatch(padded.tokens, padded.starts, 8, nValues);
  const short = makeOneHotBatch(tune, [0], tune.length, nValues);
  tf.tidy(() => {
    const shapes = weightShapes({ nValues, units });
    const params = Object.fromEntries(
      shapes.map(({ key, shape }) => [key, tf.tensor(weights[key], shape)]),
    ) as ParamTensors;
    const withPadding = lossAndGradients(tf, params, { ...toTimeMajor(long.x, long.y, 1, 8, nValues), padded: true });
    const own = lossAndGradients(tf, params, toTimeMajor(short.x, short.y, 1, tune.length, nValues));
    const unmasked = lossAndGradients(tf, params, toTimeMajor(long.x, long.y, 1, 8, nValues));
    assert.ok(Math.abs(withPadding.loss.dataSync()[0] - own.loss.dataSync()[0]) < 1e-5);
    for (const key of KEYS) {
      const a = withPadding.grads[key].dataSync();
      const b = own.grads[key].dataSync();
      for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) < 1e-6, `${key}[${i}]: ${a[i]} vs ${b[i]}`);
    }
    // Without the mask the padding steps would pull every output towards nothing.
    const drift = Array.from(unmasked.grads.denseBias.dataSync()).some(
      (g, i) => Math.abs(g - own.grads.denseBias.dataSync()[i]) > 1e-3,
    );
    assert.ok(drift);
  });
});

test('training on several tunes uses the windows inside them, short tunes included', async () => {
  const rng = createRng(4);
  const lengths = [25, 12, 1, 40];
  const tokens = Int32Array.from({ length: lengths.reduce((a, b) => a + b, 0) }, () => rng.int(9));
  const result = await trainNetwork(
    { tokens, nValues: 9, tuneLengths: lengths },
    { epochs: 2, units: 8, tx: 20, windows: 'all', seed: 2 },
  );
  // 25 → 6 windows, 12 → 1 padded window, 1 → none, 40 → 21 windows.
  assert.equal(result.examples, 6 + 1 + 21);
  assert.ok(result.loss.every(Number.isFinite));
  const reference = await trainNetwork(
    { tokens, nValues: 9, tuneLengths: lengths },
    { epochs: 1, units: 8, tx: 20, m: 10, seed: 2 },
  );
  assert.equal(reference.examples, 10);
});

test('automatic epochs count the windows inside the tunes, not those of one long stream', () => {
  // 40 tunes of 35 values: 6 windows each (240 in all, 8 batches) against 1,371 windows of the stream.
  const lengths = new Array<number>(40).fill(35);
  const total = 35 * 40;
  assert.equal(automaticEpochs('all', total, 30, 32, lengths), Math.ceil(REFERENCE_UPDATES / 8));
  assert.equal(automaticEpochs('all', total, 30, 32), Math.ceil(REFERENCE_UPDATES / Math.ceil(1371 / 32)));
});
