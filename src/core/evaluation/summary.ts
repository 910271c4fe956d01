/** The report as text: the solo-beside-corpus rows, the measures' definitions, the CLI's summary. */
import { COPY_NGRAM_LENGTH, NotationStats, PieceSetStats, REGISTER_KERNEL_SEMITONES } from './measure';
import { EvaluationReport, fixed, percent } from './targets';
import { formatStyleDistance, formatStyleFigure } from './style';

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
  const styleRow = (name: string, solo: string, corpus: string, distance: string, tolerance: string) =>
    `  ${name.padEnd(34)} ${solo.padStart(12)} ${corpus.padStart(12)} ${distance.padStart(10)}  ${tolerance}`.trimEnd();
  const row = (name: string, solo: string, corpus: string) =>
    `  ${name.padEnd(34)} ${solo.padStart(12)} ${corpus.padStart(12)}`;
  lines.push(row('', 'solo', 'corpus'));
  for (const [name, solo, corpus] of comparisonRows(report)) lines.push(row(name, solo, corpus));
  lines.push(styleRow('style beside the corpus', 'solo', 'corpus', 'distance', 'tolerance'));
  for (const line of report.style.rows)
    lines.push(
      styleRow(
        line.name,
        formatStyleFigure(line.solo, line.unit),
        formatStyleFigure(line.corpus, line.unit),
        formatStyleDistance(line),
        line.tolerance === null
          ? ''
          : `${line.tolerance} ${line.within === null ? 'n/a' : line.within ? 'within' : 'OUTSIDE'}`,
      ),
    );
  lines.push('targets:');
  for (const target of report.targets) {
    const mark = target.passed === null ? 'n/a ' : target.passed ? 'pass' : 'FAIL';
    lines.push(`  [${mark}] ${target.name}: ${target.value} (target ${target.target})`);
  }
  return lines.join('\n');
}
