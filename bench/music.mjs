#!/usr/bin/env node
/**
 * `npm run bench:music`: does the model play lines a musician can read? Generates ≥ 200 solos for each
 * decoding mode and progression, measures them with `jazz-solo evaluate`'s measures (read back from the
 * ABC a user gets) against the model's corpus, and prints one row per set, one column per measure, the
 * corpus as the reference row, each figure marked PASS or FAIL against its target. Writes
 * bench/results/music-latest.json. Targets are reported, not asserted: the exit status is non-zero only
 * when the bench itself crashes.
 *
 *   node bench/music.mjs [--seeds N] [--first-seed N] [--model DIR] [--sets NAME,NAME] [--no-heldout]
 *                        [--markdown] [--out FILE]
 *
 * --seeds N       solos per set (default 200, seeds 1..N)
 * --first-seed N  the first seed (default 1)
 * --model DIR     the model folder (default models/default)
 * --sets LIST     only these sets (names as in the table)
 * --no-heldout    skip the held-out retraining (run once, with the first set: about 10-30 s)
 * --markdown      print the table as Markdown (for BENCHMARKS.md)
 * --out FILE      where to write the JSON (default bench/results/music-latest.json)
 *
 * Runs in one child process through tsx (the engine's TypeScript, no build needed): about a minute for
 * 7 sets of 200 solos on one core.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './helpers/options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The sets: decoding modes over the default blues, then other progressions with default sampling. */
const SETS = [
  { name: 'default (F blues)', options: {} },
  { name: 'temperature 0.5', options: { temperature: 0.5 } },
  { name: 'temperature 1.5', options: { temperature: 1.5 } },
  { name: 'greedy', options: { greedy: true } },
  {
    name: 'minor blues',
    options: { chords: '| Cm7 | Fm7 | Cm7 | Cm7 | Fm7 | Fm7 | Cm7 | Cm7 | Abmaj7 G7 | Cm7 G7 |' },
  },
  { name: 'ii-V-I in C', options: { chords: '| Dm7 G7 | Cmaj7 | Cmaj7 |' } },
  {
    name: '3/4 waltz',
    options: { chords: 'M:3/4 | Dm7 | G7 | Cmaj7 | A7 |' },
    fallback: { chords: '| Dm7 | G7 | Cmaj7 | A7 |', meter: '3/4' },
  },
];

function parseOptions(argv) {
  const options = {
    seeds: 200,
    firstSeed: 1,
    modelDir: undefined,
    sets: undefined,
    heldout: true,
    markdown: false,
    out: join(root, 'bench', 'results', 'music-latest.json'),
  };
  parseBenchArgs(argv, fileURLToPath(import.meta.url), 'bench:music', {
    '--seeds': (read) => (options.seeds = read.whole(1)),
    '--first-seed': (read) => (options.firstSeed = read.whole(0)),
    '--model': (read) => (options.modelDir = read.value()),
    '--sets': (read) =>
      (options.sets = read
        .value()
        .split(',')
        .map((name) => name.trim())),
    '--no-heldout': () => (options.heldout = false),
    '--markdown': () => (options.markdown = true),
    '--out': (read) => (options.out = read.value()),
  });
  return options;
}

function fail(message) {
  console.error(`bench:music: ${message}`);
  process.exit(2);
}

const pct = (value) => (value === null || value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const num = (value, digits = 2) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));

/**
 * The table's columns: a short heading, the figure from a set's (or the corpus's) measures, and the target
 * key in the report whose verdict marks it (none: shown for reference).
 */
const COLUMNS = [
  { heading: 'off grid', target: 'off_grid', value: (m) => (m.notation ? String(m.notation.off_grid_onsets) : 'n/a') },
  { heading: '16ths', target: 'sixteenths', value: (m) => (m.notation ? String(m.notation.sixteenth_symbols) : 'n/a') },
  {
    heading: 'rest-only / with-rest tuplets',
    target: 'rest_tuplets',
    value: (m) => (m.notation ? `${m.notation.rest_only_tuplets} / ${m.notation.tuplets_with_rests}` : 'n/a'),
  },
  {
    heading: 'abcjs warnings',
    target: 'abcjs_warnings',
    value: (m) => (m.notation ? String(m.notation.abcjs_warnings) : 'n/a'),
  },
  { heading: 'bad bars', target: 'bars_exact', value: (m) => (m.notation ? String(m.notation.inexact_bars) : 'n/a') },
  { heading: 'extra rests / solo', target: 'extra_rests', value: (m) => num(m.notation?.extra_rests_per_piece) },
  { heading: 'spelling errors', target: 'spelling', value: (m) => pct(m.notation?.spelling_error_ratio) },
  { heading: 'range edge', target: 'range_edge', value: (m) => pct(m.range_edge_ratio) },
  { heading: 'below C4', value: (m) => pct(m.below_middle_c_ratio) },
  { heading: 'register overlap', target: 'register_overlap', value: (m, o) => num(o?.register ?? 1) },
  { heading: 'repeats', target: 'repeats', value: (m) => pct(m.repeat_ratio) },
  { heading: 'steps', target: 'steps', value: (m) => pct(m.step_ratio) },
  { heading: 'skips', value: (m) => pct(m.skip_ratio) },
  { heading: 'leaps 5+', target: 'leaps', value: (m) => pct(m.leap_ratio) },
  { heading: 'silence', target: 'silence', value: (m) => pct(m.silence_ratio) },
  { heading: 'longest silence (bars)', value: (m) => num(m.longest_silence_bars) },
  { heading: 'bar+ silences / solo', target: 'bar_silences', value: (m) => num(m.bar_silences_per_piece) },
  { heading: '1-2-note fragments / solo', value: (m) => num(m.fragments_per_piece) },
  { heading: 'unresolved outside', target: 'unresolved_outside', value: (m) => pct(m.unresolved_outside_ratio) },
  { heading: 'chord tones on 1 & 3', target: 'chord_tones', value: (m) => pct(m.chord_tone_ratio) },
  { heading: 'copied 8-value runs', target: 'copied', value: (m) => pct(m.copied_8gram_ratio) },
  { heading: 'longest loop (bars)', target: 'loop', value: (m) => num(m.longest_repeat.max_bars) },
  { heading: 'overlap: pitch classes', value: (m, o) => num(o?.pitch_class ?? 1) },
  { heading: 'overlap: intervals', value: (m, o) => num(o?.interval ?? 1) },
  { heading: 'overlap: durations', value: (m, o) => num(o?.duration ?? 1) },
];

