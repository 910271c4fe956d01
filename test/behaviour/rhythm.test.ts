import { test } from 'node:test';
import { clockOptions, placeValues } from '../../src/core/solo/rhythmClock';
import { TICKS_PER_QUARTER } from '../../src/shared/ticks';
import type { Meter } from '../../src/shared/meter';
import { UserFacingError } from '../../src/shared/errors';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readAbcText } from '../../src/core/formats/abcReader';
import { writeAbc } from '../../src/core/formats/abcWriter';
import { BeatGuide } from '../../src/core/solo/beatGuide';
import { loadCorpus } from '../../src/core/io/corpus';
import { chordTonesOnStrongBeats, silenceCount } from '../../src/core/evaluation/metrics';
import { offGridSymbols, countWrittenRests, sixteenthSymbols, tupletRests } from '../../src/core/evaluation/notation';
import { pieceFromSolo, pieceFromTune } from '../../src/core/evaluation/pieces';
import { parseProgression } from '../../src/core/theory/progression';
import { createRng } from '../../src/core/random';
import { mergeTies, realiseSolo } from '../../src/core/solo/realiser';
import { type GrammarValue, type Solo, barQuarters } from '../../src/core/types';
import { generateSolo, loadModel, DEFAULT_CORPUS_DIR } from '../../src/engine';
import type { LstmSampler } from '../../src/model/lstmCell';
import { generateIndices } from '../../src/model/sampling';
import { assertOnGrid } from '../unit/helpers/rhythm';
import { parseValue } from '../../src/core/solo/grammar';
import { playsSixteenths, type StyleProfile, strongBeatOffsets } from '../../src/core/solo/style';

const METERS: Meter[] = [
  { numerator: 4, denominator: 4 },
  { numerator: 3, denominator: 4 },
  { numerator: 6, denominator: 8 },
  { numerator: 12, denominator: 8 },
  { numerator: 2, denominator: 4 },
  { numerator: 5, denominator: 4 },
];
const PROGRESSION_TEXT = '| Dm7 G7 | Cmaj7 | Em7b5 A7 | Dm7 |';

/**
 * Lengths trained vocabularies hold: the bundled model's (eighths, triplets, quarters, dotted quarters, halves),
 * the Metheny reference's sixteenths and dotted eighths, and odd ones (a fifth of a beat, 3.667).
 */
const VOCABULARY_DURATIONS = [
  0.083, 0.125, 0.167, 0.2, 0.25, 0.333, 0.375, 0.5, 0.667, 0.75, 1, 1.25, 1.333, 1.5, 2, 3, 3.667, 4,
];

const vocabularyArbitrary: fc.Arbitrary<GrammarValue[]> = fc
  .array(
    fc.record({
      type: fc.constantFrom<GrammarValue['type']>('C', 'C', 'S', 'A', 'X', 'R'),
      duration: fc.constantFrom(...VOCABULARY_DURATIONS),
    }),
    { minLength: 2, maxLength: 24 },
  )
  .filter((values) => values.some((v) => v.type !== 'R')); // a corpus has notes

/** A stand-in for the network: seeded, peaked random distributions over the vocabulary. */
function randomSampler(size: number, seed: number): LstmSampler {
  let rng = createRng(seed);
  const sampler = {
    reset() {
      rng = createRng(seed);
    },
    step(): Float32Array {
      const p = Float32Array.from({ length: size }, () => rng.next() ** 4);
      const total = p.reduce((sum, x) => sum + x, 0);
      return p.map((x) => x / total);
    },
  };
  return sampler as unknown as LstmSampler;
}

type Decoding = { greedy: true } | { greedy: false; temperature: number; topK: number };
const decodingArbitrary: fc.Arbitrary<Decoding> = fc.oneof(
  fc.constant<Decoding>({ greedy: true }),
  fc.record({
    greedy: fc.constant(false as const),
    temperature: fc.constantFrom(0.5, 1, 1.5, 5),
    topK: fc.constantFrom(0, 8),
  }),
);

