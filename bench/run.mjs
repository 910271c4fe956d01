#!/usr/bin/env node
/**
 * `npm run bench`: the speed and memory figures (training against PyTorch, generation, the CLI, the event
 * loop while training, peak memory and its growth with the corpus, activation, the .vsix), measured side by
 * side in one run, interleaved, medians over several repetitions, with ratios. Prints a table and writes bench/results/latest.json.
 *
 *   node bench/run.mjs [--reps N] [--quick] [--epochs N] [--no-torch] [--no-build] [--no-package]
 *                      [--scale 1,10,100] [--cli-runs N] [--out FILE]
 *
 * --reps N       repetitions of the interleaved round (engine training, PyTorch training, event loop,
 *                generation, CLI, activation); default 5 (about 5 minutes on 2 idle cores)
 * --quick        1 repetition, 20 epochs, scale 1x and 10x only: a smoke run of the bench itself
 * --epochs N     epochs of the reference training (default 100, the reference configuration)
 * --no-torch     skip the PyTorch column even when python3-torch is installed
 * --no-build     use the dist/ bundles as they are (default: `npm run build` first)
 * --no-package   do not build the .vsix (default: `node scripts/package.mjs`, about 20 s)
 * --scale LIST   corpus multiples for the memory / linearity runs (default 1,10,100)
 * --cli-runs N   `jazz-solo generate` processes per repetition (default 3)
 *
 * Every measurement runs in its own child process, so peak RSS is that run's alone. The TypeScript
 * helpers in bench/helpers are bundled with esbuild first (into bench/.build, removed at the end), as the
 * shipped CLI is: running them through tsx would add its ~65 MB and its loader to every figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './helpers/options.mjs';
import { bundleForBench } from './helpers/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
/** Children that load the extension's code find the in-memory `vscode` of test/fakes. */
const FAKE_VSCODE_ENV = { NODE_PATH: join(root, 'test', 'fakes') };
const buildDir = join(benchDir, '.build');
const sharedData = process.env.JAZZ_SOLO_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const methenyPath = join(sharedData, 'reference', 'original_metheny.mid');

// ---------------------------------------------------------------------------------------------- options
function positiveScale(text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`--scale needs whole numbers >= 1 (got "${text}")`);
  return n;
}

function parseOptions(argv) {
  const options = {
    reps: 5,
    epochs: 100,
    torch: true,
    build: true,
    package: true,
    scale: [1, 10, 100],
    cliRuns: 3,
    out: join(benchDir, 'results', 'latest.json'),
  };
  parseBenchArgs(argv, fileURLToPath(import.meta.url), 'bench', {
    '--reps': (read) => (options.reps = read.whole(1)),
    '--epochs': (read) => (options.epochs = read.whole(1)),
    '--cli-runs': (read) => (options.cliRuns = read.whole(1)),
    '--scale': (read) => (options.scale = read.value().split(',').map(positiveScale)),
    '--out': (read) => (options.out = read.value()),
    '--no-torch': () => (options.torch = false),
    '--no-build': () => (options.build = false),
    '--no-package': () => (options.package = false),
    '--quick': () => Object.assign(options, { reps: 1, epochs: 20, scale: [1, 10], cliRuns: 2 }),
  });
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------- helpers
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 3) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** Runs a child and returns the JSON after its BENCH_RESULT line; the child's wall time is added. */
function runChild(command, args, { env, label }) {
  const started = performance.now();
  const child = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...FAKE_VSCODE_ENV, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) {
    const stderr = (child.stderr ?? '')
      .split('\n')
      .filter((l) => l.length < 400)
      .slice(-15)
      .join('\n');
    throw new Error(`${label} failed (exit ${child.status ?? child.signal}):\n${stderr}`);
  }
  return { ...JSON.parse(line.slice('BENCH_RESULT '.length)), processWallMs: wallMs };
}

