/**
 * The deepjazz / Impro-Visor abstract melody grammar: every melody element becomes a value
 * `TYPE,DUR` or `TYPE,DUR,<UPPER,LOWER>` (see docs/reference-model.md and GrammarValue in ./types).
 */
import { inferChords } from '../theory/inferChords';
import { barIndexAt, TIME_EPSILON } from '../types';
import { UserFacingError } from '../../shared/errors';
import { mod12, scaleForChord } from '../theory/chords';
import { Chord, GrammarValue, TimedChord, Tune, ValueType } from '../types';

/** How far the interval window reaches each way around the real interval, in semitones (a minor third). */
export const WINDOW_HALF_WIDTH = 3;

/**
 * Type of a pitch over a chord: C chord tone, S tone of the chord's scale (scaleForChord),
 * A approach tone (a semitone from a chord tone), X anything else.
 */
export function classifyPitch(pitch: number, chord: Chord): 'C' | 'S' | 'A' | 'X' {
  const pc = mod12(pitch);
  if (chord.pitchClasses.some((tone) => mod12(tone) === pc)) return 'C';
  if (scaleForChord(chord).includes(pc)) return 'S';
  if (chord.pitchClasses.some((tone) => mod12(tone - pc) === 1 || mod12(pc - tone) === 1)) return 'A';
  return 'X';
}

/** Simple intervals within an octave, by semitones: quality and diatonic number. */
const SIMPLE_INTERVALS: Array<[string, number]> = [
  ['P', 1],
  ['m', 2],
  ['M', 2],
  ['m', 3],
  ['M', 3],
  ['P', 4],
  ['d', 5],
  ['P', 5],
  ['m', 6],
  ['M', 6],
  ['m', 7],
  ['M', 7],
];

/**
 * Spelled directed interval name: 0 "P1"; up "m2", "M3", "P4", "d5", "P8", "M9", "P11", "d12" ...;
 * down with '-' after the quality: "m-2", "P-4", "d-5", "P-8".
 */
export function intervalName(semitones: number): string {
  if (!Number.isInteger(semitones))
    throw new RangeError(`interval must be a whole number of semitones, got ${semitones}`);
  const size = Math.abs(semitones);
  const octaves = Math.floor(size / 12);
  const [quality, number] = SIMPLE_INTERVALS[size % 12];
  return `${quality}${semitones < 0 ? '-' : ''}${number + 7 * octaves}`;
}

/** Semitones of each diatonic step above the unison for the perfect / major form. */
const DIATONIC_SEMITONES = [0, 2, 4, 5, 7, 9, 11];
const PERFECT_STEPS = new Set([0, 3, 4]);

/**
 * Reads a directed interval name back into semitones. Besides intervalName's own spellings it reads
 * music21's (the reference's): augmented intervals ("A4") and the diminished unison "d1" (-1).
 * Throws on anything else.
 */
export function parseIntervalName(name: string): number {
  const match = /^([PMmdA])(-?)([1-9]\d*)$/.exec(name.trim());
  if (!match) throw new UserFacingError(`"${name}" is not an interval name (expected e.g. P1, m3, M-2, P-5)`);
  const [, quality, minus, numberText] = match;
  const step = (Number(numberText) - 1) % 7;
  const octaves = Math.floor((Number(numberText) - 1) / 7);
  const base = DIATONIC_SEMITONES[step] + 12 * octaves;
  let offset: number;
  if (PERFECT_STEPS.has(step)) {
    const perfectOffsets: Record<string, number | undefined> = { P: 0, d: -1, A: 1 };
    const found = perfectOffsets[quality];
    if (found === undefined)
      throw new UserFacingError(`"${name}" is not an interval name (a ${numberText} is P, d or A)`);
    offset = found;
  } else {
    const imperfectOffsets: Record<string, number | undefined> = { M: 0, m: -1, d: -2, A: 1 };
    const found = imperfectOffsets[quality];
    if (found === undefined)
      throw new UserFacingError(`"${name}" is not an interval name (a ${numberText} is M, m, d or A)`);
    offset = found;
  }
  const semitones = base + offset;
  return minus ? -semitones : semitones;
}

