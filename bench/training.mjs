#!/usr/bin/env node
/**
 * `npm run bench:training` (also run at the end of `npm run bench`): training at scale, in one run, as ratios.
 *   - the reference (original_metheny.mid, 100 epochs): all cores against one core, and against PyTorch on
 *     one thread; the same loss;
 *   - the Weimar Jazz Database (../shared/data/corpora/wjazzd, 2,616 values) at --units 64 and 256: seconds
 *     per epoch on one core, on all cores, in PyTorch on all threads and with torchrun --nproc 2; the
 *     held-out NLL after the same updates (within 2% between engines); the peak memory of each.
 * Every run is a child process of its own (bench/helpers/trainAtScale.ts, bundled first), so its peak RSS is
 * its own (PyTorch's: its first process). A Weimar epoch is timed on a slice of the corpus and scaled to the
 * whole corpus's updates: an epoch of 6,500 updates takes minutes on this machine.
 *
 * With the Weimar corpus it also watches the extension host's event loop while "Train Jazz Model" trains on it (the
 * extension's TrainingRunner and its built worker, dist/: built first unless --no-build), then cancels.
 *
 *   node bench/training.mjs [--quick] [--no-torch] [--no-weimar] [--no-build] [--units 64,256] [--out FILE]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBench } from './helpers/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'bench', '.build-training');
const sharedData = process.env.JAZZ_SOLO_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const cores = os.availableParallelism();

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const withTorch = !args.includes('--no-torch');
const withWeimar = !args.includes('--no-weimar') && existsSync(join(sharedData, 'corpora', 'wjazzd'));
const unitsArg = args[args.indexOf('--units') + 1];
const unitsList = args.includes('--units') ? unitsArg.split(',').map(Number) : [64, 256];
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, 'bench', 'results', 'training.json');

const log = (line) => process.stderr.write(`${line}\n`);

function torchAvailable() {
  const python = process.env.JAZZ_SOLO_PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
  const probe = spawnSync(python, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

async function build() {
  mkdirSync(buildDir, { recursive: true });
  await bundleForBench(root, {
    entryPoints: ['trainAtScale', 'eventLoop'].map((name) => join(root, 'bench', 'helpers', `${name}.ts`)),
    outdir: buildDir,
    outExtension: { '.js': '.cjs' },
  });
  // Beside the bundle, as in dist/: the gradient workers and the PyTorch script are found there.
  await bundleForBench(root, {
    entryPoints: [join(root, 'src', 'model', 'parallel', 'gradientWorker.ts')],
    outfile: join(buildDir, 'gradientWorker.js'),
  });
  copyFileSync(join(root, 'src', 'model', 'pytorch', 'train_lstm.py'), join(buildDir, 'train_lstm.py'));
}

function run(payload, label, helper = 'trainAtScale.cjs') {
  log(`  ${label} ...`);
  const child = spawnSync(process.execPath, [join(buildDir, helper), JSON.stringify(payload)], {
    encoding: 'utf8',
    env: {
      ...process.env,
      JAZZ_SOLO_WASM_DIR: join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist'),
      // The event-loop helper runs the extension's TrainingRunner against the in-memory vscode of test/fakes.
      NODE_PATH: join(root, 'test', 'fakes'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) throw new Error(`${label} failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

const round = (x, digits = 3) => (x === undefined || x === null ? null : Number(x.toFixed(digits)));

async function main() {
  const torch = withTorch ? torchAvailable() : undefined;
  log(`cores: ${cores}; PyTorch: ${torch ?? 'not available (apt-get install python3-torch), its rows skipped'}`);
  await build();
  const report = { date: new Date().toISOString(), cores, torch: torch ?? null, loadAverage: os.loadavg()[0] };
  try {
    log('reference (original_metheny.mid, 100 epochs):');
    const reference = { corpus: 'reference', units: 64, epochs: quick ? 20 : 100, seed: 1 };
    const one = run({ ...reference, engine: 'builtin', workers: 1 }, 'one core');
    const all = run({ ...reference, engine: 'builtin', workers: cores }, `all ${cores} cores`);
    const torchOne = torch ? run({ ...reference, engine: 'pytorch', threads: 1 }, 'PyTorch, one thread') : undefined;
    report.reference = {
      one_core_s: round(one.seconds),
      all_cores_s: round(all.seconds),
      pytorch_one_thread_s: round(torchOne?.seconds),
      all_over_one: round(all.seconds / one.seconds),
      all_over_pytorch_one_thread: torchOne ? round(all.seconds / torchOne.seconds) : null,
      final_loss_one_core: one.finalLoss,
      final_loss_all_cores: all.finalLoss,
      final_loss_pytorch: torchOne?.finalLoss ?? null,
      loss_relative_difference: round(Math.abs(all.finalLoss - one.finalLoss) / one.finalLoss, 8),
      peak_rss_mb: {
        one_core: round(one.peakRssMb, 0),
        all_cores: round(all.peakRssMb, 0),
        pytorch: round(torchOne?.peakRssMb, 0),
      },
    };
    if (withWeimar) {
      report.weimar = [];
      for (const units of unitsList) {
        const updates = quick ? 8 : units >= 256 ? 16 : 40;
        log(`Weimar Jazz Database, --units ${units}, ${updates} updates per run:`);
        const base = { corpus: 'weimar', units, updates, seed: 1 };
        const runs = {
          one_core: run({ ...base, engine: 'builtin', workers: 1 }, 'one core'),
          all_cores: run({ ...base, engine: 'builtin', workers: cores }, `all ${cores} cores`),
          ...(torch
            ? {
                pytorch_all_threads: run({ ...base, engine: 'pytorch' }, 'PyTorch, all threads'),
                pytorch_nproc_2: run({ ...base, engine: 'pytorch', nproc: 2 }, 'PyTorch, torchrun --nproc 2'),
              }
            : {}),
        };
        const reference = runs.one_core.heldOutNll;
        const row = { units, updates, updates_per_epoch: runs.one_core.updatesPerEpoch };
        for (const [name, result] of Object.entries(runs)) {
          row[name] = {
            seconds_per_epoch: round(result.secondsPerEpoch, 1),
            cpu_seconds_per_update: round(result.cpuSecondsPerUpdate, 4),
            held_out_nll: round(result.heldOutNll, 4),
            nll_vs_one_core: round((result.heldOutNll - reference) / reference, 4),
            peak_rss_mb: round(result.peakRssMb, 0),
            backend: result.backend,
          };
        }
        report.weimar.push(row);
      }
      report.event_loop = eventLoopWhileTraining(torch);
    } else if (args.includes('--no-weimar')) log('Weimar rows skipped (--no-weimar)');
    else log('Weimar Jazz Database absent (../shared/data/corpora/wjazzd): its rows skipped');
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  report.loadAverageAfter = os.loadavg()[0];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
}

/**
 * The extension host's event loop while "Train Jazz Model" trains on the whole Weimar corpus: the extension's own
 * TrainingRunner and dist/trainWorker.js (built first), watched for a while and then cancelled as a user would;
 * the time from the cancel to the runner's answer, and whether anything was left behind.
 */
