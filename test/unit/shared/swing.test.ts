import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { meterSwings, swingRatio, swingSpan, swingTime, swingToPercent } from '../../../src/shared/swing';

test('the swing setting reads as a ratio or a percentage, clamped to straight..dotted', () => {
  assert.equal(swingRatio(undefined), 0.5);
  assert.equal(swingRatio(2 / 3), 2 / 3);
  assert.equal(swingRatio(66), 0.66);
  assert.equal(swingRatio(0.9), 0.75);
  assert.equal(swingRatio(-1), 0.5);
  assert.equal(swingRatio(Number.NaN), 0.5);
  assert.equal(swingToPercent(2 / 3), 67);
  assert.equal(swingToPercent(60), 60);
});

test('swung time: beats stay, the off-beat eighth moves to the ratio, straight changes nothing', () => {
  assert.equal(swingTime(6, 12, 2 / 3), 8);
  assert.equal(swingTime(18, 12, 0.75), 21);
  assert.equal(swingTime(24, 12, 0.75), 24);
  assert.equal(swingTime(6, 12, 0.5), 6);
  assert.equal(swingTime(7, 12, undefined), 7);
  // A pair of eighths becomes long-short.
  const first = swingSpan(0, 6, 12, 2 / 3);
  const second = swingSpan(6, 6, 12, 2 / 3);
  assert.deepEqual([first.start, first.duration, second.start, second.duration], [0, 8, 8, 4]);
  assert.ok(meterSwings(4) && meterSwings(2) && !meterSwings(8));
});

test('property: swing keeps the order of notes and positive lengths', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 1, max: 100 }),
      fc.double({ min: 0.5, max: 0.75, noNaN: true }),
      (start, length, swing) => {
        const a = swingTime(start, 12, swing);
        const b = swingTime(start + length, 12, swing);
        assert.ok(b > a, `${start}+${length} at ${swing}`);
        if (start % 12 === 0) assert.equal(a, start, 'beats never move');
      },
    ),
    { numRuns: 500, seed: 99 },
  );
});