/** Decodes `steps` values of `vocabulary` through the guide and realises them over the progression. */
function decodeAndRealise(
  vocabulary: GrammarValue[],
  meter: Meter,
  steps: number,
  decoding: Decoding,
  seed: number,
  style: StyleProfile = {},
) {
  const guide = new BeatGuide(vocabulary, meter, style);
  const indices = generateIndices(randomSampler(vocabulary.length, seed), { steps, seed, ...decoding, guide });
  const values = indices.map((i) => vocabulary[i]);
  const solo = realiseSolo(values, parseProgression(PROGRESSION_TEXT, meter), { seed, spans: guide.spans, style });
  return { values, solo, spans: guide.spans };
}

/** The style of a corpus of real solos (the Weimar Jazz Database's, rounded): sixteenths, space, outside notes. */
const REAL_SOLO_STYLE: StyleProfile = {
  strongBeatChordToneRatio: 0.52,
  strongBeatTensionRatio: 0.26,
  strongBeatChromaticRatio: 0.22,
  restShare: 0.21,
  phraseRestShare: 0.2,
  chromaticShare: 0.24,
  eighthShare: 0.31,
  sixteenthShare: 0.2,
  tripletShare: 0.12,
  repeatShare: 0.05,
  stepShare: 0.54,
  skipShare: 0.26,
  leapShare: 0.15,
  phraseMedianNotes: 12,
  rangeSemitones: 24,
  pitchSpread: 6,
};

/** How many chords start strictly inside a silence of the solo. */
function chordsInsideSilences(solo: Solo): number {
  const silences: Array<[number, number]> = [];
  for (const note of [...solo.notes].sort((a, b) => a.startTick - b.startTick)) {
    if (note.pitch !== null) continue;
    const last = silences[silences.length - 1];
    const end = note.startTick + note.durationTicks;
    if (last && last[1] === note.startTick) last[1] = end;
    else silences.push([note.startTick, end]);
  }
  const chordTicks = solo.chords.map((c) => Math.round(c.start * TICKS_PER_QUARTER));
  return chordTicks.filter((tick) => silences.some(([from, to]) => tick > from && tick < to)).length;
}

/**
 * What every written solo must satisfy once abcjs reads it back: no warning, no rest inside a tuplet, a rest
 * symbol cut only where a chord starts inside a silence, and every bar exactly a bar long.
 */
function assertReadsBack(solo: Solo, meter: Meter): ReturnType<typeof readWritten> {
  const written = readWritten(solo);
  const { text, tune, notation, warnings } = written;
  assert.equal(warnings, 0, text);
  assert.deepEqual(tupletRests(notation).withRests, 0, text);
  // A chord symbol needs a symbol at its time: a silence is cut where a chord starts inside it, and only there.
  assert.ok(countWrittenRests(notation, tune.barStarts, meter).extraRestSymbols <= chordsInsideSilences(solo), text);
  const bar = barQuarters(meter);
  tune.barStarts
    .slice(1)
    .forEach((start, k) => assert.ok(Math.abs(start - tune.barStarts[k] - bar) < 1e-9, `bar ${k + 1} is exact`));
  return written;
}

/** What a reader of the written ABC finds: the measures of the engraving and the bars. */
function readWritten(solo: Solo) {
  const text = writeAbc(solo);
  const read = readAbcText(text, 'solo.abc');
  assert.equal(read.tunes.length, 1, text);
  const tune = read.tunes[0];
  const notation = read.notation[0];
  return { text, tune, notation, warnings: read.warnings.length + notation.issues };
}

/** A decoding to check: a vocabulary, a meter, a number of steps, a decoding mode and a seed. */
const DECODING_CASE = [
  vocabularyArbitrary,
  fc.constantFrom(...METERS),
  fc.integer({ min: 1, max: 80 }),
  decodingArbitrary,
  fc.integer({ min: 0, max: 2 ** 31 - 1 }),
] as const;

