#!/usr/bin/env node
/**
 * `npm run bench:style`: does a model play in the style of what it learned? Trains a model on the Weimar Jazz
 * Database's solos and one on the Nottingham tunes (../shared/data/corpora, read at run time, never copied),
 * generates solos from each and from the default model with `jazz-solo evaluate`'s code, and prints per model
 * every style measure of issue 17 beside its own corpus's (the corpus cut into pieces of the solos' note count
 * for range and entropy), the distance and issue 17's tolerance. The default model is also judged against the
 * bebop windows issue 17 sets for it. Writes bench/results/style-latest.json. Verdicts are reported, not
 * asserted: the exit status is non-zero only when the bench itself crashes.
 *
 *   node bench/style.mjs [--quick] [--solos N] [--epochs N] [--models LIST] [--reuse] [--work DIR]
 *                        [--keep-solos N] [--markdown] [--out FILE]
 *
 * --quick          40 solos, one epoch on the Weimar solos and three on Nottingham: a few minutes, not a verdict
 * --solos N        solos per model (default 200, seeds 1..N)
 * --epochs N       train every corpus for N epochs (default: the engine's automatic epochs, stopped by held-out
 *                  likelihood)
 * --models LIST    only these of weimar,nottingham,default
 * --reuse          use the models a previous run left in the work folder instead of training again (after a
 *                  decoder change; retrain after a change to what training learns)
 * --work DIR       where the trained models and a few solos' ABC go (default: a folder in the system's temp
 *                  folder; a model trained on the Weimar data must never be committed or shipped)
 * --keep-solos N   solos per model written as ABC into the work folder for engraving (default 3)
 * --markdown       print the tables as Markdown (for BENCHMARKS.md)
 * --out FILE       where to write the JSON (default bench/results/style-latest.json)
 *
 * Runs in one child process through tsx (the engine's TypeScript, no build needed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './helpers/options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.JAZZ_SOLO_SHARED ?? resolve(root, '..', 'shared');

const MODELS = [
  { name: 'weimar', corpus: join(shared, 'data', 'corpora', 'wjazzd'), quickEpochs: 1 },
  { name: 'nottingham', corpus: join(shared, 'data', 'corpora', 'nottingham'), quickEpochs: 3 },
  { name: 'default', modelDir: join(root, 'models', 'default'), against: join(root, 'corpus') },
];

/** Issue 17's windows for the default model: inside real bebop on every row (min and max, null: open). */
const BEBOP_WINDOWS = {
  repeated: [0.01, 0.08],
  steps: [0.5, 0.66],
  leaps: [0.08, 0.18],
  strong_chord_tones: [0.45, 0.75],
  strong_chromatic: [0.08, 0.3],
  chromatic_notes: [0.12, 0.32],
  eighths: [null, 0.65],
  sixteenths: [0.06, 0.3],
  eighth_triplets: [0.05, 0.2],
  phrase_median_notes: [8, 22],
  time_between_phrases: [0.12, 0.25],
  range_semitones: [19, null],
  pitch_class_entropy: [3.15, null],
};

function parseOptions(argv) {
  const options = {
    quick: false,
    solos: undefined,
    epochs: undefined,
    models: undefined,
    reuse: false,
    workDir: join(tmpdir(), 'jazz-solo-bench-style'),
    keepSolos: 3,
    markdown: false,
    out: join(root, 'bench', 'results', 'style-latest.json'),
  };
  const fail = parseBenchArgs(argv, fileURLToPath(import.meta.url), 'bench:style', {
    '--quick': () => (options.quick = true),
    '--solos': (read) => (options.solos = read.whole(1)),
    '--epochs': (read) => (options.epochs = read.whole(1)),
    '--models': (read) =>
      (options.models = read
        .value()
        .split(',')
        .map((name) => name.trim())),
    '--reuse': () => (options.reuse = true),
    '--work': (read) => (options.workDir = resolve(read.value())),
    '--keep-solos': (read) => (options.keepSolos = read.whole(0)),
    '--markdown': () => (options.markdown = true),
    '--out': (read) => (options.out = resolve(read.value())),
  });
  const unknown = (options.models ?? []).filter((name) => !MODELS.some((model) => model.name === name));
  if (unknown.length) fail(`no model named ${unknown.join(', ')} (models: ${MODELS.map((m) => m.name).join(', ')})`);
  if (resolve(options.workDir).startsWith(resolve(root) + '/'))
    fail('--work must be outside the repository: a model trained on the Weimar data is never committed');
  options.solos ??= options.quick ? 40 : 200;
  return options;
}

const figure = (value, unit) => {
  if (value === null || value === undefined) return 'n/a';
  if (unit === 'share') return `${(100 * value).toFixed(1)}%`;
  if (unit === 'bits') return value.toFixed(2);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
};

