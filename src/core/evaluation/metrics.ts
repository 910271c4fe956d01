/**
 * Objective measures of a melody (MGEval, MusPy, Impro-Visor / BebopNet, JazzGAN), as pure functions over a
 * MusicPiece. Every measure is kept as counts so that solos and tunes can be pooled before dividing.
 *
 * Definitions (what the report's figures mean):
 * - Strong beats: beat 1 of every full bar, and the beat that starts the second half of the bar when the bar
 *   has an even number of beats, four or more (4/4: beats 1 and 3; 12/8: dotted-quarter beats 1 and 3;
 *   2/4, 6/8, 3/4, 2/2, 5/4: beat 1 only). A pickup bar shorter than the meter has none.
 * - Chord tone on a strong beat: the note *sounding* at the beat (attacked there or held over it; a rest
 *   counts for nothing) is a chord tone of the chord sounding at the beat. Held notes count because a
 *   syncopated jazz line attacks beside the beat and is still heard against the chord on it.
 * - Note type (C, S, A, X): classifyPitch of each note against the chord at its onset; "outside" is X.
 * - Scale consistency (MusPy): the largest share of notes inside one major scale (its relative natural
 *   minor has the same notes, so both are named).
 * - Pitch-class histogram: notes counted once each (not by duration), relative to the piece's key tonic, so
 *   that tunes in different keys can be pooled; its entropy is in bits.
 * - Phrases: notes separated by less than a beat of silence; a silence of a beat or more ends a phrase.
 * - Intervals: between consecutive notes of a phrase; signed semitones, clamped to ±12. Repeats are 0,
 *   steps 1-2 semitones, skips 3-4, leaps 5 or more.
 * - Register: notes counted once each by MIDI pitch.
 * - Silences: the stretches where no note sounds (rests, or gaps), from the start of the piece to its end.
 * - Outside notes are neither chord nor scale tones of their chord (approach tones A and others X); one is
 *   resolved when the next note of its phrase lies a step (1-2 semitones) away and is inside.
 * - Durations: of notes (not rests), binned to the nearest named length within 2%, else "other".
 */
import { noteSoundingAt, strongBeatOffsets } from '../solo/style';
import { TIME_EPSILON } from '../types';

import { mod12, pitchClassName } from '../theory/chords';
import { chordAt, classifyPitch } from '../solo/grammar';
import { barQuarters } from '../types';
import type { MusicPiece, PieceNote } from './pieces';
import { beatQuarters } from '../../shared/meter';

export type NoteType = 'C' | 'S' | 'A' | 'X';
export const NOTE_TYPES: readonly NoteType[] = ['C', 'S', 'A', 'X'];

/** Scale degrees relative to the key tonic, for the pitch-class histogram's labels. */
export const PITCH_CLASS_LABELS = ['1', 'b2', '2', 'b3', '3', '4', '#4', '5', 'b6', '6', 'b7', '7'];

/** Largest interval kept apart in the histogram; wider ones join the outermost bins. */
export const MAX_INTERVAL = 12;
export const INTERVAL_LABELS = Array.from({ length: 2 * MAX_INTERVAL + 1 }, (_, i) => {
  const semitones = i - MAX_INTERVAL;
  if (semitones === -MAX_INTERVAL) return `≤-${MAX_INTERVAL}`;
  if (semitones === MAX_INTERVAL) return `≥+${MAX_INTERVAL}`;
  return semitones > 0 ? `+${semitones}` : String(semitones);
});

/** Named note lengths in quarter notes; the last bin, "other", takes everything else. */
export const DURATION_BINS: ReadonlyArray<{ label: string; quarters: number }> = [
  { label: '1/16', quarters: 0.25 },
  { label: '1/8 trip', quarters: 1 / 3 },
  { label: '1/8', quarters: 0.5 },
  { label: '1/4 trip', quarters: 2 / 3 },
  { label: '1/8.', quarters: 0.75 },
  { label: '1/4', quarters: 1 },
  { label: '1/4.', quarters: 1.5 },
  { label: '1/2', quarters: 2 },
  { label: '1/2.', quarters: 3 },
  { label: '1/1', quarters: 4 },
];
export const DURATION_LABELS = [...DURATION_BINS.map((bin) => bin.label), 'other'];
const DURATION_TOLERANCE = 0.02;

