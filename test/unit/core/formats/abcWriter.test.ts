import { test } from 'node:test';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import type { Meter } from '../../../../src/shared/meter';
import assert from 'node:assert/strict';
import abcjs from 'abcjs';
import fc from 'fast-check';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import { parseValue } from '../../../../src/core/solo/grammar';
import { DEFAULT_PROGRESSION, parseKeyName, parseProgression } from '../../../../src/core/theory/progression';
import { abcKey, writeAbc } from '../../../../src/core/formats/abcWriter';
import { mergeTies, realiseSolo } from '../../../../src/core/solo/realiser';
import { GrammarValue, Progression, RealisedNote, Solo, ValueType, barQuarters } from '../../../../src/core/types';

const WHOLE_NOTE_TICKS = 4 * TICKS_PER_QUARTER;

const PROGRESSIONS: Progression[] = [
  parseProgression(DEFAULT_PROGRESSION),
  parseProgression('| Dm7 G7 | Cmaj7 | F#m7b5 B7 | Em7 A7 |'),
  parseProgression('| Ebmaj7 | Cm7 | Ab7 G7 | Fm7 Bb7 |'),
  parseProgression('| Cmaj7 A7 | Dm7 | G7 |', { numerator: 3, denominator: 4 }),
  parseProgression('| Am E7 | Am | Dm G7 C | E7 |', { numerator: 6, denominator: 8 }),
];
const KEYS = ['F', 'C', 'Eb', 'A', 'F#m', 'Db', 'DDor', 'B'].map((name) => parseKeyName(name));
const DURATIONS = [0.083, 0.167, 0.25, 0.333, 0.5, 0.667, 0.75, 1, 1.25, 1.5, 2, 3.667];

const valueArbitrary: fc.Arbitrary<GrammarValue> = fc
  .record({
    type: fc.constantFrom<ValueType>('C', 'C', 'S', 'A', 'X', 'R'),
    duration: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...DURATIONS) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 4000 }).map((n) => n / 1000) },
    ),
    interval: fc.option(fc.integer({ min: -9, max: 9 }), { freq: 4 }),
  })
  .map(({ type, duration, interval }) =>
    interval === null ? { type, duration } : { type, duration, window: { upper: interval + 3, lower: interval - 3 } },
  );

interface AudioNote {
  cmd: string;
  pitch: number;
  start: number;
  duration: number;
}
interface ParsedElement {
  el_type: string;
  duration?: number;
  rest?: unknown;
  chord?: Array<{ name: string }>;
  startTriplet?: number;
  tripletMultiplier?: number;
  tripletR?: number;
  pitches?: Array<{ startTie?: unknown }>;
}
interface ParsedTune {
  warnings?: string[];
  lines: Array<{ staff?: Array<{ voices: ParsedElement[][] }> }>;
  setUpAudio(): { tracks: AudioNote[][] };
}

function parseAbc(text: string): ParsedTune {
  const tunes = abcjs.parseOnly(text) as unknown as ParsedTune[];
  assert.equal(tunes.length, 1, 'one tune');
  assert.deepEqual(tunes[0].warnings ?? [], [], `abcjs warnings for\n${text}`);
  return tunes[0];
}

/** Sounding notes as abcjs plays the ABC (ties merged), in ticks. */
function soundingNotes(tune: ParsedTune): Array<[number, number, number]> {
  return (
    tune
      .setUpAudio()
      .tracks[0].filter((event) => event.cmd === 'note')
      // abcjs rounds times to six decimals of a whole note (a triplet eighth is 0.083333): compare to 1/1000 tick.
      .map((event) => [
        event.pitch,
        Math.round(event.start * WHOLE_NOTE_TICKS * 1e3) / 1e3,
        Math.round(event.duration * WHOLE_NOTE_TICKS * 1e3) / 1e3,
      ])
  );
}

const expectedNotes = (solo: Solo) =>
  mergeTies(solo.notes)
    .filter((n) => n.pitch !== null)
    .map((n) => [n.pitch, n.startTick, n.durationTicks]);

