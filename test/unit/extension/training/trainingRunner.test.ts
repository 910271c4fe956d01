// The extension's TrainingRunner with its real worker (src/extension/training/trainWorker.ts, run through tsx as
// this test runs): a cancel in the middle of a long epoch stops the training there, not at the epoch's end; with
// jazzSolo.training.engine set to pytorch, the same runner trains in PyTorch and reports every epoch.
import { torchMissing } from '../../helpers/torch';
import { REPO_ROOT } from '../../helpers/shared';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CancellationTokenSource } from 'vscode';
import { TrainingRunner } from '../../../../src/extension/training/trainingRunner';
import { trainingEngineFromSettings } from '../../../../src/extension/settings';
import { loadModel } from '../../../../src/engine';

process.env.JAZZ_SOLO_WASM_DIR ??= join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');

const WORKER_SOURCE = join(REPO_ROOT, 'test', 'unit', 'helpers', 'trainWorkerThroughTsx.cjs');

test(
  'a cancel in the middle of a long epoch stops the training within a batch and saves nothing',
  { timeout: 60_000 },
  async () => {
    const outRoot = mkdtempSync(join(tmpdir(), 'training-runner-'));
    process.env.JAZZ_SOLO_WASM_DIR ??= join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
    const lines: string[] = [];
    const tokenSource = new CancellationTokenSource();
    const log = {
      info: (line: string) => {
        lines.push(line);
        // Training starts once the corpus is read: cancel then, far from the end of the first epoch.
        if (line.startsWith('corpus:')) tokenSource.cancel();
      },
      error: (line: string) => lines.push(`error: ${line}`),
    };
    // A grace longer than this test's timeout: only a worker that answers the cancel itself lets the test pass.
    const runner = new TrainingRunner(WORKER_SOURCE, log as never, 120_000);
    const epochsSeen: number[] = [];
    const outDir = join(outRoot, 'model');
    try {
      // Every window of the bundled corpus, one at a time: one epoch is thousands of updates.
      const outcome = await runner.run(
        'cancel-mid-epoch',
        { corpus: [join(REPO_ROOT, 'corpus')], outDir, epochs: 1, windows: 'all', batchSize: 1 },
        (progress) => epochsSeen.push(progress.epoch),
        tokenSource.token,
      );
      assert.equal(outcome.kind, 'cancelled', lines.join('\n'));
      assert.deepEqual(epochsSeen, [], 'no epoch finished after the cancel');
      assert.ok(!existsSync(outDir), 'nothing was saved');
    } finally {
      runner.dispose();
      rmSync(outRoot, { recursive: true, force: true });
    }
  },
);

test(
  'with the PyTorch engine setting, the extension trains in PyTorch: a progress report an epoch, a model that loads',
  { timeout: 120_000, skip: torchMissing() },
  async () => {
    const outRoot = mkdtempSync(join(tmpdir(), 'training-runner-torch-'));
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) };
    const runner = new TrainingRunner(WORKER_SOURCE, log as never);
    const engine = trainingEngineFromSettings((key) => ({ 'training.engine': 'pytorch' })[key]);
    const epochsSeen: number[] = [];
    const outDir = join(outRoot, 'model');
    try {
      const outcome = await runner.run(
        'torch',
        { corpus: [join(REPO_ROOT, 'corpus', 'blues.abc')], outDir, epochs: 3, ...engine },
        (progress) => epochsSeen.push(progress.epoch),
        new CancellationTokenSource().token,
      );
      assert.equal(outcome.kind, 'done', lines.join('\n'));
      assert.ok(outcome.kind === 'done' && /pytorch/.test(outcome.result.backend), 'the backend says PyTorch');
      assert.deepEqual(epochsSeen, [1, 2, 3]);
      const model = await loadModel(outDir);
      assert.ok(model.vocabulary.values.length > 0);
    } finally {
      runner.dispose();
      rmSync(outRoot, { recursive: true, force: true });
    }
  },
);
