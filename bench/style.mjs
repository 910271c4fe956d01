#!/usr/bin/env node
/**
 * `npm run bench:style`: does a model play in the style of what it learned? Trains a model on the Weimar Jazz
 * Database's solos and one on the Nottingham tunes (../shared/data/corpora, read at run time, never copied),
 * generates solos from each and from the default model with `jazz-solo evaluate`'s code, and prints per model
 * every style measure of issue 17 beside its own corpus's (the corpus cut into pieces of the solos' note count
 * for range and entropy), the distance and issue 17's tolerance. The default model is also judged against the
 * bebop bands issue 17 sets for it. Writes bench/results/style-latest.json. Verdicts are reported, not
 * asserted: the exit status is non-zero only when the bench itself crashes.
 *
 *   node bench/style.mjs [--quick] [--solos N] [--epochs N] [--models LIST] [--reuse] [--work DIR]
 *                        [--keep-solos N] [--markdown] [--out FILE]
 *
 * --quick          40 solos; each corpus cut to every 5th file of its folder (90 Weimar solos, 3 Nottingham files)
 *                  and trained 2 epochs: about 12 minutes on 2 shared cores (Weimar 5 min per epoch,
 *                  Nottingham 30 s); the full corpora take about 200,000 and 100,000 windows per epoch
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
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './helpers/options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.JAZZ_SOLO_SHARED ?? resolve(root, '..', 'shared');

const MODELS = [
  { name: 'weimar', corpus: join(shared, 'data', 'corpora', 'wjazzd'), extension: '.csv' },
  { name: 'nottingham', corpus: join(shared, 'data', 'corpora', 'nottingham'), extension: '.abc' },
  { name: 'default', modelDir: join(root, 'models', 'default'), against: join(root, 'corpus') },
];

/** --quick: every QUICK_FILE_STEP-th file of a corpus folder, trained QUICK_EPOCHS epochs. */
const QUICK_FILE_STEP = 5;
const QUICK_EPOCHS = 2;

/** Every `step`-th file of a folder, in name order (the same files on every machine). */
function everyNthFile(folder, extension, step) {
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith(extension))
    .sort();
  return files.filter((_, i) => i % step === 0).map((name) => join(folder, name));
}

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

/** One table per model: measure, model, corpus, distance, tolerance and verdict (and the bebop band for the default). */
function modelTable(model) {
  // Issue 17's bebop bands are asked of the default model.
  const withBebop = model.name === 'default';
  const header = [
    'measure',
    'model',
    'corpus',
    'distance',
    'tolerance',
    ...(withBebop ? ['bebop band (issue 17)'] : []),
  ];
  return { header, rows: model.table.map((cells) => (withBebop ? cells : cells.slice(0, 5))) };
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
      : `trained ${t.epochs} epoch(s) on ${t.values} values of ${t.tunes} tunes (vocabulary ${t.vocabulary}) in ${t.seconds.toFixed(0)} s (${t.secondsPerEpoch.toFixed(0)} s per epoch)`;
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
    const epochs = options.epochs ?? (options.quick ? QUICK_EPOCHS : undefined);
    const corpus =
      model.corpus && options.quick ? everyNthFile(model.corpus, model.extension, QUICK_FILE_STEP) : [model.corpus];
    if (model.corpus && options.quick)
      console.error(
        `bench:style: ${model.name}: --quick, every ${QUICK_FILE_STEP}th file of ${model.corpus} (${corpus.length} files)`,
      );
    models.push(
      model.corpus
        ? { name: options.quick ? `${model.name}-quick` : model.name, corpus, epochs }
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
    models: result.models.map((model) => ({ ...model, modelDir: model.modelDir && relative(root, model.modelDir) })),
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nwrote ${relative(root, options.out)} (${output.seconds.toFixed(0)} s)`);
}

main();