/** Bars as read from the parse tree: the chord symbols with their tick, and each bar's length in ticks. */
function readBars(tune: ParsedTune): { chords: Array<[number, string]>; barLengths: number[]; tiesAcrossBars: number } {
  const chords: Array<[number, string]> = [];
  const barLengths: number[] = [];
  let tiesAcrossBars = 0;
  let position = 0;
  let barStart = 0;
  let tripletLeft = 0;
  let multiplier = 1;
  let lastWasTied = false;
  for (const line of tune.lines) {
    for (const element of line.staff?.[0].voices[0] ?? []) {
      if (element.el_type === 'bar') {
        barLengths.push(Math.round((position - barStart) * 1e3) / 1e3);
        barStart = position;
        if (lastWasTied) tiesAcrossBars++;
        continue;
      }
      if (element.el_type !== 'note') continue;
      if (element.startTriplet) {
        tripletLeft = element.tripletR ?? element.startTriplet;
        multiplier = element.tripletMultiplier ?? 1;
      }
      for (const chord of element.chord ?? [])
        chords.push([Math.round(position * 1e3) / 1e3, chord.name.replace(/♭/g, 'b').replace(/♯/g, '#')]);
      position += (element.duration ?? 0) * WHOLE_NOTE_TICKS * (tripletLeft > 0 ? multiplier : 1);
      if (tripletLeft > 0) tripletLeft--;
      lastWasTied = (element.pitches ?? []).some((p) => p.startTie !== undefined);
    }
  }
  return { chords, barLengths, tiesAcrossBars };
}

function checkRoundTrip(solo: Solo, text: string): void {
  const tune = parseAbc(text);
  assert.deepEqual(soundingNotes(tune), expectedNotes(solo), 'abcjs plays the solo’s pitches and rhythm');
  const bars = readBars(tune);
  const barTicks = barQuarters(solo.meter) * TICKS_PER_QUARTER;
  assert.deepEqual(bars.barLengths, new Array(solo.bars).fill(barTicks), 'every bar is complete');
  assert.deepEqual(
    bars.chords,
    solo.chords.map((c) => [c.start * TICKS_PER_QUARTER, c.chord.symbol]),
    'each chord symbol sits where its chord starts',
  );
}

test('property: random solos over several progressions, meters and keys round-trip through abcjs', () => {
  fc.assert(
    fc.property(
      fc.array(valueArbitrary, { minLength: 1, maxLength: 50 }),
      fc.constantFrom(...PROGRESSIONS),
      fc.constantFrom(...KEYS),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      (values, progression, key, seed) => {
        const solo = realiseSolo(values, progression, { seed, key, range: [48, 88] });
        checkRoundTrip(solo, writeAbc(solo));
      },
    ),
    { numRuns: 250, seed: 424242 },
  );
});

test('header fields, four bars a line, final bar line', () => {
  const values = Array.from({ length: 40 }, (_, i) => parseValue(i % 3 ? 'C,0.500' : 'S,1.000'));
  const solo = realiseSolo(values, PROGRESSIONS[0], {
    seed: 8,
    title: 'Blue "F"',
    subtitle: 'model default, seed 8',
    tempo: 144,
    swing: 0.66,
  });
  const text = writeAbc(solo, { referenceNumber: 3 });
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[0], 'X:3');
  assert.equal(lines[1], 'T:Blue "F"');
  assert.equal(lines[2], 'T:model default, seed 8');
  for (const field of ['M:4/4', 'L:1/8', 'Q:1/4=144', 'K:F']) assert.ok(lines.includes(field), `${field} in header`);
  assert.ok(
    lines.some((l) => /^%.*swing 0\.66/.test(l)),
    'swing is mentioned in a comment',
  );
  assert.ok(lines.indexOf('K:F') < lines.findIndex((l) => l.includes('|')), 'K: ends the header');
  assert.ok(text.trimEnd().endsWith('|]'));
  const music = lines.slice(lines.indexOf('K:F') + 1);
  assert.equal(music.length, Math.ceil(solo.bars / 4));
  music.slice(0, -1).forEach((line) => assert.equal(line.split('|').length - 1, 4, `four bars in "${line}"`));
  checkRoundTrip(solo, text);
  assert.equal(
    writeAbc(solo, { barsPerLine: 2 })
      .trimEnd()
      .split('\n')
      .filter((l) => l.includes('|')).length,
    Math.ceil(solo.bars / 2),
  );
});

