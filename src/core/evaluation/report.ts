/**
 * The evaluation report: metrics pooled over a set of pieces (the solos, the corpus tunes), the report
 * object the CLI prints as JSON, its targets (issue 7) and its plain-text summary.
 * Pooling: counts are summed over pieces before dividing, so a long tune weighs more than a short one.
 * Every figure that cannot be computed (no notes, no held-out run) is null, never NaN, so JSON keeps it.
 */
import {
  DURATION_LABELS,
  INTERVAL_LABELS,
  NOTE_TYPES,
  PITCH_CLASS_LABELS,
  bestScale,
  chordTonesOnStrongBeats,
  durationCounts,
  entropyBits,
  intervalCounts,
  motionCounts,
  noteTypeCounts,
  pitchClassCounts,
  pitchRange,
  type NoteType,
} from './metrics';
import type { MusicPiece } from './pieces';
import { copiedNgrams, longestRepeatBars, sharedNgramsAcrossSequences, type CopyCount } from './sequences';

/** Length of the runs checked for rote copying (JazzGAN uses n-grams; issue 7 asks for 8 values). */
export const COPY_NGRAM_LENGTH = 8;

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
  scale_consistency: number | null;
  pitch_range: { mean: number; min: number; max: number; lowest: number; highest: number } | null;
  /** Entropy in bits of the pooled pitch-class histogram. */
  pitch_class_entropy: number | null;
  /** Mean over pieces of each piece's own entropy. */
  mean_piece_pitch_class_entropy: number | null;
  repeat_ratio: number | null;
  step_ratio: number | null;
  leap_ratio: number | null;
  longest_repeat: { max_values: number; max_bars: number; mean_values: number; mean_bars: number };
  /** Solos: runs copied from the corpus. Corpus: runs of a tune found in another tune. */
  copied_8gram_ratio: number | null;
  counts: { pitch_class: number[]; interval: number[]; duration: number[] };
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const addInto = (sum: number[], counts: number[]): void => counts.forEach((count, i) => (sum[i] += count));

/**
 * Pools the metrics of `pieces`. `copyReference`: the corpus n-gram set the pieces are checked against
 * (solos); 'across-pieces' checks each piece against the others (the corpus's own figure).
 */
export function measurePieces(pieces: readonly MusicPiece[], copyReference: ReadonlySet<string> | 'across-pieces'): PieceSetStats {
  const pitchClass = new Array<number>(PITCH_CLASS_LABELS.length).fill(0);
  const interval = new Array<number>(INTERVAL_LABELS.length).fill(0);
  const duration = new Array<number>(DURATION_LABELS.length).fill(0);
  const noteTypes: Record<NoteType, number> = { C: 0, S: 0, A: 0, X: 0 };
  let strongBeats = 0;
  let chordTones = 0;
  let attacked = 0;
  let attackedChordTones = 0;
  let inScale = 0;
  let notes = 0;
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
    const range = pitchRange(piece);
    if (range) ranges.push(range);
    const classes = pitchClassCounts(piece);
    addInto(pitchClass, classes);
    if (scale.notes > 0) pieceEntropies.push(entropyBits(classes));
    addInto(interval, intervalCounts(piece));
    addInto(duration, durationCounts(piece));
    repeats.push(longestRepeatBars(piece.values, piece.meter));
  }
  const copies: CopyCount[] =
    copyReference === 'across-pieces'
      ? sharedNgramsAcrossSequences(pieces.map((piece) => piece.values), COPY_NGRAM_LENGTH)
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
    leap_ratio: ratio(motion.leaps, motion.total),
    longest_repeat: {
      max_values: Math.max(0, ...repeats.map((r) => r.values)),
      max_bars: Math.max(0, ...repeats.map((r) => r.bars)),
      mean_values: mean(repeats.map((r) => r.values)),
      mean_bars: mean(repeats.map((r) => r.bars)),
    },
    copied_8gram_ratio: ratio(copied, windows),
    counts: { pitch_class: pitchClass, interval, duration },
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
  const pair = (labels: string[], a: readonly number[], b: readonly number[]): HistogramPair => ({ labels, solo: shares(a), corpus: shares(b) });
  return {
    pitch_class: pair(PITCH_CLASS_LABELS, solo.counts.pitch_class, corpus.counts.pitch_class),
    interval: pair(INTERVAL_LABELS, solo.counts.interval, corpus.counts.interval),
    duration: pair(DURATION_LABELS, solo.counts.duration, corpus.counts.duration),
    note_type: pair(
      [...NOTE_TYPES],
      NOTE_TYPES.map((t) => solo.note_types[t]),
      NOTE_TYPES.map((t) => corpus.note_types[t]),
    ),
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
  histograms: { pitch_class: HistogramPair; interval: HistogramPair; duration: HistogramPair; note_type: HistogramPair };
  targets: EvaluationTarget[];
  definitions: string[];
  seconds: number;
}

