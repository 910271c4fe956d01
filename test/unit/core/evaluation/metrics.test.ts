import { test } from 'node:test';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import type { Meter } from '../../../../src/shared/meter';
import assert from 'node:assert/strict';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import { formatValue, windowForInterval } from '../../../../src/core/solo/grammar';
import {
  DURATION_LABELS,
  MAX_INTERVAL,
  bestScale,
  chordTonesOnStrongBeats,
  copiedNgrams,
  durationBin,
  durationCounts,
  entropyBits,
  intervalCounts,
  longestRepeat,
  longestRepeatBars,
  motionCounts,
  ngramSet,
  noteTypeCounts,
  pieceFromSolo,
  pitchClassCounts,
  pitchRange,
  sharedNgramsAcrossSequences,
  strongBeatOffsets,
  type MusicPiece,
} from '../../../../src/core/evaluation';
import { KeySignature, Solo, TimedChord } from '../../../../src/core/types';

const FOUR_FOUR: Meter = { numerator: 4, denominator: 4 };
const C_MAJOR: KeySignature = { tonic: 0, mode: 'major', name: 'C' };

function chords(...spec: Array<[number, string]>): TimedChord[] {
  return spec.map(([start, symbol]) => {
    const chord = parseChordSymbol(symbol);
    assert.ok(chord, symbol);
    return { start, chord };
  });
}

/** A piece from [pitch, start, duration] triples in quarter notes, bars of the meter from 0. */
function piece(notes: Array<[number | null, number, number]>, options: Partial<MusicPiece> = {}): MusicPiece {
  const meter = options.meter ?? FOUR_FOUR;
  const end = notes.reduce((max, [, start, duration]) => Math.max(max, start + duration), 0);
  const bar = (meter.numerator * 4) / meter.denominator;
  return {
    title: 'test',
    meter,
    key: C_MAJOR,
    notes: notes.map(([pitch, start, duration]) => ({ pitch, start, duration })),
    chords: chords([0, 'C']),
    barStarts: Array.from({ length: Math.max(1, Math.ceil(end / bar - 1e-9)) }, (_, i) => i * bar),
    values: [],
    ...options,
  };
}

/** Consecutive quarter notes from beat 0. */
const quarters = (...pitches: Array<number | null>): Array<[number | null, number, number]> =>
  pitches.map((pitch, i) => [pitch, i, 1]);

test('a C major scale has a pitch-class entropy of log2(7) and one count on each of its degrees', () => {
  const scale = piece(quarters(60, 62, 64, 65, 67, 69, 71));
  assert.ok(Math.abs(entropyBits(pitchClassCounts(scale)) - Math.log2(7)) < 1e-12);
  assert.deepEqual(pitchClassCounts(scale), [1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1]);
  assert.equal(entropyBits([5, 0, 0]), 0);
  assert.equal(entropyBits([]), 0);
});

test('pitch classes are counted from the key tonic, so the same tune in F gives the same histogram', () => {
  const inC = piece(quarters(60, 64, 67));
  const inF = piece(quarters(65, 69, 72), { key: { tonic: 5, mode: 'major', name: 'F' } });
  assert.deepEqual(pitchClassCounts(inF), pitchClassCounts(inC));
});

test('scale consistency is the share of notes in the best-fitting major scale', () => {
  const withOneChromatic = piece(quarters(60, 62, 64, 65, 67, 69, 71, 61));
  const best = bestScale(withOneChromatic);
  assert.equal(best.inScale, 7);
  assert.equal(best.notes, 8);
  assert.match(best.name, /^C major \/ A minor$/);
  assert.equal(bestScale(piece(quarters(null))).notes, 0);
});

test('strong beats are beats 1 and 3 in 4/4 and 12/8, beat 1 in 3/4, 6/8 and 2/4', () => {
  assert.deepEqual(strongBeatOffsets({ numerator: 4, denominator: 4 }), [0, 2]);
  assert.deepEqual(strongBeatOffsets({ numerator: 12, denominator: 8 }), [0, 3]);
  assert.deepEqual(strongBeatOffsets({ numerator: 3, denominator: 4 }), [0]);
  assert.deepEqual(strongBeatOffsets({ numerator: 6, denominator: 8 }), [0]);
  assert.deepEqual(strongBeatOffsets({ numerator: 2, denominator: 4 }), [0]);
});