export { strongBeatOffsets };

/** Times of every strong beat of a piece, in quarter notes. */
export function strongBeatTimes(piece: MusicPiece): number[] {
  const bar = barQuarters(piece.meter);
  const offsets = strongBeatOffsets(piece.meter);
  const end = piece.notes.reduce((max, note) => Math.max(max, note.start + note.duration), 0);
  const times: number[] = [];
  piece.barStarts.forEach((start, i) => {
    const next = piece.barStarts[i + 1];
    if (next !== undefined && next - start < bar - TIME_EPSILON) return;
    for (const offset of offsets) if (start + offset < end - TIME_EPSILON) times.push(start + offset);
  });
  return times;
}

export interface StrongBeatCount {
  /** Strong beats with a note sounding (and a chord known). */
  strongBeats: number;
  chordTones: number;
  /** Of those, the notes attacked on the beat itself, and how many of them are chord tones. */
  attacked: number;
  attackedChordTones: number;
}

export function chordTonesOnStrongBeats(piece: MusicPiece): StrongBeatCount {
  const count: StrongBeatCount = { strongBeats: 0, chordTones: 0, attacked: 0, attackedChordTones: 0 };
  for (const time of strongBeatTimes(piece)) {
    const note = noteSoundingAt(piece.notes, time);
    if (!note || note.pitch === null) continue;
    const chord = chordAt(piece.chords, time);
    if (!chord) continue;
    const isChordTone = classifyPitch(note.pitch, chord) === 'C';
    count.strongBeats++;
    if (isChordTone) count.chordTones++;
    if (Math.abs(note.start - time) <= TIME_EPSILON) {
      count.attacked++;
      if (isChordTone) count.attackedChordTones++;
    }
  }
  return count;
}

function pitchedNotes(piece: MusicPiece): Array<PieceNote & { pitch: number }> {
  return piece.notes.filter((note): note is PieceNote & { pitch: number } => note.pitch !== null);
}

export function noteTypeCounts(piece: MusicPiece): Record<NoteType, number> {
  const counts: Record<NoteType, number> = { C: 0, S: 0, A: 0, X: 0 };
  for (const note of pitchedNotes(piece)) {
    const chord = chordAt(piece.chords, note.start);
    counts[chord ? classifyPitch(note.pitch, chord) : 'X']++;
  }
  return counts;
}

/** The 12 major scales' best fit: how many notes it holds and its name ("F major / D minor"). */
export function bestScale(piece: MusicPiece): { inScale: number; notes: number; name: string } {
  const notes = pitchedNotes(piece);
  const majorSteps = [0, 2, 4, 5, 7, 9, 11];
  let best = { inScale: -1, tonic: 0 };
  for (let tonic = 0; tonic < 12; tonic++) {
    const scale = new Set(majorSteps.map((step) => mod12(tonic + step)));
    const inScale = notes.filter((note) => scale.has(mod12(note.pitch))).length;
    if (inScale > best.inScale) best = { inScale, tonic };
  }
  const name = `${pitchClassName(best.tonic)} major / ${pitchClassName(mod12(best.tonic + 9))} minor`;
  return { inScale: Math.max(0, best.inScale), notes: notes.length, name };
}

/** Note counts per scale degree relative to the key tonic (index 0 = tonic). */
export function pitchClassCounts(piece: MusicPiece): number[] {
  const counts = new Array<number>(12).fill(0);
  for (const note of pitchedNotes(piece)) counts[mod12(note.pitch - piece.key.tonic)]++;
  return counts;
}

/** Shannon entropy in bits of a histogram of counts (0 for an empty one). */
export function entropyBits(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let entropy = 0;
  for (const count of counts) if (count > 0) entropy -= (count / total) * Math.log2(count / total);
  return entropy;
}

