import { test } from 'node:test';
import { strongBeatOffsets } from '../../../../src/core/solo/style';
import { placeValues } from '../../../../src/core/solo/rhythmClock';
import assert from 'node:assert/strict';
import { BeatGuide, SILENCE_PENALTY } from '../../../../src/core/solo/beatGuide';
import { parseValue } from '../../../../src/core/solo/grammar';

const FOUR_FOUR = { numerator: 4, denominator: 4 };
// Index: 0 chord tone, 1 scale tone, 2 approach tone, 3 rest; each an eighth, then a half-note scale tone.
const VALUES = ['C,0.500', 'S,0.500', 'A,0.500', 'R,0.500', 'S,2.000'].map(parseValue);
const C = 0,
  S = 1,
  A = 2,
  R = 3,
  LONG_S = 4;

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

test('rhythm is a hard rule: a triplet is completed, never starts on the "and", and no sixteenth', () => {
  const values = ['C,0.500', 'C,0.333', 'C,1.000', 'C,0.250'].map(parseValue);
  const [EIGHTH, TRIPLET, QUARTER, SIXTEENTH] = [0, 1, 2, 3];
  const guide = new BeatGuide(values, FOUR_FOUR, 0);
  let p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p); // on the beat: eighths, triplets and quarters are all fine; a sixteenth leaves the grid
  assert.equal(p[EIGHTH], p[TRIPLET]);
  assert.equal(p[QUARTER], p[TRIPLET]);
  assert.equal(p[SIXTEENTH], 0);

  guide.accept(TRIPLET); // one triplet eighth in: only triplet values keep the grid
  p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p);
  assert.equal(p[EIGHTH], 0, 'an eighth after one triplet eighth would leave every later note off the beat');
  assert.ok(p[TRIPLET] > 0);
  assert.ok(p[QUARTER] > 0, 'a quarter from a triplet point ends on one, in a group of the next beat');

  guide.accept(TRIPLET);
  guide.accept(TRIPLET); // the triplet is complete: back on the beat
  guide.accept(EIGHTH); // on the "and"
  p = new Float32Array(values.length).fill(0.25);
  guide.adjust(p);
  assert.equal(p[TRIPLET], 0, 'a triplet eighth on the "and" leaves the grid');
  assert.deepEqual(
    guide.spans.map((s) => [s.start, s.end]),
    [
      [0, 4],
      [4, 8],
      [8, 12],
      [12, 18],
    ],
  );
});

test('the last value closes its triplet group; when nothing fits, the choice gets the nearest length that does', () => {
  const values = ['C,0.333', 'C,0.250'].map(parseValue);
  const guide = new BeatGuide(values, FOUR_FOUR, 0);
  guide.accept(0); // a triplet eighth opens a group at tick 0..4
  const p = Float32Array.from([0.6, 0.4]);
  guide.adjust(p, 1); // the last step: a triplet eighth would leave the group open, a sixteenth leaves the grid
  assert.deepEqual(
    Array.from(p),
    [Float32Array.from([0.6])[0], Float32Array.from([0.4])[0]],
    'nothing fits: the model chooses',
  );
  guide.accept(0, true);
  assert.deepEqual(guide.spans[1], { start: 4, end: 12 }, 'a triplet quarter completes the beat');
  assert.deepEqual(
    placeValues(values.slice(0, 1).concat(values.slice(0, 1)), FOUR_FOUR),
    guide.spans,
    'the realiser places them alike',
  );
});

test('triplets only over quarter-note beats (none in 6/8), and never a rest in a triplet', () => {
  const values = ['C,0.333', 'C,0.500', 'R,0.500', 'R,0.333'].map(parseValue);
  const sixEight = new BeatGuide(values, { numerator: 6, denominator: 8 }, 0);
  const p = new Float32Array(4).fill(0.25);
  sixEight.adjust(p);
  assert.deepEqual([p[0] === 0, p[1] > 0, p[3] === 0], [true, true, true]);
  const fourFour = new BeatGuide(values, FOUR_FOUR, 0);
  const q = new Float32Array(4).fill(0.25);
  fourFour.adjust(q);
  assert.equal(q[3], 0, 'a triplet rest would start a group of rests');
  fourFour.accept(0);
  const r = new Float32Array(4).fill(0.25);
  fourFour.adjust(r);
  assert.equal(r[2], 0, 'no rest inside a triplet group');
});

