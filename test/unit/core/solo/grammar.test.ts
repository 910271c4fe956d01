import { test } from 'node:test';
import { UserFacingError } from '../../../../src/shared/errors';
import { seededRuns } from '../../helpers/property';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import {
  classifyPitch,
  formatValue,
  intervalName,
  parseIntervalName,
  parseValue,
  tuneToValues,
} from '../../../../src/core/solo/grammar';
import { Chord, GrammarValue, Tune } from '../../../../src/core/types';

const chord = (symbol: string): Chord => {
  const parsed = parseChordSymbol(symbol);
  assert.ok(parsed, symbol);
  return parsed;
};

test('classifyPitch: chord, scale, approach and other tones', () => {
  const cases: Array<[number, string, string, string]> = [
    // pitch, chord, expected, why
    [64, 'C7', 'C', 'E is the third of C7'],
    [76, 'C7', 'C', 'any octave of a chord tone'],
    [70, 'C7', 'C', 'Bb is the seventh of C7'],
    [62, 'Cmaj7', 'S', 'D is the 9th: in C ionian, not in the chord'],
    [69, 'Cm7', 'S', 'A is in C dorian'],
    [61, 'Cm7b5', 'S', 'Db is in C locrian'],
    [63, 'C7', 'A', 'Eb: not in C7 nor C mixolydian, a semitone below the third E'],
    [66, 'Cmaj7', 'A', 'F#: not in C ionian, a semitone below the fifth G'],
    [66, 'C7', 'A', 'F# over C7 is the same approach to G'],
    [66, 'C7#11', 'C', 'but over C7#11 it is a chord tone'],
    [70, 'C', 'X', 'Bb over a C triad: not in C ionian and two semitones from every chord tone'],
    [68, 'G7b9', 'C', 'Ab is the b9 of G7b9'],
    [69, 'G7b9', 'A', 'A: the b9 pushes the natural 9 out of the scale, a semitone above Ab'],
  ];
  for (const [pitch, symbol, expected, why] of cases) {
    assert.equal(classifyPitch(pitch, chord(symbol)), expected, why);
  }
});

test('intervalName spells directed intervals', () => {
  const expected: Array<[number, string]> = [
    [0, 'P1'],
    [1, 'm2'],
    [2, 'M2'],
    [3, 'm3'],
    [4, 'M3'],
    [5, 'P4'],
    [6, 'd5'],
    [7, 'P5'],
    [8, 'm6'],
    [9, 'M6'],
    [10, 'm7'],
    [11, 'M7'],
    [12, 'P8'],
    [13, 'm9'],
    [14, 'M9'],
    [15, 'm10'],
    [16, 'M10'],
    [17, 'P11'],
    [18, 'd12'],
    [19, 'P12'],
    [24, 'P15'],
    [-1, 'm-2'],
    [-2, 'M-2'],
    [-3, 'm-3'],
    [-5, 'P-4'],
    [-6, 'd-5'],
    [-7, 'P-5'],
    [-12, 'P-8'],
    [-14, 'M-9'],
  ];
  for (const [semitones, name] of expected) assert.equal(intervalName(semitones), name, String(semitones));
});

test('interval names round-trip over three octaves each way', () => {
  for (let semitones = -36; semitones <= 36; semitones++) {
    assert.equal(parseIntervalName(intervalName(semitones)), semitones, intervalName(semitones));
  }
});

test('parseIntervalName reads music21 spellings and rejects nonsense', () => {
  assert.equal(parseIntervalName('d1'), -1);
  assert.equal(parseIntervalName('A4'), 6);
  assert.equal(parseIntervalName('A-4'), -6);
  assert.equal(parseIntervalName('d-8'), -11);
  for (const bad of ['', 'Q3', 'P3', 'M5', 'm4', 'P0', 'm-', 'M2x']) {
    assert.throws(() => parseIntervalName(bad), UserFacingError, JSON.stringify(bad));
  }
});

test('formatValue and parseValue on the reference examples', () => {
  const examples: Array<[string, GrammarValue]> = [
    ['C,0.500', { type: 'C', duration: 0.5 }],
    ['R,0.083', { type: 'R', duration: 0.083 }],
    ['S,0.250,<m2,P-4>', { type: 'S', duration: 0.25, window: { upper: 1, lower: -5 } }],
    ['C,0.250,<P4,m-2>', { type: 'C', duration: 0.25, window: { upper: 5, lower: -1 } }],
    ['A,0.333,<P4,m-2>', { type: 'A', duration: 0.333, window: { upper: 5, lower: -1 } }],
    ['C,0.333,<P1,d-5>', { type: 'C', duration: 0.333, window: { upper: 0, lower: -6 } }],
    ['R,3.667', { type: 'R', duration: 3.667 }],
  ];
  for (const [text, value] of examples) {
    assert.equal(formatValue(value), text);
    assert.deepEqual(parseValue(text), value);
  }
  // music21's "d1" (-1) in the reference's "X,0.250,<d1,P-5>": a step of 4 semitones down.
  assert.deepEqual(parseValue('X,0.250,<d1,P-5>'), { type: 'X', duration: 0.25, window: { upper: -1, lower: -7 } });
  assert.equal(formatValue(parseValue('X,0.250,<d1,P-5>')), 'X,0.250,<m-2,P-5>');
});