test('notes across bar lines are tied, and abcjs hears one note', () => {
  const values = ['C,3.000', 'C,3.000', 'C,6.000', 'R,1.000'].map(parseValue);
  const solo = realiseSolo(values, PROGRESSIONS[1], { seed: 4 });
  const text = writeAbc(solo);
  assert.match(text, /-\|/);
  const tune = parseAbc(text);
  assert.equal(readBars(tune).tiesAcrossBars, 2);
  assert.deepEqual(
    soundingNotes(tune).map(([, start, duration]) => [start, duration]),
    [
      [0, 36],
      [36, 36],
      [72, 72],
    ],
  );
});

test('eighth-note triplets are written as (3 groups, two-note triplets as (3:2:2', () => {
  const values = ['C,0.333', 'S,0.333', 'C,0.333', 'C,0.667', 'A,0.333', 'C,0.333', 'C,0.667', 'R,1.000'].map(
    parseValue,
  );
  const solo = realiseSolo(values, PROGRESSIONS[0], { seed: 12 });
  const text = writeAbc(solo);
  const music = text
    .split('\n')
    .filter((l) => l.includes('|'))
    .join(' ');
  assert.equal(music.match(/\(3(?!:)/g)?.length, 1, text);
  assert.equal(music.match(/\(3:2:2/g)?.length, 2, text);
  const durations = soundingNotes(parseAbc(text)).map(([, , d]) => d);
  assert.deepEqual(durations, [4, 4, 4, 8, 4, 4, 8]);
});

test('a chord starting inside a note splits it with a tie so the symbol sits at its time', () => {
  const values = ['C,1.000', 'C,2.000', 'C,1.000'].map(parseValue);
  const progression = parseProgression('| Dm7 G7 |');
  const solo = realiseSolo(values, progression, { seed: 1 });
  const text = writeAbc(solo);
  assert.match(text, /-\s*"G7"/, text);
  checkRoundTrip(solo, text);
});

/** A hand-made solo over one chord, to test spelling and accidentals precisely. */
function handSolo(pitches: number[], keyName: string, chordSymbol = 'C'): Solo {
  const notes: RealisedNote[] = pitches.map((pitch, i) => ({
    pitch,
    startTick: i * 6,
    durationTicks: 6,
    valueIndex: i,
  }));
  const bars = Math.ceil((pitches.length * 6) / 48);
  if (pitches.length * 6 < bars * 48)
    notes.push({
      pitch: null,
      startTick: pitches.length * 6,
      durationTicks: bars * 48 - pitches.length * 6,
      valueIndex: -1,
    });
  return {
    title: 'spelling',
    meter: { numerator: 4, denominator: 4 } as Meter,
    key: parseKeyName(keyName),
    tempo: 120,
    notes,
    chords: [{ start: 0, chord: parseChordSymbol(chordSymbol)! }],
    bars,
  };
}

const musicOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('|'))
    .join('\n');

test('pitches are spelled for the key, with accidentals only where needed inside a bar', () => {
  // F major: Bb needs no sign; B natural needs one, then Bb again needs a flat in the same bar.
  let solo = handSolo([65, 70, 71, 70, 72, 74, 76, 77], 'F', 'F');
  let text = writeAbc(solo);
  assert.equal(musicOf(text), '"F"FB =B_B cd ef|]');
  checkRoundTrip(solo, text);
  // An accidental in one octave is written again in another (abcjs and ABC 2.1 disagree on its scope).
  // A chromatic note falling back by step is a flat (C D♭ C), one rising by step a sharp (F♯ G).
  solo = handSolo([66, 78, 66, 67, 60, 61, 61, 60], 'C');
  text = writeAbc(solo);
  assert.equal(musicOf(text), '"C"^F^f FG C_D DC|]');
  checkRoundTrip(solo, text);
  // Without a step to tell the direction, sharp keys spell chromatic notes with sharps, flat keys with flats;
  // the next bar starts afresh.
  solo = handSolo([63, 63, 63, 63, 63, 63, 63, 63, 63, 67], 'D');
  text = writeAbc(solo);
  assert.match(musicOf(text), /^"C"\^D/);
  assert.match(musicOf(text), /\|\^DG/);
  checkRoundTrip(solo, text);
  solo = handSolo([61, 66, 68], 'Bb');
  assert.equal(musicOf(writeAbc(solo)), '"C"_D_G _Az z4|]');
  // Chord tones follow the chord: over D7 in F the third is F#, not Gb.
  solo = handSolo([62, 66, 69, 72], 'F', 'D7');
  assert.equal(musicOf(writeAbc(solo)), '"D7"D^F Ac z4|]');
  checkRoundTrip(handSolo([47, 59, 83, 84, 96, 36], 'C'), writeAbc(handSolo([47, 59, 83, 84, 96, 36], 'C')));
});

test('abcKey writes K: for every key and mode with the right signature', () => {
  const cases: Array<[string, string, number]> = [
    ['F', 'F', -1],
    ['Bb', 'Bb', -2],
    ['F#m', 'F#m', 3],
    ['D dorian', 'DDor', 0],
    ['Gmix', 'GMix', 0],
    ['Gb', 'Gb', -6],
    ['E', 'E', 4],
  ];
  for (const [name, text, fifths] of cases) assert.deepEqual(abcKey(parseKeyName(name)), { text, fifths }, name);
  // A key whose name does not spell its tonic falls back to the simplest spelling.
  assert.deepEqual(abcKey({ tonic: 8, mode: 'major', name: '' }), { text: 'Ab', fifths: -4 });
  assert.deepEqual(abcKey({ tonic: 1, mode: 'minor', name: 'whatever' }), { text: 'C#m', fifths: 4 });
});

/** A hand-made solo in C, one value per event (rests included), to test how rhythm is engraved. */
function rhythmSolo(meter: Meter, events: Array<[number | null, number, number]>): Solo {
  const barTicks = barQuarters(meter) * TICKS_PER_QUARTER;
  const end = events.reduce((max, [, start, length]) => Math.max(max, start + length), 0);
  return {
    title: 'rhythm',
    meter,
    key: parseKeyName('C'),
    tempo: 120,
    notes: events.map(([pitch, startTick, durationTicks], valueIndex) => ({
      pitch,
      startTick,
      durationTicks,
      valueIndex,
    })),
    chords: [{ start: 0, chord: parseChordSymbol('C')! }],
    bars: Math.ceil(end / barTicks),
  };
}

/** The bars of the written solo without the chord symbol, as an engraver would read them. */
function writtenBars(solo: Solo): string[] {
  const text = writeAbc(solo);
  checkRoundTrip(solo, text);
  return musicOf(text)
    .replace(/"C"/, '')
    .replace(/\|\]$/, '')
    .split(/\|\n?/)
    .map((bar) => bar.trim());
}