/** "C,0.500", "S,0.250,<m2,P-4>", "R,3.667". */
export function formatValue(value: GrammarValue): string {
  const head = `${value.type},${value.duration.toFixed(3)}`;
  if (!value.window) return head;
  return `${head},<${intervalName(value.window.upper)},${intervalName(value.window.lower)}>`;
}

const VALUE_PATTERN = /^([CSAXR]),(\d+(?:\.\d+)?)(?:,<([^,<>]+),([^,<>]+)>)?$/;

/** Reads a value written by formatValue (or by the reference); throws a UserFacingError on anything malformed. */
export function parseValue(text: string): GrammarValue {
  const match = VALUE_PATTERN.exec(text.trim());
  if (!match) {
    throw new UserFacingError(
      `"${text}" is not a grammar value (expected TYPE,DURATION or TYPE,DURATION,<UPPER,LOWER>, e.g. "S,0.250,<m2,P-4>")`,
    );
  }
  const [, type, durationText, upperText, lowerText] = match;
  const duration = Number(durationText);
  if (!(duration > 0)) throw new UserFacingError(`"${text}": the duration must be greater than 0`);
  const value: GrammarValue = { type: type as ValueType, duration: Math.round(duration * 1000) / 1000 };
  if (upperText !== undefined && lowerText !== undefined) {
    if (type === 'R') throw new UserFacingError(`"${text}": a rest has no interval window`);
    const upper = parseIntervalName(upperText);
    const lower = parseIntervalName(lowerText);
    if (upper - lower !== 2 * WINDOW_HALF_WIDTH) {
      throw new UserFacingError(
        `"${text}": the window <${upperText},${lowerText}> must be ${2 * WINDOW_HALF_WIDTH} semitones wide`,
      );
    }
    value.window = { upper, lower };
  }
  return value;
}

/** The window of a melodic step: the real interval widened by a minor third each way. */
export function windowForInterval(semitones: number): { upper: number; lower: number } {
  return { upper: semitones + WINDOW_HALF_WIDTH, lower: semitones - WINDOW_HALF_WIDTH };
}

/** The chord sounding at `time`: the last one starting at or before it (the first chord before any). */
export function chordAt(chords: TimedChord[], time: number): Chord | undefined {
  let found: Chord | undefined = chords[0]?.chord;
  for (const timed of chords) {
    if (timed.start <= time + TIME_EPSILON) found = timed.chord;
    else break;
  }
  return found;
}

/** Duration as a value carries it: three decimals; a zero-length note counts as a sixteenth, as in the reference. */
export function valueDuration(duration: number): number {
  const rounded = Math.round(duration * 1000) / 1000;
  return rounded <= 0 ? 0.25 : rounded;
}

/**
 * One value per melody element, in order. Notes are typed against the last chord starting at or
 * before them (tunes without chords get inferChords); the 2nd and later notes of a bar carry the
 * window around the interval from the previous note of that bar (rests are skipped, not reset).
 */
export function tuneToValues(tune: Tune): GrammarValue[] {
  const chords = tune.chords.length > 0 ? tune.chords : inferChords(tune);
  const values: GrammarValue[] = [];
  let barIndex = -1;
  let previousPitch: number | null = null;
  for (const note of tune.notes) {
    const noteBar = barIndexAt(tune.barStarts, note.start);
    if (noteBar !== barIndex) {
      barIndex = noteBar;
      previousPitch = null;
    }
    const duration = valueDuration(note.duration);
    if (note.pitch === null) {
      values.push({ type: 'R', duration });
      continue;
    }
    const chord = chordAt(chords, note.start);
    const value: GrammarValue = { type: chord ? classifyPitch(note.pitch, chord) : 'X', duration };
    if (previousPitch !== null) value.window = windowForInterval(note.pitch - previousPitch);
    values.push(value);
    previousPitch = note.pitch;
  }
  return values;
}
