/** The report's shape, and the targets for a solo a musician can read and would play, judged on its figures. */
import type { DistributionOverlaps, HistogramPairs, PieceSetStats } from './measure';
import type { StyleSection } from './style';

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
  model: {
    name: string;
    dir: string;
    vocabulary: number;
    options: Record<string, unknown>;
    loss: number[];
    /** Held-out NLL per epoch (nats per value) when training chose its epoch by it, and the epoch kept. */
    held_out_nll?: number[];
    chosen_epoch?: number;
    /** Trained on the reference corpus alone: its reported loss can be drawn beside the model's. */
    reference_corpus?: boolean;
  } | null;
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
  histograms: HistogramPairs;
  overlaps: DistributionOverlaps;
  /** The style measures of issue 17 (intervals, strong beats, rhythm, phrases, range), solos beside corpus. */
  style: StyleSection;
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
  /** Repeated pitches and leaps within this many points of the corpus's (issue 17: as the corpus has them). */
  repeatGap: 0.05,
  registerOverlap: 0.8,
  stepGap: 0.08,
  leapGap: 0.05,
  silenceGap: 0.03,
  barSilencesPerSolo: 0.05,
  unresolvedOutsideRatio: 0.12,
} as const;

export const percent = (value: number | null): string => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
export const fixed = (value: number | null, digits = 3): string => (value === null ? 'n/a' : value.toFixed(digits));
export const TOLERANCE = 1e-9;

export type TargetFigures = Pick<
  EvaluationReport,
  'solo_metrics' | 'corpus_metrics' | 'overlaps' | 'heldout_nll' | 'bigram_nll'
>;

/** The shares the solos are judged by beside their corpus's. */
type CorpusShare = 'repeat_ratio' | 'step_ratio' | 'leap_ratio' | 'silence_ratio' | 'chord_tone_ratio';

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
  /** A share of the solos within `gap` of the corpus's. */
  const nearCorpus = (key: string, name: string, measure: CorpusShare, gap: number): EvaluationTarget => ({
    key,
    name,
    target: `within ${100 * gap} points of the corpus`,
    value: `${percent(s[measure])} vs corpus ${percent(c[measure])}`,
    passed: within(s[measure], c[measure], gap),
  });
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
      name: 'sixteenth-note notation over a corpus without sixteenths',
      target: '0 (judged only when the corpus, read from ABC, writes none)',
      value: ofPieces(n?.sixteenth_symbols, n?.pieces_with_sixteenths),
      // Issue 17: sixteenths are played where the corpus plays them, so only a corpus without any forbids them.
      passed: c.notation && c.notation.sixteenth_symbols === 0 ? none(n?.sixteenth_symbols) : null,
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
    nearCorpus('repeats', 'repeated pitches', 'repeat_ratio', TARGETS.repeatGap),
    {
      key: 'register_overlap',
      name: 'register overlap with the corpus',
      target: `at least ${TARGETS.registerOverlap}`,
      value: fixed(report.overlaps.register, 2),
      passed:
        report.overlaps.register === null ? null : report.overlaps.register >= TARGETS.registerOverlap - TOLERANCE,
    },
    nearCorpus('steps', 'steps (1-2 semitones)', 'step_ratio', TARGETS.stepGap),
    nearCorpus('leaps', 'leaps (5+ semitones)', 'leap_ratio', TARGETS.leapGap),
    nearCorpus('silence', 'silence share', 'silence_ratio', TARGETS.silenceGap),
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
    nearCorpus('chord_tones', 'chord tones on strong beats', 'chord_tone_ratio', TARGETS.chordToneGap),
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