const COMMON: Meter = { numerator: 4, denominator: 4 };
const [C, D, E, F, G, A] = [72, 74, 76, 77, 79, 81];

test('engraving: rests merge into the fewest symbols the beats allow, a silent bar is one rest', () => {
  const silentBar = rhythmSolo(COMMON, [
    [C, 0, 48],
    [null, 48, 12],
    [null, 60, 12],
    [null, 72, 12],
    [null, 84, 12],
  ]);
  assert.deepEqual(writtenBars(silentBar), ['c8', 'z8']);
  const fromTheAnd = rhythmSolo(COMMON, [
    [C, 0, 6],
    [null, 6, 6],
    [null, 12, 6],
    [null, 18, 6],
    [null, 24, 12],
    [null, 36, 12],
  ]);
  assert.deepEqual(
    writtenBars(fromTheAnd),
    ['cz z2 z4'],
    'an eighth rest to the beat, a quarter rest, a half rest on beat 3',
  );
  const waltzBar = rhythmSolo({ numerator: 3, denominator: 4 }, [
    [C, 0, 36],
    [null, 36, 12],
    [null, 48, 24],
  ]);
  assert.deepEqual(writtenBars(waltzBar), ['c6', 'z6']);
  const tripletRests = rhythmSolo(COMMON, [
    [C, 0, 12],
    [null, 12, 4],
    [null, 16, 4],
    [null, 20, 4],
    [D, 24, 24],
  ]);
  assert.deepEqual(writtenBars(tripletRests), ['c2 z2 d4'], 'a beat of triplet rests is one quarter rest, no tuplet');
  const overHalfBar = rhythmSolo(COMMON, [
    [C, 0, 12],
    [null, 12, 24],
    [D, 36, 12],
  ]);
  assert.deepEqual(writtenBars(overHalfBar), ['c2 z2 z2 d2'], 'a rest does not hide beat 3');
});

