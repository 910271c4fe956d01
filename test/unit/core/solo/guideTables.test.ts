import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideTables, valueTicks } from '../../../../src/core/solo/guideTables';
import { parseValue } from '../../../../src/core/solo/grammar';
import {
  INTERVAL_CLASSES,
  ONSET_CLASSES,
  STRONG_BEAT_CLASSES,
  COLOUR_CLASSES,
} from '../../../../src/core/solo/styleSteer';

const VALUES = ['C,0.500,<P4,m-2>', 'S,0.250', 'A,0.333,<m3,m-3>', 'R,0.500', 'X,1.000,<P-4,M-7>', 'C,0.250'].map(
  parseValue,
);

test('a value asks for its length in ticks, at least one', () => {
  assert.equal(valueTicks(0.5), 6);
  assert.equal(valueTicks(1 / 3), 4);
  assert.equal(valueTicks(0), 1);
  assert.equal(valueTicks(Number.NaN), 1);
});

test("the decoder's tables say each value's length, kind and classes; a rest has no class", () => {
  const tables = guideTables(VALUES);
  assert.deepEqual([...tables.durationTicks], [6, 3, 4, 6, 12, 3]);
  assert.deepEqual([...tables.isRest], [0, 0, 0, 1, 0, 0]);
  assert.deepEqual([...tables.penalisable], [0, 1, 1, 0, 1, 0]);
  // Four distinct lengths; the eighth has a note and a rest, the others only notes.
  assert.deepEqual([...tables.lengths], [6, 3, 4, 12]);
  assert.deepEqual([...tables.lengthOf], [0, 1, 2, 0, 3, 1]);
  assert.deepEqual([...tables.noteLength], [1, 1, 1, 1]);
  assert.deepEqual([...tables.restLength], [1, 0, 0, 0]);
  const name = <K extends string>(keys: readonly K[], index: Int8Array) => [...index].map((c) => keys[c]);
  assert.deepEqual(name(ONSET_CLASSES, tables.onset), [
    'eighth',
    'sixteenth',
    'triplet',
    undefined,
    'other',
    'sixteenth',
  ]);
  assert.deepEqual(name(INTERVAL_CLASSES, tables.interval), [
    'step',
    undefined,
    'repeat',
    undefined,
    'leap',
    undefined,
  ]);
  assert.deepEqual(name(COLOUR_CLASSES, tables.colour), [
    'inside',
    'inside',
    'chromatic',
    undefined,
    'chromatic',
    'inside',
  ]);
  assert.deepEqual(name(STRONG_BEAT_CLASSES, tables.strongBeat), [
    'chordTone',
    'tension',
    'chromatic',
    undefined,
    'chromatic',
    'chordTone',
  ]);
});

test('the tables are made once per parsed vocabulary', () => {
  assert.equal(guideTables(VALUES), guideTables(VALUES));
  assert.notEqual(guideTables(VALUES), guideTables([...VALUES]));
});
