/**
 * Child process of bench/run.mjs: the extension's own training path, timed from the host's side.
 * The extension's TrainingRunner (src/extension/training/trainingRunner.ts, with the in-memory vscode of test/fakes on NODE_PATH) runs
 * the built worker dist/trainWorker.js on a corpus, exactly as "Train Jazz Model on This Corpus" does,
 * while perf_hooks.monitorEventLoopDelay watches this (the host's) thread.
 * Usage: node --import tsx bench/helpers/eventLoop.ts '{"root": "...", "request": {...}}'
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { TrainRequest } from '../../src/engine';
import { peakRssMb, reportResult } from './referenceCorpus';

import { CancellationTokenSource } from 'vscode';

/** Histogram resolution: delays are sampled every 10 ms, as Node's own docs suggest. */
const RESOLUTION_MS = 10;

async function main(): Promise<void> {
  const { root, request, cancelAfterSeconds } = JSON.parse(process.argv[2] ?? '{}') as {
    root: string;
    request: Omit<TrainRequest, 'outDir'>;
    /** A long training (the Weimar corpus) is watched this long, then cancelled as a user would. */
    cancelAfterSeconds?: number;
  };
  const { TrainingRunner } = await import('../../src/extension/training/trainingRunner');
  const outRoot = mkdtempSync(join(tmpdir(), 'jazz-bench-eventloop-'));
  const lines: string[] = [];
  const stamp = () => `${(performance.now() / 1000).toFixed(1)} s`;
  const log = {
    info: (line: string) => lines.push(`${stamp()} ${line}`),
    error: (line: string) => lines.push(`${stamp()} error: ${line}`),
  };
  const runner = new TrainingRunner(join(root, 'dist', 'trainWorker.js'), log as never);
  const tokenSource = new CancellationTokenSource();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let epochs = 0;
  try {
    histogram.enable();
    const started = performance.now();
    const outDir = join(outRoot, 'model');
    let cancelledAt: number | undefined;
    const cancelTimer =
      cancelAfterSeconds === undefined
        ? undefined
        : setTimeout(() => {
            cancelledAt = performance.now();
            tokenSource.cancel();
          }, cancelAfterSeconds * 1000);
    const outcome = await runner.run('bench', { ...request, outDir }, () => void epochs++, tokenSource.token);
    const ended = performance.now();
    clearTimeout(cancelTimer);
    const wallSeconds = (ended - started) / 1000;
    histogram.disable();
    const expected = cancelledAt === undefined ? 'done' : 'cancelled';
    if (outcome.kind !== expected)
      throw new Error(
        `training through the runner was not ${expected}: ${JSON.stringify(outcome)}\n${lines.join('\n')}`,
      );
    const ms = (nanoseconds: number) => nanoseconds / 1e6;
    const result = outcome.kind === 'done' ? outcome.result : undefined;
    reportResult({
      wallSeconds,
      trainSeconds: result?.seconds,
      epochs,
      backend: result?.backend ?? lines.find((line) => /backend/.test(line)),
      finalLoss: result?.loss[result.loss.length - 1],
      // From the cancel to the runner's answer; and whether a half-written model folder stayed behind.
      stopMs: cancelledAt === undefined ? undefined : ended - cancelledAt,
      leftBehind: cancelledAt === undefined ? undefined : existsSync(outDir),
      // Node records the time between samples, so an idle loop reads about RESOLUTION_MS: kept as is (conservative).
      p50Ms: ms(histogram.percentile(50)),
      p99Ms: ms(histogram.percentile(99)),
      maxMs: ms(histogram.max),
      samples: histogram.count,
      peakRssMb: peakRssMb(),
    });
  } finally {
    runner.dispose();
    rmSync(outRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
