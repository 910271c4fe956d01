import { test } from 'node:test';
import { placeValues } from '../../../../src/core/solo/rhythmClock';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import type { Meter } from '../../../../src/shared/meter';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mod12, parseChordSymbol, scaleForChord } from '../../../../src/core/theory/chords';

import { assertOnGrid } from '../../helpers/rhythm';
import { parseValue } from '../../../../src/core/solo/grammar';
import { DEFAULT_PROGRESSION, parseProgression } from '../../../../src/core/theory/progression';
import { createRng } from '../../../../src/core/random';
import {
  FILLER_VALUE_INDEX,
  DEFAULT_RANGE,
  candidatePitches,
  chordSoundingAt,
  harmonicAnchor,
  mergeTies,
  realiseSolo,
  soundsOnStrongBeat,
} from '../../../../src/core/solo/realiser';
import { GrammarValue, Progression, Solo, ValueType, barQuarters } from '../../../../src/core/types';

const FOUR_FOUR: Meter = { numerator: 4, denominator: 4 };
const THREE_FOUR: Meter = { numerator: 3, denominator: 4 };
const SIX_EIGHT: Meter = { numerator: 6, denominator: 8 };

const PROGRESSIONS: Progression[] = [
  parseProgression(DEFAULT_PROGRESSION),
  parseProgression('| Dm7 G7 | Cmaj7 | Em7b5 A7 | Dm7 |'),
  parseProgression('| Cm6 | Ab7 G7 | Fm7 Bb7 Ebmaj7 |', FOUR_FOUR),
  parseProgression('| Cmaj7 A7 | Dm7 | G7 |', THREE_FOUR),
  parseProgression('| Am E7 | Am | Dm G7 C | E7 |', SIX_EIGHT),
  parseProgression('| F#m7b5 | B7 | Em | Em |', { numerator: 5, denominator: 4 }),
];

/** Durations the trained models produce (three decimals, as in the corpus) plus odd ones. */
const TYPICAL_DURATIONS = [0.083, 0.167, 0.25, 0.333, 0.5, 0.667, 0.75, 1, 1.25, 1.5, 2, 3.667];

const valueArbitrary: fc.Arbitrary<GrammarValue> = fc
  .record({
    type: fc.constantFrom<ValueType>('C', 'C', 'C', 'S', 'S', 'A', 'X', 'R'),
    duration: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TYPICAL_DURATIONS) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 4000 }).map((n) => n / 1000) },
    ),
    interval: fc.option(fc.integer({ min: -12, max: 12 }), { freq: 4 }),
  })
  .map(({ type, duration, interval }) =>
    interval === null || type === 'R'
      ? { type, duration }
      : { type, duration, window: { upper: interval + 3, lower: interval - 3 } },
  );

/** Seeded random values (no fast-check) for the larger statistics. */
function randomValues(seed: number, count: number): GrammarValue[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const type = rng.pick<ValueType>(['C', 'C', 'C', 'S', 'S', 'A', 'X', 'R']);
    const duration = rng.pick(TYPICAL_DURATIONS);
    const interval = rng.int(15) - 7;
    return type === 'R' || rng.next() < 0.25
      ? { type, duration }
      : { type, duration, window: { upper: interval + 3, lower: interval - 3 } };
  });
}

const ticksPerBar = (solo: Solo) => barQuarters(solo.meter) * TICKS_PER_QUARTER;
const pc = mod12;

