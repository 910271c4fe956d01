import { test } from 'node:test';
import { inferChords, harmonicSpanQuarters } from '../../../../src/core/theory/inferChords';
import type { Meter } from '../../../../src/shared/meter';
import { seededRuns } from '../../helpers/property';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  chordFromPitchClasses,
  chordToneNames,
  parseChordSymbol,
  pitchClassName,
  scaleForChord,
} from '../../../../src/core/theory/chords';
import { ChordQuality, KeySignature, MelodyNote, Tune } from '../../../../src/core/types';

const NOTE = { C: 0, Db: 1, D: 2, Eb: 3, E: 4, F: 5, Gb: 6, G: 7, Ab: 8, A: 9, Bb: 10, B: 11 } as const;
type NoteName = keyof typeof NOTE;
const pcs = (...names: NoteName[]): number[] => names.map((n) => NOTE[n]);
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);

/** symbol → root, quality, the chord's notes (any order; root must come first in pitchClasses). */
const JAZZ_SYMBOLS: Array<[string, NoteName, ChordQuality, NoteName[]]> = [
  ['Dm7', 'D', 'min7', ['D', 'F', 'A', 'C']],
  ['G7b9', 'G', 'dom7', ['G', 'B', 'D', 'F', 'Ab']],
  ['G7#9', 'G', 'dom7', ['G', 'B', 'D', 'F', 'Bb']],
  ['C7#11', 'C', 'dom7', ['C', 'E', 'G', 'Bb', 'Gb']],
  ['Cmaj7', 'C', 'maj7', ['C', 'E', 'G', 'B']],
  ['CM7', 'C', 'maj7', ['C', 'E', 'G', 'B']],
  ['CΔ7', 'C', 'maj7', ['C', 'E', 'G', 'B']],
  ['C^7', 'C', 'maj7', ['C', 'E', 'G', 'B']],
  ['F#m7b5', 'Gb', 'halfDim7', ['Gb', 'A', 'C', 'E']],
  ['Cø7', 'C', 'halfDim7', ['C', 'Eb', 'Gb', 'Bb']],
  ['Cdim', 'C', 'dim', ['C', 'Eb', 'Gb']],
  ['Cdim7', 'C', 'dim7', ['C', 'Eb', 'Gb', 'A']],
  ['C°7', 'C', 'dim7', ['C', 'Eb', 'Gb', 'A']],
  ['Caug', 'C', 'aug', ['C', 'E', 'Ab']],
  ['C+', 'C', 'aug', ['C', 'E', 'Ab']],
  ['C9', 'C', 'dom7', ['C', 'E', 'G', 'Bb', 'D']],
  ['C13', 'C', 'dom7', ['C', 'E', 'G', 'Bb', 'D', 'A']],
  ['C6', 'C', 'maj6', ['C', 'E', 'G', 'A']],
  ['Cm6', 'C', 'min6', ['C', 'Eb', 'G', 'A']],
  ['C69', 'C', 'maj6', ['C', 'E', 'G', 'A', 'D']],
  ['Csus4', 'C', 'sus4', ['C', 'F', 'G']],
  ['C7sus4', 'C', 'sus4', ['C', 'F', 'G', 'Bb']],
  ['Cm(maj7)', 'C', 'minMaj7', ['C', 'Eb', 'G', 'B']],
  ['CmM7', 'C', 'minMaj7', ['C', 'Eb', 'G', 'B']],
  ['C5', 'C', 'power', ['C', 'G']],
  ['Ebm9', 'Eb', 'min7', ['Eb', 'Gb', 'Bb', 'Db', 'F']],
  ['Ab7alt', 'Ab', 'dom7', ['Ab', 'C', 'Gb', 'A', 'B', 'D', 'E']],
  ['Bb', 'Bb', 'maj', ['Bb', 'D', 'F']],
  ['C7b5', 'C', 'dom7', ['C', 'E', 'Gb', 'Bb']],
  ['C7#5', 'C', 'aug7', ['C', 'E', 'Ab', 'Bb']],
  ['Cadd9', 'C', 'maj', ['C', 'E', 'G', 'D']],
  ['C7(b9,#11)', 'C', 'dom7', ['C', 'E', 'G', 'Bb', 'Db', 'Gb']],
];

