/**
 * The style of a corpus: the rates a decoder follows so that a model plays as its corpus does, learned in one
 * pass over the corpus's tunes at training time and kept in the model's metadata (`style`). The same
 * definitions measure a generated solo, so a solo and its corpus are compared alike (core/evaluation reads
 * them from here).
 *
 * Definitions (times in quarter notes; a "beat" is the meter's counted beat):
 * - Phrases: a silence of a beat or more between two notes ends a phrase.
 * - Intervals: between consecutive notes, across rests (the line as heard): repeats (0 semitones), steps
 *   (1-2), skips (3-4), leaps (5 or more).
 * - Strong beats: beat 1 of every full bar, and the half bar when a bar has an even number (four or more) of
 *   beats. The note sounding there (attacked or held over it) is classed against the chord sounding there by
 *   chordClass.ts: chord tone, tension or chromatic. A rest counts for nothing.
 * - Chromatic notes: every note classed against the chord at its onset (a note with no chord counts as not
 *   chromatic).
 * - Onset to onset: the distance from one note's onset to the next note's, across rests: an eighth, a
 *   sixteenth, an eighth-note triplet, or anything else (quarters, dotted values...).
 * - Time between phrases: the silences of a beat or more between two notes, over the time from the first
 *   onset to the last note's end.
 * - Range: the pitch span of stretches of RANGE_NOTES consecutive notes (the corpus's notes in order, as if
 *   its tunes were one solo; a last stretch shorter than half of that is left out), the mean of those spans.
 * These are the definitions of core/evaluation/style.ts (the report's measures), computed here for training.
 */
import { inferChords } from '../theory/inferChords';
import { TIME_EPSILON } from '../types';
import { chordClassOf, type ChordClass } from '../theory/chordClass';
import { chordAt } from './grammar';

import { barQuarters, type TimedChord, type Tune } from '../types';
import { beatQuarters, beatsPerBar, type Meter } from '../../shared/meter';
import { TICKS_PER_QUARTER } from '../../shared/ticks';

/** The note count of a solo whose range is measured (the solos of about 90 notes). */
export const RANGE_NOTES = 90;
/** Below this share of onset-to-onset distances the corpus has no sixteenths worth playing. */
export const SIXTEENTH_GRID_MIN_SHARE = 0.02;

/**
 * What a model's metadata keeps of its corpus's style. Every field is optional: a model trained before a
 * field existed decodes as it did then (see BeatGuide and chooseLine for each default).
 */
export interface StyleProfile {
  /** Share of strong beats the corpus sounds a chord tone on. */
  strongBeatChordToneRatio?: number;
  /** Share of strong beats on a tension (9 11 13). */
  strongBeatTensionRatio?: number;
  /** Share of strong beats on a chromatic note. */
  strongBeatChromaticRatio?: number;
  /** Share of the corpus's time without a sounding note. */
  restShare?: number;
  /** Share of the time in the rests between phrases (silences of a beat or more). */
  phraseRestShare?: number;
  /** Share of all notes that are chromatic against their chord. */
  chromaticShare?: number;
  /** Shares of the onset-to-onset distances. */
  eighthShare?: number;
  sixteenthShare?: number;
  tripletShare?: number;
  /** Shares of the intervals between consecutive notes. */
  repeatShare?: number;
  stepShare?: number;
  skipShare?: number;
  leapShare?: number;
  /** Median notes per phrase. */
  phraseMedianNotes?: number;
  /** Mean span in semitones of RANGE_NOTES consecutive notes. */
  rangeSemitones?: number;
  /** Standard deviation of the pitches around their tune's mean, in semitones. */
  pitchSpread?: number;
}

/** The numeric fields of a profile, each a share in [0, 1] unless listed in STYLE_COUNT_FIELDS. */
export const STYLE_SHARE_FIELDS = [
  'strongBeatChordToneRatio',
  'strongBeatTensionRatio',
  'strongBeatChromaticRatio',
  'restShare',
  'phraseRestShare',
  'chromaticShare',
  'eighthShare',
  'sixteenthShare',
  'tripletShare',
  'repeatShare',
  'stepShare',
  'skipShare',
  'leapShare',
] as const satisfies ReadonlyArray<keyof StyleProfile>;
/** The profile's fields that are not shares, with the largest value a model folder may hold. */
export const STYLE_COUNT_FIELDS = {
  phraseMedianNotes: 10_000,
  rangeSemitones: 127,
  pitchSpread: 127,
} as const satisfies Partial<Record<keyof StyleProfile, number>>;

/** A note or rest of a piece, in quarter notes from its start. */
export interface StyleNote {
  pitch: number | null;
  start: number;
  duration: number;
}

/** What the measures need of a tune or a solo (a MusicPiece of core/evaluation is one). */
export interface StylePiece {
  meter: Meter;
  /** Sorted by start; a note tied over a bar line is one note. */
  notes: readonly StyleNote[];
  chords: readonly TimedChord[];
  /** Start of every bar in quarter notes (a pickup bar may be shorter than the meter). */
  barStarts: readonly number[];
}