function machineInfo() {
  const cpus = os.cpus();
  let cpuModel = cpus[0]?.model ?? 'unknown';
  try {
    const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' }).stdout ?? '';
    const model = /^Model name:\s*(.+)$/m.exec(lscpu);
    if (model) cpuModel = model[1].trim();
  } catch {
    // lscpu is optional: os.cpus() already gave a name.
  }
  return {
    nproc: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    cpuModel,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((v) => round(v, 2)),
  };
}

/** The first python3 that can import torch, with torch's version. */
function findTorchPython() {
  const candidates = [process.env.JAZZ_SOLO_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean);
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import torch, numpy; print(torch.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
  }
  return undefined;
}

async function bundleHelpers() {
  mkdirSync(buildDir, { recursive: true });
  try {
    await bundleForBench(root, {
      entryPoints: ['trainEngine', 'generate', 'eventLoop'].map((name) => join(benchDir, 'helpers', `${name}.ts`)),
      outdir: buildDir,
      outExtension: { '.js': '.cjs' },
    });
  } catch (error) {
    fail(error.message);
  }
}

// ---------------------------------------------------------------------------------------------- main
async function main() {
  const options = parseOptions(process.argv.slice(2));
  const wallStarted = performance.now();
  const machine = machineInfo();
  log(
    `${machine.cpuModel}, ${machine.nproc} cores, ${machine.memoryGb} GB, Node ${machine.node}; ${options.reps} repetition(s), ${options.epochs} epochs`,
  );

  if (options.build) {
    log('building (npm run build) ...');
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) fail(`npm run build failed:\n${build.stderr}`);
  }
  for (const file of ['dist/trainWorker.js', 'dist/extension.js', 'dist/cli.js']) {
    if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` (or drop --no-build)`);
  }
  await bundleHelpers();

  const torch = options.torch ? findTorchPython() : undefined;
  const torchNote = !options.torch
    ? 'PyTorch column skipped (--no-torch)'
    : torch
      ? `PyTorch ${torch.version} (${torch.python}), 1 thread`
      : "PyTorch not available (install Debian's python3-torch: apt-get install python3-torch); PyTorch column skipped";
  log(torchNote);
  const corpusNote = existsSync(methenyPath)
    ? 'original_metheny.mid (Guitar melody, Piano chords, bars 120-137)'
    : `${methenyPath} absent: synthetic corpus of 78 values`;
  log(`corpus: ${corpusNote}`);

  const scratch = mkdtempSync(join(os.tmpdir(), 'jazz-bench-'));
  const dumpDir = join(scratch, 'torch-data');
  const benchModelDir = join(scratch, 'bench-model');
  const defaultModelDir = join(root, 'models', 'default');
  // Generation is measured on the model users get; the bench's own trained model stands in while there is none.
  const hasDefaultModel = existsSync(join(defaultModelDir, 'model.json'));
  const generationModelDir = hasDefaultModel ? defaultModelDir : benchModelDir;
  const childEnv = { JAZZ_SOLO_WASM_DIR: join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') };
  const node = (script, payload, label) =>
    runChild(process.execPath, [join(buildDir, script), JSON.stringify(payload)], { env: childEnv, label });

  const rounds = [];
  try {
    const engineTrain = () =>
      node(
        'trainEngine.cjs',
        { mode: 'reference', epochs: options.epochs, seed: 1, dumpDir, saveModelDir: benchModelDir },
        'engine training',
      );
    const torchTrain = () =>
      runChild(torch.python, [join(benchDir, 'torch_reference.py'), dumpDir], { label: 'PyTorch training' });
    const eventLoopRequest = existsSync(methenyPath)
      ? {
          corpus: [methenyPath],
          melodyTrack: 'Guitar',
          chordTracks: ['Piano'],
          bars: [120, 137],
          epochs: options.epochs,
        }
      : { corpus: [join(root, 'corpus')], epochs: options.epochs, windows: 'reference' };

    for (let rep = 0; rep < options.reps; rep++) {
      const round_ = { rep: rep + 1 };
      // Alternate who goes first so that drift in the machine's speed does not favour either side;
      // the engine always goes first in round 1, because it writes the batches PyTorch reads.
      const order = rep % 2 === 0 ? ['engine', 'torch'] : ['torch', 'engine'];
      for (const side of order) {
        if (side === 'engine') {
          log(`round ${rep + 1}/${options.reps}: engine training ...`);
          round_.engine = engineTrain();
        } else if (torch) {
          log(`round ${rep + 1}/${options.reps}: PyTorch training ...`);
          round_.torch = torchTrain();
        }
      }
      log(`round ${rep + 1}/${options.reps}: event loop while training in the extension's worker ...`);
      round_.eventLoop = node('eventLoop.cjs', { root, request: eventLoopRequest }, 'event-loop run');
      log(`round ${rep + 1}/${options.reps}: generation, CLI, activation ...`);
      round_.generate = node('generate.cjs', { modelDir: generationModelDir, warmRuns: 100 }, 'generation');
      round_.cli = [];
      for (let run = 0; run < options.cliRuns; run++) {
        const started = performance.now();
        const cli = spawnSync(
          process.execPath,
          [
            join(root, 'bin', 'jazz-solo.js'),
            'generate',
            '--model',
            generationModelDir,
            '--steps',
            '100',
            '--seed',
            String(run + 1),
            '--out',
            join(scratch, 'solo.abc'),
          ],
          { cwd: root, encoding: 'utf8' },
        );
        const ms = performance.now() - started;
        if (cli.status !== 0) throw new Error(`jazz-solo generate failed (exit ${cli.status}): ${cli.stderr}`);
        round_.cli.push(ms);
      }
      round_.activation = runChild(process.execPath, [join(benchDir, 'helpers', 'activation.cjs'), root], {
        label: 'activation',
      });
      rounds.push(round_);
    }

    const scale = [];
    const scaleEpochs = (times) => (times <= 1 ? 30 : times <= 10 ? 5 : 3);
    for (const times of options.scale) {
      log(`scale ${times}x: every window, ${scaleEpochs(times)} epochs ...`);
      const run = node(
        'trainEngine.cjs',
        { mode: 'scale', times, epochs: scaleEpochs(times), seed: 1 },
        `scale ${times}x`,
      );
      // The first epoch pays for warming up the backend's kernels; later ones are the steady rate.
      const steady = run.epochSeconds.length > 1 ? run.epochSeconds.slice(1) : run.epochSeconds;
      scale.push({
        times,
        tokens: run.tokens,
        windows: run.examples,
        epochs: run.epochs,
        seconds_per_epoch: round(median(steady), 4),
        ms_per_window: round((median(steady) * 1000) / run.examples, 4),
        peak_rss_mb: round(run.peakRssMb, 1),
      });
    }

    let vsix = null;
    if (options.package) {
      log('packaging the .vsix (node scripts/package.mjs) ...');
      const started = performance.now();
      const pack = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, encoding: 'utf8' });
      const match = /package: (\S+\.vsix) /.exec(pack.stdout ?? '');
      if (pack.status === 0 && match) {
        const file = join(root, match[1]);
        vsix = {
          file: relative(root, file),
          bytes: statSync(file).size,
          mb: round(statSync(file).size / 1024 ** 2, 2),
          packageSeconds: round((performance.now() - started) / 1000, 1),
        };
      } else {
        log(`packaging failed (exit ${pack.status}); .vsix size not measured`);
        vsix = { error: (pack.stderr || pack.stdout || '').split('\n').slice(-5).join(' ') };
      }
    }

    const report = summarise({
      options,
      machine,
      torch,
      torchNote,
      corpusNote,
      rounds,
      scale,
      vsix,
      hasDefaultModel,
      wallSeconds: (performance.now() - wallStarted) / 1000,
    });
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    printTable(report);
    log(`wrote ${relative(root, options.out)} (${report.bench_wall_seconds} s)`);
    // The language server's figures (bench/lsp.mjs, also `npm run bench:lsp`) on the bundles just built.
    const lsp = spawnSync(process.execPath, [join(benchDir, 'lsp.mjs'), '--no-build'], { cwd: root, stdio: 'inherit' });
    if (lsp.status !== 0) log(`bench/lsp.mjs failed (exit ${lsp.status})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** The command → ABC time comes from the end-to-end run (test/e2e), when it has run on this checkout. */
function e2eTimings() {
  const file = join(root, 'test-results', 'e2e-timings.json');
  if (!existsSync(file)) return { note: 'test-results/e2e-timings.json absent: run npm run test:e2e' };
  try {
    const timings = JSON.parse(readFileSync(file, 'utf8'));
    const generate = (timings.generateToAbcMs ?? []).map((entry) => (typeof entry === 'number' ? entry : entry?.ms));
    return {
      when: timings.when ?? null,
      command_to_abc_ms: round(median(generate), 0),
      command_to_abc_runs: generate.filter((v) => typeof v === 'number').length,
      workbench_activation_ms: timings.activationWorkbench?.activationMs ?? null,
      note: generate.length ? undefined : 'the e2e run recorded no generate timing',
    };
  } catch (error) {
    return { note: `test-results/e2e-timings.json unreadable: ${error.message}` };
  }
}

function target(name, value, limit, unit, { lowerIsBetter = true } = {}) {
  if (value === null || value === undefined) return { name, value: null, limit, unit, met: null, ratio: null };
  return {
    name,
    value: round(value, 3),
    limit,
    unit,
    met: lowerIsBetter ? value <= limit : value >= limit,
    ratio: round(value / limit, 3),
  };
}

function summarise({ options, machine, torchNote, corpusNote, rounds, scale, vsix, hasDefaultModel, wallSeconds }) {
  const engineRuns = rounds.map((r) => r.engine);
  const torchRuns = rounds.map((r) => r.torch).filter(Boolean);
  const trainSeconds = median(engineRuns.map((r) => r.seconds));
  const torchSeconds = median(torchRuns.map((r) => r.seconds));
  const finalLoss = median(engineRuns.map((r) => r.finalLoss));
  const torchFinalLoss = median(torchRuns.map((r) => r.finalLoss));
  // Interleaved pairs: the ratio of each round, then their median, is robust to a slow round.
  const pairRatios = rounds.filter((r) => r.torch).map((r) => r.engine.seconds / r.torch.seconds);
  const ratio = pairRatios.length ? median(pairRatios) : null;
  const lossGap = torchFinalLoss ? Math.abs(finalLoss - torchFinalLoss) / torchFinalLoss : null;
  const trainPeakRss = median(engineRuns.map((r) => r.peakRssMb));
  const eventLoopP99 = median(rounds.map((r) => r.eventLoop.p99Ms));
  const generateWarm = median(rounds.map((r) => r.generate.warmMs));
  const generateFirst = median(rounds.map((r) => r.generate.firstMs));
  // Warm generation against the network alone, each round's own ratio (issue 21: at most 1.5).
  const generateOverNetwork = median(rounds.map((r) => r.generate.warmMs / r.generate.samplingWarmMs));
  const loadModelMs = median(rounds.map((r) => r.generate.loadMs));
  const cliMs = median(rounds.flatMap((r) => r.cli));
  const activationMs = median(rounds.map((r) => r.activation.totalMs));
  const reference = scale.find((s) => s.times === 1);
  const largest = scale.length ? scale[scale.length - 1] : undefined;
  const linearity =
    reference && largest && largest !== reference
      ? largest.seconds_per_epoch / reference.seconds_per_epoch / (largest.windows / reference.windows)
      : null;
  const e2e = e2eTimings();
  const first = engineRuns[0];

  const targets = [
    target('training: engine / PyTorch time (<= 1.0, stretch 0.8)', ratio, 1.0, 'x'),
    target('training: final loss gap to PyTorch (<= 2%)', lossGap === null ? null : lossGap * 100, 2, '%'),
    target('generate 100 steps, warm median', generateWarm, 5, 'ms'),
    target('generate 100 steps, first after loading the model', generateFirst, 25, 'ms'),
    target('generate warm / the network alone, same run', generateOverNetwork, 1.5, 'x'),
    target('jazz-solo generate, whole process', cliMs, 700, 'ms'),
    target('event-loop delay p99 while training (extension host)', eventLoopP99, 50, 'ms'),
    target('peak RSS training the reference configuration', trainPeakRss, 250, 'MB'),
    target(
      `peak RSS at ${largest?.times}x corpus / reference run (<= 1.5)`,
      largest ? largest.peak_rss_mb / trainPeakRss : null,
      1.5,
      'x',
    ),
    target(`time per window at ${largest?.times}x / at 1x (linear = 1.0; <= 1.2 taken as linear)`, linearity, 1.2, 'x'),
    target('activation (load dist/extension.js + activate)', activationMs, 50, 'ms'),
  ];

  return {
    date: new Date().toISOString(),
    machine,
    backend: first.backend,
    corpus: { source: corpusNote, tokens: first.tokens, values: first.nValues, windows: first.examples },
    configuration: {
      tx: 30,
      m: 60,
      units: 64,
      epochs: options.epochs,
      batch_size: 32,
      optimizer: 'Adam(0.01, 0.9, 0.999) legacy decay 0.01',
      threads: 1,
    },
    repetitions: options.reps,
    torch: torchNote,
    train_seconds: round(trainSeconds),
    torch_train_seconds: round(torchSeconds),
    train_ratio_vs_torch: round(ratio),
    train_ratio_per_round: pairRatios.map((v) => round(v)),
    final_loss: round(finalLoss, 4),
    torch_final_loss: round(torchFinalLoss, 4),
    final_loss_gap_percent: lossGap === null ? null : round(lossGap * 100, 3),
    first_epoch_loss: round(first.loss[0], 4),
    torch_first_epoch_loss: torchRuns[0] ? round(torchRuns[0].loss[0], 4) : null,
    train_peak_rss_mb: round(trainPeakRss, 1),
    torch_peak_rss_mb: round(median(torchRuns.map((r) => r.peakRssMb)), 1),
    generate_model: hasDefaultModel
      ? 'models/default'
      : `the bench's own trained model (${first.nValues} values): models/default is absent`,
    generate_warm_ms: round(generateWarm),
    generate_first_ms: round(generateFirst),
    load_model_ms: round(loadModelMs),
    generate_sampling_warm_ms: round(median(rounds.map((r) => r.generate.samplingWarmMs))),
    generate_warm_over_network: round(generateOverNetwork),
    cli_generate_ms: round(cliMs, 1),
    event_loop_p99_ms: round(eventLoopP99),
    event_loop_p50_ms: round(median(rounds.map((r) => r.eventLoop.p50Ms))),
    event_loop_max_ms: round(Math.max(...rounds.map((r) => r.eventLoop.maxMs))),
    event_loop_note:
      'monitorEventLoopDelay(resolution 10 ms) on the host thread while TrainingRunner trains in dist/trainWorker.js; values include the 10 ms sampling interval (an idle loop reads ~10 ms)',
    event_loop_train_seconds: round(median(rounds.map((r) => r.eventLoop.trainSeconds))),
    activation_ms: round(activationMs),
    activation_load_ms: round(median(rounds.map((r) => r.activation.loadMs))),
    activation_call_ms: round(median(rounds.map((r) => r.activation.activateMs))),
    activation_loads_tfjs: rounds.some((r) => r.activation.tfjsLoaded),
    vsix,
    e2e,
    scale,
    scale_time_per_window_ratio: round(linearity),
    targets,
    bench_wall_seconds: round(wallSeconds, 1),
    rounds,
  };
}