type PitchedNote = PieceNote & { pitch: number };

/** The notes of a piece in phrases: a silence of a beat or more between two notes starts a new phrase. */
export function phrasesOf(piece: MusicPiece): PitchedNote[][] {
  const beat = beatQuarters(piece.meter);
  const phrases: PitchedNote[][] = [];
  let previousEnd = -Infinity;
  for (const note of pitchedNotes(piece)) {
    if (note.start - previousEnd >= beat - TIME_EPSILON || phrases.length === 0) phrases.push([]);
    phrases[phrases.length - 1].push(note);
    previousEnd = note.start + note.duration;
  }
  return phrases;
}

/** Counts of signed intervals between consecutive notes of a phrase, index = semitones + MAX_INTERVAL. */
export function intervalCounts(piece: MusicPiece): number[] {
  const counts = new Array<number>(2 * MAX_INTERVAL + 1).fill(0);
  for (const notes of phrasesOf(piece)) {
    for (let i = 1; i < notes.length; i++) {
      const interval = Math.max(-MAX_INTERVAL, Math.min(MAX_INTERVAL, notes[i].pitch - notes[i - 1].pitch));
      counts[interval + MAX_INTERVAL]++;
    }
  }
  return counts;
}

export interface MotionCount {
  repeats: number;
  /** 1-2 semitones. */
  steps: number;
  /** 3-4 semitones. */
  skips: number;
  /** 5 semitones or more. */
  leaps: number;
  total: number;
}

/** Repeats, steps, skips and leaps from interval counts. */
export function motionCounts(intervals: readonly number[]): MotionCount {
  const result: MotionCount = { repeats: 0, steps: 0, skips: 0, leaps: 0, total: 0 };
  intervals.forEach((count, i) => {
    const size = Math.abs(i - MAX_INTERVAL);
    result.total += count;
    if (size === 0) result.repeats += count;
    else if (size <= 2) result.steps += count;
    else if (size <= 4) result.skips += count;
    else result.leaps += count;
  });
  return result;
}

/** Register histogram bins: one per MIDI pitch from C3 to C7; lower and higher notes join the end bins. */
export const REGISTER_LOWEST = 48;
export const REGISTER_HIGHEST = 96;
const NOTE_NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
export const REGISTER_LABELS = Array.from(
  { length: REGISTER_HIGHEST - REGISTER_LOWEST + 1 },
  (_, i) => `${NOTE_NAMES[(REGISTER_LOWEST + i) % 12]}${Math.floor((REGISTER_LOWEST + i) / 12) - 1}`,
);

export function registerCounts(piece: MusicPiece): number[] {
  const counts = new Array<number>(REGISTER_LABELS.length).fill(0);
  for (const note of pitchedNotes(piece)) {
    counts[Math.max(REGISTER_LOWEST, Math.min(REGISTER_HIGHEST, note.pitch)) - REGISTER_LOWEST]++;
  }
  return counts;
}

/** MIDI pitch of middle C (C4). */
export const MIDDLE_C = 60;

export interface RegisterEdges {
  notes: number;
  /** Notes on the lowest or highest pitch of `range` (or beyond it). */
  atRangeEdge: number;
  belowMiddleC: number;
}

/** Notes on the edges of the range a generator may use (`range`: lowest and highest MIDI pitch, inclusive). */
export function registerEdges(piece: MusicPiece, range: readonly [number, number]): RegisterEdges {
  const notes = pitchedNotes(piece);
  return {
    notes: notes.length,
    atRangeEdge: notes.filter((note) => note.pitch <= range[0] || note.pitch >= range[1]).length,
    belowMiddleC: notes.filter((note) => note.pitch < MIDDLE_C).length,
  };
}

export interface SilenceCount {
  /** Quarter notes from the start of the piece to the end of its last note or rest. */
  length: number;
  /** Quarter notes without a sounding note. */
  silent: number;
  silences: number;
  longest: number;
  /** Silences lasting a bar or more. */
  barLong: number;
}

