import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import {
  countStyle,
  learnStyle,
  playsSixteenths,
  profileOfCounts,
  stretchRange,
  stylePhrases,
  type StyleNote,
  type StylePiece,
} from '../../../../src/core/solo/style';

const FOUR_FOUR = { numerator: 4, denominator: 4 };

function chord(symbol: string) {
  const parsed = parseChordSymbol(symbol);
  assert.ok(parsed, symbol);
  return parsed;
}

/** Notes from [pitch or null, length in quarters], one after another from 0. */
function line(...notes: Array<[number | null, number]>): StyleNote[] {
  let start = 0;
  return notes.map(([pitch, duration]) => {
    const note = { pitch, start, duration };
    start += duration;
    return note;
  });
}

function piece(notes: StyleNote[], chords = [{ start: 0, chord: chord('C7') }]): StylePiece {
  const end = notes.reduce((max, note) => Math.max(max, note.start + note.duration), 0);
  return {
    meter: FOUR_FOUR,
    notes,
    chords,
    barStarts: Array.from({ length: Math.ceil(end / 4) }, (_, i) => 4 * i),
  };
}

test('intervals and onsets are counted note to note, across rests, as the report counts them', () => {
  // Over C7: C (repeat) C, a step to D, a skip to F, a rest, a leap to C an octave up; sixteenths, an eighth, a triplet.
  const counts = countStyle(piece(line([60, 0.25], [60, 0.25], [62, 0.5], [65, 1 / 3], [null, 2 / 3], [72, 2])));
  assert.deepEqual(counts.intervals, { repeats: 1, steps: 1, skips: 1, leaps: 1 });
  // Onsets: 0.25 (sixteenth), 0.25 (sixteenth), 0.5 (eighth), 1 (over the rest: other).
  assert.deepEqual(counts.onsets, { total: 4, eighths: 1, sixteenths: 2, triplets: 0 });
});

test('strong beats and every note are classed by the chord: chord tone, tension, chromatic', () => {
  // Bar 1 over C7: beat 1 E (chord tone), beat 3 D (the 9th: a tension). Bar 2 over F7: beat 1 F# (b9: chromatic),
  // held over beat 3.
  const notes = line([64, 2], [62, 2], [66, 4]);
  const counts = countStyle(
    piece(notes, [
      { start: 0, chord: chord('C7') },
      { start: 4, chord: chord('F7') },
    ]),
  );
  assert.deepEqual(counts.strongBeats, { chordTone: 1, tension: 1, chromatic: 2 });
  assert.equal(counts.chromatic, 1, 'F# over F7');
  assert.equal(counts.notes, 3);
});

test('phrases end at a silence of a beat or more; their median and the time between them', () => {
  // Three notes, a beat of rest, two notes, an eighth of rest (inside the phrase), two notes.
  const notes = line([60, 1], [62, 1], [64, 1], [null, 1], [65, 0.5], [67, 0.5], [null, 0.5], [69, 0.5], [71, 1]);
  const shape = piece(notes);
  assert.deepEqual(
    stylePhrases(shape).map((phrase) => phrase.length),
    [3, 4],
  );
  const profile = profileOfCounts(countStyle(shape));
  assert.equal(profile.phraseMedianNotes, 3.5);
  // 7 quarters from the first onset to the last end: 1 between phrases, 1.5 silent in all.
  assert.equal(profile.phraseRestShare, Math.round((1 / 7) * 10_000) / 10_000);
  assert.equal(profile.restShare, Math.round((1.5 / 7) * 10_000) / 10_000);
});

test('the profile pools pieces before dividing, and leaves out what it could not measure', () => {
  const withSixteenths = piece(line([60, 0.25], [62, 0.25], [64, 0.25], [65, 0.25], [67, 1]));
  const withEighths = piece(line([60, 0.5], [62, 0.5], [64, 0.5], [65, 0.5], [67, 2]));
  const profile = learnStyle([withSixteenths, withEighths]);
  assert.equal(profile.sixteenthShare, 4 / 8);
  assert.equal(profile.eighthShare, 4 / 8);
  assert.ok(playsSixteenths(profile));
  assert.ok(!playsSixteenths(learnStyle([withEighths])), 'a corpus of eighths keeps the eighth grid');
  assert.deepEqual(learnStyle([]), {}, 'an empty corpus records nothing: decoding falls back to the defaults');
  const silentPiece = piece(line([null, 4]));
  assert.deepEqual(learnStyle([silentPiece]), {});
});

test('range: the mean span of stretches of 90 notes, a short last stretch left out', () => {
  const climb = Array.from({ length: 90 }, (_, i) => 60 + (i % 13));
  const wide = Array.from({ length: 90 }, (_, i) => 50 + (i % 25));
  assert.equal(stretchRange([...climb, ...wide]), (12 + 24) / 2);
  assert.equal(stretchRange([...climb, 40, 90]), 12, 'two notes are no solo');
  assert.equal(stretchRange([60, 64, 67]), undefined, 'fewer than 45 notes');
  assert.equal(stretchRange([60, 64, 67], 4), 7);
});