test('property: any vocabulary decoded through the guide, any mode and meter, is written on the grid, fewest rests', () => {
  fc.assert(
    fc.property(...DECODING_CASE, (vocabulary, meter, steps, decoding, seed) => {
      const { values, solo, spans } = decodeAndRealise(vocabulary, meter, steps, decoding, seed);
      // One clock: the realiser wrote what the guide placed, and the clock alone places the same values alike.
      assert.deepEqual(placeValues(values, meter), spans);
      assertOnGrid(solo, true);
      const { text, tune, notation } = assertReadsBack(solo, meter);
      assert.deepEqual(offGridSymbols(notation, tune.barStarts), [], text);
      assert.deepEqual(sixteenthSymbols(notation), [], text);
      // A vocabulary with an eighth or a quarter note can always go on: no silence of a bar, the last value a note.
      const canGoOn = vocabulary.some((v) => v.type !== 'R' && (v.duration === 0.5 || v.duration === 1));
      if (canGoOn) {
        assert.ok(values[values.length - 1].type !== 'R', 'the solo ends on a note');
        assert.equal(silenceCount(pieceFromSolo(solo, [])).barLong, 0, text);
      }
    }),
    { numRuns: 300, seed: 1010 },
  );
});

test('property: a corpus that plays sixteenths is followed on the sixteenth grid, and the page still reads', () => {
  fc.assert(
    fc.property(...DECODING_CASE, (vocabulary, meter, steps, decoding, seed) => {
      const { values, solo, spans } = decodeAndRealise(vocabulary, meter, steps, decoding, seed, REAL_SOLO_STYLE);
      assert.deepEqual(placeValues(values, meter, clockOptions(REAL_SOLO_STYLE)), spans);
      assertOnGrid(solo, true, true);
      const { notation } = assertReadsBack(solo, meter);
      // Sixteenths are beamed by beat: no beam (a run of notes without a space) crosses a beat.
      const sixteenthsWritten = sixteenthSymbols(notation).length;
      if (sixteenthsWritten > 0)
        assert.ok(meter.denominator <= 4 && !(meter.numerator % 3 === 0 && meter.denominator === 8));
    }),
    { numRuns: 300, seed: 1717 },
  );
});

