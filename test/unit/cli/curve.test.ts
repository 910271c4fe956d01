import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sparkline, TrainingCurve } from '../../../src/cli/curve';

test('a curve is drawn lowest ▁ to highest █, a flat one level', () => {
  assert.equal(sparkline([3, 2, 1, 2]), '█▅▁▅');
  assert.equal(sparkline([5, 5, 5]), '▄▄▄');
  assert.equal(sparkline([]), '');
  assert.equal(sparkline([9, 8, 7, 6, 5, 4, 3, 2, 1], 3), '█▅▁');
});

test('the progress line shows the loss and held-out curves and the best epoch, and fits 80 columns beside the bar', () => {
  const curve = new TrainingCurve();
  const epochs = [
    { loss: 120, heldOutNll: 4.4, bestEpoch: 1, etaSeconds: 30 },
    { loss: 90, heldOutNll: 4.1, bestEpoch: 2, etaSeconds: 20 },
    { loss: 70, heldOutNll: 4.3, bestEpoch: 2, etaSeconds: 10 },
  ];
  let line = '';
  for (const p of epochs) {
    curve.add(p);
    line = curve.describe(p);
  }
  assert.equal(line, 'loss 70.0 █▄▁  NLL 4.300 █▁▆ best 2  ~10s');
  const bar = `[${'#'.repeat(20)}] epoch 100/100  `;
  assert.ok(bar.length + line.length <= 79);
  // Forced epochs have no held-out part: the loss alone.
  assert.equal(new TrainingCurve().describe({ loss: 6.1, etaSeconds: 0 }), 'loss 6.1   ~0s');
});