test('values round-trip through their text', () => {
  const valueArb = fc.record({
    type: fc.constantFrom('C', 'S', 'A', 'X', 'R' as const),
    duration: fc.integer({ min: 1, max: 16000 }).map((ms) => ms / 1000),
    interval: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(valueArb, ({ type, duration, interval }) => {
      const value: GrammarValue = { type, duration };
      if (interval !== undefined && type !== 'R') value.window = { upper: interval + 3, lower: interval - 3 };
      assert.deepEqual(parseValue(formatValue(value)), value);
    }),
    seededRuns(100),
  );
});

test('parseValue rejects malformed values with a clear message', () => {
  const bad: Array<[string, RegExp]> = [
    ['', /not a grammar value/],
    ['C', /not a grammar value/],
    ['Q,0.250', /not a grammar value/],
    ['C,abc', /not a grammar value/],
    ['C,0.000', /greater than 0/],
    ['C,0.250,<m2>', /not a grammar value/],
    ['C,0.250,<P5,P1>', /6 semitones wide/],
    ['C,0.250,<Z2,P-4>', /not an interval name/],
    ['R,0.500,<m3,m-3>', /rest has no interval window/],
  ];
  for (const [text, message] of bad) {
    assert.throws(
      () => parseValue(text),
      (error: unknown) => error instanceof UserFacingError && message.test(error.message),
      text,
    );
  }
});

function tune(partial: Partial<Tune>): Tune {
  return {
    file: 't.abc',
    id: '1',
    title: 't',
    line: 1,
    meter: { numerator: 4, denominator: 4 },
    key: { tonic: 0, mode: 'major', name: 'C' },
    notes: [],
    chords: [],
    chordsInferred: false,
    barStarts: [0, 4],
    ...partial,
  };
}

test('tuneToValues: types against the sounding chord, windows within a bar, rests neither reset nor count', () => {
  const values = tuneToValues(
    tune({
      chords: [
        { start: 0, chord: chord('C') },
        { start: 2, chord: chord('G7') },
      ],
      notes: [
        { pitch: 64, start: 0, duration: 1 }, // E over C: first note of the bar
        { pitch: 62, start: 1, duration: 0.5 }, // D over C: scale tone, 2 down from E
        { pitch: null, start: 1.5, duration: 0.5 },
        { pitch: 65, start: 1.9999999, duration: 0 }, // F: G7 has started (epsilon); zero length → 0.25
        { pitch: 66, start: 2.25, duration: 1.75 }, // F#: a semitone from G, 1 up from F (not from the rest)
        { pitch: 71, start: 4, duration: 1 }, // B: first note of bar 2, no window
        { pitch: null, start: 5, duration: 1 },
        { pitch: 67, start: 6, duration: 2 }, // G: 4 down from B across the rest
      ],
    }),
  ).map(formatValue);
  assert.deepEqual(values, [
    'C,1.000',
    'S,0.500,<m2,P-4>',
    'R,0.500',
    'C,0.250,<d5,P1>',
    'A,1.750,<M3,M-2>',
    'C,1.000',
    'R,1.000',
    'C,2.000,<m-2,P-5>',
  ]);
});

test('tuneToValues rounds durations to three decimals', () => {
  const values = tuneToValues(
    tune({
      chords: [{ start: 0, chord: chord('C') }],
      notes: [
        { pitch: 60, start: 0, duration: 1 / 3 },
        { pitch: 60, start: 1 / 3, duration: 11 / 3 },
      ],
    }),
  ).map(formatValue);
  assert.deepEqual(values, ['C,0.333', 'C,3.667,<m3,m-3>']);
});

test('tuneToValues infers chords for a tune that has none', () => {
  const values = tuneToValues(
    tune({
      chordsInferred: true,
      notes: [
        { pitch: 60, start: 0, duration: 1 },
        { pitch: 64, start: 1, duration: 1 },
        { pitch: 67, start: 2, duration: 2 },
      ],
    }),
  );
  assert.deepEqual(
    values.map((v) => v.type),
    ['C', 'C', 'C'],
  );
});