test('sixteenths read cleanly: four in a beat, an eighth and two, two and an eighth; none tied over a beat', () => {
  const vocabulary = ['C,0.250', 'C,0.500', 'C,0.750', 'C,1.000', 'C,1.250'].map(parseValue);
  const [SIXTEENTH, EIGHTH, DOTTED_EIGHTH, QUARTER, QUARTER_AND_SIXTEENTH] = [0, 1, 2, 3, 4];
  const meter = METERS[0];
  const pattern = [
    SIXTEENTH,
    SIXTEENTH,
    SIXTEENTH,
    SIXTEENTH, // beat 1: four sixteenths
    EIGHTH,
    SIXTEENTH,
    SIXTEENTH, // beat 2: an eighth and two sixteenths
    SIXTEENTH,
    SIXTEENTH,
    EIGHTH, // beat 3: two sixteenths and an eighth
    DOTTED_EIGHTH,
    SIXTEENTH, // beat 4: a dotted eighth and a sixteenth
    QUARTER_AND_SIXTEENTH, // would end on the "e" of beat 2 of the next bar: not on the page's terms
  ];
  const guide = new BeatGuide(vocabulary, meter, REAL_SOLO_STYLE);
  for (const index of pattern.slice(0, -1)) {
    const p = new Float32Array(vocabulary.length).fill(0.2);
    guide.adjust(p);
    assert.ok(p[index] > 0, `${vocabulary[index].duration} at tick ${guide.spans.at(-1)?.end ?? 0}`);
    guide.accept(index);
  }
  const p = new Float32Array(vocabulary.length).fill(0.2);
  guide.adjust(p);
  assert.equal(p[QUARTER_AND_SIXTEENTH], 0, 'a note from beat 1 to the "e" of beat 2 would be a tied sixteenth');
  guide.accept(SIXTEENTH);
  const q = new Float32Array(vocabulary.length).fill(0.2);
  guide.adjust(q);
  assert.equal(q[QUARTER], 0, 'a quarter from the "e" would tie a sixteenth over the beat');
  assert.ok(q[DOTTED_EIGHTH] > 0 && q[SIXTEENTH] > 0 && q[EIGHTH] > 0);
  guide.accept(DOTTED_EIGHTH);
  const values = [...pattern.slice(0, -1), SIXTEENTH, DOTTED_EIGHTH].map((i) => vocabulary[i]);
  const solo = realiseSolo(values, parseProgression('| C7 | F7 |', meter), { seed: 1, spans: guide.spans });
  const { text, warnings } = readWritten(solo);
  assert.equal(warnings, 0, text);
  const firstBar = text.split('\n').find((line) => line.startsWith('"C7"')) ?? '';
  const beats = firstBar
    .replace(/"[^"]*"/g, '')
    .replace(/\|.*$/, '')
    .trim()
    .split(' ');
  assert.equal(beats.length, 4, `one beam a beat: ${firstBar}`);
  assert.deepEqual(
    beats.map((beat) => beat.replace(/[_^=]/g, '').replace(/[A-Ga-g][,']*/g, 'n')),
    ['n/n/n/n/', 'nn/n/', 'n/n/n', 'n3/2n/'],
    text,
  );
});

test('greedy decoding goes through the grid: a vocabulary of eighths and lone triplets never leaves the beat', () => {
  // The most likely value is always the triplet eighth: greedy alone would play nothing but triplet points.
  const vocabulary: GrammarValue[] = [
    { type: 'C', duration: 0.333 },
    { type: 'C', duration: 0.5 },
    { type: 'R', duration: 0.5 },
  ];
  const sampler = {
    reset() {},
    step: () => Float32Array.from([0.5, 0.3, 0.2]),
  } as unknown as LstmSampler;
  const guide = new BeatGuide(vocabulary, METERS[0]);
  const indices = generateIndices(sampler, { steps: 40, seed: 1, greedy: true, guide });
  const solo = realiseSolo(
    indices.map((i) => vocabulary[i]),
    parseProgression(PROGRESSION_TEXT),
    { seed: 1, spans: guide.spans },
  );
  assertOnGrid(solo, true);
  const { notation, text } = readWritten(solo);
  assert.ok(notation.tuplets.length > 0, 'the triplets the network prefers are still played');
  for (const tuplet of notation.tuplets) assert.equal(tuplet.symbols, tuplet.expected, `a complete group:\n${text}`);
  assert.ok(
    indices.some((i) => i === 1),
    'and eighths where a triplet cannot start',
  );
});

/** Whether the default model's corpus plays sixteenths (then its solos are on the sixteenth grid too). */
async function defaultModelSixteenths(): Promise<boolean> {
  return playsSixteenths((await loadModel()).metadata.style ?? {});
}

test('greedy decoding of the default model lands chord tones on beats 1 and 3 as its corpus does', async () => {
  const result = await generateSolo({ greedy: true, seed: 1 });
  assertOnGrid(result.solo, true, await defaultModelSixteenths());
  const count = chordTonesOnStrongBeats(pieceFromSolo(result.solo, result.values));
  const corpus = await loadCorpus([DEFAULT_CORPUS_DIR]);
  const corpusCount = corpus.tunes.map((tune) => chordTonesOnStrongBeats(pieceFromTune(tune)));
  const corpusShare =
    corpusCount.reduce((s, c) => s + c.chordTones, 0) / corpusCount.reduce((s, c) => s + c.strongBeats, 0);
  assert.ok(
    count.chordTones / count.strongBeats >= corpusShare - 0.1,
    `greedy ${count.chordTones}/${count.strongBeats}, corpus ${corpusShare}`,
  );
});

test('each meter: bars exact, beamed by beat, triplets only over quarter-note beats', async () => {
  const cases: Array<[string, string]> = [
    ['4/4', '| Dm7 G7 | Cmaj7 | Cmaj7 |'],
    ['3/4', '| Dm7 | G7 | Cmaj7 | A7 |'],
    ['6/8', '| Am7 | D7 | Gmaj7 | E7 |'],
    ['12/8', '| F7 | Bb7 | F7 | C7 |'],
  ];
  for (const [meterText, chords] of cases) {
    for (let seed = 1; seed <= 8; seed++) {
      const { solo, abc } = await generateSolo({ seed, meter: meterText, chords });
      const meter = solo.meter;
      assert.equal(`${meter.numerator}/${meter.denominator}`, meterText);
      assert.match(abc, new RegExp(`^M:${meterText}$`, 'm'));
      assertOnGrid(solo, true, await defaultModelSixteenths());
      const { tune, notation, warnings } = readWritten(solo);
      assert.equal(warnings, 0, abc);
      const bar = barQuarters(meter);
      tune.barStarts.slice(1).forEach((start, i) => assert.ok(Math.abs(start - tune.barStarts[i] - bar) < 1e-9));
      if (meter.denominator === 8) assert.equal(notation.tuplets.length, 0, `no triplets in ${meterText}:\n${abc}`);
      // Beams break by beat: in compound meters every beamed group lies inside one dotted-quarter beat.
      const beat = meter.denominator === 8 ? 1.5 : 1;
      for (const symbol of notation.symbols) {
        const inBar = symbol.start - tune.barStarts.filter((s) => s <= symbol.start + 1e-9).pop()!;
        const crossesBeat = Math.floor(inBar / beat + 1e-9) !== Math.floor((inBar + symbol.duration) / beat - 1e-9);
        if (meter.denominator === 8 && crossesBeat)
          assert.equal(symbol.duration % beat, 0, `a note across a beat in ${meterText}: ${abc}`);
      }
    }
  }
  assert.deepEqual(strongBeatOffsets({ numerator: 3, denominator: 4 }), [0], 'a waltz has one strong beat');
});

test('a waltz: chord tones on beat 1 as the corpus plays them, and "M:3/4" at the start of the progression chooses it', async () => {
  let strong = 0;
  let chordTones = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const { solo } = await generateSolo({ seed, chords: 'M:3/4 | Dm7 | G7 | Cmaj7 | Cmaj7 |' });
    assert.deepEqual(solo.meter, { numerator: 3, denominator: 4 });
    const count = chordTonesOnStrongBeats(pieceFromSolo(solo, []));
    strong += count.strongBeats;
    chordTones += count.chordTones;
  }
  // The model's corpus decides how often beat 1 is a chord tone (an étude corpus: nine in ten or more).
  const corpusShare = (await loadModel()).metadata.style?.strongBeatChordToneRatio ?? 0.9;
  assert.ok(chordTones / strong >= Math.min(0.9, corpusShare - 0.15), `beat 1 on chord tones ${chordTones}/${strong}`);
  await assert.rejects(generateSolo({ meter: 'waltz' }), UserFacingError);
});

test('silence like a player: no bar of silence, breaths after phrases, the corpus share of silence', async () => {
  const corpus = await loadCorpus([DEFAULT_CORPUS_DIR]);
  let corpusSilent = 0;
  let corpusLength = 0;
  for (const tune of corpus.tunes) {
    const count = silenceCount(pieceFromTune(tune));
    corpusSilent += count.silent;
    corpusLength += count.length;
  }
  let silent = 0;
  let length = 0;
  const restGrid = (await defaultModelSixteenths()) ? TICKS_PER_QUARTER / 4 : TICKS_PER_QUARTER / 2;
  for (let seed = 1; seed <= 60; seed++) {
    const { solo, values } = await generateSolo({ seed });
    const count = silenceCount(pieceFromSolo(solo, values));
    assert.equal(count.barLong, 0, `seed ${seed}: a silence of a bar or more`);
    silent += count.silent;
    length += count.length;
    // No rest-only triplet can exist, and a rest never sits on a triplet point.
    for (const note of mergeTies(solo.notes)) {
      if (note.pitch === null) assert.equal(note.startTick % restGrid, 0);
    }
  }
  const share = silent / length;
  const corpusShare = corpusSilent / corpusLength;
  assert.ok(
    Math.abs(share - corpusShare) <= 0.03,
    `silence ${(100 * share).toFixed(1)}% against the corpus's ${(100 * corpusShare).toFixed(1)}%`,
  );
});
