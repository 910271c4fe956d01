import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BeatGuide, strongBeatOffsets } from '../../src/core/beatGuide';
import { parseValue } from '../../src/core/grammar';

const FOUR_FOUR = { numerator: 4, denominator: 4 };
// Index: 0 chord tone, 1 scale tone, 2 approach tone, 3 rest; each an eighth, then a half-note scale tone.
const VALUES = ['C,0.500', 'S,0.500', 'A,0.500', 'R,0.500', 'S,2.000'].map(parseValue);
const C = 0, S = 1, A = 2, R = 3, LONG_S = 4;

function uniform(): Float32Array {
  return new Float32Array(VALUES.length).fill(1 / VALUES.length);
}

test('strong beats: 1 and 3 in 4/4, beat 1 in 3/4 and 6/8, 1 and 3 in 12/8', () => {
  assert.deepEqual(strongBeatOffsets(FOUR_FOUR), [0, 2]);
  assert.deepEqual(strongBeatOffsets({ numerator: 3, denominator: 4 }), [0]);
  assert.deepEqual(strongBeatOffsets({ numerator: 6, denominator: 8 }), [0]);
  assert.deepEqual(strongBeatOffsets({ numerator: 12, denominator: 8 }), [0, 3]);
});

test('on a strong beat, scale and approach tones become less likely; chord tones and rests do not', () => {
  const guide = new BeatGuide(VALUES, FOUR_FOUR, 1);
  const p = uniform();
  guide.adjust(p);
  assert.ok(p[S] < p[C] / 10 && p[A] < p[C] / 10, `S ${p[S]} A ${p[A]} C ${p[C]}`);
  assert.equal(p[R], p[C]);
});

test('off the beat nothing changes, but a long note that would sound over beat 3 is held back', () => {
  const guide = new BeatGuide(VALUES, FOUR_FOUR, 1);
  guide.accept(C); // beat 1 → now at 0.5
  const p = uniform();
  guide.adjust(p);
  assert.equal(p[S], p[C], 'an eighth on the "and" of 1 is free');
  assert.ok(p[LONG_S] < p[C] / 10, 'a half note from the "and" of 1 would sound over beat 3');
});

test('the guide steers to the corpus share, not to 100%: below it, it penalises; at it, it lets a passing tone through', () => {
  const guide = new BeatGuide(VALUES, FOUR_FOUR, 0.75);
  // Three chord tones on strong beats (beat 1 of bars 1 and 2, beat 3 of bar 1): 3 of 3.
  for (const index of [C, R, R, R, C, R, R, R, C, R, R, R]) guide.accept(index);
  let p = uniform();
  guide.adjust(p); // bar 2, beat 3: a miss now would give 3 of 4 = 0.75, which the target allows
  assert.equal(p[S], p[C]);
  guide.accept(S); // the miss: 3 of 4
  for (const index of [R, R, R]) guide.accept(index);
  p = uniform();
  guide.adjust(p); // bar 3, beat 1: another miss would give 3 of 5 = 0.6 < 0.75
  assert.ok(p[S] < p[C] / 10);
});

test('rhythm: a triplet started on the beat is completed, and a triplet never starts on the "and"', () => {
  const values = ['C,0.500', 'C,0.333', 'C,1.000', 'C,0.250'].map(parseValue);
  const [EIGHTH, TRIPLET, QUARTER, SIXTEENTH] = [0, 1, 2, 3];
  const guide = new BeatGuide(values, FOUR_FOUR, 0);
  let p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p); // on the beat: eighths, triplets and quarters are all fine; a sixteenth leaves the grid
  assert.equal(p[EIGHTH], p[TRIPLET]);
  assert.equal(p[QUARTER], p[TRIPLET]);
  assert.ok(p[SIXTEENTH] < p[EIGHTH] / 10);

  guide.accept(TRIPLET); // one triplet eighth in: only triplet values keep the grid
  p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p);
  assert.ok(p[EIGHTH] < p[TRIPLET] / 10, 'an eighth after one triplet eighth would leave every later note off the beat');

  guide.accept(TRIPLET);
  guide.accept(TRIPLET); // the triplet is complete: back on the beat
  guide.accept(EIGHTH); // on the "and"
  p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p);
  assert.ok(p[TRIPLET] < p[EIGHTH] / 10, 'a triplet eighth on the "and" leaves the grid');
});
