import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RhythmClock, placeValues, rhythmGrid } from '../../../../src/core/solo/rhythmClock';
import { parseValue } from '../../../../src/core/solo/grammar';

const FOUR_FOUR = { numerator: 4, denominator: 4 };
const SIX_EIGHT = { numerator: 6, denominator: 8 };
const EIGHTH = 6;
const SIXTEENTH = 3;
const TRIPLET_EIGHTH = 4;

test('the grid of a meter: eighths everywhere, triplets only over quarter-note beats', () => {
  assert.deepEqual(rhythmGrid(FOUR_FOUR), { stepTicks: EIGHTH, triplets: true, barTicks: 48 });
  assert.deepEqual(rhythmGrid(SIX_EIGHT), { stepTicks: EIGHTH, triplets: false, barTicks: 36 });
  assert.equal(rhythmGrid({ numerator: 5, denominator: 16 }).stepTicks, SIXTEENTH);
});

test('a sixteenth fits only where the corpus plays sixteenths, and never ties over the beat', () => {
  const plain = new RhythmClock(FOUR_FOUR);
  assert.equal(plain.fits(SIXTEENTH, false), false);
  const clock = new RhythmClock(FOUR_FOUR, { sixteenths: true });
  assert.equal(clock.fits(SIXTEENTH, false), true);
  // From the "e" of a beat (3 ticks in), a dotted eighth would end on the next beat's "e": over the beat.
  clock.advance({ start: 0, end: SIXTEENTH });
  assert.equal(clock.fits(EIGHTH + SIXTEENTH, false), true, 'to the end of the beat... and on');
  assert.equal(clock.fits(2 * EIGHTH, false), false, 'a quarter from the "e" ties a sixteenth over the beat');
});

test('a rest never starts inside a triplet group, and the last value leaves no group open', () => {
  const clock = new RhythmClock(FOUR_FOUR);
  assert.equal(clock.fits(TRIPLET_EIGHTH, false), true);
  assert.equal(clock.fits(TRIPLET_EIGHTH, true), false);
  assert.equal(clock.fits(TRIPLET_EIGHTH, false, true), false, 'the closing value ends on the eighth grid');
  clock.advance({ start: 0, end: TRIPLET_EIGHTH });
  assert.equal(clock.fits(EIGHTH, false), false, 'a straight eighth cannot follow one triplet eighth');
  assert.equal(clock.fits(2 * TRIPLET_EIGHTH, false), true, 'a triplet quarter completes the group');
});

test('placeValues: values follow one another, a misfit gets the nearest length that fits, the last note reaches the bar line', () => {
  const values = ['C,0.500', 'S,0.333', 'C,0.500', 'C,0.500'].map(parseValue);
  const spans = placeValues(values, FOUR_FOUR);
  assert.deepEqual(spans[0], { start: 0, end: EIGHTH });
  // A lone triplet eighth after an eighth cannot close a group: it becomes an eighth.
  assert.deepEqual(spans[1], { start: EIGHTH, end: 2 * EIGHTH });
  assert.deepEqual(spans[2], { start: 2 * EIGHTH, end: 3 * EIGHTH });
  // The last note, with at most half a bar left after it, is held to the bar line.
  assert.deepEqual(spans[3], { start: 3 * EIGHTH, end: 48 });
});