test('jazz chord symbols give the right root, quality and notes, root first', () => {
  for (const [symbol, root, quality, notes] of JAZZ_SYMBOLS) {
    const chord = parseChordSymbol(symbol);
    assert.ok(chord, `${symbol} should parse`);
    assert.equal(chord.root, NOTE[root], `${symbol} root`);
    assert.equal(chord.quality, quality, `${symbol} quality`);
    assert.equal(chord.pitchClasses[0], NOTE[root], `${symbol}: root first`);
    assert.deepEqual(sorted(chord.pitchClasses), sorted(pcs(...notes)), `${symbol} notes`);
    assert.equal(chord.bass, undefined, `${symbol} has no bass`);
  }
});

test('slash chords carry their bass', () => {
  const chord = parseChordSymbol('Bb/D');
  assert.equal(chord?.root, NOTE.Bb);
  assert.equal(chord?.bass, NOTE.D);
  assert.deepEqual(sorted(chord!.pitchClasses), sorted(pcs('Bb', 'D', 'F')));
  assert.equal(parseChordSymbol('F/C#')?.bass, 1);
});

test('the Nottingham ABC dialect: d, a, lower-case basses with +, optional chords, stray spaces', () => {
  const cases: Array<[string, NoteName, ChordQuality, NoteName | undefined]> = [
    ['Cd', 'C', 'dim', undefined],
    ['Bbd', 'Bb', 'dim', undefined],
    ['Ca', 'C', 'aug', undefined],
    ['Fa7', 'F', 'aug7', undefined],
    ['D/f+', 'D', 'maj', 'Gb'],
    ['Gm/bb', 'G', 'min', 'Bb'],
    ['A7/c+', 'A', 'dom7', 'Db'],
    ['Dm7/c', 'D', 'min7', 'C'],
    ['(E7)', 'E', 'dom7', undefined],
    [' Em', 'E', 'min', undefined],
    ['D m', 'D', 'min', undefined],
  ];
  for (const [symbol, root, quality, bass] of cases) {
    const chord = parseChordSymbol(symbol);
    assert.ok(chord, `${JSON.stringify(symbol)} should parse`);
    assert.equal(chord.root, NOTE[root], `${symbol} root`);
    assert.equal(chord.quality, quality, `${symbol} quality`);
    assert.equal(chord.bass, bass === undefined ? undefined : NOTE[bass], `${symbol} bass`);
  }
  assert.equal(parseChordSymbol('(E7)')?.symbol, 'E7');
});

test('N.C. and unreadable text are not chords', () => {
  for (const text of ['N.C.', 'NC', '', '   ', 'From', 'H7', 'Cxyz', 'c', '7', 'C/']) {
    assert.equal(parseChordSymbol(text), undefined, JSON.stringify(text));
  }
});

test('chordFromPitchClasses names common chords, with the bass deciding the root', () => {
  assert.equal(chordFromPitchClasses(pcs('C', 'E', 'G'))?.symbol, 'C');
  assert.equal(chordFromPitchClasses(pcs('G', 'B', 'D', 'F'))?.symbol, 'G7');
  assert.equal(chordFromPitchClasses(pcs('D', 'F', 'A', 'C'), NOTE.D)?.quality, 'min7');
  const c6 = chordFromPitchClasses(pcs('A', 'C', 'E', 'G'), NOTE.C);
  assert.equal(c6?.root, NOTE.C);
  assert.equal(c6?.quality, 'maj6');
  const am7 = chordFromPitchClasses(pcs('A', 'C', 'E', 'G'), NOTE.A);
  assert.equal(am7?.root, NOTE.A);
  assert.equal(am7?.quality, 'min7');
  const firstInversion = chordFromPitchClasses(pcs('E', 'G', 'C'), NOTE.E);
  assert.equal(firstInversion?.root, NOTE.C);
  assert.equal(firstInversion?.bass, NOTE.E);
  assert.equal(chordFromPitchClasses([]), undefined);
});

