/**
 * The style measures of issue 17: how a line sounds set beside real jazz, computed the same way for generated
 * solos, for a corpus's tunes and for transcribed solos. Every measure is kept as counts (or lists) per piece
 * so that pieces pool before dividing, as in ./metrics.
 *
 * Definitions:
 * - Interval classes: between consecutive notes of a phrase (./metrics intervalCounts): repeated 0, steps
 *   1-2 semitones, skips 3-4, leaps 5 or more.
 * - Strong-beat classes: on beats 1 and 3 of a 4/4 bar (./metrics strongBeatTimes), the note sounding there
 *   (attacked or held over the beat) against the chord sounding there, as a chord tone, tension or chromatic
 *   note (core/theory/chordClass). A strong beat in a rest, or with no chord (N.C.), is not counted.
 * - Chromatic notes: of all notes, each against the chord at its onset; a note with no chord is not counted.
 * - Onset-to-onset distances: from a note's attack to the next note's attack inside a phrase, binned as an
 *   eighth (1/2 quarter), a sixteenth (1/4), an eighth-note triplet (1/3) or other.
 * - Phrases: notes separated by less than a beat of silence (./metrics phrasesOf); notes per phrase, median
 *   over all phrases pooled.
 * - Time between phrases: the silences of a beat or more between two phrases, as a share of the time from the
 *   first attack to the end of the last note.
 * - Range and pitch-class entropy (bits) per piece of a fixed number of notes: each solo is cut into
 *   consecutive pieces of that many notes (a last piece shorter than half of it is dropped), and the ranges
 *   and entropies of the pieces are averaged. Without a length, every solo is one piece.
 */
import { chordClassOf, CHORD_CLASSES, type ChordClass } from '../theory/chordClass';
import { chordAt } from '../solo/grammar';
import {
  entropyBits,
  intervalCounts,
  motionCounts,
  noteSoundingAt,
  phrasesOf,
  pitchClassCounts,
  strongBeatTimes,
  type MotionCount,
} from './metrics';
import type { MusicPiece, PieceNote } from './pieces';

const TIME_EPSILON = 1e-3;

export type OnsetClass = 'eighth' | 'sixteenth' | 'eighthTriplet' | 'other';
export const ONSET_CLASSES: readonly OnsetClass[] = ['eighth', 'sixteenth', 'eighthTriplet', 'other'];
const ONSET_QUARTERS: ReadonlyArray<[OnsetClass, number]> = [
  ['eighth', 1 / 2],
  ['sixteenth', 1 / 4],
  ['eighthTriplet', 1 / 3],
];

/** The class of an onset-to-onset distance in quarter notes. */
export function onsetClass(quarters: number): OnsetClass {
  for (const [name, length] of ONSET_QUARTERS) if (Math.abs(quarters - length) <= TIME_EPSILON) return name;
  return 'other';
}

/** What one piece (or several, pooled) holds, as counts. */
export interface StyleCounts {
  pieces: number;
  notes: number;
  motion: MotionCount;
  strongBeats: Record<ChordClass, number>;
  /** Every note against the chord at its onset. */
  noteClasses: Record<ChordClass, number>;
  onsets: Record<OnsetClass, number>;
  /** Notes in each phrase. */
  phraseNotes: number[];
  /** Quarter notes from the first attack to the end of the last note, and of them, in rests between phrases. */
  span: number;
  betweenPhrases: number;
}

const zeroClasses = (): Record<ChordClass, number> => ({ chordTone: 0, tension: 0, chromatic: 0 });
const zeroOnsets = (): Record<OnsetClass, number> => ({ eighth: 0, sixteenth: 0, eighthTriplet: 0, other: 0 });

export function emptyStyleCounts(): StyleCounts {
  return {
    pieces: 0,
    notes: 0,
    motion: { repeats: 0, steps: 0, skips: 0, leaps: 0, total: 0 },
    strongBeats: zeroClasses(),
    noteClasses: zeroClasses(),
    onsets: zeroOnsets(),
    phraseNotes: [],
    span: 0,
    betweenPhrases: 0,
  };
}

/** The style counts of one piece. */
export function styleCounts(piece: MusicPiece): StyleCounts {
  const counts = emptyStyleCounts();
  counts.pieces = 1;
  counts.motion = motionCounts(intervalCounts(piece));
  for (const time of strongBeatTimes(piece)) {
    const note = noteSoundingAt(piece.notes, time);
    const chord = chordAt(piece.chords, time);
    if (note && note.pitch !== null && chord) counts.strongBeats[chordClassOf(note.pitch, chord)]++;
  }
  const phrases = phrasesOf(piece);
  for (const phrase of phrases) {
    counts.notes += phrase.length;
    counts.phraseNotes.push(phrase.length);
    for (let i = 0; i < phrase.length; i++) {
      const chord = chordAt(piece.chords, phrase[i].start);
      if (chord) counts.noteClasses[chordClassOf(phrase[i].pitch, chord)]++;
      if (i > 0) counts.onsets[onsetClass(phrase[i].start - phrase[i - 1].start)]++;
    }
  }
  if (phrases.length > 0) {
    const phraseEnd = (phrase: PieceNote[]) => Math.max(...phrase.map((note) => note.start + note.duration));
    counts.span = phraseEnd(phrases[phrases.length - 1]) - phrases[0][0].start;
    for (let i = 1; i < phrases.length; i++) counts.betweenPhrases += phrases[i][0].start - phraseEnd(phrases[i - 1]);
  }
  return counts;
}