export const TARGETS = { chordToneGap: 0.1, copiedRatio: 0.25, loopBars: 2 } as const;

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const fixed = (value: number | null, digits = 3): string => (value === null ? 'n/a' : value.toFixed(digits));

/** Issue 7's targets, judged on a report's figures. */
export function judgeTargets(report: Pick<EvaluationReport, 'solo_chord_tone_ratio' | 'corpus_chord_tone_ratio' | 'copied_8gram_ratio' | 'longest_loop_bars' | 'heldout_nll' | 'bigram_nll'>): EvaluationTarget[] {
  const solo = report.solo_chord_tone_ratio;
  const corpus = report.corpus_chord_tone_ratio;
  const gap = solo !== null && corpus !== null ? Math.abs(solo - corpus) : null;
  return [
    {
      name: 'chord tones on strong beats',
      target: `within ${100 * TARGETS.chordToneGap} points of the corpus`,
      value: `${percent(solo)} vs corpus ${percent(corpus)}`,
      passed: gap === null ? null : gap <= TARGETS.chordToneGap + 1e-12,
    },
    {
      name: 'copied 8-value runs',
      target: `at most ${100 * TARGETS.copiedRatio}%`,
      value: percent(report.copied_8gram_ratio),
      passed: report.copied_8gram_ratio === null ? null : report.copied_8gram_ratio <= TARGETS.copiedRatio,
    },
    {
      name: 'longest exact loop',
      target: `at most ${TARGETS.loopBars} bars`,
      value: `${report.longest_loop_bars.toFixed(2)} bars`,
      passed: report.longest_loop_bars <= TARGETS.loopBars + 1e-9,
    },
    {
      name: 'held-out NLL',
      target: 'below the bigram baseline',
      value: `${fixed(report.heldout_nll)} vs bigram ${fixed(report.bigram_nll)} nats/value`,
      passed: report.heldout_nll === null || report.bigram_nll === null ? null : report.heldout_nll < report.bigram_nll,
    },
  ];
}

export const METRIC_DEFINITIONS = [
  'Strong beats: beat 1 of every full bar, and the beat halfway through the bar when it has an even number of beats, four or more (4/4: beats 1 and 3); the note sounding there (attacked or held) is judged against the chord sounding there.',
  'Note types: each note against the chord at its onset (C chord tone, S scale tone, A approach tone, X outside).',
  'Scale consistency: largest share of notes inside one major (or relative natural minor) scale.',
  'Pitch classes are counted relative to the key tonic, one count per note; entropy in bits.',
  'Intervals: between consecutive notes, rests skipped; repeat 0, step 1-2 semitones, leap more than 2.',
  'Longest exact repetition: the longest run of values occurring twice without overlap, in values and in bars (its values\' durations over the bar length); the solos\' figure is the maximum over solos.',
  `Copied runs: share of a solo's ${COPY_NGRAM_LENGTH}-value runs found verbatim in the corpus's value sequence; for the corpus, the share of a tune's runs found in another tune.`,
  'Held-out NLL: mean negative log-likelihood per value in nats on the held-out part, the LSTM retrained on the rest with the model\'s own options.',
];

