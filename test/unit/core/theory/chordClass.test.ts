import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHORD_CLASSES, chordClassOf, chordClassesByPitchClass } from '../../../../src/core/theory/chordClass';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import type { Chord } from '../../../../src/core/types';

const NOTE: Record<string, number> = { C: 0, Db: 1, D: 2, Eb: 3, E: 4, F: 5, Gb: 6, G: 7, Ab: 8, A: 9, Bb: 10, B: 11 };

function chord(symbol: string): Chord {
  const parsed = parseChordSymbol(symbol);
  assert.ok(parsed, `${symbol} should parse`);
  return parsed;
}

/** The notes a teacher would name in each class, per chord symbol. */
const EXPECTED: Array<[string, { chordTone: string[]; tension: string[]; chromatic: string[] }]> = [
  ['G7', { chordTone: ['G', 'B', 'D', 'F'], tension: ['A', 'C', 'E'], chromatic: ['Ab', 'Bb', 'Db', 'Eb', 'Gb'] }],
  ['Dm7', { chordTone: ['D', 'F', 'A', 'C'], tension: ['E', 'G', 'B'], chromatic: ['Eb', 'Gb', 'Ab', 'Bb', 'Db'] }],
  ['Cmaj7', { chordTone: ['C', 'E', 'G', 'B'], tension: ['D', 'F', 'A'], chromatic: ['Db', 'Eb', 'Gb', 'Ab', 'Bb'] }],
  ['Bm7b5', { chordTone: ['B', 'D', 'F', 'A'], tension: ['Db', 'E', 'Ab'], chromatic: ['C', 'Eb', 'Gb', 'G', 'Bb'] }],
  ['C6', { chordTone: ['C', 'E', 'G', 'A'], tension: ['D', 'F'], chromatic: ['Db', 'Eb', 'Gb', 'Ab', 'Bb', 'B'] }],
  // A triad has no 7th: its 6th is the 13th, a 7th is chromatic.
  ['C', { chordTone: ['C', 'E', 'G'], tension: ['D', 'F', 'A'], chromatic: ['Db', 'Eb', 'Gb', 'Ab', 'Bb', 'B'] }],
  ['Cm', { chordTone: ['C', 'Eb', 'G'], tension: ['D', 'F', 'A'], chromatic: ['Db', 'E', 'Gb', 'Ab', 'Bb', 'B'] }],
  ['Cdim7', { chordTone: ['C', 'Eb', 'Gb', 'A'], tension: ['D', 'F'], chromatic: ['Db', 'E', 'G', 'Ab', 'Bb', 'B'] }],
  ['C7sus4', { chordTone: ['C', 'F', 'G', 'Bb'], tension: ['D', 'A'], chromatic: ['Db', 'Eb', 'E', 'Gb', 'Ab', 'B'] }],
  // Altered tensions are chromatic even when the symbol writes them: the measure is how far the line leaves the chord.
  ['G7b9', { chordTone: ['G', 'B', 'D', 'F'], tension: ['A', 'C', 'E'], chromatic: ['Ab', 'Bb', 'Db', 'Eb', 'Gb'] }],
  ['C7alt', { chordTone: ['C', 'E', 'G', 'Bb'], tension: ['D', 'F', 'A'], chromatic: ['Db', 'Eb', 'Gb', 'Ab', 'B'] }],
];

for (const [symbol, expected] of EXPECTED) {
  test(`${symbol}: chord tones, tensions and chromatic notes as a teacher names them`, () => {
    const parsed = chord(symbol);
    for (const cls of CHORD_CLASSES) {
      const named = expected[cls].map((name) => NOTE[name]).sort((a, b) => a - b);
      const found = chordClassesByPitchClass(parsed)
        .map((c, pc) => (c === cls ? pc : -1))
        .filter((pc) => pc >= 0);
      assert.deepEqual(found, named, `${symbol} ${cls}`);
    }
  });
}

test('the wrong 3rd and the wrong 7th are chromatic', () => {
  assert.equal(chordClassOf(NOTE.E, chord('Cm7')), 'chromatic');
  assert.equal(chordClassOf(NOTE.Eb, chord('C7')), 'chromatic');
  assert.equal(chordClassOf(NOTE.Bb, chord('Cmaj7')), 'chromatic');
  assert.equal(chordClassOf(NOTE.B, chord('C7')), 'chromatic');
});

test('a slash chord is judged against its chord, not its bass', () => {
  assert.deepEqual(chordClassesByPitchClass(chord('Cm7/Bb')), chordClassesByPitchClass(chord('Cm7')));
});

test('every pitch has exactly one class, the same in every octave, and the root is a chord tone', () => {
  const symbols = ['C', 'Cm', 'C7', 'Cmaj7', 'Cm7', 'Cm7b5', 'Cdim', 'Caug', 'C7#5', 'C6', 'Cm6', 'Csus4', 'C5'];
  fc.assert(
    fc.property(
      fc.constantFrom(...symbols),
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 0, max: 127 }),
      (s, root, pitch) => {
        const names = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
        const parsed = chord(names[root] + s.slice(1));
        const cls = chordClassOf(pitch, parsed);
        assert.ok(CHORD_CLASSES.includes(cls));
        assert.equal(chordClassOf(pitch + 12 <= 127 ? pitch + 12 : pitch - 12, parsed), cls);
        assert.equal(chordClassOf(parsed.root + 60, parsed), 'chordTone');
      },
    ),
    { seed: 17, numRuns: 300 },
  );
});