test('chord tones on strong beats: the note sounding on beats 1 and 3 against the chord there', () => {
  // Over C: beat 1 is C (chord tone), beat 3 is D (not); beats 2 and 4 do not count.
  assert.deepEqual(chordTonesOnStrongBeats(piece(quarters(60, 61, 62, 63))), {
    strongBeats: 2,
    chordTones: 1,
    attacked: 2,
    attackedChordTones: 1,
  });
  // An E attacked on the "and" of 2 and held over beat 3 is heard on beat 3 (but not attacked there).
  const syncopated = piece([
    [60, 0, 1.5],
    [64, 1.5, 2.5],
  ]);
  assert.deepEqual(chordTonesOnStrongBeats(syncopated), {
    strongBeats: 2,
    chordTones: 2,
    attacked: 1,
    attackedChordTones: 1,
  });
  // The chord that sounds on the beat is the one judged: G on beat 3 is a chord tone of G7, not of F.
  const changing = piece(quarters(65, 62, 67, 65), { chords: chords([0, 'F'], [2, 'G7']) });
  assert.equal(chordTonesOnStrongBeats(changing).chordTones, 2);
  // A rest on a strong beat is not counted at all.
  assert.equal(chordTonesOnStrongBeats(piece(quarters(null, 60, 62, 64))).strongBeats, 1);
});

test('a pickup bar has no strong beats, and 3/4 counts only beat 1', () => {
  const pickup = piece(
    [
      [62, 0, 1],
      [60, 1, 3],
      [62, 4, 1],
    ],
    { barStarts: [0, 1, 5] },
  );
  // The pickup D at 0 is not a downbeat; the bar from 1 has beats at 1 (C, chord tone) and 3 (C held).
  assert.deepEqual(chordTonesOnStrongBeats(pickup), {
    strongBeats: 2,
    chordTones: 2,
    attacked: 1,
    attackedChordTones: 1,
  });
  const waltz = piece(quarters(60, 62, 62, 62, 62, 62), { meter: { numerator: 3, denominator: 4 } });
  assert.equal(chordTonesOnStrongBeats(waltz).strongBeats, 2);
  assert.equal(chordTonesOnStrongBeats(waltz).chordTones, 1);
});

test('note types: Bb over C is outside, F# an approach tone, D a scale tone, E a chord tone', () => {
  assert.deepEqual(noteTypeCounts(piece(quarters(70, 66, 62, 64, null))), { C: 1, S: 1, A: 1, X: 1 });
});

test('intervals run inside phrases: an eighth rest keeps the line, a beat of silence starts a new phrase', () => {
  const melody = piece([
    [60, 0, 1],
    [62, 1, 0.5],
    [62, 2, 1],
    [67, 3, 1],
    [48, 4, 1],
    [64, 5, 1],
    [60, 7, 1],
  ]);
  const counts = intervalCounts(melody);
  assert.equal(counts[MAX_INTERVAL + 2], 1);
  // D to D across an eighth rest is a repeat inside the phrase.
  assert.equal(counts[MAX_INTERVAL + 0], 1);
  assert.equal(counts[MAX_INTERVAL + 5], 1);
  // -19 and +16 semitones join the outermost bins; E to C across a whole beat of rest is not counted.
  assert.equal(counts[0], 1);
  assert.equal(counts[2 * MAX_INTERVAL], 1);
  assert.equal(counts[MAX_INTERVAL - 4], 0);
  assert.deepEqual(motionCounts(counts), { repeats: 1, steps: 1, skips: 0, leaps: 3, total: 5 });
  assert.deepEqual(motionCounts(intervalCounts(piece(quarters(60, 63, 67, 68)))), {
    repeats: 0,
    steps: 1,
    skips: 2,
    leaps: 0,
    total: 3,
  });
});

test('durations are binned to named lengths, anything else to "other"; rests are not counted', () => {
  assert.equal(DURATION_LABELS[durationBin(0.5)], '1/8');
  assert.equal(DURATION_LABELS[durationBin(0.333)], '1/8 trip');
  assert.equal(DURATION_LABELS[durationBin(1.5)], '1/4.');
  assert.equal(DURATION_LABELS[durationBin(1.25)], 'other');
  const counts = durationCounts(
    piece([
      [60, 0, 0.5],
      [62, 0.5, 0.5],
      [null, 1, 1],
      [64, 2, 2],
    ]),
  );
  assert.equal(counts[DURATION_LABELS.indexOf('1/8')], 2);
  assert.equal(counts[DURATION_LABELS.indexOf('1/2')], 1);
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    3,
  );
});