export function silenceCount(piece: MusicPiece): SilenceCount {
  const bar = barQuarters(piece.meter);
  const length = piece.notes.reduce((max, note) => Math.max(max, note.start + note.duration), 0);
  const count: SilenceCount = { length, silent: 0, silences: 0, longest: 0, barLong: 0 };
  const addSilence = (from: number, to: number) => {
    const silence = to - from;
    if (silence <= TIME_EPSILON) return;
    count.silent += silence;
    count.silences++;
    count.longest = Math.max(count.longest, silence);
    if (silence >= bar - TIME_EPSILON) count.barLong++;
  };
  let soundingUntil = 0;
  for (const note of pitchedNotes(piece)) {
    addSilence(soundingUntil, note.start);
    soundingUntil = Math.max(soundingUntil, note.start + note.duration);
  }
  addSilence(soundingUntil, length);
  return count;
}

/** Phrases of one or two notes: fragments rather than lines. */
export function fragmentCount(piece: MusicPiece): { phrases: number; fragments: number } {
  const phrases = phrasesOf(piece);
  return { phrases: phrases.length, fragments: phrases.filter((phrase) => phrase.length <= 2).length };
}

/**
 * Outside notes (neither chord nor scale tones of the chord: approach tones and others), and those not
 * resolved by a step (1-2 semitones) to an inside note as the next note of their phrase.
 */
export function unresolvedOutsideNotes(piece: MusicPiece): { outside: number; unresolved: number } {
  const isOutside = (note: PitchedNote) => {
    const chord = chordAt(piece.chords, note.start);
    const type = chord ? classifyPitch(note.pitch, chord) : 'X';
    return type === 'A' || type === 'X';
  };
  const count = { outside: 0, unresolved: 0 };
  for (const phrase of phrasesOf(piece)) {
    phrase.forEach((note, i) => {
      if (!isOutside(note)) return;
      count.outside++;
      const next = phrase[i + 1];
      const step = next ? Math.abs(next.pitch - note.pitch) : 0;
      if (!next || step < 1 || step > 2 || isOutside(next)) count.unresolved++;
    });
  }
  return count;
}

const normalised = (counts: readonly number[]): number[] => {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
};

/**
 * The overlapping area of two distributions given as counts over the same bins (MGEval's measure): the sum
 * of the smaller share in each bin, from 0 (disjoint) to 1 (identical). Null when either is empty.
 */
export function overlapArea(a: readonly number[], b: readonly number[]): number | null {
  if (!a.some((x) => x > 0) || !b.some((x) => x > 0)) return null;
  const p = normalised(a);
  const q = normalised(b);
  return p.reduce((sum, share, i) => sum + Math.min(share, q[i] ?? 0), 0);
}

/** Counts smoothed with a Gaussian kernel of `sigma` bins (a kernel density over the bins). */
export function smoothCounts(counts: readonly number[], sigma: number): number[] {
  const reach = Math.ceil(3 * sigma);
  return counts.map((_, i) => {
    let sum = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(counts.length - 1, i + reach); j++) {
      sum += counts[j] * Math.exp(-((i - j) ** 2) / (2 * sigma * sigma));
    }
    return sum;
  });
}

/** Index into DURATION_LABELS of a note length in quarter notes. */
export function durationBin(quarters: number): number {
  const found = DURATION_BINS.findIndex(
    (bin) => Math.abs(quarters - bin.quarters) <= DURATION_TOLERANCE * bin.quarters,
  );
  return found >= 0 ? found : DURATION_BINS.length;
}

export function durationCounts(piece: MusicPiece): number[] {
  const counts = new Array<number>(DURATION_LABELS.length).fill(0);
  for (const note of pitchedNotes(piece)) counts[durationBin(note.duration)]++;
  return counts;
}

export function pitchRange(piece: MusicPiece): { lowest: number; highest: number; semitones: number } | undefined {
  const pitches = pitchedNotes(piece).map((note) => note.pitch);
  if (pitches.length === 0) return undefined;
  const lowest = Math.min(...pitches);
  const highest = Math.max(...pitches);
  return { lowest, highest, semitones: highest - lowest };
}