test('chordFromPitchClasses keeps every sounding note and its symbol reads back to the same notes', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 7 }),
      fc.option(fc.nat(11), { nil: undefined }),
      (notes, bass) => {
        const chord = chordFromPitchClasses(notes, bass);
        assert.ok(chord);
        for (const pc of notes) assert.ok(chord.pitchClasses.includes(pc), `${chord.symbol} lacks ${pc}`);
        const reread = parseChordSymbol(chord.symbol);
        assert.ok(reread, `${chord.symbol} should read back`);
        assert.deepEqual(sorted(reread.pitchClasses), sorted(chord.pitchClasses), chord.symbol);
      },
    ),
    seededRuns(100),
  );
});

test('scaleForChord follows chord-scale theory', () => {
  const cases: Array<[string, NoteName[]]> = [
    ['C', ['C', 'D', 'E', 'F', 'G', 'A', 'B']],
    ['Cmaj7', ['C', 'D', 'E', 'F', 'G', 'A', 'B']],
    ['C6', ['C', 'D', 'E', 'F', 'G', 'A', 'B']],
    ['C7', ['C', 'D', 'E', 'F', 'G', 'A', 'Bb']],
    ['C7sus4', ['C', 'D', 'E', 'F', 'G', 'A', 'Bb']],
    ['Cm7', ['C', 'D', 'Eb', 'F', 'G', 'A', 'Bb']],
    ['Cm6', ['C', 'D', 'Eb', 'F', 'G', 'A', 'Bb']],
    ['Cm7b5', ['C', 'Db', 'Eb', 'F', 'Gb', 'Ab', 'Bb']],
    ['Cdim7', ['C', 'D', 'Eb', 'F', 'Gb', 'Ab', 'A', 'B']],
    ['Caug', ['C', 'D', 'E', 'Gb', 'Ab', 'Bb']],
    ['Cm(maj7)', ['C', 'D', 'Eb', 'F', 'G', 'A', 'B']],
    // Altered tensions replace their natural neighbours: lydian dominant, altered scale.
    ['C7#11', ['C', 'D', 'E', 'Gb', 'G', 'A', 'Bb']],
    ['C7alt', ['C', 'Db', 'Eb', 'E', 'Gb', 'Ab', 'Bb']],
  ];
  for (const [symbol, expected] of cases) {
    const chord = parseChordSymbol(symbol)!;
    const scale = scaleForChord(chord);
    assert.equal(scale[0], chord.root, `${symbol}: scale starts on the root`);
    assert.deepEqual(sorted(scale), sorted(pcs(...expected)), symbol);
  }
  // Transposes with the root.
  assert.deepEqual(sorted(scaleForChord(parseChordSymbol('G7')!)), sorted(pcs('G', 'A', 'B', 'C', 'D', 'E', 'F')));
});

test('every chord tone is in its chord scale', () => {
  for (const [symbol] of JAZZ_SYMBOLS) {
    const chord = parseChordSymbol(symbol)!;
    const scale = scaleForChord(chord);
    for (const pc of chord.pitchClasses) assert.ok(scale.includes(pc), `${symbol}: ${pc} missing from its scale`);
  }
});

test('pitch-class names and chord tone names', () => {
  assert.equal(pitchClassName(1, true), 'Db');
  assert.equal(pitchClassName(1, false), 'C#');
  assert.equal(pitchClassName(-2), 'Bb');
  assert.equal(pitchClassName(18), 'F#');
  assert.deepEqual(chordToneNames(parseChordSymbol('Bb7')!), ['Bb', 'D', 'F', 'Ab']);
  assert.deepEqual(chordToneNames(parseChordSymbol('F#m7')!), ['F#', 'A', 'C#', 'E']);
});