const distance = (row) => {
  if (row.distance === null) return 'n/a';
  const sign = row.distance > 0 ? '+' : '';
  if (row.key === 'phrase_median_notes') return `${sign}${(100 * row.distance).toFixed(0)}%`;
  return `${sign}${row.distance.toFixed(row.unit === 'bits' ? 2 : 1)}${row.unit === 'share' ? ' pt' : ''}`;
};

function bebopVerdict(row, solo) {
  const window = BEBOP_WINDOWS[row.key];
  const value = solo[row.key];
  if (!window || value === null || value === undefined) return '';
  const [low, high] = window;
  const inside = (low === null || value >= low - 1e-9) && (high === null || value <= high + 1e-9);
  const text =
    low === null
      ? `≤ ${figure(high, row.unit)}`
      : high === null
        ? `≥ ${figure(low, row.unit)}`
        : `${figure(low, row.unit)}–${figure(high, row.unit)}`;
  return `${text} ${inside ? 'inside' : 'OUTSIDE'}`;
}

/** One table per model: measure, model, corpus, distance, tolerance and verdict (and bebop window for the default). */
function modelTable(model) {
  const withBebop = model.name === 'default';
  const header = [
    'measure',
    'model',
    'corpus',
    'distance',
    'tolerance',
    ...(withBebop ? ['bebop window (issue 17)'] : []),
  ];
  const rows = model.style.rows.map((row) => [
    row.name,
    figure(row.solo, row.unit),
    figure(row.corpus, row.unit),
    distance(row),
    row.tolerance === null ? '' : `${row.tolerance} ${row.within === null ? 'n/a' : row.within ? 'within' : 'OUTSIDE'}`,
    ...(withBebop ? [bebopVerdict(row, model.style.solo)] : []),
  ]);
  return { header, rows };
}

function formatMarkdown({ header, rows }) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function formatText({ header, rows }) {
  const lines = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...lines.map((cells) => String(cells[c] ?? '').length)));
  return lines
    .map((cells) =>
      cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

function summaryLine(model) {
  const judged = model.style.rows.filter((row) => row.within !== null);
  const within = judged.filter((row) => row.within).length;
  const t = model.training;
  const training = !t
    ? 'as shipped'
    : t.reused
      ? `reused (${t.epochs} epochs)`
      : `trained ${t.epochs} epoch(s) on ${t.values} values of ${t.tunes} tunes in ${t.seconds.toFixed(0)} s (${t.secondsPerEpoch.toFixed(0)} s per epoch)`;
  return `${model.name}: ${model.style.solo.pieces} solos, ${within} of ${judged.length} measures within tolerance; model ${training}; generation and measuring ${model.generation.seconds.toFixed(0)} s`;
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const chosen = MODELS.filter((model) => !options.models || options.models.includes(model.name));
  const models = [];
  for (const model of chosen) {
    if (model.corpus && !existsSync(model.corpus)) {
      console.error(
        `bench:style: ${model.name}: skipped, ${model.corpus} is not present (shared data lives beside the checkout)`,
      );
      continue;
    }
    const epochs = options.epochs ?? (options.quick ? model.quickEpochs : undefined);
    models.push(
      model.corpus
        ? { name: model.name, corpus: [model.corpus], epochs }
        : { name: model.name, modelDir: model.modelDir, against: [model.against] },
    );
  }
  mkdirSync(options.workDir, { recursive: true });
  const request = {
    models,
    solos: options.solos,
    workDir: options.workDir,
    keepSolos: options.keepSolos,
    reuse: options.reuse,
  };
  console.error(
    `bench:style: ${models.map((m) => m.name).join(', ')}; ${options.solos} solos each; work folder ${options.workDir}`,
  );
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'helpers', 'style.ts'), JSON.stringify(request)],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (child.status !== 0) {
    console.error(`bench:style: the child process failed (status ${child.status})`);
    process.exit(1);
  }
  const line = child.stdout.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
  if (!line) {
    console.error('bench:style: the child process printed no result');
    process.exit(1);
  }
  const result = JSON.parse(line.slice('BENCH_RESULT '.length));
  const format = options.markdown ? formatMarkdown : formatText;
  for (const model of result.models) {
    console.log('');
    if (model.error) {
      console.log(`${model.name}: not run: ${model.error}`);
      continue;
    }
    console.log(summaryLine(model));
    console.log(format(modelTable(model)));
    if (model.abcFiles?.length) console.log(`solos for engraving: ${model.abcFiles.join(', ')}`);
  }
  const output = {
    bench: 'style',
    created_at: new Date().toISOString(),
    quick: options.quick,
    solos: options.solos,
    seconds: (performance.now() - started) / 1000,
    bebop_windows: BEBOP_WINDOWS,
    models: result.models.map((model) => ({ ...model, modelDir: model.modelDir && relative(root, model.modelDir) })),
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nwrote ${relative(root, options.out)} (${output.seconds.toFixed(0)} s)`);
}

main();
