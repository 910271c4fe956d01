/**
 * Child process of bench/run.mjs: the extension's own training path, timed from the host's side.
 * The extension's TrainingRunner (src/extension/training/trainingRunner.ts, with the in-memory vscode of test/fakes on NODE_PATH) runs
 * the built worker dist/trainWorker.js on a corpus, exactly as "Train Jazz Model on This Corpus" does,
 * while perf_hooks.monitorEventLoopDelay watches this (the host's) thread.
 * Usage: node --import tsx bench/helpers/eventLoop.ts '{"root": "...", "request": {...}}'
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { TrainRequest } from '../../src/engine';
import { peakRssMb, reportResult } from './referenceCorpus';

import { CancellationTokenSource } from 'vscode';

/** Histogram resolution: delays are sampled every 10 ms, as Node's own docs suggest. */
const RESOLUTION_MS = 10;

async function main(): Promise<void> {
  const { root, request } = JSON.parse(process.argv[2] ?? '{}') as {
    root: string;
    request: Omit<TrainRequest, 'outDir'>;
  };
  const { TrainingRunner } = await import('../../src/extension/training/trainingRunner');
  const outRoot = mkdtempSync(join(tmpdir(), 'jazz-bench-eventloop-'));
  const lines: string[] = [];
  const log = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) };
  const runner = new TrainingRunner(join(root, 'dist', 'trainWorker.js'), log as never);
  const tokenSource = new CancellationTokenSource();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let epochs = 0;
  try {
    histogram.enable();
    const started = performance.now();
    const outcome = await runner.run(
      'bench',
      { ...request, outDir: join(outRoot, 'model') },
      () => void epochs++,
      tokenSource.token,
    );
    const wallSeconds = (performance.now() - started) / 1000;
    histogram.disable();
    if (outcome.kind !== 'done')
      throw new Error(`training through the runner did not finish: ${JSON.stringify(outcome)}\n${lines.join('\n')}`);
    const ms = (nanoseconds: number) => nanoseconds / 1e6;
    reportResult({
      wallSeconds,
      trainSeconds: outcome.result.seconds,
      epochs,
      backend: outcome.result.backend,
      finalLoss: outcome.result.loss[outcome.result.loss.length - 1],
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
