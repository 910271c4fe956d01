import { test } from 'node:test';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import type { Meter } from '../../../../src/shared/meter';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mod12, parseChordSymbol } from '../../../../src/core/theory/chords';
import { DEFAULT_PROGRESSION, parseProgression } from '../../../../src/core/theory/progression';
import { barTicks, unrollChords } from '../../../../src/core/solo/realiser';
import { Chord, TimedChord } from '../../../../src/core/types';
import { arrangeBand, BandInput, BandNote, BandOptions, DRUM, LeadNote } from '../../../../src/core/band';
import { BASS_HIGHEST, BASS_LOWEST, MAX_BASS_LEAP } from '../../../../src/core/band/bass';
import { chordSegments, pulseTicks } from '../../../../src/core/band/timeline';
import { planComping } from '../../../../src/core/band/comping';
import {
  COMPING_HIGHEST,
  COMPING_LOWEST,
  guideTones,
  voiceMotion,
  voicingCandidates,
} from '../../../../src/core/band/voicings';
import { createRng } from '../../../../src/core/random';
import { arrangeBandForAbc } from '../../../../src/engine';
import { SHIPPED_DRUM_KEYS } from '../../../../src/shared/soundFont';

const ALL_PARTS = { bass: true, comping: true, drums: true };
const only = (part: 'bass' | 'comping' | 'drums'): BandOptions['parts'] => ({
  bass: false,
  comping: false,
  drums: false,
  [part]: true,
});

const SYMBOLS = [
  'C7',
  'F7',
  'Bb7',
  'Dm7',
  'G7',
  'Cmaj7',
  'Am7',
  'D7',
  'Em7b5',
  'A7b9',
  'Dm6',
  'Ebmaj7',
  'Abdim7',
  'F#m7b5',
  'B7',
  'Emaj7',
  'C#m7',
  'Gbmaj7',
  'E7#9',
  'C6',
  'Bb/D',
  'G7sus4',
  'Fm',
  'Db',
  'A13',
  'Cm(maj7)',
];
const METERS: Meter[] = [
  { numerator: 4, denominator: 4 },
  { numerator: 3, denominator: 4 },
  { numerator: 2, denominator: 4 },
  { numerator: 5, denominator: 4 },
  { numerator: 2, denominator: 2 },
  { numerator: 6, denominator: 8 },
  { numerator: 12, denominator: 8 },
];

const chord = (symbol: string): Chord => {
  const parsed = parseChordSymbol(symbol);
  assert.ok(parsed, symbol);
  return parsed;
};

/** A progression of chords each lasting a whole number of beats of the meter, and the solo's length. */
function progressionOf(
  meter: Meter,
  spans: Array<[symbol: string, beats: number]>,
): { chords: TimedChord[]; soloTicks: number } {
  const pulse = pulseTicks(meter);
  const chords: TimedChord[] = [];
  let tick = 0;
  for (const [symbol, beats] of spans) {
    chords.push({ start: tick / TICKS_PER_QUARTER, chord: chord(symbol) });
    tick += beats * pulse;
  }
  return { chords, soloTicks: tick };
}