/** Counts of every measure, so that pieces can be pooled before dividing. */
export interface StyleCounts {
  intervals: { repeats: number; steps: number; skips: number; leaps: number };
  strongBeats: Record<ChordClass, number>;
  notes: number;
  chromatic: number;
  onsets: { total: number; eighths: number; sixteenths: number; triplets: number };
  phraseLengths: number[];
  /** From the first onset to the last note's end, summed over pieces. */
  time: number;
  silent: number;
  betweenPhrases: number;
  /** The pitches in order, every piece after the other (for the range of RANGE_NOTES-note stretches). */
  pitches: number[];
  /** Sum of squared deviations of each pitch from its piece's mean. */
  squaredDeviations: number;
}

/**
 * Offsets of the strong beats inside a full bar, in quarter notes: beat 1, and the half bar when a bar has an
 * even number (four or more) of beats. A waltz has beat 1 only.
 */
export function strongBeatOffsets(meter: Meter): number[] {
  const bar = barQuarters(meter);
  const beats = beatsPerBar(meter);
  return beats >= 4 && beats % 2 === 0 ? [0, bar / 2] : [0];
}

/** The strong beats in ticks from the bar line, ascending; worked out once per meter (every note asks). */
export function strongBeatTicks(meter: Meter): readonly number[] {
  const key = `${meter.numerator}/${meter.denominator}`;
  let ticks = strongTicksByMeter.get(key);
  if (!ticks) {
    ticks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
    strongTicksByMeter.set(key, ticks);
  }
  return ticks;
}
const strongTicksByMeter = new Map<string, readonly number[]>();

export function emptyStyleCounts(): StyleCounts {
  return {
    intervals: { repeats: 0, steps: 0, skips: 0, leaps: 0 },
    strongBeats: { chordTone: 0, tension: 0, chromatic: 0 },
    notes: 0,
    chromatic: 0,
    onsets: { total: 0, eighths: 0, sixteenths: 0, triplets: 0 },
    phraseLengths: [],
    time: 0,
    silent: 0,
    betweenPhrases: 0,
    pitches: [],
    squaredDeviations: 0,
  };
}

type Pitched = StyleNote & { pitch: number };

/** The notes of a piece in phrases: a silence of a beat or more between two notes starts a new phrase. */
export function stylePhrases(piece: StylePiece): Pitched[][] {
  const beat = beatQuarters(piece.meter);
  const phrases: Pitched[][] = [];
  let previousEnd = -Infinity;
  for (const note of piece.notes) {
    if (note.pitch === null) continue;
    if (phrases.length === 0 || note.start - previousEnd >= beat - TIME_EPSILON) phrases.push([]);
    phrases[phrases.length - 1].push(note as Pitched);
    previousEnd = Math.max(previousEnd, note.start + note.duration);
  }
  return phrases;
}

/** Adds one piece's counts to `into` (pieces are pooled: the profile divides once, at the end). */
export function countStyle(piece: StylePiece, into: StyleCounts = emptyStyleCounts()): StyleCounts {
  const phrases = stylePhrases(piece);
  for (const phrase of phrases) into.phraseLengths.push(phrase.length);
  const line = phrases.flat();
  for (let i = 1; i < line.length; i++) {
    const size = Math.abs(line[i].pitch - line[i - 1].pitch);
    if (size === 0) into.intervals.repeats++;
    else if (size <= 2) into.intervals.steps++;
    else if (size <= 4) into.intervals.skips++;
    else into.intervals.leaps++;
    const ioi = Math.round((line[i].start - line[i - 1].start) * TICKS_PER_QUARTER);
    into.onsets.total++;
    if (ioi === TICKS_PER_QUARTER / 2) into.onsets.eighths++;
    else if (ioi === TICKS_PER_QUARTER / 4) into.onsets.sixteenths++;
    else if (ioi === TICKS_PER_QUARTER / 3) into.onsets.triplets++;
  }
  const pitched = phrases.flat();
  if (pitched.length === 0) return into;
  for (const note of pitched) {
    const chord = chordAt(piece.chords as TimedChord[], note.start);
    into.notes++;
    if (chord && chordClassOf(note.pitch, chord) === 'chromatic') into.chromatic++;
    into.pitches.push(note.pitch);
  }
  const mean = pitched.reduce((sum, note) => sum + note.pitch, 0) / pitched.length;
  for (const note of pitched) into.squaredDeviations += (note.pitch - mean) ** 2;

  const beat = beatQuarters(piece.meter);
  const first = pitched[0].start;
  const last = pitched.reduce((end, note) => Math.max(end, note.start + note.duration), 0);
  into.time += last - first;
  let soundingUntil = first;
  for (const note of pitched) {
    const gap = note.start - soundingUntil;
    if (gap > TIME_EPSILON) {
      into.silent += gap;
      if (gap >= beat - TIME_EPSILON) into.betweenPhrases += gap;
    }
    soundingUntil = Math.max(soundingUntil, note.start + note.duration);
  }

  for (const time of strongBeatTimes(piece, last)) {
    const note = noteSoundingAt(pitched, time);
    const chord = note && chordAt(piece.chords as TimedChord[], time);
    if (note && chord) into.strongBeats[chordClassOf(note.pitch, chord)]++;
  }
  return into;
}