/** The checks every realised solo must pass, whatever the values. */
function assertWellFormed(solo: Solo, values: GrammarValue[], range: [number, number]): void {
  const bar = ticksPerBar(solo);
  // Notes tile the bars exactly: no gap, no overlap, nothing across a bar line, every bar full.
  let position = 0;
  for (const note of solo.notes) {
    assert.equal(note.startTick, position, 'notes follow each other without gap or overlap');
    assert.ok(Number.isInteger(note.durationTicks) && note.durationTicks > 0);
    assert.equal(
      Math.floor(note.startTick / bar),
      Math.floor((note.startTick + note.durationTicks - 1) / bar),
      'no note crosses a bar line',
    );
    position += note.durationTicks;
  }
  assert.equal(position, solo.bars * bar, 'the bars are complete');
  for (let b = 0; b < solo.bars; b++) {
    const sum = solo.notes.filter((n) => Math.floor(n.startTick / bar) === b).reduce((s, n) => s + n.durationTicks, 0);
    assert.equal(sum, bar, `bar ${b + 1} sums to the meter`);
  }
  assertOnGrid(solo);
  // One note or rest per value (ties aside), in order; the filler rest only at the very end.
  const indexes = mergeTies(solo.notes).map((n) => n.valueIndex);
  const real = indexes.filter((i) => i !== FILLER_VALUE_INDEX);
  assert.deepEqual(
    real,
    values.map((_, i) => i),
  );
  if (indexes.length > real.length) assert.equal(indexes.indexOf(FILLER_VALUE_INDEX), indexes.length - 1);
  for (const note of solo.notes) {
    if (note.valueIndex === FILLER_VALUE_INDEX) continue;
    assert.equal(note.pitch === null, values[note.valueIndex].type === 'R', 'rests stay rests, notes stay notes');
    if (note.pitch !== null)
      assert.ok(note.pitch >= range[0] && note.pitch <= range[1], `pitch ${note.pitch} in range ${range}`);
  }
  // A value of whole eighths starting on the eighth grid keeps its length exactly; every value is placed by
  // the solo's one clock, as the decoder placed it.
  const spans = placeValues(values, solo.meter);
  for (const merged of mergeTies(solo.notes)) {
    if (merged.valueIndex === FILLER_VALUE_INDEX) continue;
    const span = spans[merged.valueIndex];
    assert.deepEqual([merged.startTick, merged.startTick + merged.durationTicks], [span.start, span.end]);
    const wanted = Math.round(values[merged.valueIndex].duration * TICKS_PER_QUARTER);
    const last = merged.valueIndex === values.length - 1;
    if (!last && merged.startTick % 6 === 0 && wanted > 0 && wanted % 6 === 0)
      assert.equal(merged.durationTicks, wanted);
  }
}

interface TypeCheck {
  ok: boolean;
  /** The pitch lies in [previous + lower, previous + upper]. */
  windowHonoured?: boolean;
  /** Some pitch the value may take, other than an unwanted repeat, lies in the window and in the range. */
  windowPossible?: boolean;
  /** The same for the mirrored window (the learned interval the other way). */
  mirroredHonoured?: boolean;
  mirroredPossible?: boolean;
  /** The pitch is the previous one although the learned interval is no unison. */
  unwantedRepeat?: boolean;
  /** The realised interval is the learned one; and some pitch the value may take lies there. */
  exact?: boolean;
  exactPossible?: boolean;
}

/**
 * Checks the pitch of each realised note against its value's type and window. A chord-tone value sounds a
 * chord tone on the strong beats and a chord or scale tone elsewhere.
 */
function checkPitches(
  solo: Solo,
  values: GrammarValue[],
  progression: Progression,
  range: [number, number],
): TypeCheck[] {
  const results: TypeCheck[] = [];
  let previous: number | undefined;
  for (const note of mergeTies(solo.notes)) {
    if (note.pitch === null || note.valueIndex === FILLER_VALUE_INDEX) continue;
    const value = values[note.valueIndex];
    const end = note.startTick + note.durationTicks;
    const anchor = harmonicAnchor(note.startTick, end, progression.meter);
    const chord = chordSoundingAt(progression, anchor / TICKS_PER_QUARTER);
    const nextChord = chordSoundingAt(progression, end / TICKS_PER_QUARTER);
    const onStrongBeat = soundsOnStrongBeat(note.startTick, end, progression.meter);
    const chordPcs = new Set(chord.pitchClasses.map(mod12));
    const scalePcs = new Set(scaleForChord(chord));
    const p = pc(note.pitch);
    const nextToToneOf = (pcs: number[]) => pcs.some((t) => mod12(t - p) === 1 || mod12(p - t) === 1);
    let ok: boolean;
    switch (value.type) {
      case 'C':
        ok = chordPcs.has(p) || (!onStrongBeat && scalePcs.has(p));
        break;
      case 'S':
        ok = scalePcs.has(p) && (!chordPcs.has(p) || [...scalePcs].every((s) => chordPcs.has(s)));
        break;
      case 'A':
        ok =
          !chordPcs.has(p) &&
          !scalePcs.has(p) &&
          (nextToToneOf(chord.pitchClasses) || nextToToneOf(nextChord.pitchClasses));
        break;
      default:
        ok = !chordPcs.has(p) && !scalePcs.has(p);
    }
    const result: TypeCheck = { ok };
    if (value.window && previous !== undefined) {
      const type = value.type as Exclude<ValueType, 'R'>;
      const mayTake = new Set(candidatePitches(type, chord, nextChord, range).allowed);
      if (type === 'C' && !onStrongBeat)
        for (const tension of candidatePitches('S', chord, nextChord, range).allowed) mayTake.add(tension);
      const learned = (value.window.upper + value.window.lower) / 2;
      const allowed = (c: number) => c !== previous || learned === 0;
      const inWindow = (c: number) => c >= previous! + value.window!.lower && c <= previous! + value.window!.upper;
      const inMirrored = (c: number) => c >= previous! - value.window!.upper && c <= previous! - value.window!.lower;
      result.windowPossible = [...mayTake].some((c) => inWindow(c) && allowed(c));
      result.windowHonoured = inWindow(note.pitch);
      result.mirroredPossible = [...mayTake].some((c) => inMirrored(c) && allowed(c));
      result.mirroredHonoured = inMirrored(note.pitch);
      result.unwantedRepeat = !allowed(note.pitch);
      result.exactPossible = mayTake.has(previous + learned);
      result.exact = note.pitch === previous + learned;
    }
    results.push(result);
    previous = note.pitch;
  }
  return results;
}