/** Counts summed over pieces. */
export function poolStyleCounts(all: readonly StyleCounts[]): StyleCounts {
  const pooled = emptyStyleCounts();
  for (const counts of all) {
    pooled.pieces += counts.pieces;
    pooled.notes += counts.notes;
    for (const key of ['repeats', 'steps', 'skips', 'leaps', 'total'] as const) pooled.motion[key] += counts.motion[key];
    for (const cls of CHORD_CLASSES) {
      pooled.strongBeats[cls] += counts.strongBeats[cls];
      pooled.noteClasses[cls] += counts.noteClasses[cls];
    }
    for (const cls of ONSET_CLASSES) pooled.onsets[cls] += counts.onsets[cls];
    pooled.phraseNotes.push(...counts.phraseNotes);
    pooled.span += counts.span;
    pooled.betweenPhrases += counts.betweenPhrases;
  }
  return pooled;
}

/**
 * A piece cut into consecutive pieces of `notes` notes each (rests between them kept with the note after);
 * a last piece shorter than half of `notes` is dropped, so a short remainder does not narrow the ranges.
 */
export function cutIntoPieces(piece: MusicPiece, notes: number): MusicPiece[] {
  const size = Math.max(1, Math.round(notes));
  const pieces: MusicPiece[] = [];
  let current: PieceNote[] = [];
  let pitched = 0;
  const flush = () => {
    if (pitched >= size / 2) pieces.push({ ...piece, title: `${piece.title} (${pieces.length + 1})`, notes: current });
    current = [];
    pitched = 0;
  };
  for (const note of piece.notes) {
    current.push(note);
    if (note.pitch === null) continue;
    pitched++;
    if (pitched === size) flush();
  }
  flush();
  return pieces;
}

export interface RangeAndEntropy {
  pieces: number;
  /** Mean over pieces of highest minus lowest pitch, semitones. */
  range: number | null;
  /** Mean over pieces of each piece's pitch-class entropy, bits. */
  entropy: number | null;
}

/** Range and pitch-class entropy per piece, the pieces cut to `notesPerPiece` notes when it is given. */
export function rangeAndEntropy(pieces: readonly MusicPiece[], notesPerPiece?: number): RangeAndEntropy {
  const cut = notesPerPiece === undefined ? pieces : pieces.flatMap((piece) => cutIntoPieces(piece, notesPerPiece));
  const ranges: number[] = [];
  const entropies: number[] = [];
  for (const piece of cut) {
    const pitches = piece.notes.flatMap((note) => (note.pitch === null ? [] : [note.pitch]));
    if (pitches.length === 0) continue;
    ranges.push(Math.max(...pitches) - Math.min(...pitches));
    entropies.push(entropyBits(pitchClassCounts(piece)));
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  return { pieces: ranges.length, range: mean(ranges), entropy: mean(entropies) };
}

/** The style measures as a report prints them: shares from 0 to 1, null when nothing was counted. */
export interface StyleMeasures {
  pieces: number;
  notes: number;
  repeated: number | null;
  steps: number | null;
  skips: number | null;
  leaps: number | null;
  strong_chord_tones: number | null;
  strong_tensions: number | null;
  strong_chromatic: number | null;
  chromatic_notes: number | null;
  eighths: number | null;
  sixteenths: number | null;
  eighth_triplets: number | null;
  phrase_median_notes: number | null;
  time_between_phrases: number | null;
  /** Notes per piece the range and entropy were measured on (null: every piece whole). */
  piece_notes: number | null;
  range_semitones: number | null;
  pitch_class_entropy: number | null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The style measures of a set of pieces. `notesPerPiece` cuts them for the range and the entropy (a corpus is
 * cut into pieces as long as the solos it is compared with); without it each piece is measured whole.
 */
export function measureStyle(pieces: readonly MusicPiece[], notesPerPiece?: number): StyleMeasures {
  const counts = poolStyleCounts(pieces.map(styleCounts));
  const strongTotal = CHORD_CLASSES.reduce((sum, cls) => sum + counts.strongBeats[cls], 0);
  const classified = CHORD_CLASSES.reduce((sum, cls) => sum + counts.noteClasses[cls], 0);
  const onsetTotal = ONSET_CLASSES.reduce((sum, cls) => sum + counts.onsets[cls], 0);
  const shape = rangeAndEntropy(pieces, notesPerPiece);
  return {
    pieces: counts.pieces,
    notes: counts.notes,
    repeated: share(counts.motion.repeats, counts.motion.total),
    steps: share(counts.motion.steps, counts.motion.total),
    skips: share(counts.motion.skips, counts.motion.total),
    leaps: share(counts.motion.leaps, counts.motion.total),
    strong_chord_tones: share(counts.strongBeats.chordTone, strongTotal),
    strong_tensions: share(counts.strongBeats.tension, strongTotal),
    strong_chromatic: share(counts.strongBeats.chromatic, strongTotal),
    chromatic_notes: share(counts.noteClasses.chromatic, classified),
    eighths: share(counts.onsets.eighth, onsetTotal),
    sixteenths: share(counts.onsets.sixteenth, onsetTotal),
    eighth_triplets: share(counts.onsets.eighthTriplet, onsetTotal),
    phrase_median_notes: median(counts.phraseNotes),
    time_between_phrases: share(counts.betweenPhrases, counts.span),
    piece_notes: notesPerPiece ?? null,
    range_semitones: shape.range,
    pitch_class_entropy: shape.entropy,
  };
}