test('silence: no bar of rest, no rest that leaves a fragment of one or two notes, and the solo ends on a note', () => {
  const values = ['C,0.500', 'R,1.000', 'R,2.000'].map(parseValue);
  const [NOTE, BEAT_REST, HALF_REST] = [0, 1, 2];
  const guide = new BeatGuide(values, FOUR_FOUR, { strongBeatChordToneRatio: 0, restShare: 0.5 });
  let p = new Float32Array(3).fill(1 / 3);
  guide.adjust(p);
  assert.ok(p[BEAT_REST] > 0 && p[HALF_REST] > 0, 'a solo may start after a breath');
  guide.accept(HALF_REST);
  p = new Float32Array(3).fill(1 / 3);
  guide.adjust(p);
  assert.ok(p[BEAT_REST] > 0, 'three beats of silence are a breath');
  assert.equal(p[HALF_REST], 0, 'four would be a bar of silence');
  guide.accept(NOTE);
  guide.accept(NOTE);
  p = new Float32Array(3).fill(1 / 3);
  guide.adjust(p);
  assert.equal(p[BEAT_REST], 0, 'a breath after two notes leaves a fragment');
  guide.accept(NOTE);
  p = new Float32Array(3).fill(1 / 3);
  guide.adjust(p);
  assert.ok(p[BEAT_REST] > 0, 'after three notes the phrase may breathe');
  p = new Float32Array(3).fill(1 / 3);
  guide.adjust(p, 1);
  assert.deepEqual([p[BEAT_REST], p[HALF_REST]], [0, 0], 'the last value is a note');
});

test('a solo silent less than its corpus breathes after a long phrase, even when decoding is greedy', () => {
  const values = ['C,0.500', 'R,1.000'].map(parseValue);
  const guide = new BeatGuide(values, FOUR_FOUR, { strongBeatChordToneRatio: 0, restShare: 0.2 });
  const rests: number[] = [];
  for (let step = 0; step < 64; step++) {
    const p = Float32Array.from([0.99, 0.01]); // the network never wants to rest
    guide.adjust(p);
    const choice = p[0] >= p[1] ? 0 : 1;
    if (choice === 1) rests.push(step);
    guide.accept(choice);
  }
  assert.ok(rests.length >= 2, `breaths at steps ${rests}`);
  const silent = rests.length * 12;
  const total = guide.spans[guide.spans.length - 1].end;
  assert.ok(silent / total < 0.2 + 0.05, `silence ${silent}/${total} stays near the corpus share`);
});

/** The style of a corpus of real solos (rounded from the Weimar Jazz Database's). */
const REAL_SOLO_STYLE = {
  strongBeatChordToneRatio: 0.5,
  strongBeatTensionRatio: 0.3,
  strongBeatChromaticRatio: 0.2,
  restShare: 0.2,
  phraseRestShare: 0.2,
  eighthShare: 0.3,
  sixteenthShare: 0.2,
  tripletShare: 0.1,
  phraseMedianNotes: 6,
};

test('a corpus with tensions and chromatic notes on its strong beats gets them at its rates, not only chord tones', () => {
  const guide = new BeatGuide(VALUES, FOUR_FOUR, REAL_SOLO_STYLE);
  const p = Float32Array.from([0.7, 0.1, 0.1, 0.1, 0]);
  guide.adjust(p); // beat 1: the model leans to the chord tone; the corpus plays it half the time
  const notes = p[C] + p[S] + p[A];
  assert.ok(Math.abs(p[C] / notes - 0.5) < 1e-6, `chord tone ${p[C] / notes}`);
  assert.ok(Math.abs(p[S] / notes - 0.3) < 1e-6, `tension ${p[S] / notes}`);
  assert.ok(Math.abs(p[A] / notes - 0.2) < 1e-6, `chromatic ${p[A] / notes}`);
  assert.ok(Math.abs(notes - 0.9) < 1e-6, 'the chance of a note over the beat stays the model’s');

  // Over many strong beats the solo lands on the corpus's shares, whatever the model leans to.
  const steered = new BeatGuide(VALUES, FOUR_FOUR, REAL_SOLO_STYLE);
  const landed = { C: 0, S: 0, A: 0 };
  let draw = 0.37;
  for (let step = 0; step < 800; step++) {
    const q = Float32Array.from([0.8, 0.15, 0.05, 0, 0]);
    steered.adjust(q);
    // A fixed low-discrepancy sequence stands in for the sampler: deterministic, and evenly spread.
    draw = (draw + 0.618034) % 1;
    const total = q.reduce((a, b) => a + b, 0);
    let pick = 0;
    for (let acc = q[0] / total; pick < 3 && draw >= acc; acc += q[++pick] / total);
    const onBeat = steered.spans.length === 0 || [0, 24].includes(steered.spans[steered.spans.length - 1].end % 48);
    if (onBeat) landed[(['C', 'S', 'A'] as const)[pick]]++;
    steered.accept(pick);
  }
  const beats = landed.C + landed.S + landed.A;
  assert.ok(Math.abs(landed.C / beats - 0.5) < 0.05, `chord tones ${landed.C}/${beats}`);
  assert.ok(Math.abs(landed.S / beats - 0.3) < 0.05, `tensions ${landed.S}/${beats}`);
  assert.ok(Math.abs(landed.A / beats - 0.2) < 0.05, `chromatic ${landed.A}/${beats}`);
});