test('engraving: ties only where a beat must be shown, syncopations as a player reads them', () => {
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 12],
        [D, 12, 12],
        [E, 24, 24],
      ]),
    ),
    ['c2 d2 e4'],
    'a quarter on beat 2 is one note',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 6],
        [D, 6, 12],
        [E, 18, 6],
        [F, 24, 24],
      ]),
    ),
    ['cd2e f4'],
    'eighth-quarter-eighth',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [null, 0, 6],
        [C, 6, 18],
        [D, 24, 24],
      ]),
    ),
    ['zc3 d4'],
    'an eighth rest and a dotted quarter',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 12],
        [D, 12, 24],
        [E, 36, 12],
      ]),
    ),
    ['c2 d2- d2 e2'],
    'a half note over beat 3 is tied',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 18],
        [D, 18, 12],
        [E, 30, 18],
      ]),
    ),
    ['c3d- de3'],
    'the "and" of 2 tied over beat 3',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 36],
        [D, 36, 12],
      ]),
    ),
    ['c6 d2'],
    'a dotted half from beat 1',
  );
});

test('engraving: beams by beat, by dotted quarter in 6/8 and 12/8; quarter-note triplets as one group', () => {
  const eighths = (count: number) =>
    Array.from({ length: count }, (_, i): [number, number, number] => [[C, D, E, F, G, A][i % 6], i * 6, 6]);
  assert.deepEqual(writtenBars(rhythmSolo(COMMON, eighths(8))), ['cd ef ga cd']);
  const sixEight: Meter = { numerator: 6, denominator: 8 };
  assert.deepEqual(writtenBars(rhythmSolo(sixEight, eighths(6))), ['cde fga']);
  assert.deepEqual(
    writtenBars(
      rhythmSolo(sixEight, [
        [C, 0, 12],
        [D, 12, 12],
        [E, 24, 12],
      ]),
    ),
    ['c2d- de2'],
    'a quarter over beat 2 is tied',
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(sixEight, [
        [C, 0, 6],
        [null, 6, 12],
        [null, 18, 18],
      ]),
    ),
    ['cz2 z3'],
  );
  assert.deepEqual(writtenBars(rhythmSolo({ numerator: 12, denominator: 8 }, eighths(12))), ['cde fga cde fga']);
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 8],
        [D, 8, 8],
        [E, 16, 8],
        [F, 24, 24],
      ]),
    ),
    ['(3c2d2e2 f4'],
  );
  assert.deepEqual(
    writtenBars(
      rhythmSolo(COMMON, [
        [C, 0, 4],
        [D, 4, 4],
        [E, 8, 4],
        [F, 12, 8],
        [G, 20, 4],
        [A, 24, 24],
      ]),
    ),
    ['(3cde (3:2:2f2g a4'],
  );
});

test('engraving: sixteenths beamed by beat, their rests inside the beat, a turn and a pickup on the "a"', () => {
  // A sixteenth-note turn (D C B C), an eighth and two sixteenths, a breath on the "e", a dotted rhythm.
  const B = 71;
  const turn = rhythmSolo(COMMON, [
    [D, 0, 3],
    [C, 3, 3],
    [B, 6, 3],
    [C, 9, 3],
    [E, 12, 6],
    [D, 18, 3],
    [C, 21, 3],
    [A, 24, 3],
    [null, 27, 6],
    [G, 33, 3],
    [F, 36, 9],
    [E, 45, 3],
  ]);
  assert.deepEqual(writtenBars(turn), ['d/c/B/c/ ed/c/ a/zg/ f3/2e/']);
  // A phrase that starts on the "a" of beat 4 after a silence: the rest is a dotted quarter and a sixteenth.
  const pickup = rhythmSolo(COMMON, [
    [C, 0, 12],
    [null, 12, 33],
    [D, 45, 3],
    [E, 48, 48],
  ]);
  assert.deepEqual(writtenBars(pickup), ['c2 z2 z2 z3/2d/', 'e8']);
  const afterASixteenth = rhythmSolo(COMMON, [
    [C, 0, 3],
    [null, 3, 33],
    [D, 36, 12],
  ]);
  assert.deepEqual(
    writtenBars(afterASixteenth),
    ['c/z3/2 z2 z2 d2'],
    'the rest of the beat, then a rest a beat, the half bar shown',
  );
});