function strongBeatTimes(piece: StylePiece, end: number): number[] {
  const bar = barQuarters(piece.meter);
  const offsets = strongBeatOffsets(piece.meter);
  const times: number[] = [];
  const barStarts = piece.barStarts.length > 0 ? piece.barStarts : [0];
  barStarts.forEach((start, i) => {
    const next = barStarts[i + 1];
    if (next !== undefined && next - start < bar - TIME_EPSILON) return;
    for (const offset of offsets) if (start + offset < end - TIME_EPSILON) times.push(start + offset);
  });
  // A piece whose bars are not all listed (a solo lists them all; a tune may list only its first) goes on.
  const lastListed = barStarts[barStarts.length - 1];
  for (let start = lastListed + bar; start < end - TIME_EPSILON; start += bar) {
    for (const offset of offsets) if (start + offset < end - TIME_EPSILON) times.push(start + offset);
  }
  return times;
}

/**
 * The note or rest sounding at `time` in notes sorted by start: started at or before it and not yet ended. Notes
 * are monophonic, but a zero-length or overlapping note must not hide the one still sounding.
 */
export function noteSoundingAt<Note extends { start: number; duration: number }>(
  notes: readonly Note[],
  time: number,
): Note | undefined {
  let low = 0;
  let high = notes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (notes[middle].start <= time + TIME_EPSILON) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let i = found; i >= 0 && i >= found - 4; i--) {
    const note = notes[i];
    if (note.start <= time + TIME_EPSILON && note.start + note.duration > time + TIME_EPSILON) return note;
  }
  return undefined;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Mean span of `size`-note stretches of `pitches` (a last one shorter than half of `size` left out). */
export function stretchRange(pitches: readonly number[], size = RANGE_NOTES): number | undefined {
  const spans: number[] = [];
  for (let from = 0; from < pitches.length; from += size) {
    const stretch = pitches.slice(from, from + size);
    if (stretch.length >= size / 2) spans.push(Math.max(...stretch) - Math.min(...stretch));
  }
  return spans.length > 0 ? spans.reduce((a, b) => a + b, 0) / spans.length : undefined;
}

/** The rates of pooled counts (a field is left out when there is nothing to measure it on). */
export function profileOfCounts(counts: StyleCounts): StyleProfile {
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);
  const { intervals, strongBeats, onsets } = counts;
  const intervalTotal = intervals.repeats + intervals.steps + intervals.skips + intervals.leaps;
  const beats = strongBeats.chordTone + strongBeats.tension + strongBeats.chromatic;
  const profile: StyleProfile = {
    strongBeatChordToneRatio: share(strongBeats.chordTone, beats),
    strongBeatTensionRatio: share(strongBeats.tension, beats),
    strongBeatChromaticRatio: share(strongBeats.chromatic, beats),
    restShare: share(counts.silent, counts.time),
    phraseRestShare: share(counts.betweenPhrases, counts.time),
    chromaticShare: share(counts.chromatic, counts.notes),
    eighthShare: share(onsets.eighths, onsets.total),
    sixteenthShare: share(onsets.sixteenths, onsets.total),
    tripletShare: share(onsets.triplets, onsets.total),
    repeatShare: share(intervals.repeats, intervalTotal),
    stepShare: share(intervals.steps, intervalTotal),
    skipShare: share(intervals.skips, intervalTotal),
    leapShare: share(intervals.leaps, intervalTotal),
    phraseMedianNotes: median(counts.phraseLengths),
    rangeSemitones: stretchRange(counts.pitches),
    pitchSpread: counts.notes > 0 ? Math.sqrt(counts.squaredDeviations / counts.notes) : undefined,
  };
  for (const key of Object.keys(profile) as Array<keyof StyleProfile>) {
    if (profile[key] === undefined) delete profile[key];
    else profile[key] = Math.round((profile[key] as number) * 10_000) / 10_000;
  }
  return profile;
}

/** The style of a corpus, in one pass over its pieces. */
export function learnStyle(pieces: Iterable<StylePiece>): StyleProfile {
  const counts = emptyStyleCounts();
  for (const piece of pieces) countStyle(piece, counts);
  return profileOfCounts(counts);
}

/** Whether decoding may use the sixteenth grid: the corpus plays sixteenths. */
export function playsSixteenths(style: StyleProfile): boolean {
  return (style.sixteenthShare ?? 0) >= SIXTEENTH_GRID_MIN_SHARE;
}

/** A tune as the style measures read it (tunes without chord symbols get the chords inferred for training). */
export function stylePieceOfTune(tune: Tune): StylePiece {
  return {
    meter: tune.meter,
    notes: tune.notes,
    chords: tune.chords.length > 0 ? tune.chords : inferChords(tune),
    barStarts: tune.barStarts,
  };
}

/** The style of a training corpus, in one pass over its tunes. */
export function learnCorpusStyle(tunes: readonly Tune[]): StyleProfile {
  return learnStyle(tunes.map(stylePieceOfTune));
}