function printTable(report) {
  const fmt = (value, unit = '') => (value === null || value === undefined ? 'n/a' : `${value}${unit}`);
  const rows = [
    ['backend', report.backend, ''],
    ['corpus', `${report.corpus.tokens} tokens, ${report.corpus.values} values`, report.corpus.source],
    [
      `train ${report.configuration.epochs} epochs (engine)`,
      fmt(report.train_seconds, ' s'),
      `median of ${report.repetitions}`,
    ],
    [`train ${report.configuration.epochs} epochs (PyTorch)`, fmt(report.torch_train_seconds, ' s'), report.torch],
    [
      'engine / PyTorch',
      fmt(report.train_ratio_vs_torch, 'x'),
      `per round: ${report.train_ratio_per_round.join(', ') || 'n/a'}`,
    ],
    [
      'final loss engine / PyTorch',
      `${fmt(report.final_loss)} / ${fmt(report.torch_final_loss)}`,
      `gap ${fmt(report.final_loss_gap_percent, '%')}`,
    ],
    ['peak RSS training', fmt(report.train_peak_rss_mb, ' MB'), `PyTorch ${fmt(report.torch_peak_rss_mb, ' MB')}`],
    [
      'generate 100 steps warm',
      fmt(report.generate_warm_ms, ' ms'),
      `network only ${fmt(report.generate_sampling_warm_ms, ' ms')}`,
    ],
    ['load the model', fmt(report.load_model_ms, ' ms'), 'read, check, warm up the cell'],
    ['generate first after load', fmt(report.generate_first_ms, ' ms'), report.generate_model],
    ['jazz-solo generate process', fmt(report.cli_generate_ms, ' ms'), 'wall, node startup included'],
    [
      'event-loop delay p99 / max',
      `${fmt(report.event_loop_p99_ms, ' ms')} / ${fmt(report.event_loop_max_ms, ' ms')}`,
      'host thread, training in the worker',
    ],
    [
      'activation',
      fmt(report.activation_ms, ' ms'),
      `load ${fmt(report.activation_load_ms)} + activate ${fmt(report.activation_call_ms)} ms`,
    ],
    [
      '.vsix',
      report.vsix?.mb ? `${report.vsix.mb} MB` : 'n/a',
      report.vsix?.error ?? (report.vsix ? '' : '--no-package'),
    ],
    ['command -> ABC (e2e)', fmt(report.e2e.command_to_abc_ms, ' ms'), report.e2e.note ?? `from ${report.e2e.when}`],
  ];
  for (const s of report.scale)
    rows.push([
      `scale ${s.times}x (${s.tokens} tokens, ${s.windows} windows)`,
      `${s.seconds_per_epoch} s/epoch`,
      `${s.ms_per_window} ms/window, peak ${s.peak_rss_mb} MB`,
    ]);
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => String(r[1]).length));
  console.log(
    `\nJazz Solo LSTM benchmarks, ${report.date}, ${report.machine.cpuModel}, ${report.machine.nproc} cores, Node ${report.machine.node}\n`,
  );
  for (const [name, value, note] of rows)
    console.log(`  ${name.padEnd(width)}  ${String(value).padEnd(valueWidth)}  ${note}`);
  console.log('\nTargets:');
  for (const t of report.targets) {
    const verdict = t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET';
    console.log(
      `  ${verdict.padEnd(12)} ${t.name}: ${fmt(t.value, ` ${t.unit}`)} (limit ${t.limit} ${t.unit}${t.ratio !== null ? `, ${t.ratio} of it` : ''})`,
    );
  }
  console.log('');
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  rmSync(buildDir, { recursive: true, force: true });
  process.exit(1);
});
