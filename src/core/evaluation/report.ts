/**
 * The evaluation report: metrics pooled over a set of pieces (the solos, the corpus tunes), the report
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
  restSymbolCount,
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

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const addInto = (sum: number[], counts: number[]): void => counts.forEach((count, i) => (sum[i] += count));

/** The range the realiser keeps notes in when the model says nothing else: its edges are counted. */
export const GENERATOR_RANGE: readonly [number, number] = DEFAULT_RANGE;

export interface MeasureOptions {
  /** Lowest and highest pitch of the generator's range (MIDI, inclusive), for the range-edge share. */
  range?: readonly [number, number];
}

function measureNotation(pieces: readonly MusicPiece[]): NotationStats | null {
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
    const rests = restSymbolCount(notation, piece.barStarts, piece.meter);
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

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

export function histogramPairs(solo: PieceSetStats, corpus: PieceSetStats): EvaluationReport['histograms'] {
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

export interface HeldOutSection {
  split: 'tunes' | 'tails';
  share: number;
  seed: number;
  training_values: number;
  heldout_values: number;
  scored_values: number;
  unknown_values: number;
  unknown_policy: string;
  epochs: number;
  /** Loss per epoch of the model retrained on the training part. */
  training_loss: number[];
  unigram: string;
  bigram: string;
  bigram_accuracy: number | null;
  unigram_accuracy: number | null;
  seconds: number;
}

export interface EvaluationTarget {
  /** A stable identifier (the benchmark's column). */
  key: string;
  name: string;
  target: string;
  value: string;
  /** null when the figure could not be computed (for example no held-out run). */
  passed: boolean | null;
}

export interface EvaluationReport {
  format: 'jazz-solo-evaluation';
  version: 1;
  created_at: string;
  /** What was evaluated: generated solos of a model, or an ABC text. */
  subject: { kind: 'model' | 'abc'; description: string };
  model: { name: string; dir: string; vocabulary: number; options: Record<string, unknown>; loss: number[] } | null;
  corpus: { paths: string[]; tunes: number; values: number; warnings: number; changed_files: string[] };
  generation: {
    solos: number;
    seeds: number[];
    steps: number;
    temperature: number | null;
    top_k: number | null;
    greedy: boolean;
    chords: string;
  } | null;
  heldout: HeldOutSection | null;
  /** Nats per value. */
  heldout_nll: number | null;
  bigram_nll: number | null;
  unigram_nll: number | null;
  heldout_accuracy: number | null;
  solo_chord_tone_ratio: number | null;
  corpus_chord_tone_ratio: number | null;
  copied_8gram_ratio: number | null;
  /** Longest exact repetition over all solos, in bars and in values. */
  longest_loop_bars: number;
  longest_loop_values: number;
  solo_metrics: PieceSetStats;
  corpus_metrics: PieceSetStats;
  histograms: {
    pitch_class: HistogramPair;
    register: HistogramPair;
    interval: HistogramPair;
    duration: HistogramPair;
    note_type: HistogramPair;
  };
  overlaps: DistributionOverlaps;
  targets: EvaluationTarget[];
  definitions: string[];
  seconds: number;
}

/** The targets for a solo a musician can read and would play (reported, never asserted). */
export const TARGETS = {
  chordToneGap: 0.1,
  copiedRatio: 0.25,
  loopBars: 2,
  /** The LSTM's held-out NLL at least this share below the bigram's. */
  nllGainOverBigram: 0.05,
  extraRestsPerSolo: 0.2,
  spellingErrorRatio: 0.008,
  rangeEdgeRatio: 0.015,
  repeatRatio: 0.01,
  registerOverlap: 0.8,
  stepGap: 0.08,
  leapRatio: 0.05,
  silenceGap: 0.03,
  barSilencesPerSolo: 0.05,
  unresolvedOutsideRatio: 0.12,
} as const;

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const fixed = (value: number | null, digits = 3): string => (value === null ? 'n/a' : value.toFixed(digits));
const TOLERANCE = 1e-9;

export type TargetFigures = Pick<
  EvaluationReport,
  'solo_metrics' | 'corpus_metrics' | 'overlaps' | 'heldout_nll' | 'bigram_nll'
>;

/** The targets, judged on a report's figures; a figure that could not be computed gives `passed: null`. */
export function judgeTargets(report: TargetFigures): EvaluationTarget[] {
  const s = report.solo_metrics;
  const c = report.corpus_metrics;
  const n = s.notation;
  const atMost = (value: number | null | undefined, limit: number) =>
    value === null || value === undefined ? null : value <= limit + TOLERANCE;
  const within = (a: number | null, b: number | null, gap: number) =>
    a === null || b === null ? null : Math.abs(a - b) <= gap + TOLERANCE;
  const none = (count: number | undefined) => (count === undefined ? null : count === 0);
  const ofPieces = (count: number | undefined, pieces: number | undefined) =>
    count === undefined ? 'n/a' : `${count} (in ${pieces} of ${n?.pieces} solos)`;
  const nllLimit = report.bigram_nll === null ? null : report.bigram_nll * (1 - TARGETS.nllGainOverBigram);
  return [
    {
      key: 'off_grid',
      name: 'notes off the grid',
      target: '0',
      value: ofPieces(n?.off_grid_onsets, n?.pieces_off_grid),
      passed: none(n?.off_grid_onsets),
    },
    {
      key: 'sixteenths',
      name: 'sixteenth-note notation',
      target: '0',
      value: ofPieces(n?.sixteenth_symbols, n?.pieces_with_sixteenths),
      passed: none(n?.sixteenth_symbols),
    },
    {
      key: 'rest_tuplets',
      name: 'tuplets of rests only',
      target: '0',
      value: n ? `${n.rest_only_tuplets} (${n.tuplets_with_rests} of ${n.tuplets} tuplets contain rests)` : 'n/a',
      passed: none(n?.rest_only_tuplets),
    },
    {
      key: 'abcjs_warnings',
      name: 'abcjs warnings',
      target: '0',
      value: ofPieces(n?.abcjs_warnings, n?.pieces_with_warnings),
      passed: none(n?.abcjs_warnings),
    },
    {
      key: 'bars_exact',
      name: 'bars of the wrong length',
      target: '0',
      value: n ? `${n.inexact_bars} of ${n.bars}` : 'n/a',
      passed: none(n?.inexact_bars),
    },
    {
      key: 'extra_rests',
      name: 'extra rest symbols per solo',
      target: `at most ${TARGETS.extraRestsPerSolo}`,
      value: n
        ? `${fixed(n.extra_rests_per_piece, 2)} (${n.silences_with_extra_rests} of ${n.silences} silences)`
        : 'n/a',
      passed: atMost(n?.extra_rests_per_piece, TARGETS.extraRestsPerSolo),
    },
    {
      key: 'spelling',
      name: 'chord tones spelt against the chord',
      target: `at most ${100 * TARGETS.spellingErrorRatio}% of notes`,
      value: n ? `${percent(n.spelling_error_ratio)} (${n.spelling_errors} notes)` : 'n/a',
      passed: atMost(n?.spelling_error_ratio, TARGETS.spellingErrorRatio),
    },
    {
      key: 'range_edge',
      name: 'notes on the edge of the range',
      target: `at most ${100 * TARGETS.rangeEdgeRatio}%`,
      value: percent(s.range_edge_ratio),
      passed: atMost(s.range_edge_ratio, TARGETS.rangeEdgeRatio),
    },
    {
      key: 'repeats',
      name: 'repeated pitches',
      target: `at most ${100 * TARGETS.repeatRatio}%`,
      value: percent(s.repeat_ratio),
      passed: atMost(s.repeat_ratio, TARGETS.repeatRatio),
    },
    {
      key: 'register_overlap',
      name: 'register overlap with the corpus',
      target: `at least ${TARGETS.registerOverlap}`,
      value: fixed(report.overlaps.register, 2),
      passed:
        report.overlaps.register === null ? null : report.overlaps.register >= TARGETS.registerOverlap - TOLERANCE,
    },
    {
      key: 'steps',
      name: 'steps (1-2 semitones)',
      target: `within ${100 * TARGETS.stepGap} points of the corpus`,
      value: `${percent(s.step_ratio)} vs corpus ${percent(c.step_ratio)}`,
      passed: within(s.step_ratio, c.step_ratio, TARGETS.stepGap),
    },
    {
      key: 'leaps',
      name: 'leaps (5+ semitones)',
      target: `at most ${100 * TARGETS.leapRatio}%`,
      value: percent(s.leap_ratio),
      passed: atMost(s.leap_ratio, TARGETS.leapRatio),
    },
    {
      key: 'silence',
      name: 'silence share',
      target: `within ${100 * TARGETS.silenceGap} points of the corpus`,
      value: `${percent(s.silence_ratio)} vs corpus ${percent(c.silence_ratio)}`,
      passed: within(s.silence_ratio, c.silence_ratio, TARGETS.silenceGap),
    },
    {
      key: 'bar_silences',
      name: 'silences of a bar or more per solo',
      target: `at most ${TARGETS.barSilencesPerSolo}`,
      value: fixed(s.bar_silences_per_piece, 2),
      passed: atMost(s.bar_silences_per_piece, TARGETS.barSilencesPerSolo),
    },
    {
      key: 'unresolved_outside',
      name: 'outside notes left unresolved',
      target: `at most ${100 * TARGETS.unresolvedOutsideRatio}%`,
      value: percent(s.unresolved_outside_ratio),
      passed: atMost(s.unresolved_outside_ratio, TARGETS.unresolvedOutsideRatio),
    },
    {
      key: 'chord_tones',
      name: 'chord tones on strong beats',
      target: `within ${100 * TARGETS.chordToneGap} points of the corpus`,
      value: `${percent(s.chord_tone_ratio)} vs corpus ${percent(c.chord_tone_ratio)}`,
      passed: within(s.chord_tone_ratio, c.chord_tone_ratio, TARGETS.chordToneGap),
    },
    {
      key: 'copied',
      name: 'copied 8-value runs',
      target: `at most ${100 * TARGETS.copiedRatio}%`,
      value: percent(s.copied_8gram_ratio),
      passed: atMost(s.copied_8gram_ratio, TARGETS.copiedRatio),
    },
    {
      key: 'loop',
      name: 'longest exact loop',
      target: `at most ${TARGETS.loopBars} bars`,
      value: `${s.longest_repeat.max_bars.toFixed(2)} bars`,
      passed: s.longest_repeat.max_bars <= TARGETS.loopBars + TOLERANCE,
    },
    {
      key: 'heldout_nll',
      name: 'held-out NLL',
      target: `at least ${100 * TARGETS.nllGainOverBigram}% below the bigram baseline`,
      value: `${fixed(report.heldout_nll)} vs bigram ${fixed(report.bigram_nll)} nats/value`,
      passed: report.heldout_nll === null || nllLimit === null ? null : report.heldout_nll <= nllLimit,
    },
  ];
}

/** One line of the solo-beside-corpus table: the measure's name and both figures as text. */
export type ComparisonRow = [name: string, solo: string, corpus: string];

/** Every measure of the solos beside the corpus's, for the text summary and the HTML report. */
export function comparisonRows(
  report: Pick<EvaluationReport, 'solo_metrics' | 'corpus_metrics' | 'overlaps'>,
): ComparisonRow[] {
  const s = report.solo_metrics;
  const c = report.corpus_metrics;
  const both = (name: string, format: (stats: PieceSetStats) => string): ComparisonRow => [name, format(s), format(c)];
  const written = (format: (notation: NotationStats) => string) => (stats: PieceSetStats) =>
    stats.notation ? format(stats.notation) : 'n/a';
  const rows: ComparisonRow[] = [
    both('chord tones on strong beats', (x) => percent(x.chord_tone_ratio)),
    both('  attacked on the beat only', (x) => percent(x.attacked_chord_tone_ratio)),
    both('scale consistency', (x) => percent(x.scale_consistency)),
    both('outside notes (X)', (x) => percent(x.outside_ratio)),
    both('outside notes (A, X) unresolved', (x) => percent(x.unresolved_outside_ratio)),
    both('pitch range (mean semitones)', (x) => fixed(x.pitch_range?.mean ?? null, 1)),
    both('lowest-highest pitch (MIDI)', (x) =>
      x.pitch_range ? `${x.pitch_range.lowest}-${x.pitch_range.highest}` : 'n/a',
    ),
    both('notes below C4', (x) => percent(x.below_middle_c_ratio)),
    both(`notes on the range edge (MIDI ${s.generator_range.join(', ')})`, (x) => percent(x.range_edge_ratio)),
    both('pitch-class entropy (bits)', (x) => fixed(x.pitch_class_entropy, 2)),
    both('repeated pitches', (x) => percent(x.repeat_ratio)),
    both('steps (1-2 semitones)', (x) => percent(x.step_ratio)),
    both('skips (3-4 semitones)', (x) => percent(x.skip_ratio)),
    both('leaps (5+ semitones)', (x) => percent(x.leap_ratio)),
    both('silence share', (x) => percent(x.silence_ratio)),
    both('longest silence (bars)', (x) => x.longest_silence_bars.toFixed(2)),
    both('silences of a bar+ per piece', (x) => fixed(x.bar_silences_per_piece, 2)),
    both('1-2-note fragments per piece', (x) => fixed(x.fragments_per_piece, 2)),
    both('longest repeat (max bars)', (x) => x.longest_repeat.max_bars.toFixed(2)),
    both('longest repeat (mean bars)', (x) => x.longest_repeat.mean_bars.toFixed(2)),
    both('copied 8-value runs', (x) => percent(x.copied_8gram_ratio)),
    both(
      'symbols off the grid',
      written((n) => `${n.off_grid_onsets}`),
    ),
    both(
      'sixteenth-note symbols',
      written((n) => `${n.sixteenth_symbols}`),
    ),
    both(
      'extra rest symbols per piece',
      written((n) => fixed(n.extra_rests_per_piece, 2)),
    ),
    both(
      'silences with extra rests',
      written((n) => `${n.silences_with_extra_rests}/${n.silences}`),
    ),
    both(
      'tuplets with rests / rests only',
      written((n) => `${n.tuplets_with_rests}/${n.rest_only_tuplets} of ${n.tuplets}`),
    ),
    both(
      'chord tones spelt wrong',
      written((n) => percent(n.spelling_error_ratio)),
    ),
    both(
      'abcjs warnings',
      written((n) => `${n.abcjs_warnings}`),
    ),
    both(
      'bars of the wrong length',
      written((n) => `${n.inexact_bars}/${n.bars}`),
    ),
  ];
  const overlap = (name: string, value: number | null): ComparisonRow => [
    `overlap with corpus: ${name}`,
    fixed(value, 2),
    '1.00',
  ];
  rows.push(overlap('pitch classes', report.overlaps.pitch_class));
  rows.push(overlap('register', report.overlaps.register));
  rows.push(overlap('intervals', report.overlaps.interval));
  rows.push(overlap('durations', report.overlaps.duration));
  rows.push(both('pieces / notes', (x) => `${x.pieces} / ${x.notes}`));
  return rows;
}

export const METRIC_DEFINITIONS = [
  'Strong beats: beat 1 of every full bar, and the beat halfway through the bar when it has an even ' +
    'number of beats, four or more (4/4: beats 1 and 3); the note sounding there (attacked or held) is ' +
    'judged against the chord sounding there.',
  'Note types: each note against the chord at its onset (C chord tone, S scale tone, A approach tone, X outside).',
  'Scale consistency: largest share of notes inside one major (or relative natural minor) scale.',
  'Pitch classes are counted relative to the key tonic, one count per note; entropy in bits.',
  'Phrases: notes separated by less than a beat of silence. Intervals: between consecutive notes of a ' +
    'phrase; repeat 0, step 1-2 semitones, skip 3-4, leap 5 or more.',
  'Register: notes per MIDI pitch; range edge: notes on the lowest or highest pitch the generator may ' +
    'use (or beyond); below C4: under MIDI 60.',
  'Silences: stretches without a sounding note; silence share of the time from the start to the last ' +
    'note or rest; a silence of a bar or more is counted per piece. Fragments: phrases of one or two ' +
    'notes.',
  'Unresolved outside notes: notes neither chord nor scale tones of their chord (A and X) whose next ' +
    'note in the phrase is not a step (1-2 semitones) away, or is outside itself.',
  "Notation, read from the ABC text with the project's reader: a symbol off the grid starts neither on " +
    'the eighth-note grid of its bar nor inside a complete tuplet group; sixteenth notation is a written ' +
    'length that is not a whole number of eighths.',
  'Extra rest symbols: for each run of rests, the rest symbols written minus the fewest an engraver ' +
    'needs (one per silent bar; otherwise grouped by beat and half bar, one rest for a silent part of a ' +
    'triplet).',
  'Spelling: a chord tone must be written with the letter of its degree in the chord (Bdim7 = B D F Ab, ' +
    'so G# is an error); the share is of all notes attacked.',
  `Overlap with the corpus (MGEval): the area shared by the two normalised histograms; the register ` +
    `histograms are first smoothed with a ${REGISTER_KERNEL_SEMITONES}-semitone Gaussian kernel.`,
  'Longest exact repetition: the longest run of values occurring twice without overlap, in values and ' +
    "in bars (its values' durations over the bar length); the solos' figure is the maximum over solos.",
  `Copied runs: share of a solo's ${COPY_NGRAM_LENGTH}-value runs found verbatim in a tune of the ` +
    `corpus; for the corpus, the share of a tune's runs found in another tune.`,
  'Held-out NLL: mean negative log-likelihood per value in nats on the held-out part, the LSTM ' +
    "retrained on the rest with the model's own options.",
];

/** The report's figures as plain text lines, for the CLI. */
export function formatEvaluationSummary(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(`Evaluation of ${report.subject.description}`);
  lines.push(
    `corpus: ${report.corpus.paths.length} path(s), ${report.corpus.tunes} tune(s), ${report.corpus.values} values`,
  );
  if (report.corpus.changed_files.length)
    lines.push(`warning: changed since the model was trained: ${report.corpus.changed_files.join(', ')}`);
  if (report.generation) {
    const g = report.generation;
    const decoding = g.greedy ? 'greedy' : `temperature ${g.temperature}, top-k ${g.top_k}`;
    lines.push(
      `solos: ${g.solos} of ${g.steps} values, seeds ${g.seeds[0]}..${g.seeds[g.seeds.length - 1]}, ${decoding}`,
    );
  }
  if (report.heldout) {
    const h = report.heldout;
    lines.push(
      `held-out (${h.split}, ${percent(h.share)}, seed ${h.seed}): ${h.scored_values} values scored, ${h.unknown_values} unknown skipped; ` +
        `LSTM retrained ${h.epochs} epochs on ${h.training_values} values`,
    );
    lines.push(
      `  NLL per value (nats)  LSTM ${fixed(report.heldout_nll)}  bigram ${fixed(report.bigram_nll)}  unigram ${fixed(report.unigram_nll)}`,
    );
    lines.push(
      `  accuracy              LSTM ${percent(report.heldout_accuracy)}  bigram ${percent(h.bigram_accuracy)}  unigram ${percent(h.unigram_accuracy)}`,
    );
  } else lines.push('held-out: not run');
  const row = (name: string, solo: string, corpus: string) =>
    `  ${name.padEnd(34)} ${solo.padStart(12)} ${corpus.padStart(12)}`;
  lines.push(row('', 'solo', 'corpus'));
  for (const [name, solo, corpus] of comparisonRows(report)) lines.push(row(name, solo, corpus));
  lines.push('targets:');
  for (const target of report.targets) {
    const mark = target.passed === null ? 'n/a ' : target.passed ? 'pass' : 'FAIL';
    lines.push(`  [${mark}] ${target.name}: ${target.value} (target ${target.target})`);
  }
  return lines.join('\n');
}
