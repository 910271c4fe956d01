import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allWindowStarts,
  makeOneHotBatch,
  referenceWindowStarts,
  shuffleInPlace,
} from '../../../../src/core/solo/dataset';
import { createRng } from '../../../../src/core/random';

function corpus(length: number, nValues: number, seed: number): Int32Array {
  const rng = createRng(seed);
  return Int32Array.from({ length }, () => rng.int(nValues));
}

/** The index of the single 1 in a one-hot row, -1 for an all-zero row; fails on anything else. */
function hotIndex(array: Float32Array, row: number, width: number): number {
  let found = -1;
  for (let v = 0; v < width; v++) {
    const value = array[row * width + v];
    if (value === 0) continue;
    assert.equal(value, 1, `row ${row} holds ${value}`);
    assert.equal(found, -1, `row ${row} has two ones`);
    found = v;
  }
  return found;
}

test('reference windows: m starts, each window inside the corpus, the same for the same seed', () => {
  const starts = referenceWindowStarts(200, 30, 60, createRng(5));
  assert.equal(starts.length, 60);
  for (const s of starts) assert.ok(Number.isInteger(s) && s >= 0 && s + 30 <= 200, `start ${s}`);
  assert.deepEqual(referenceWindowStarts(200, 30, 60, createRng(5)), starts);
  assert.notDeepEqual(referenceWindowStarts(200, 30, 60, createRng(6)), starts);
  // The last possible start (len - tx) is reachable: a corpus exactly one window long has only start 0.
  assert.deepEqual(referenceWindowStarts(30, 30, 4, createRng(1)), [0, 0, 0, 0]);
});

test('reference windows reach both ends of the allowed range', () => {
  const starts = referenceWindowStarts(40, 30, 2000, createRng(9));
  assert.equal(Math.min(...starts), 0);
  assert.equal(Math.max(...starts), 10);
});

test('all windows: every start from 0 to len - tx once', () => {
  assert.deepEqual(allWindowStarts(35, 30), [0, 1, 2, 3, 4, 5]);
  assert.throws(() => allWindowStarts(29, 30), /fewer than one window/);
  assert.throws(() => referenceWindowStarts(10, 30, 5, createRng(1)), /fewer than one window/);
});

test('shuffling keeps every start exactly once', () => {
  const starts = allWindowStarts(100, 30);
  const shuffled = shuffleInPlace([...starts], createRng(3));
  assert.notDeepEqual(shuffled, starts);
  assert.deepEqual(
    [...shuffled].sort((a, b) => a - b),
    starts,
  );
});

test('one-hot batch: x starts with the zero vector, y is x shifted by one step, the last target is empty', () => {
  const nValues = 11;
  const tx = 7;
  const tokens = corpus(50, nValues, 2);
  const starts = [0, 13, 43, 13];
  const { x, y } = makeOneHotBatch(tokens, starts, tx, nValues);
  assert.equal(x.length, starts.length * tx * nValues);
  assert.equal(y.length, starts.length * tx * nValues);
  starts.forEach((s, b) => {
    assert.equal(hotIndex(x, b * tx, nValues), -1, 'x[b, 0] is the zero vector');
    for (let t = 1; t < tx; t++) assert.equal(hotIndex(x, b * tx + t, nValues), tokens[s + t], `x[${b}, ${t}]`);
    for (let t = 0; t < tx - 1; t++) assert.equal(hotIndex(y, b * tx + t, nValues), tokens[s + t + 1], `y[${b}, ${t}]`);
    assert.equal(hotIndex(y, b * tx + tx - 1, nValues), -1, 'y[b, Tx-1] is the zero vector');
    for (let t = 1; t < tx; t++) {
      assert.equal(hotIndex(y, b * tx + t - 1, nValues), hotIndex(x, b * tx + t, nValues), 'Y[t] = X[t+1]');
    }
  });
});

test('one-hot batch rejects windows outside the corpus and tokens outside the vocabulary', () => {
  const tokens = Int32Array.from([0, 1, 2, 3, 4]);
  assert.throws(() => makeOneHotBatch(tokens, [1], 5, 5), /does not fit/);
  assert.throws(() => makeOneHotBatch(tokens, [0], 5, 4), /outside the vocabulary/);
});
