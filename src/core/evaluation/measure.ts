/**
 * Measuring: metrics pooled over a set of pieces (the solos, the corpus tunes), the report
 * object the CLI prints as JSON, its targets and its plain-text summary.
 * Pooling: counts are summed over pieces before dividing, so a long tune weighs more than a short one.
 * Every figure that cannot be computed (no notes, no held-out run) is null, never NaN, so JSON keeps it.
 */
import { DEFAULT_RANGE } from '../solo/melodicLine';
import { barQuarters } from '../types';
import {
  DURATION_LABELS,
  INTERVAL_LABELS,
  NOTE_TYPES,
  PITCH_CLASS_LABELS,
  REGISTER_LABELS,
  bestScale,
  chordTonesOnStrongBeats,
  durationCounts,
  entropyBits,
  fragmentCount,
  intervalCounts,
  motionCounts,
  noteTypeCounts,
  overlapArea,
  pitchClassCounts,
  pitchRange,
  registerCounts,
  registerEdges,
  silenceCount,
  smoothCounts,
  unresolvedOutsideNotes,
  type NoteType,
} from './metrics';
import {
  inexactBars,
  offGridSymbols,
  countWrittenRests,
  sixteenthSymbols,
  spellingErrors,
  tupletRests,
} from './notation';
import type { MusicPiece } from './pieces';
import { copiedNgrams, longestRepeatBars, sharedNgramsAcrossSequences, type CopyCount } from './sequences';

/** Length of the runs checked for rote copying (JazzGAN's measure uses n-grams; 8 values is about two bars). */
export const COPY_NGRAM_LENGTH = 8;

export interface NotationStats {
  /** Pieces read from ABC (the only ones these figures cover). */
  pieces: number;
  symbols: number;
  off_grid_onsets: number;
  pieces_off_grid: number;
  sixteenth_symbols: number;
  pieces_with_sixteenths: number;
  silences: number;
  rest_symbols: number;
  minimum_rest_symbols: number;
  extra_rest_symbols: number;
  silences_with_extra_rests: number;
  extra_rests_per_piece: number | null;
  tuplets: number;
  tuplets_with_rests: number;
  rest_only_tuplets: number;
  pieces_with_rest_only_tuplets: number;
  /** Notes attacked, chord tones judged for spelling among them, and those spelt against the chord. */
  spelled_notes: number;
  judged_chord_tones: number;
  spelling_errors: number;
  /** Spelling errors per note attacked. */
  spelling_error_ratio: number | null;
  abcjs_warnings: number;
  pieces_with_warnings: number;
  bars: number;
  inexact_bars: number;
}