/** The pitch rules every realised note keeps (see src/core/solo/melodicLine.ts). */
function assertPitchRules(check: TypeCheck): void {
  assert.ok(check.ok, 'every pitch has its value type');
  if (check.windowPossible)
    assert.ok(check.windowHonoured, 'the window is honoured when a pitch the value may take lies in it');
  else if (check.mirroredPossible)
    assert.ok(check.mirroredHonoured, 'otherwise the line turns back: the mirrored window');
  if (check.windowPossible || check.mirroredPossible)
    assert.ok(!check.unwantedRepeat, 'no repeated pitch unless the interval is a unison');
}

test('property: random values over several progressions and meters realise into exact, well-formed bars', () => {
  fc.assert(
    fc.property(
      fc.array(valueArbitrary, { minLength: 1, maxLength: 60 }),
      fc.constantFrom(...PROGRESSIONS),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      (values, progression, seed) => {
        const solo = realiseSolo(values, progression, { seed });
        assertWellFormed(solo, values, DEFAULT_RANGE);
        for (const check of checkPitches(solo, values, progression, DEFAULT_RANGE)) assertPitchRules(check);
      },
    ),
    { numRuns: 400, seed: 20240611 },
  );
});

test('types and windows over long seeded solos: report the share of learned intervals played as learned', (t) => {
  let windows = 0;
  let honoured = 0;
  let exact = 0;
  let exactPossible = 0;
  let exactWhenPossible = 0;
  const byType = new Map<string, { ok: number; all: number }>();
  for (let seed = 1; seed <= 40; seed++) {
    const values = randomValues(seed, 120);
    const progression = PROGRESSIONS[seed % PROGRESSIONS.length];
    const range: [number, number] = seed % 2 ? [55, 84] : [48, 72];
    const solo = realiseSolo(values, progression, { seed, range });
    assertWellFormed(solo, values, range);
    const checks = checkPitches(solo, values, progression, range);
    mergeTies(solo.notes)
      .filter((n) => n.pitch !== null && n.valueIndex >= 0)
      .forEach((n, i) => {
        const type = values[n.valueIndex].type;
        const entry = byType.get(type) ?? { ok: 0, all: 0 };
        entry.all++;
        if (checks[i].ok) entry.ok++;
        byType.set(type, entry);
      });
    for (const check of checks) {
      assertPitchRules(check);
      if (check.windowHonoured === undefined) continue;
      windows++;
      if (check.windowHonoured) honoured++;
      if (check.exact) exact++;
      if (check.exactPossible) exactPossible++;
      if (check.exact && check.exactPossible) exactWhenPossible++;
    }
  }
  t.diagnostic(
    `windows honoured: ${honoured}/${windows}; learned interval played exactly: ${exact}/${windows} ` +
      `(${exactWhenPossible}/${exactPossible} where a pitch of the value lay at it)`,
  );
  t.diagnostic(`types realised: ${[...byType].map(([type, e]) => `${type} ${e.ok}/${e.all}`).join(', ')}`);
  for (const [type, entry] of byType) assert.equal(entry.ok, entry.all, `every ${type} value has its type`);
  // Random values ask for intervals no line could follow all along, so the shares are modest; a line that
  // ignored the learned interval would play it exactly far less often (about one note in five).
  assert.ok(honoured / windows >= 0.85, `share of windows honoured ${honoured / windows}`);
  assert.ok(
    exactWhenPossible / exactPossible >= 0.6,
    `learned interval played where the chord allows: ${exactWhenPossible / exactPossible}`,
  );
});