/** The report's figures as plain text lines, for the CLI. */
export function formatEvaluationSummary(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(`Evaluation of ${report.subject.description}`);
  lines.push(`corpus: ${report.corpus.paths.length} path(s), ${report.corpus.tunes} tune(s), ${report.corpus.values} values`);
  if (report.corpus.changed_files.length) lines.push(`warning: changed since the model was trained: ${report.corpus.changed_files.join(', ')}`);
  if (report.generation) {
    const g = report.generation;
    const decoding = g.greedy ? 'greedy' : `temperature ${g.temperature}, top-k ${g.top_k}`;
    lines.push(`solos: ${g.solos} of ${g.steps} values, seeds ${g.seeds[0]}..${g.seeds[g.seeds.length - 1]}, ${decoding}`);
  }
  if (report.heldout) {
    const h = report.heldout;
    lines.push(
      `held-out (${h.split}, ${percent(h.share)}, seed ${h.seed}): ${h.scored_values} values scored, ${h.unknown_values} unknown skipped; ` +
        `LSTM retrained ${h.epochs} epochs on ${h.training_values} values`,
    );
    lines.push(`  NLL per value (nats)  LSTM ${fixed(report.heldout_nll)}  bigram ${fixed(report.bigram_nll)}  unigram ${fixed(report.unigram_nll)}`);
    lines.push(`  accuracy              LSTM ${percent(report.heldout_accuracy)}  bigram ${percent(h.bigram_accuracy)}  unigram ${percent(h.unigram_accuracy)}`);
  } else lines.push('held-out: not run');
  const row = (name: string, solo: string, corpus: string) => `  ${name.padEnd(30)} ${solo.padStart(10)} ${corpus.padStart(10)}`;
  const s = report.solo_metrics;
  const c = report.corpus_metrics;
  lines.push(row('', 'solo', 'corpus'));
  lines.push(row('chord tones on strong beats', percent(s.chord_tone_ratio), percent(c.chord_tone_ratio)));
  lines.push(row('  attacked on the beat only', percent(s.attacked_chord_tone_ratio), percent(c.attacked_chord_tone_ratio)));
  lines.push(row('scale consistency', percent(s.scale_consistency), percent(c.scale_consistency)));
  lines.push(row('outside notes (X)', percent(s.outside_ratio), percent(c.outside_ratio)));
  lines.push(row('pitch range (mean semitones)', fixed(s.pitch_range?.mean ?? null, 1), fixed(c.pitch_range?.mean ?? null, 1)));
  lines.push(row('pitch-class entropy (bits)', fixed(s.pitch_class_entropy, 2), fixed(c.pitch_class_entropy, 2)));
  lines.push(row('repeated pitches', percent(s.repeat_ratio), percent(c.repeat_ratio)));
  lines.push(row('steps (1-2 semitones)', percent(s.step_ratio), percent(c.step_ratio)));
  lines.push(row('leaps (> 2 semitones)', percent(s.leap_ratio), percent(c.leap_ratio)));
  lines.push(row('longest repeat (max bars)', s.longest_repeat.max_bars.toFixed(2), c.longest_repeat.max_bars.toFixed(2)));
  lines.push(row('longest repeat (mean bars)', s.longest_repeat.mean_bars.toFixed(2), c.longest_repeat.mean_bars.toFixed(2)));
  lines.push(row('copied 8-value runs', percent(s.copied_8gram_ratio), percent(c.copied_8gram_ratio)));
  lines.push('targets:');
  for (const target of report.targets) {
    const mark = target.passed === null ? 'n/a ' : target.passed ? 'pass' : 'FAIL';
    lines.push(`  [${mark}] ${target.name}: ${target.value} (target ${target.target})`);
  }
  return lines.join('\n');
}