function eventLoopWhileTraining(torch) {
  if (!args.includes('--no-build')) {
    log("building dist/ (scripts/build.mjs) for the extension's training worker ...");
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  }
  const watchSeconds = quick ? 20 : 90;
  log(`the extension host's event loop while it trains on the Weimar corpus (${watchSeconds} s, then cancel):`);
  const request = { corpus: [join(sharedData, 'corpora', 'wjazzd')], epochs: 2 };
  const engines = [['builtin', request], ...(torch ? [['pytorch', { ...request, engine: 'pytorch' }]] : [])];
  return Object.fromEntries(
    engines.map(([name, engineRequest]) => {
      const result = run(
        { root, request: engineRequest, cancelAfterSeconds: watchSeconds },
        `${name} engine`,
        'eventLoop.cjs',
      );
      return [
        name,
        {
          watched_s: round(result.wallSeconds, 1),
          p50_ms: round(result.p50Ms, 1),
          p99_ms: round(result.p99Ms, 1),
          max_ms: round(result.maxMs, 1),
          cancel_to_stopped_ms: round(result.stopMs, 0),
          left_behind: result.leftBehind,
          peak_rss_mb: round(result.peakRssMb, 0),
        },
      ];
    }),
  );
}

function printTable(report) {
  const lines = [
    `training at scale (${report.cores} cores, load ${report.loadAverage.toFixed(1)} → ${report.loadAverageAfter.toFixed(1)})`,
  ];
  const r = report.reference;
  lines.push(
    `reference: one core ${r.one_core_s} s, all cores ${r.all_cores_s} s (× ${r.all_over_one}), PyTorch one thread ${r.pytorch_one_thread_s ?? '-'} s (all cores / PyTorch × ${r.all_over_pytorch_one_thread ?? '-'}); final loss ${r.final_loss_one_core} / ${r.final_loss_all_cores} (relative difference ${r.loss_relative_difference})`,
  );
  for (const row of report.weimar ?? []) {
    lines.push(`Weimar --units ${row.units} (${row.updates_per_epoch} updates per epoch):`);
    lines.push('  | run | s / epoch | CPU s / update | held-out NLL | vs one core | peak RSS MB |');
    for (const name of ['one_core', 'all_cores', 'pytorch_all_threads', 'pytorch_nproc_2']) {
      const cell = row[name];
      if (!cell) continue;
      lines.push(
        `  | ${name.replace(/_/g, ' ')} | ${cell.seconds_per_epoch} | ${cell.cpu_seconds_per_update ?? '-'} | ${cell.held_out_nll} | ${(100 * cell.nll_vs_one_core).toFixed(2)}% | ${cell.peak_rss_mb} |`,
      );
    }
  }
  if (report.event_loop) {
    lines.push("the extension host's event loop while training on the Weimar corpus (target p99 < 50 ms):");
    lines.push('  | engine | watched s | p50 ms | p99 ms | max ms | cancel → stopped ms | left behind | peak RSS MB |');
    for (const [name, cell] of Object.entries(report.event_loop)) {
      lines.push(
        `  | ${name} | ${cell.watched_s} | ${cell.p50_ms} | ${cell.p99_ms} | ${cell.max_ms} | ${cell.cancel_to_stopped_ms} | ${cell.left_behind ? 'yes' : 'nothing'} | ${cell.peak_rss_mb} |`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