test('durations on the grid are kept exactly, triplets fill whole beats', () => {
  const progression = PROGRESSIONS[0];
  const values = [
    'C,0.500',
    'S,0.500',
    'C,1.000',
    'C,0.333',
    'A,0.333',
    'C,0.333',
    'C,1.500',
    'R,0.500',
    'C,0.667',
    'C,0.333',
    'R,1.000',
    'C,2.000',
  ].map(parseValue);
  const solo = realiseSolo(values, progression, { seed: 3 });
  const merged = mergeTies(solo.notes).filter((n) => n.valueIndex >= 0);
  // 0.333 and 0.667 are a third and two thirds of a beat: 4 and 8 ticks.
  assert.deepEqual(
    merged.map((n) => n.durationTicks),
    values.map((v) => Math.round(v.duration * TICKS_PER_QUARTER)),
  );
  assert.deepEqual(
    merged.slice(3, 7).map((n) => n.startTick),
    [24, 28, 32, 36],
    'the triplet fills beat 3',
  );
});

test('sixteenths and odd lengths are moved to the nearest length on the grid; the triplet a value opens is completed', () => {
  const progression = PROGRESSIONS[1];
  const values = ['C,0.250', 'C,0.250', 'C,0.333', 'C,0.500', 'C,0.750', 'C,1.250'].map(parseValue);
  const solo = realiseSolo(values, progression, { seed: 4 });
  const lengths = mergeTies(solo.notes)
    .filter((n) => n.valueIndex >= 0)
    .map((n) => n.durationTicks);
  // Sixteenths become eighths. The triplet eighth on beat 2 opens a group, so the eighth after it becomes the
  // triplet quarter that completes it. A dotted eighth is an eighth or a quarter away (the shorter wins), and
  // the last note is held to the bar line (it would have ended on beat 4).
  assert.deepEqual(lengths, [6, 6, 4, 8, 6, 18]);
  assertWellFormed(solo, values, [55, 84]);
});

test('a value shorter than the grid still sounds for an eighth; zero and junk durations do not vanish', () => {
  const values: GrammarValue[] = [
    { type: 'C', duration: 0.02 },
    { type: 'R', duration: 0 },
    { type: 'C', duration: Number.NaN },
    { type: 'S', duration: 0.083 },
  ];
  const solo = realiseSolo(values, PROGRESSIONS[1], { seed: 9 });
  assertWellFormed(solo, values, [55, 84]);
  const lengths = mergeTies(solo.notes)
    .filter((n) => n.valueIndex >= 0)
    .map((n) => n.durationTicks);
  assert.deepEqual(lengths, [6, 6, 6, 6 + 24], 'the last note held to the bar line');
});

test('a note crossing a bar line is split into tied pieces of the same value, and the last bar is filled', () => {
  const values = ['C,3.000', 'C,1.500', 'S,0.500'].map(parseValue);
  const solo = realiseSolo(values, PROGRESSIONS[0], { seed: 1 });
  const second = solo.notes.filter((n) => n.valueIndex === 1);
  assert.deepEqual(
    second.map((n) => [n.startTick, n.durationTicks]),
    [
      [36, 12],
      [48, 6],
    ],
  );
  assert.equal(second[0].pitch, second[1].pitch);
  assert.equal(solo.bars, 2);
  const last = solo.notes[solo.notes.length - 1];
  assert.deepEqual(last, { pitch: null, startTick: 60, durationTicks: 36, valueIndex: FILLER_VALUE_INDEX });
});