const progressionArbitrary = fc.record({
  meter: fc.constantFrom(...METERS),
  spans: fc.array(fc.tuple(fc.constantFrom(...SYMBOLS), fc.integer({ min: 1, max: 8 })), {
    minLength: 1,
    maxLength: 16,
  }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

function input(meter: Meter, chords: TimedChord[], soloTicks: number, lead: LeadNote[] = []): BandInput {
  return { chords, meter, tempo: 140, soloTicks, lead };
}

/** The pitch classes a bass may announce a chord with: its tones, and a slash chord's bass. */
const chordPitchClasses = (c: Chord) =>
  new Set([...c.pitchClasses, ...(c.bass === undefined ? [] : [c.bass])].map(mod12));

test('property: walking bass, one note a beat, a chord tone on each chord, a step into the next root, in range', () => {
  fc.assert(
    fc.property(progressionArbitrary, ({ meter, spans, seed }) => {
      const { chords, soloTicks } = progressionOf(meter, spans);
      const band = arrangeBand(input(meter, chords, soloTicks), { parts: only('bass'), countIn: false, seed });
      const pulse = pulseTicks(meter);
      const bass = band.notes.filter((n) => n.part === 'bass');
      assert.equal(bass.length, band.notes.length, 'only the bass when only the bass is on');
      assert.deepEqual(
        bass.map((n) => n.startTick),
        Array.from({ length: soloTicks / pulse }, (_, i) => i * pulse),
        'one note on every beat',
      );
      for (const note of bass) {
        assert.ok(note.pitch >= BASS_LOWEST && note.pitch <= BASS_HIGHEST, `pitch ${note.pitch} in E1–C3`);
        assert.ok(note.durationTicks <= pulse && note.durationTicks > 0, 'no note overlaps the next');
      }
      for (let i = 1; i < bass.length; i++) {
        assert.ok(
          Math.abs(bass[i].pitch - bass[i - 1].pitch) <= MAX_BASS_LEAP,
          `leap ${bass[i - 1].pitch}→${bass[i].pitch} beyond a sixth`,
        );
      }
      const noteAt = new Map(bass.map((n) => [n.startTick, n.pitch]));
      let beatsOfPrevious = 0;
      chords.forEach((timed, index) => {
        const tick = timed.start * TICKS_PER_QUARTER;
        const pitch = noteAt.get(tick)!;
        assert.ok(
          chordPitchClasses(timed.chord).has(mod12(pitch)),
          `${timed.chord.symbol}: first beat ${pitch} is a chord tone`,
        );
        const previous = chords[index - 1];
        if (previous && beatsOfPrevious >= 2) {
          const before = noteAt.get(tick - pulse)!;
          const step = Math.abs(pitch - before);
          assert.ok(
            step === 1 || step === 2,
            `${previous.chord.symbol}→${timed.chord.symbol}: approach ${before}→${pitch} is a step`,
          );
          if (previous.chord.symbol !== timed.chord.symbol) {
            assert.equal(
              mod12(pitch),
              timed.chord.bass ?? timed.chord.root,
              `${timed.chord.symbol} starts on its root`,
            );
          }
        }
        beatsOfPrevious = spans[index][1];
      });
    }),
    { numRuns: 300, seed: 4242 },
  );
});

test('the bass varies with the seed and repeats with it', () => {
  const meter = { numerator: 4, denominator: 4 };
  const progression = parseProgression(DEFAULT_PROGRESSION);
  const chords = unrollChords(progression, progression.lengthQuarters * 2);
  const soloTicks = progression.lengthQuarters * 2 * TICKS_PER_QUARTER;
  const line = (seed: number) =>
    arrangeBand(input(meter, chords, soloTicks), { parts: only('bass'), countIn: false, seed }).notes.map(
      (n) => n.pitch,
    );
  assert.deepEqual(line(3), line(3));
  assert.notDeepEqual(line(3), line(4));
  // A walking line, not an arpeggio: most motion by step (at most two semitones).
  const pitches = line(5);
  const steps = pitches.slice(1).filter((p, i) => Math.abs(p - pitches[i]) <= 2).length;
  assert.ok(steps / (pitches.length - 1) > 0.5, `${steps} of ${pitches.length - 1} moves are steps`);
});

test('two-feel: half notes in 4/4, on beats 1 and 3', () => {
  const meter = { numerator: 4, denominator: 4 };
  const { chords, soloTicks } = progressionOf(meter, [
    ['Dm7', 4],
    ['G7', 4],
    ['Cmaj7', 8],
  ]);
  const band = arrangeBand(input(meter, chords, soloTicks), {
    parts: only('bass'),
    countIn: false,
    seed: 9,
    twoFeel: true,
  });
  assert.deepEqual(
    band.notes.map((n) => n.startTick),
    [0, 24, 48, 72, 96, 120, 144, 168],
  );
  assert.deepEqual(
    [0, 2, 4].map((i) => mod12(band.notes[i].pitch)),
    [2, 7, 0],
    'roots on the chord changes',
  );
});

test('comping voicings: the third and the seventh (or sixth), tensions by quality, in the middle register', () => {
  const expectations: Array<[symbol: string, guide: number[], someTension: number[]]> = [
    ['Cmaj7', [4, 11], [2]],
    ['C7', [4, 10], [2, 9]],
    ['Cm7', [3, 10], [2, 5]],
    ['C6', [4, 9], [2]],
    ['Cm6', [3, 9], [2]],
    ['Cm7b5', [3, 10], [6]],
    ['Cdim7', [3, 9], [6]],
    ['C7b9', [4, 10], [1]],
    ['C7#9', [4, 10], [3]],
    ['C7sus4', [5, 10], [2]],
  ];
  for (const [symbol, guide, tensions] of expectations) {
    const c = chord(symbol);
    assert.deepEqual(guideTones(c), guide, `${symbol} guide tones`);
    const candidates = voicingCandidates(c);
    assert.ok(candidates.length > 0, symbol);
    for (const voicing of candidates) {
      const classes = new Set(voicing.map((p) => mod12(p - c.root)));
      for (const interval of guide) assert.ok(classes.has(interval), `${symbol} ${voicing} has ${interval}`);
      assert.ok(
        voicing.every((p) => p >= COMPING_LOWEST && p <= COMPING_HIGHEST),
        `${symbol} ${voicing} in the middle register`,
      );
      assert.equal(new Set(voicing).size, voicing.length, 'no note doubled');
    }
    for (const tension of tensions) {
      assert.ok(
        candidates.some((v) => v.some((p) => mod12(p - c.root) === tension)),
        `${symbol} offers tension ${tension}`,
      );
    }
  }
  // A tension written in the symbol rules out its other forms: no natural 9th on C7b9, no 11th on Cmaj7#11.
  for (const [symbol, banned] of [
    ['C7b9', 2],
    ['C7#9', 2],
    ['Cmaj7#11', 5],
    ['C7b13', 9],
  ] as const) {
    const voicings = voicingCandidates(chord(symbol));
    assert.ok(voicings.length > 0);
    assert.ok(
      voicings.every((v) => v.every((p) => mod12(p) !== banned)),
      `${symbol} never plays ${banned}`,
    );
  }
  // A dominant resolving to a minor chord takes the flat ninth or flat thirteenth.
  const toMinor = voicingCandidates(chord('A7'), true);
  assert.ok(
    toMinor.every((v) => v.some((p) => [1, 8].includes(mod12(p - 9)))),
    'A7 to Dm: b9 or b13',
  );
});

const MINOR = new Set(['min', 'min7', 'min6', 'minMaj7', 'halfDim7']);

test('property: comping moves by the smallest total motion among all voicings, and never doubles the lead', () => {
  fc.assert(
    fc.property(
      progressionArbitrary,
      fc.array(fc.record({ pitch: fc.integer({ min: 55, max: 79 }), beats: fc.integer({ min: 1, max: 6 }) }), {
        maxLength: 40,
      }),
      ({ meter, spans, seed }, melody) => {
        const { chords, soloTicks } = progressionOf(meter, spans);
        const lead: LeadNote[] = [];
        let tick = 0;
        for (const { pitch, beats } of melody) {
          // Eighth-note lengths: the lead's notes start on and off the beat.
          lead.push({ pitch, startTick: tick, durationTicks: beats * 6 });
          tick += beats * 6;
        }
        const segments = chordSegments(chords, soloTicks);
        const hits = planComping(segments, meter, soloTicks, lead, createRng(seed));
        let previous: number[] | undefined;
        for (const hit of hits) {
          const [third, seventh] = guideTones(hit.chord);
          const classes = new Set(hit.voicing.map((p) => mod12(p - hit.chord.root)));
          assert.ok(
            classes.has(third) && classes.has(seventh),
            `${hit.chord.symbol}: ${hit.voicing} has its third and seventh`,
          );
          const sounding = new Set(
            lead
              .filter(
                (n) => n.startTick < hit.startTick + hit.durationTicks && n.startTick + n.durationTicks > hit.startTick,
              )
              .map((n) => n.pitch),
          );
          for (const pitch of hit.voicing)
            assert.ok(!sounding.has(pitch), `${hit.chord.symbol} at ${hit.startTick} doubles the lead's ${pitch}`);
          const index = segments.findIndex(
            (s) => s.chord === hit.chord && s.startTick <= hit.startTick + 6 && s.endTick > hit.startTick,
          );
          const next = segments[index + 1]?.chord;
          const toMinor = hit.chord.quality === 'dom7' && next !== undefined && MINOR.has(next.quality);
          const alternatives = voicingCandidates(hit.chord, toMinor).filter((v) => v.every((p) => !sounding.has(p)));
          if (previous && alternatives.length > 0) {
            const moved = voiceMotion(previous, hit.voicing);
            for (const other of alternatives) {
              assert.ok(
                moved <= voiceMotion(previous, other),
                `${hit.chord.symbol}: ${previous}→${hit.voicing} (${moved}) but ${other} moves less`,
              );
            }
          }
          previous = hit.voicing;
        }
      },
    ),
    { numRuns: 150, seed: 777 },
  );
});

test('comping: swing rhythms with anticipations, a common tone held from Dm7 to G7', () => {
  const meter = { numerator: 4, denominator: 4 };
  const { chords, soloTicks } = progressionOf(
    meter,
    Array.from({ length: 16 }, (_, i): [string, number] => [['Dm7', 'G7', 'Cmaj7', 'A7'][i % 4], 4]),
  );
  const hits = planComping(chordSegments(chords, soloTicks), meter, soloTicks, [], createRng(11));
  const offsets = new Set(hits.map((h) => h.startTick % 48));
  assert.ok(
    [...offsets].some((o) => o % 12 === 6),
    'some hits on the "and" (Charleston, pushes)',
  );
  assert.ok(
    hits.some((h) => h.anticipation && h.startTick % 48 === 42),
    'a chord anticipated on the "and" of 4',
  );
  assert.ok(
    hits.some((h) => h.durationTicks >= 36),
    'some chords sustained',
  );
  for (let i = 1; i < hits.length; i++) {
    const [before, after] = [hits[i - 1], hits[i]];
    if (before.chord.symbol === 'Dm7' && after.chord.symbol === 'G7') {
      // Dm7 and G7 share F and A (the 3rd and 7th slide by half steps): a tone held, the rest a step away.
      const still = after.voicing.filter((p) => before.voicing.includes(p)).length;
      assert.ok(still >= 1, `Dm7 ${before.voicing} → G7 ${after.voicing} holds a common tone`);
      assert.ok(
        voiceMotion(before.voicing, after.voicing) <= 6,
        `Dm7 ${before.voicing} → G7 ${after.voicing} moves little`,
      );
    }
  }
});

test('the whole band never doubles the soloist in the same octave at the same moment', () => {
  const progression = parseProgression(DEFAULT_PROGRESSION);
  const chords = unrollChords(progression, progression.lengthQuarters);
  const soloTicks = progression.lengthQuarters * TICKS_PER_QUARTER;
  // A lead that sits in the comping's register on every eighth note.
  const lead: LeadNote[] = Array.from({ length: soloTicks / 6 }, (_, i) => ({
    pitch: 55 + ((i * 5) % 18),
    startTick: i * 6,
    durationTicks: 6,
  }));
  const band = arrangeBand(
    { ...input(progression.meter, chords, soloTicks, lead) },
    { parts: ALL_PARTS, countIn: true, seed: 2 },
  );
  const comping = band.notes.filter((n) => n.part === 'comping');
  assert.ok(comping.length > 0);
  for (const note of comping) {
    const start = note.startTick - band.countInTicks;
    const clash = lead.find(
      (l) =>
        l.pitch === note.pitch && l.startTick < start + note.durationTicks && l.startTick + l.durationTicks > start,
    );
    assert.equal(clash, undefined, `comping ${note.pitch} at ${start} doubles the lead`);
  }
});

/** Drum hits of one key, as [bar, tick in bar] pairs. */
function hitsOf(notes: BandNote[], key: number, bar: number, offset = 0): Array<[number, number]> {
  return notes
    .filter((n) => n.part === 'drums' && n.pitch === key)
    .map((n) => [Math.floor((n.startTick - offset) / bar), (n.startTick - offset) % bar]);
}

test('drums in 4/4: ride on each beat, skip notes and hi-hat on 2 and 4, a fill into each chorus', () => {
  const progression = parseProgression(DEFAULT_PROGRESSION);
  const choruses = 3;
  const chords = unrollChords(progression, progression.lengthQuarters * choruses);
  const soloTicks = progression.lengthQuarters * choruses * TICKS_PER_QUARTER;
  const band = arrangeBand(input(progression.meter, chords, soloTicks), {
    parts: only('drums'),
    countIn: false,
    seed: 8,
  });
  const bar = 48;
  const bars = soloTicks / bar;
  // Hi-hat pedal: beats 2 and 4 of every bar, nothing else.
  assert.deepEqual(
    hitsOf(band.notes, DRUM.pedalHat, bar),
    Array.from({ length: bars }, (_, b) => [
      [b, 12],
      [b, 36],
    ]).flat(),
  );
  const chorusBars = progression.lengthQuarters / 4;
  const fillBars = new Set(Array.from({ length: choruses - 1 }, (_, i) => (i + 1) * chorusBars - 1));
  const ride = hitsOf(band.notes, DRUM.ride, bar);
  for (let b = 0; b < bars; b++) {
    const inBar = ride.filter(([rb]) => rb === b).map(([, t]) => t);
    const expected = fillBars.has(b) ? [0, 12, 18] : [0, 12, 18, 24, 36, 42];
    assert.deepEqual(inBar, expected, `bar ${b + 1}: the ride pattern${fillBars.has(b) ? ' until the fill' : ''}`);
  }
  // Fills: toms only in the second half of the bar before each new chorus; a crash on each chorus's first beat.
  const toms = band.notes.filter((n) => [DRUM.lowTom, DRUM.midTom, DRUM.highTom].includes(n.pitch as 45 | 47 | 50));
  assert.ok(toms.length > 0);
  for (const tom of toms) {
    assert.ok(
      fillBars.has(Math.floor(tom.startTick / bar)) && tom.startTick % bar >= 24,
      `tom at ${tom.startTick} is in a fill`,
    );
  }
  for (const fillBar of fillBars) {
    assert.ok(
      toms.some((t) => Math.floor(t.startTick / bar) === fillBar),
      `a fill before chorus ${fillBar + 2}`,
    );
  }
  assert.deepEqual(
    hitsOf(band.notes, DRUM.crash, bar).map(([b]) => b),
    [0, ...[...fillBars].map((b) => b + 1)],
    'crash on the first beat of each chorus',
  );
  // The bass drum is feathered: soft on every beat, loud only with the crash.
  const kicks = band.notes.filter((n) => n.pitch === DRUM.kick && n.startTick % 12 === 0 && n.startTick % bar !== 0);
  assert.ok(kicks.filter((k) => k.velocity < 45).length > kicks.length * 0.8, 'kick feathered');
});

test('fills mark choruses of four bars or more: a two-bar vamp gets a fill every four bars', () => {
  const meter = { numerator: 4, denominator: 4 };
  const { chords, soloTicks } = progressionOf(meter, [
    ['Dm7', 4],
    ['G7', 4],
    ['Dm7', 4],
    ['G7', 4],
    ['Dm7', 4],
    ['G7', 4],
    ['Dm7', 4],
    ['G7', 4],
  ]);
  for (const chorusTicks of [96, undefined]) {
    const band = arrangeBand(
      { ...input(meter, chords, soloTicks), chorusTicks },
      { parts: only('drums'), countIn: false, seed: 6 },
    );
    const crashBars = band.notes.filter((n) => n.pitch === DRUM.crash).map((n) => n.startTick / 48);
    assert.deepEqual(crashBars, [0, 4], `choruses ${chorusTicks ?? 'found from the chords'}`);
  }
});

test('drums in 3/4: the jazz waltz, ride on every beat, hi-hat on 2 and 3, bass drum on 1', () => {
  const meter = { numerator: 3, denominator: 4 };
  const { chords, soloTicks } = progressionOf(meter, [
    ['Dm7', 3],
    ['G7', 3],
    ['Cmaj7', 6],
  ]);
  const band = arrangeBand(input(meter, chords, soloTicks), { parts: only('drums'), countIn: false, seed: 1 });
  const bar = 36;
  for (let b = 0; b < 4; b++) {
    assert.deepEqual(
      hitsOf(band.notes, DRUM.pedalHat, bar)
        .filter(([x]) => x === b)
        .map(([, t]) => t),
      [12, 24],
      `bar ${b + 1} hi-hat`,
    );
    assert.deepEqual(
      hitsOf(band.notes, DRUM.ride, bar)
        .filter(([x]) => x === b)
        .map(([, t]) => t),
      [0, 12, 18, 24],
      `bar ${b + 1} ride`,
    );
    assert.deepEqual(
      hitsOf(band.notes, DRUM.kick, bar)
        .filter(([x]) => x === b)
        .map(([, t]) => t),
      [0],
      `bar ${b + 1} bass drum`,
    );
  }
});

test('count-in: one bar of hi-hat on each beat before the band and the solo start', () => {
  for (const meter of [
    { numerator: 4, denominator: 4 },
    { numerator: 3, denominator: 4 },
    { numerator: 6, denominator: 8 },
  ]) {
    const { chords, soloTicks } = progressionOf(meter, [
      ['C7', 8],
      ['F7', 8],
    ]);
    const band = arrangeBand(input(meter, chords, soloTicks), { parts: ALL_PARTS, countIn: true, seed: 4 });
    const bar = barTicks(meter);
    assert.equal(band.countInTicks, bar, `${meter.numerator}/${meter.denominator}: one bar`);
    assert.equal(band.totalTicks, bar + soloTicks);
    const before = band.notes.filter((n) => n.startTick < bar);
    assert.deepEqual(
      before.map((n) => [n.part, n.pitch, n.startTick]),
      Array.from({ length: bar / pulseTicks(meter) }, (_, i) => ['drums', DRUM.closedHat, i * pulseTicks(meter)]),
    );
    assert.ok(
      band.notes.some((n) => n.part === 'bass' && n.startTick === bar),
      'the bass enters on the solo’s first beat',
    );
    const without = arrangeBand(input(meter, chords, soloTicks), { parts: ALL_PARTS, countIn: false, seed: 4 });
    assert.equal(without.countInTicks, 0);
    assert.ok(without.notes.every((n) => n.pitch !== DRUM.closedHat));
  }
});

test('every drum the drummer plays is in the kit the extension ships', () => {
  const progression = parseProgression(DEFAULT_PROGRESSION);
  const chords = unrollChords(progression, progression.lengthQuarters * 3);
  const soloTicks = progression.lengthQuarters * 3 * TICKS_PER_QUARTER;
  const band = arrangeBand(input(progression.meter, chords, soloTicks), {
    parts: only('drums'),
    countIn: true,
    seed: 21,
  });
  const played = new Set(band.notes.map((n) => n.pitch));
  for (const key of played) assert.ok(SHIPPED_DRUM_KEYS.includes(key), `drum key ${key} ships`);
});

test('a part switched off is silent and leaves the others exactly as they were', () => {
  const progression = parseProgression('| Dm7 G7 | Cmaj7 | Em7b5 A7b9 | Dm6 |');
  const chords = unrollChords(progression, progression.lengthQuarters * 2);
  const soloTicks = progression.lengthQuarters * 2 * TICKS_PER_QUARTER;
  const all = arrangeBand(input(progression.meter, chords, soloTicks), { parts: ALL_PARTS, countIn: false, seed: 12 });
  for (const part of ['bass', 'comping', 'drums'] as const) {
    const alone = arrangeBand(input(progression.meter, chords, soloTicks), {
      parts: only(part),
      countIn: false,
      seed: 12,
    });
    assert.ok(alone.notes.length > 0);
    assert.deepEqual(
      alone.notes,
      all.notes.filter((n) => n.part === part),
      `${part} is the same alone`,
    );
  }
  for (const note of all.notes)
    assert.ok(note.velocity >= 1 && note.velocity <= 127 && Number.isInteger(note.velocity));
});

test('arrangeBandForAbc accompanies a hand-written tune: its meter, tempo, chords and pickup', () => {
  const abc = [
    'X:1',
    'T:Waltz with a pickup',
    'M:3/4',
    'L:1/8',
    'Q:1/4=150',
    'K:Bb',
    'F2 |"Bb"D2 F2 B2|"Eb"c4 B2|"F7"A2 c2 f2|"Bb"d6|',
    '',
  ].join('\n');
  const band = arrangeBandForAbc(abc, 0, { parts: ALL_PARTS, countIn: true, seed: 3 });
  assert.deepEqual(band.meter, { numerator: 3, denominator: 4 });
  assert.equal(band.tempo, 150);
  const bar = 36;
  assert.equal(band.countInTicks, bar);
  // The pickup is one quarter: the first full bar (Bb) starts a quarter after the count-in.
  const firstBar = band.countInTicks + 12;
  const bass = band.notes.filter((n) => n.part === 'bass');
  assert.equal(bass[0].startTick, firstBar, 'the bass starts on the first bar line, not in the pickup');
  const roots = [10, 3, 5, 10];
  roots.forEach((root, b) => {
    const note = bass.find((n) => n.startTick === firstBar + b * bar);
    assert.ok(note, `a bass note on bar ${b + 1}`);
    assert.equal(mod12(note.pitch), root, `bar ${b + 1} root`);
  });
  assert.equal(band.totalTicks, bar + 12 + 4 * bar);
  const crashes = band.notes.filter((n) => n.pitch === DRUM.crash).map((n) => n.startTick);
  assert.deepEqual(crashes, [firstBar], 'the drums crash in on the first full bar');
  assert.throws(() => arrangeBandForAbc(abc, 3, { parts: ALL_PARTS, countIn: false, seed: 1 }), UserFacingError);
  assert.throws(
    () => arrangeBandForAbc('X:1\nT:Only a header\nK:C\n', 0, { parts: ALL_PARTS, countIn: false, seed: 1 }),
    UserFacingError,
  );
});

test('arrangeBandForAbc counts tunes in file order as the preview does; it infers chords when none are written', () => {
  const abc = [
    'X:1',
    'T:Header only',
    'K:C',
    '',
    'X:2',
    'T:No chords',
    'M:4/4',
    'L:1/4',
    'K:G',
    'GBdB|cAFD|GBdB|G4|',
    '',
  ].join('\n');
  assert.throws(() => arrangeBandForAbc(abc, 0, { parts: ALL_PARTS, countIn: false, seed: 1 }), UserFacingError);
  const band = arrangeBandForAbc(abc, 1, { parts: ALL_PARTS, countIn: false, seed: 1 });
  assert.equal(band.totalTicks, 4 * 48);
  const bass = band.notes.filter((n) => n.part === 'bass');
  assert.equal(bass.length, 16, 'a walking bass under the melody');
  assert.equal(mod12(bass[0].pitch), 7, 'on G, the chord the melody spells');
});

test('after a pickup the choruses count from the first full bar: the fill and crash fall on its bar lines', () => {
  const chorus = '"C"c2 e2 g2 e2|"A7"a2 g2 e2 c2|"Dm7"d2 f2 a2 f2|"G7"g2 f2 d2 B2|';
  const abc = ['X:1', 'T:Pickup blues', 'M:4/4', 'L:1/8', 'K:C', `G2 |${chorus}${chorus}`, ''].join('\n');
  const band = arrangeBandForAbc(abc, 0, { parts: only('drums'), countIn: false, seed: 4 });
  const firstBar = 12;
  const crashes = band.notes.filter((n) => n.pitch === DRUM.crash).map((n) => n.startTick);
  assert.deepEqual(crashes, [firstBar, firstBar + 4 * 48]);
  const toms = band.notes.filter((n) => [DRUM.lowTom, DRUM.midTom, DRUM.highTom].includes(n.pitch as 45 | 47 | 50));
  assert.ok(
    toms.length > 0 && toms.every((t) => t.startTick >= firstBar + 3 * 48 + 24 && t.startTick < firstBar + 4 * 48),
  );
});
