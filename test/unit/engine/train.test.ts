import { test } from 'node:test';
import assert from 'node:assert/strict';
import { automaticEpochs, REFERENCE_UPDATES } from '../../../src/engine';

test('the reference setup keeps its 100 epochs', () => {
  assert.equal(automaticEpochs('reference', 200, 30, 32), 100);
});

test('on every window of a longer corpus, about the reference number of updates, at least 3 epochs', () => {
  // 2,369 values (the bundled corpus): 2,340 windows, 74 batches an epoch.
  assert.equal(automaticEpochs('all', 2369, 30, 32), 3);
  // 400 values: 371 windows, 12 batches an epoch → 17 epochs, 204 updates.
  const epochs = automaticEpochs('all', 400, 30, 32);
  assert.equal(epochs, 17);
  assert.ok(epochs * 12 >= REFERENCE_UPDATES && (epochs - 1) * 12 < REFERENCE_UPDATES);
  // A corpus 100 times the reference's still gets 3 passes.
  assert.equal(automaticEpochs('all', 20_000, 30, 32), 3);
});