function tableRows(result) {
  const header = ['set', 'solos', ...COLUMNS.map((column) => column.heading), 'targets met'];
  const rows = [];
  for (const set of result.sets) {
    if (set.error) {
      rows.push([set.name, '0', ...COLUMNS.map(() => '—'), `not run: ${set.error}`]);
      continue;
    }
    const { solo_metrics: metrics, overlaps, targets } = set.figures;
    const verdicts = new Map(targets.map((target) => [target.key, target.passed]));
    const cells = COLUMNS.map((column) => {
      const value = column.value(metrics, overlaps);
      if (!column.target) return value;
      const passed = verdicts.get(column.target);
      return passed === null || passed === undefined ? value : `${value} ${passed ? 'PASS' : 'FAIL'}`;
    });
    const judged = targets.filter((target) => target.passed !== null);
    rows.push([
      set.name,
      String(metrics.pieces),
      ...cells,
      `${judged.filter((target) => target.passed).length} / ${judged.length}`,
    ]);
  }
  if (result.corpus) {
    const metrics = result.corpus.metrics;
    rows.push([
      `corpus (${metrics.pieces} tunes)`,
      '—',
      ...COLUMNS.map((column) => column.value(metrics, null)),
      'reference',
    ]);
  }
  return { header, rows };
}

function formatMarkdown({ header, rows }) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The table turned on its side for a terminal: one line per measure, one column per set. */
function formatText({ header, rows }) {
  const columns = [header.slice(0, 1), ...rows.map((row) => row.slice(0, 1))].map((cell) => cell[0]);
  const lines = header.map((heading, i) => [heading, ...rows.map((row) => row[i])]);
  const widths = lines[0].map((_, c) => Math.max(...lines.map((cells) => String(cells[c] ?? '').length)));
  void columns;
  return lines
    .map((cells) =>
      cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const sets = options.sets ? SETS.filter((set) => options.sets.includes(set.name)) : SETS;
  if (sets.length === 0)
    fail(`no set named ${options.sets.join(', ')} (sets: ${SETS.map((set) => set.name).join(', ')})`);
  const started = performance.now();
  const request = {
    seeds: options.seeds,
    firstSeed: options.firstSeed,
    modelDir: options.modelDir,
    sets,
    heldout: options.heldout,
  };
  console.error(
    `bench:music: ${sets.length} sets of ${options.seeds} solos` +
      (options.heldout ? ', held-out retraining with the first' : ''),
  );
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'helpers', 'music.ts'), JSON.stringify(request)],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const line = (child.stdout ?? '').split('\n').find((text) => text.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) {
    console.error(
      `bench:music: the measuring process failed (status ${child.status}` +
        `${child.error ? `, ${child.error.message}` : ''})`,
    );
    process.exit(1);
  }
  const result = JSON.parse(line.slice('BENCH_RESULT '.length));
  const seconds = (performance.now() - started) / 1000;
  const table = tableRows(result);
  console.log(options.markdown ? formatMarkdown(table) : formatText(table));
  const heldout = result.sets.find((set) => set.figures?.heldout)?.figures.heldout;
  if (heldout) {
    const gain = heldout.bigram_nll ? 1 - heldout.heldout_nll / heldout.bigram_nll : null;
    console.log(
      `\nheld-out NLL (nats per value): LSTM ${num(heldout.heldout_nll, 3)}, ` +
        `bigram ${num(heldout.bigram_nll, 3)}, unigram ${num(heldout.unigram_nll, 3)}` +
        ` (${gain === null ? 'n/a' : `${(100 * gain).toFixed(1)}% below the bigram`}; target at least 5%)`,
    );
  }
  for (const set of result.sets) {
    const failed = set.figures?.targets.filter((target) => target.passed === false) ?? [];
    if (failed.length)
      console.log(
        `${set.name}: FAIL ${failed.map((target) => `${target.name} (${target.value}; ${target.target})`).join('; ')}`,
      );
  }
  console.log(`\n${result.sets.length} sets in ${seconds.toFixed(1)} s`);
  mkdirSync(dirname(options.out), { recursive: true });
  const written = {
    format: 'jazz-solo-music-bench',
    created_at: new Date().toISOString(),
    seconds,
    seeds: { first: options.firstSeed, count: options.seeds },
    model: result.model
      ? { name: result.model.name, dir: relative(root, result.model.dir), options: result.model.options }
      : null,
    corpus: result.corpus ? { ...result.corpus.description, metrics: result.corpus.metrics } : null,
    sets: result.sets,
    table,
  };
  writeFileSync(options.out, `${JSON.stringify(written, null, 1)}\n`);
  console.error(`bench:music: wrote ${relative(root, options.out)}`);
}

main();