test("the rhythm is pulled to the corpus's onsets: a class the solo has played too little becomes likelier", () => {
  const values = ['C,0.250', 'C,0.500', 'C,0.333'].map(parseValue);
  const guide = new BeatGuide(values, FOUR_FOUR, REAL_SOLO_STYLE);
  for (let i = 0; i < 16; i++) guide.accept(1); // sixteen eighths: no sixteenths yet
  const p = Float32Array.from([1 / 3, 1 / 3, 1 / 3]);
  guide.adjust(p);
  assert.ok(p[0] > 4 * p[1], `sixteenth ${p[0]} against eighth ${p[1]}`);
});

test("a phrase as long as the corpus's ends in a breath of a beat or more, where the corpus leaves space", () => {
  const values = ['C,0.500', 'R,0.500', 'R,1.000', 'R,2.000'].map(parseValue);
  const early = new BeatGuide(values, FOUR_FOUR, REAL_SOLO_STYLE);
  for (let i = 0; i < 3; i++) early.accept(0);
  const quiet = Float32Array.from([0.25, 0.25, 0.25, 0.25]);
  early.adjust(quiet);
  assert.equal(
    quiet[3],
    Math.fround(0.25 * SILENCE_PENALTY),
    'two beats of rest after a beat and a half of music: too much space',
  );
  const guide = new BeatGuide(values, FOUR_FOUR, REAL_SOLO_STYLE);
  for (let i = 0; i < 6; i++) guide.accept(0); // six notes: the corpus's median phrase
  let p = Float32Array.from([0.97, 0.01, 0.01, 0.01]);
  guide.adjust(p);
  assert.equal(p[0], 0, 'the phrase ends');
  assert.ok(p[1] > 0 && p[2] > 0 && p[3] > 0, 'a breath of any length under a bar');
  guide.accept(1); // half a beat of rest is not yet a breath
  p = Float32Array.from([0.97, 0.01, 0.01, 0.01]);
  guide.adjust(p);
  assert.equal(p[0], 0, 'the breath goes on to a beat');
  guide.accept(1);
  p = Float32Array.from([0.97, 0.01, 0.01, 0.01]);
  guide.adjust(p);
  assert.ok(p[0] > 0, 'after a beat of silence the next phrase may start');
});

test('a model trained before the style profile decodes as it did: eighths and triplets, chord tones pulled to its share', () => {
  const values = ['C,0.250', 'C,0.500'].map(parseValue);
  const guide = new BeatGuide(values, FOUR_FOUR, { strongBeatChordToneRatio: 0.9, restShare: 0.1 });
  const p = Float32Array.from([0.5, 0.5]);
  guide.adjust(p);
  assert.equal(p[0], 0, 'no sixteenth grid without a corpus that plays sixteenths');
  assert.ok(!guide.sixteenths);
  assert.ok(new BeatGuide(values, FOUR_FOUR, REAL_SOLO_STYLE).sixteenths);
});

test('triplets read cleanly in a styled model: a quarter-note triplet over two beats, no triplet tied over a beat', () => {
  const values = ['C,0.333', 'C,0.667', 'C,1.000'].map(parseValue);
  const [TRIPLET_EIGHTH, TRIPLET_QUARTER, QUARTER] = [0, 1, 2];
  const guide = new BeatGuide(values, FOUR_FOUR, REAL_SOLO_STYLE);
  const allowed = () => {
    const p = Float32Array.from([1 / 3, 1 / 3, 1 / 3]);
    guide.adjust(p);
    return [p[TRIPLET_EIGHTH] > 0, p[TRIPLET_QUARTER] > 0, p[QUARTER] > 0];
  };
  guide.accept(TRIPLET_QUARTER); // beat 1: the first note of a quarter-note triplet
  assert.deepEqual(allowed(), [true, true, false], 'its middle note may cross beat 2; a quarter would tie over it');
  guide.accept(TRIPLET_QUARTER);
  assert.deepEqual(allowed(), [false, true, false], 'the third note closes the group on beat 3');
  guide.accept(TRIPLET_QUARTER);
  guide.accept(TRIPLET_EIGHTH);
  guide.accept(TRIPLET_EIGHTH); // beat 3: two triplet eighths
  assert.deepEqual(allowed(), [true, false, false], 'from the last triplet point only the group’s last eighth');
  assert.deepEqual(
    guide.spans.map((s) => [s.start, s.end]),
    [
      [0, 8],
      [8, 16],
      [16, 24],
      [24, 28],
      [28, 32],
    ],
  );
  const older = new BeatGuide(values, FOUR_FOUR, { strongBeatChordToneRatio: 0.9 });
  older.accept(TRIPLET_EIGHTH);
  older.accept(TRIPLET_EIGHTH);
  const p = Float32Array.from([1 / 3, 1 / 3, 1 / 3]);
  older.adjust(p);
  assert.ok(p[TRIPLET_QUARTER] > 0, 'a model without a style keeps the ties it was decoded with');
});