export interface PieceSetStats {
  pieces: number;
  /** Notes (rests excluded). */
  notes: number;
  strong_beats: number;
  chord_tone_ratio: number | null;
  /** The same, counting only notes attacked on the strong beat (a diagnostic beside the main figure). */
  attacked_chord_tone_ratio: number | null;
  note_types: Record<NoteType, number>;
  outside_ratio: number | null;
  /** Outside notes (A and X) not resolved by a step to an inside note, of all outside notes. */
  unresolved_outside_ratio: number | null;
  scale_consistency: number | null;
  pitch_range: { mean: number; min: number; max: number; lowest: number; highest: number } | null;
  /** Entropy in bits of the pooled pitch-class histogram. */
  pitch_class_entropy: number | null;
  /** Mean over pieces of each piece's own entropy. */
  mean_piece_pitch_class_entropy: number | null;
  /** Intervals between notes of a phrase: 0, 1-2, 3-4 and 5+ semitones. */
  repeat_ratio: number | null;
  step_ratio: number | null;
  skip_ratio: number | null;
  leap_ratio: number | null;
  /** Notes on the lowest or highest pitch of the generator's range (`generator_range`), and below middle C. */
  generator_range: [number, number];
  range_edge_ratio: number | null;
  below_middle_c_ratio: number | null;
  /** Share of the time without a sounding note; the longest silence in quarter notes and in bars. */
  silence_ratio: number | null;
  longest_silence_quarters: number;
  longest_silence_bars: number;
  /** Silences of a bar or more, per piece. */
  bar_silences_per_piece: number | null;
  phrases: number;
  /** Phrases of one or two notes, per piece. */
  fragments_per_piece: number | null;
  longest_repeat: { max_values: number; max_bars: number; mean_values: number; mean_bars: number };
  /** Solos: runs copied from the corpus. Corpus: runs of a tune found in another tune. */
  copied_8gram_ratio: number | null;
  /** Null when no piece was read from ABC. */
  notation: NotationStats | null;
  counts: { pitch_class: number[]; interval: number[]; duration: number[]; register: number[] };
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
export const mean = (values: number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
export const addInto = (sum: number[], counts: number[]): void => counts.forEach((count, i) => (sum[i] += count));

/** The range the realiser keeps notes in when the model says nothing else: its edges are counted. */
export const GENERATOR_RANGE: readonly [number, number] = DEFAULT_RANGE;

export interface MeasureOptions {
  /** Lowest and highest pitch of the generator's range (MIDI, inclusive), for the range-edge share. */
  range?: readonly [number, number];
}

export function measureNotation(pieces: readonly MusicPiece[]): NotationStats | null {
  const written = pieces.filter((piece) => piece.notation !== undefined);
  if (written.length === 0) return null;
  const stats: NotationStats = {
    pieces: written.length,
    symbols: 0,
    off_grid_onsets: 0,
    pieces_off_grid: 0,
    sixteenth_symbols: 0,
    pieces_with_sixteenths: 0,
    silences: 0,
    rest_symbols: 0,
    minimum_rest_symbols: 0,
    extra_rest_symbols: 0,
    silences_with_extra_rests: 0,
    extra_rests_per_piece: null,
    tuplets: 0,
    tuplets_with_rests: 0,
    rest_only_tuplets: 0,
    pieces_with_rest_only_tuplets: 0,
    spelled_notes: 0,
    judged_chord_tones: 0,
    spelling_errors: 0,
    spelling_error_ratio: null,
    abcjs_warnings: 0,
    pieces_with_warnings: 0,
    bars: 0,
    inexact_bars: 0,
  };
  for (const piece of written) {
    const notation = piece.notation!;
    stats.symbols += notation.symbols.length;
    const offGrid = offGridSymbols(notation, piece.barStarts).length;
    stats.off_grid_onsets += offGrid;
    if (offGrid > 0) stats.pieces_off_grid++;
    const sixteenths = sixteenthSymbols(notation).length;
    stats.sixteenth_symbols += sixteenths;
    if (sixteenths > 0) stats.pieces_with_sixteenths++;
    const rests = countWrittenRests(notation, piece.barStarts, piece.meter);
    stats.silences += rests.silences;
    stats.rest_symbols += rests.restSymbols;
    stats.minimum_rest_symbols += rests.minimumRestSymbols;
    stats.extra_rest_symbols += rests.extraRestSymbols;
    stats.silences_with_extra_rests += rests.silencesWithExtraRests;
    const tuplets = tupletRests(notation);
    stats.tuplets += tuplets.tuplets;
    stats.tuplets_with_rests += tuplets.withRests;
    stats.rest_only_tuplets += tuplets.restsOnly;
    if (tuplets.restsOnly > 0) stats.pieces_with_rest_only_tuplets++;
    const spelling = spellingErrors(notation, piece.chords);
    stats.spelled_notes += spelling.notes;
    stats.judged_chord_tones += spelling.chordTones;
    stats.spelling_errors += spelling.errors;
    stats.abcjs_warnings += notation.issues;
    if (notation.issues > 0) stats.pieces_with_warnings++;
    const end = notation.symbols.reduce((max, symbol) => Math.max(max, symbol.start + symbol.duration), 0);
    const bars = inexactBars(piece.barStarts, end, piece.meter);
    stats.bars += bars.bars;
    stats.inexact_bars += bars.inexact;
  }
  stats.extra_rests_per_piece = stats.extra_rest_symbols / written.length;
  stats.spelling_error_ratio = ratio(stats.spelling_errors, stats.spelled_notes);
  return stats;
}

/**
 * Pools the metrics of `pieces`. `copyReference`: the corpus n-gram set the pieces are checked against
 * (solos); 'across-pieces' checks each piece against the others (the corpus's own figure).
 */
export function measurePieces(
  pieces: readonly MusicPiece[],
  copyReference: ReadonlySet<string> | 'across-pieces',
  options: MeasureOptions = {},
): PieceSetStats {
  const range = options.range ?? GENERATOR_RANGE;
  const pitchClass = new Array<number>(PITCH_CLASS_LABELS.length).fill(0);
  const interval = new Array<number>(INTERVAL_LABELS.length).fill(0);
  const duration = new Array<number>(DURATION_LABELS.length).fill(0);
  const register = new Array<number>(REGISTER_LABELS.length).fill(0);
  const noteTypes: Record<NoteType, number> = { C: 0, S: 0, A: 0, X: 0 };
  let strongBeats = 0;
  let chordTones = 0;
  let attacked = 0;
  let attackedChordTones = 0;
  let inScale = 0;
  let notes = 0;
  let atRangeEdge = 0;
  let belowMiddleC = 0;
  let length = 0;
  let silent = 0;
  let longestSilence = 0;
  let longestSilenceBars = 0;
  let barSilences = 0;
  let phrases = 0;
  let fragments = 0;
  let outside = 0;
  let unresolved = 0;
  const ranges: Array<{ lowest: number; highest: number; semitones: number }> = [];
  const pieceEntropies: number[] = [];
  const repeats: Array<{ values: number; bars: number }> = [];
  for (const piece of pieces) {
    const strong = chordTonesOnStrongBeats(piece);
    strongBeats += strong.strongBeats;
    chordTones += strong.chordTones;
    attacked += strong.attacked;
    attackedChordTones += strong.attackedChordTones;
    const types = noteTypeCounts(piece);
    for (const type of NOTE_TYPES) noteTypes[type] += types[type];
    const scale = bestScale(piece);
    inScale += scale.inScale;
    notes += scale.notes;
    const pieceRange = pitchRange(piece);
    if (pieceRange) ranges.push(pieceRange);
    const classes = pitchClassCounts(piece);
    addInto(pitchClass, classes);
    if (scale.notes > 0) pieceEntropies.push(entropyBits(classes));
    addInto(interval, intervalCounts(piece));
    addInto(duration, durationCounts(piece));
    addInto(register, registerCounts(piece));
    const edges = registerEdges(piece, range);
    atRangeEdge += edges.atRangeEdge;
    belowMiddleC += edges.belowMiddleC;
    const silence = silenceCount(piece);
    length += silence.length;
    silent += silence.silent;
    barSilences += silence.barLong;
    if (silence.longest > longestSilence) {
      longestSilence = silence.longest;
      longestSilenceBars = silence.longest / barQuarters(piece.meter);
    }
    const fragmentCounts = fragmentCount(piece);
    phrases += fragmentCounts.phrases;
    fragments += fragmentCounts.fragments;
    const outsideCounts = unresolvedOutsideNotes(piece);
    outside += outsideCounts.outside;
    unresolved += outsideCounts.unresolved;
    repeats.push(longestRepeatBars(piece.values, piece.meter));
  }
  const copies: CopyCount[] =
    copyReference === 'across-pieces'
      ? sharedNgramsAcrossSequences(
          pieces.map((piece) => piece.values),
          COPY_NGRAM_LENGTH,
        )
      : pieces.map((piece) => copiedNgrams(piece.values, copyReference, COPY_NGRAM_LENGTH));
  const copied = copies.reduce((sum, count) => sum + count.copied, 0);
  const windows = copies.reduce((sum, count) => sum + count.windows, 0);
  const motion = motionCounts(interval);
  return {
    pieces: pieces.length,
    notes,
    strong_beats: strongBeats,
    chord_tone_ratio: ratio(chordTones, strongBeats),
    attacked_chord_tone_ratio: ratio(attackedChordTones, attacked),
    note_types: noteTypes,
    outside_ratio: ratio(noteTypes.X, notes),
    unresolved_outside_ratio: ratio(unresolved, outside),
    scale_consistency: ratio(inScale, notes),
    pitch_range: ranges.length
      ? {
          mean: mean(ranges.map((r) => r.semitones)),
          min: Math.min(...ranges.map((r) => r.semitones)),
          max: Math.max(...ranges.map((r) => r.semitones)),
          lowest: Math.min(...ranges.map((r) => r.lowest)),
          highest: Math.max(...ranges.map((r) => r.highest)),
        }
      : null,
    pitch_class_entropy: notes > 0 ? entropyBits(pitchClass) : null,
    mean_piece_pitch_class_entropy: pieceEntropies.length ? mean(pieceEntropies) : null,
    repeat_ratio: ratio(motion.repeats, motion.total),
    step_ratio: ratio(motion.steps, motion.total),
    skip_ratio: ratio(motion.skips, motion.total),
    leap_ratio: ratio(motion.leaps, motion.total),
    generator_range: [range[0], range[1]],
    range_edge_ratio: ratio(atRangeEdge, notes),
    below_middle_c_ratio: ratio(belowMiddleC, notes),
    silence_ratio: ratio(silent, length),
    longest_silence_quarters: longestSilence,
    longest_silence_bars: longestSilenceBars,
    bar_silences_per_piece: ratio(barSilences, pieces.length),
    phrases,
    fragments_per_piece: ratio(fragments, pieces.length),
    longest_repeat: {
      max_values: Math.max(0, ...repeats.map((r) => r.values)),
      max_bars: Math.max(0, ...repeats.map((r) => r.bars)),
      mean_values: mean(repeats.map((r) => r.values)),
      mean_bars: mean(repeats.map((r) => r.bars)),
    },
    copied_8gram_ratio: ratio(copied, windows),
    notation: measureNotation(pieces),
    counts: { pitch_class: pitchClass, interval, duration, register },
  };
}

/** Shares (0 to 1) of a histogram, solo beside corpus. */
export interface HistogramPair {
  labels: string[];
  solo: number[];
  corpus: number[];
}

export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

/** The report's histograms: each distribution of the solos beside the corpus's (a type literal, so Object.values sees its pairs). */
export type HistogramPairs = {
  pitch_class: HistogramPair;
  register: HistogramPair;
  interval: HistogramPair;
  duration: HistogramPair;
  note_type: HistogramPair;
};

export function histogramPairs(solo: PieceSetStats, corpus: PieceSetStats): HistogramPairs {
  const pair = (labels: string[], a: readonly number[], b: readonly number[]): HistogramPair => ({
    labels,
    solo: shares(a),
    corpus: shares(b),
  });
  return {
    pitch_class: pair(PITCH_CLASS_LABELS, solo.counts.pitch_class, corpus.counts.pitch_class),
    register: pair(REGISTER_LABELS, solo.counts.register, corpus.counts.register),
    interval: pair(INTERVAL_LABELS, solo.counts.interval, corpus.counts.interval),
    duration: pair(DURATION_LABELS, solo.counts.duration, corpus.counts.duration),
    note_type: pair(
      [...NOTE_TYPES],
      NOTE_TYPES.map((t) => solo.note_types[t]),
      NOTE_TYPES.map((t) => corpus.note_types[t]),
    ),
  };
}

/**
 * Width in semitones of the kernel that smooths the register histograms before their overlap is taken:
 * a solo in F and a corpus in many keys share a register without sharing every pitch.
 */
export const REGISTER_KERNEL_SEMITONES = 2;

export interface DistributionOverlaps {
  pitch_class: number | null;
  register: number | null;
  interval: number | null;
  duration: number | null;
}

/** The overlapping area of each distribution of the solos with the corpus's (MGEval's measure). */
export function distributionOverlaps(solo: PieceSetStats, corpus: PieceSetStats): DistributionOverlaps {
  return {
    pitch_class: overlapArea(solo.counts.pitch_class, corpus.counts.pitch_class),
    register: overlapArea(
      smoothCounts(solo.counts.register, REGISTER_KERNEL_SEMITONES),
      smoothCounts(corpus.counts.register, REGISTER_KERNEL_SEMITONES),
    ),
    interval: overlapArea(solo.counts.interval, corpus.counts.interval),
    duration: overlapArea(solo.counts.duration, corpus.counts.duration),
  };
}
