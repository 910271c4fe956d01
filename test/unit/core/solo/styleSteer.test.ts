import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ONSET_CLASSES,
  type OnsetClass,
  ShareSteer,
  ValueClasses,
  classIndex,
  steerClasses,
} from '../../../../src/core/solo/styleSteer';
import { seededRuns } from '../../helpers/property';

const TARGETS = new Map<OnsetClass, number>([
  ['eighth', 0.5],
  ['sixteenth', 0.3],
  ['triplet', 0.2],
  ['other', 0],
]);

/** Values 0..n-1 of classes eighth, sixteenth, triplet, (none), in turn. */
function classes(size: number): ValueClasses<OnsetClass> {
  const cycle: Array<OnsetClass | undefined> = ['eighth', 'sixteenth', 'triplet', undefined];
  return new ValueClasses(
    ONSET_CLASSES,
    classIndex(ONSET_CLASSES, size, (v) => cycle[v % 4]),
  );
}

function shareOf(probabilities: Float32Array, members: (v: number) => boolean): number {
  let sum = 0;
  for (let v = 0; v < probabilities.length; v++) if (members(v)) sum += probabilities[v];
  return sum;
}

test('a fresh steer with match 1 gives each class exactly its corpus share of the steered mass', () => {
  const probabilities = Float32Array.from([0.4, 0.05, 0.05, 0.1, 0.2, 0.05, 0.05, 0.1]);
  steerClasses(probabilities, new ShareSteer(ONSET_CLASSES, TARGETS), classes(8), 1);
  // Values 3 and 7 belong to no class: they keep their 0.2; the classes share the other 0.8 as 0.5 / 0.3 / 0.2.
  assert.ok(Math.abs(probabilities[3] - 0.1) < 1e-7 && Math.abs(probabilities[7] - 0.1) < 1e-7);
  assert.ok(Math.abs(shareOf(probabilities, (v) => v % 4 === 0) - 0.8 * 0.5) < 1e-6);
  assert.ok(Math.abs(shareOf(probabilities, (v) => v % 4 === 1) - 0.8 * 0.3) < 1e-6);
  assert.ok(Math.abs(shareOf(probabilities, (v) => v % 4 === 2) - 0.8 * 0.2) < 1e-6);
  // Inside a class the model's order stays: 0.4 against 0.2 is still two to one.
  assert.ok(Math.abs(probabilities[0] / probabilities[4] - 2) < 1e-5);
});

test('a class the solo has played too much of loses probability, one it has played too little of gains', () => {
  const steer = new ShareSteer(ONSET_CLASSES, TARGETS);
  for (let i = 0; i < 30; i++) steer.count('eighth');
  const probabilities = Float32Array.from([0.25, 0.25, 0.25, 0.25]);
  steerClasses(probabilities, steer, classes(4), 0);
  assert.ok(probabilities[0] < 0.25, `eighths after 30 eighths: ${probabilities[0]}`);
  assert.ok(probabilities[1] > 0.25 && probabilities[2] > 0.25);
});

test('steering keeps the total, never revives a value of probability 0, and a list of candidates changes nothing', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constant(0), fc.float({ min: Math.fround(1e-4), max: 1, noNaN: true })), {
        minLength: 4,
        maxLength: 40,
      }),
      fc.constantFrom(0, 0.5, 1),
      (weights, match) => {
        const original = Float32Array.from(weights);
        const steered = Float32Array.from(weights);
        steerClasses(steered, new ShareSteer(ONSET_CLASSES, TARGETS), classes(weights.length), match);
        const listed = Float32Array.from(weights);
        const candidates = { values: new Int32Array(weights.length), count: 0 };
        for (let v = 0; v < weights.length; v++) if (weights[v] > 0) candidates.values[candidates.count++] = v;
        steerClasses(listed, new ShareSteer(ONSET_CLASSES, TARGETS), classes(weights.length), match, candidates);
        assert.deepEqual(listed, steered);
        for (let v = 0; v < weights.length; v++) if (original[v] === 0) assert.equal(steered[v], 0);
        const before = shareOf(original, () => true);
        const after = shareOf(steered, () => true);
        assert.ok(Math.abs(after - before) <= 1e-5 * Math.max(1, before), `${before} -> ${after}`);
      },
    ),
    seededRuns(200),
  );
});