function melodyTune(meter: Meter, key: KeySignature, melody: Array<[number | null, number]>): Tune {
  const notes: MelodyNote[] = [];
  let time = 0;
  for (const [pitch, duration] of melody) {
    notes.push({ pitch, start: time, duration });
    time += duration;
  }
  const bar = (meter.numerator * 4) / meter.denominator;
  const barStarts: number[] = [];
  for (let t = 0; t < time - 1e-9; t += bar) barStarts.push(t);
  return {
    file: 't.abc',
    id: '1',
    title: 't',
    line: 1,
    meter,
    key,
    notes,
    chords: [],
    chordsInferred: true,
    barStarts,
  };
}

const C_MAJOR: KeySignature = { tonic: 0, mode: 'major', name: 'C' };
const FOUR_FOUR: Meter = { numerator: 4, denominator: 4 };

test('inferChords picks the diatonic chord covering the melody, per half bar in 4/4', () => {
  // Bar 1: C E | G C (all C major). Bar 2: G B | F A.
  const tune = melodyTune(FOUR_FOUR, C_MAJOR, [
    [60, 1],
    [64, 1],
    [67, 1],
    [72, 1],
    [67, 1],
    [71, 1],
    [65, 1],
    [69, 1],
  ]);
  const chords = inferChords(tune);
  assert.deepEqual(
    chords.map((c) => [c.start, c.chord.root, c.chord.quality]),
    [
      [0, NOTE.C, 'maj'],
      [4, NOTE.G, 'maj'],
      [6, NOTE.F, 'maj'],
    ],
  );
});

test('inferChords: ties go to the stronger function, then to the triad', () => {
  // C and E are covered by C, Am and Cmaj7 alike: the tonic triad wins.
  const tune = melodyTune(FOUR_FOUR, C_MAJOR, [
    [60, 2],
    [64, 2],
  ]);
  const chords = inferChords(tune);
  assert.equal(chords.length, 1);
  assert.equal(chords[0].chord.symbol, 'C');
  // B D F is covered by G7 and Bdim alike: V7 (stronger) beats vii.
  const dominant = inferChords(
    melodyTune(FOUR_FOUR, C_MAJOR, [
      [71, 0.5],
      [74, 0.5],
      [77, 1],
    ]),
  );
  assert.equal(dominant[0].chord.symbol, 'G7');
});

test('inferChords weights by duration and uses the harmonic V in minor', () => {
  const aMinor: KeySignature = { tonic: NOTE.A, mode: 'minor', name: 'Am' };
  // A long G# and B against a short A: the major dominant E wins the half bar.
  const tune = melodyTune(FOUR_FOUR, aMinor, [
    [68, 1],
    [71, 0.75],
    [69, 0.25],
    [69, 2],
  ]);
  const chords = inferChords(tune);
  assert.equal(chords[0].chord.root, NOTE.E);
  assert.equal(chords[0].chord.quality, 'maj');
  assert.equal(chords[1].chord.symbol, 'Am');
});

test('inferChords: one chord per bar in 3/4, per dotted-quarter beat in 6/8', () => {
  assert.equal(harmonicSpanQuarters({ numerator: 3, denominator: 4 }), 3);
  assert.equal(harmonicSpanQuarters({ numerator: 6, denominator: 8 }), 1.5);
  assert.equal(harmonicSpanQuarters(FOUR_FOUR), 2);
  // In 3/4, C E on beats 1-2 and B on beat 3 stay one span: no chord change at beat 3.
  const waltz = melodyTune({ numerator: 3, denominator: 4 }, C_MAJOR, [
    [60, 1],
    [64, 1],
    [71, 1],
    [67, 3],
  ]);
  const chords = inferChords(waltz);
  assert.ok(
    chords.every((c) => c.start % 3 === 0),
    JSON.stringify(chords.map((c) => c.start)),
  );
});

test('inferChords on a melody of rests gives no chords', () => {
  assert.deepEqual(inferChords(melodyTune(FOUR_FOUR, C_MAJOR, [[null, 4]])), []);
});