test('pitch range is highest minus lowest note', () => {
  assert.deepEqual(pitchRange(piece(quarters(60, null, 79, 55))), { lowest: 55, highest: 79, semitones: 24 });
  assert.equal(pitchRange(piece(quarters(null))), undefined);
});

/** `count` distinct values of one quarter note each (their interval windows differ), from `offset`. */
function distinctQuarterValues(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) =>
    formatValue({ type: 'C', duration: 1, window: windowForInterval(i + offset - 12) }),
  );
}

test('a 4-bar loop played twice or three times is a longest repetition of 4 bars', () => {
  const loop = distinctQuarterValues(16);
  assert.deepEqual(longestRepeatBars([...loop, ...loop], FOUR_FOUR), { values: 16, bars: 4 });
  assert.deepEqual(longestRepeatBars([...loop, ...loop, ...loop], FOUR_FOUR), { values: 16, bars: 4 });
  assert.deepEqual(longestRepeatBars(distinctQuarterValues(20), FOUR_FOUR), { values: 0, bars: 0 });
  // Overlap is not a repeat: "a a a" repeats "a" (1 value), not "a a".
  assert.equal(longestRepeat(['a', 'a', 'a']).values, 1);
  const found = longestRepeat(['x', 'a', 'b', 'c', 'y', 'a', 'b', 'c']);
  assert.deepEqual(found, { values: 3, first: 1, second: 5 });
});

test('a solo made of a corpus phrase copies all its 8-value runs; fresh values copy none', () => {
  const corpus = distinctQuarterValues(20);
  const reference = ngramSet([corpus], 8);
  assert.deepEqual(copiedNgrams(corpus.slice(3, 15), reference, 8), { windows: 5, copied: 5 });
  const fresh = distinctQuarterValues(12).map((value) => value.replace('C,', 'S,'));
  assert.deepEqual(copiedNgrams(fresh, reference, 8), { windows: 5, copied: 0 });
  assert.deepEqual(copiedNgrams(corpus.slice(0, 7), reference, 8), { windows: 0, copied: 0 });
  // Half copied: the first 8 values come from the corpus, then new ones.
  const half = [...corpus.slice(0, 8), ...fresh.slice(0, 7)];
  assert.deepEqual(copiedNgrams(half, reference, 8), { windows: 8, copied: 1 });
});

test('runs shared across corpus tunes are counted per tune (leave one tune out)', () => {
  const shared = distinctQuarterValues(8);
  const tuneA = [...shared, ...distinctQuarterValues(4, 10)];
  const tuneB = [...distinctQuarterValues(3, 15).map((v) => v.replace('C,', 'A,')), ...shared];
  const counts = sharedNgramsAcrossSequences([tuneA, tuneB], 8);
  assert.deepEqual(counts, [
    { windows: 5, copied: 1 },
    { windows: 4, copied: 1 },
  ]);
  // A run repeated inside one tune only is not shared.
  assert.deepEqual(sharedNgramsAcrossSequences([[...shared, ...shared], tuneB.slice(0, 3)], 8)[0].copied, 0);
});

test('a solo note tied over the bar line counts as one note (no repeated pitch, one half note)', () => {
  const t = TICKS_PER_QUARTER;
  const solo: Solo = {
    title: 'tied',
    meter: FOUR_FOUR,
    key: C_MAJOR,
    tempo: 120,
    notes: [
      { pitch: 60, startTick: 0, durationTicks: 3 * t, valueIndex: 0 },
      { pitch: 64, startTick: 3 * t, durationTicks: t, valueIndex: 1 },
      { pitch: 64, startTick: 4 * t, durationTicks: t, valueIndex: 1 },
      { pitch: null, startTick: 5 * t, durationTicks: 3 * t, valueIndex: -1 },
    ],
    chords: chords([0, 'C']),
    bars: 2,
  };
  const merged = pieceFromSolo(solo, ['C,3.000', 'C,2.000,<M6,P1>']);
  assert.equal(merged.notes.filter((note) => note.pitch !== null).length, 2);
  assert.equal(intervalCounts(merged)[MAX_INTERVAL], 0);
  assert.equal(durationCounts(merged)[DURATION_LABELS.indexOf('1/2')], 1);
  assert.deepEqual(merged.barStarts, [0, 4]);
});
