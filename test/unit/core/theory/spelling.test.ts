import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mod12, parseChordSymbol } from '../../../../src/core/theory/chords';
import { parseKeyName } from '../../../../src/core/theory/progression';
import {
  LETTERS,
  abcKey,
  chordToneLetter,
  keyAlterations,
  melodicNeighbours,
  spellPitch,
} from '../../../../src/core/theory/spelling';

const KEY_NAMES = [
  'C',
  'G',
  'D',
  'A',
  'E',
  'B',
  'F#',
  'C#',
  'F',
  'Bb',
  'Eb',
  'Ab',
  'Db',
  'Gb',
  'Cb',
  'Am',
  'F#m',
  'Ebm',
  'D dorian',
  'G mixolydian',
];
const ROOT_NAMES = ['C', 'C#', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
const NATURAL_PCS = [0, 2, 4, 5, 7, 9, 11];

function spellIn(keyName: string, pitch: number, chordSymbol?: string, motion = {}) {
  const key = parseKeyName(keyName);
  const fifths = abcKey(key).fifths;
  const chord = chordSymbol ? parseChordSymbol(chordSymbol) : undefined;
  return spellPitch(pitch, keyAlterations(fifths), fifths < 0, chord, motion);
}

/** "Ab4", "F#5", "Bbb3": how a spelling reads. */
function named(spelling: { letter: number; alter: number; octave: number }): string {
  const accidental = spelling.alter > 0 ? '#'.repeat(spelling.alter) : 'b'.repeat(-spelling.alter);
  return `${LETTERS[spelling.letter]}${accidental}${spelling.octave}`;
}

test('Bdim7 is spelt B D F A♭ in every key, whatever the key signature prefers', () => {
  for (const keyName of KEY_NAMES) {
    const spelt = [59, 62, 65, 68].map((pitch) => named(spellIn(keyName, pitch, 'Bdim7')));
    assert.deepEqual(spelt, ['B3', 'D4', 'F4', 'Ab4'], keyName);
  }
});

test('property: every chord tone is written with the chord letters, and sounds the right pitch', () => {
  const suffixes = ['', 'm', '7', 'maj7', 'm7', 'm7b5', 'dim7', '7b9', '7#9', '7#11', '13', 'm6', '+', '7alt', '6'];
  fc.assert(
    fc.property(
      fc.constantFrom(...ROOT_NAMES),
      fc.constantFrom(...suffixes),
      fc.constantFrom(...KEY_NAMES),
      fc.integer({ min: 48, max: 84 }),
      (root, suffix, keyName, base) => {
        const chord = parseChordSymbol(root + suffix)!;
        for (const pitchClass of chord.pitchClasses) {
          const pitch = base + mod12(pitchClass - base);
          const spelling = spellIn(keyName, pitch, chord.symbol);
          assert.equal(
            spelling.letter,
            chordToneLetter(chord, pitchClass),
            `${named(spelling)} in ${chord.symbol}, key ${keyName}`,
          );
          assert.equal(
            12 * (spelling.octave + 1) + NATURAL_PCS[spelling.letter] + spelling.alter,
            pitch,
            'the spelling sounds the pitch',
          );
          assert.ok(Math.abs(spelling.alter) <= 2);
        }
      },
    ),
    { numRuns: 400, seed: 77 },
  );
});

test('altered and extended chord tones take the letter of their degree', () => {
  const cases: Array<[string, number, string]> = [
    ['C7#9', 75, 'D#5'],
    ['C7b9', 73, 'Db5'],
    ['C7#11', 78, 'F#5'],
    ['Cm7b5', 66, 'Gb4'],
    ['C+', 68, 'G#4'],
    ['C13', 69, 'A4'],
    ['Cdim7', 69, 'Bbb4'],
    ['F#7', 70, 'A#4'],
    ['Gb7', 70, 'Bb4'],
    ['C#7', 65, 'E#4'],
  ];
  for (const [symbol, pitch, expected] of cases) assert.equal(named(spellIn('C', pitch, symbol)), expected, symbol);
});

test('other notes: the key signature first, then the chord scale, then the direction of the line', () => {
  // A tone of the key keeps the key's letter, even falling: G♯ in A over D6, not A♭.
  assert.equal(named(spellIn('A', 68, 'D6', { previous: 69, next: 67 })), 'G#4');
  // A scale tone outside the key: B natural over D7 in F (the D mixolydian sixth), not C♭.
  assert.equal(named(spellIn('F', 71, 'D7')), 'B4');
  // A chromatic passing tone rises as a sharp and falls as a flat.
  assert.equal(named(spellIn('C', 68, 'C6', { previous: 67, next: 69 })), 'G#4');
  assert.equal(named(spellIn('C', 68, 'C6', { previous: 69, next: 67 })), 'Ab4');
  // The step out of the note decides first: C D♭ C, a neighbour falling back.
  assert.equal(named(spellIn('C', 61, 'C6', { previous: 60, next: 60 })), 'Db4');
  // Without a chromatic step, the key leans: sharps in sharp keys, flats in flat keys.
  assert.equal(named(spellIn('D', 63, 'C6', { previous: 67, next: 58 })), 'D#4');
  assert.equal(named(spellIn('Bb', 66, 'C6', { previous: 61, next: 70 })), 'Gb4');
});

test('melodicNeighbours skips rests and repeats of the same pitch', () => {
  assert.deepEqual(melodicNeighbours([60, null, 61, 61, null, 62], 2), { previous: 60, next: 62 });
  assert.deepEqual(melodicNeighbours([61, 61], 0), { previous: undefined, next: undefined });
});