test('a solo ends on a held note when at most half a bar is left after its last note', () => {
  const values = ['C,3.000', 'C,2.500', 'S,0.500'].map(parseValue);
  const solo = realiseSolo(values, PROGRESSIONS[0], { seed: 1 });
  const last = solo.notes[solo.notes.length - 1];
  assert.deepEqual(
    [last.valueIndex, last.startTick, last.durationTicks],
    [2, 66, 30],
    'held from the "and" of 2 to the bar line',
  );
  assert.ok(solo.notes.every((n) => n.valueIndex !== FILLER_VALUE_INDEX));
});

test('the progression repeats cyclically when the solo outlasts it', () => {
  const progression = parseProgression('| Dm7 | G7 |');
  const values = Array.from({ length: 12 }, () => parseValue('C,1.000'));
  const solo = realiseSolo(values, progression, { seed: 5 });
  assert.equal(solo.bars, 3);
  assert.deepEqual(
    solo.chords.map((c) => [c.start, c.chord.symbol]),
    [
      [0, 'Dm7'],
      [4, 'G7'],
      [8, 'Dm7'],
    ],
  );
  const dm7 = new Set(progression.chords[0].chord.pitchClasses);
  // Beats 1 and 3 sound chord tones (the others may sound tensions).
  const strongBeatNotes = solo.notes.filter((n) => n.startTick >= 96 && n.startTick % 24 === 0);
  assert.equal(strongBeatNotes.length, 2);
  for (const note of strongBeatNotes) assert.ok(dm7.has(pc(note.pitch!)), 'bar 3 is over Dm7 again');
});

test('same seed, same solo; another seed, another solo; options are carried', () => {
  const values = randomValues(11, 80);
  const options = { seed: 42, title: 'Blues for tests', subtitle: 'model default, seed 42', tempo: 150, swing: 0.66 };
  const first = realiseSolo(values, PROGRESSIONS[0], options);
  assert.deepEqual(realiseSolo(values, PROGRESSIONS[0], options), first);
  assert.notDeepEqual(realiseSolo(values, PROGRESSIONS[0], { ...options, seed: 43 }).notes, first.notes);
  assert.equal(first.title, 'Blues for tests');
  assert.equal(first.subtitle, 'model default, seed 42');
  assert.equal(first.tempo, 150);
  assert.equal(first.swing, 0.66);
  assert.equal(first.key.name, 'F');
  const defaults = realiseSolo(values, PROGRESSIONS[0], { seed: 1 });
  assert.equal(defaults.tempo, 130);
  assert.ok(defaults.title.length > 0);
});

test('a narrow range is respected and bad input raises UserFacingError', () => {
  const values = randomValues(5, 100);
  const range: [number, number] = [60, 72];
  const solo = realiseSolo(values, PROGRESSIONS[1], { seed: 2, range });
  assertWellFormed(solo, values, range);
  assert.throws(() => realiseSolo([], PROGRESSIONS[0], { seed: 1 }), UserFacingError);
  assert.throws(() => realiseSolo(values, PROGRESSIONS[0], { seed: 1, range: [60, 65] }), UserFacingError);
  assert.throws(() => realiseSolo(values, PROGRESSIONS[0], { seed: 1, range: [100, 140] }), UserFacingError);
  assert.throws(() => realiseSolo(values, { ...PROGRESSIONS[0], chords: [] }, { seed: 1 }), UserFacingError);
});

test('a chord tone held over beat 3 into a new chord is a tone of the new chord (an anticipation)', () => {
  const progression = parseProgression('| Dm7 G7 |');
  // Half a beat of rest, then a C value from beat 2.5 held for a whole beat: over beat 3, where G7 starts.
  const values: GrammarValue[] = [
    { type: 'R', duration: 1.5 },
    { type: 'C', duration: 1 },
    { type: 'R', duration: 1.5 },
  ];
  for (let seed = 0; seed < 30; seed++) {
    const solo = realiseSolo(values, progression, { seed });
    const held = solo.notes.find((n) => n.pitch !== null)!;
    assert.equal(held.startTick, 1.5 * TICKS_PER_QUARTER);
    const g7 = parseChordSymbol('G7')!;
    assert.ok(g7.pitchClasses.includes(held.pitch! % 12), `seed ${seed}: ${held.pitch} is not a tone of G7`);
  }
});
