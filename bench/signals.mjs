#!/usr/bin/env node
/**
 * `npm run bench:signals`: how soon Ctrl-C (SIGINT) and SIGTERM stop the long commands, measured from the
 * signal to the process's exit, over several runs, with nothing written. The target is one second; the unit
 * tests check only that a signal stops the command cleanly (status 130 or 143, one line, no file), since a
 * time limit in a test fails by chance on a loaded machine.
 *
 *   node bench/signals.mjs [--reps N] [--out FILE]
 *
 * --reps N    runs of each case (default 3)
 * --out FILE  the JSON results (default bench/results/signals.json)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './helpers/options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'jazz-solo.js');
const options = { reps: 3, out: join(root, 'bench', 'results', 'signals.json') };
parseBenchArgs(process.argv.slice(2), fileURLToPath(import.meta.url), 'bench:signals', {
  '--reps': (read) => (options.reps = read.whole(1)),
  '--out': (read) => (options.out = read.value()),
});

/** A training whose every batch runs for seconds (1024 units, batches of 2048 windows), and an evaluation. */
const CASES = [
  {
    name: 'train --units 1024',
    args: (dir) => [
      'train',
      join(root, 'corpus'),
      '--out',
      join(dir, 'model'),
      '--units',
      '1024',
      '--batch',
      '2048',
      '--tx',
      '60',
      '--epochs',
      '5',
    ],
    ready: /corpus:/,
  },
  {
    name: 'evaluate (held-out retraining)',
    args: (dir) => ['evaluate', '--solos', '2', '--heldout-epochs', '200', '--html', join(dir, 'report.html')],
    ready: /retraining/,
  },
];

/** One run: start the command, wait until it works, signal it, and time the exit. */
function measure(testCase, signal) {
  const dir = mkdtempSync(join(tmpdir(), 'jazz-bench-signal-'));
  const child = spawn(process.execPath, [cli, ...testCase.args(dir)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let sentAt = 0;
  return new Promise((resolve) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (!sentAt && testCase.ready.test(stderr)) {
        sentAt = -1;
        // Let the work begin (the first batch, the first retraining epoch) before the signal.
        setTimeout(() => {
          sentAt = performance.now();
          child.kill(signal);
        }, 1500);
      }
    });
    child.on('close', (code) => {
      const ms = sentAt > 0 ? performance.now() - sentAt : NaN;
      const leftovers = readdirSync(dir);
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, code, clean: leftovers.length === 0 });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (spawnSync(process.execPath, [cli, '--version']).status !== 0) {
  console.error('bench:signals: the CLI does not run; run `npm run build` first');
  process.exit(2);
}
const rows = [];
for (const testCase of CASES) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    const runs = [];
    for (let rep = 0; rep < options.reps; rep++) runs.push(await measure(testCase, signal));
    const times = runs.map((run) => run.ms);
    rows.push({
      case: testCase.name,
      signal,
      medianMs: Math.round(median(times)),
      worstMs: Math.round(Math.max(...times)),
      statuses: [...new Set(runs.map((run) => run.code))],
      nothingWritten: runs.every((run) => run.clean),
      withinOneSecond: times.every((ms) => ms < 1000),
    });
  }
}
console.log('| command | signal | median ms | worst ms | exit status | nothing written | within 1 s |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.case} | ${row.signal} | ${row.medianMs} | ${row.worstMs} | ${row.statuses.join(', ')} | ${row.nothingWritten ? 'yes' : 'NO'} | ${row.withinOneSecond ? 'yes' : 'NO'} |`,
  );
}
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(
  options.out,
  `${JSON.stringify({ date: new Date().toISOString(), reps: options.reps, rows }, null, 2)}\n`,
);
console.log(`wrote ${options.out}`);
