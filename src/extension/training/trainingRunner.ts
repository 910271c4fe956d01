import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { TrainProgress, TrainRequest, TrainResult } from '../../engine';
import { parseFromTrainWorker, type TrainWorkerInput } from './workerProtocol';

export type TrainOutcome =
  | { kind: 'done'; result: TrainResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string; userFacing: boolean };

export interface RunningTraining {
  name: string;
  latest?: TrainProgress;
}

/**
 * How long a cancelled worker may take to answer before it is stopped. It answers within about a batch (it polls
 * the flag); the grace covers a worker stuck in one long call, such as reading a huge corpus.
 */
const CANCEL_GRACE_MS = 10_000;

/**
 * Runs one training at a time in dist/trainWorker.js. The worker saves atomically, so stopping it at any
 * moment (cancel, window reload) leaves the previous models untouched.
 */
export class TrainingRunner implements vscode.Disposable {
  private current: { info: RunningTraining; worker: Worker } | undefined;

  constructor(
    private readonly workerScript: string,
    private readonly log: vscode.LogOutputChannel,
    private readonly cancelGraceMs = CANCEL_GRACE_MS,
  ) {}

  get running(): RunningTraining | undefined {
    return this.current?.info;
  }

  run(
    name: string,
    request: TrainRequest,
    onProgress: (p: TrainProgress) => void,
    token: vscode.CancellationToken,
  ): Promise<TrainOutcome> {
    if (this.current) throw new Error(`a training is already running (${this.current.info.name})`);
    const cancelFlag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const input: TrainWorkerInput = { request, cancelFlag };
    const worker = new Worker(this.workerScript, {
      workerData: input,
      // The engine looks for the tfjs .wasm files beside its bundle; say where they are explicitly.
      env: { ...process.env, JAZZ_SOLO_WASM_DIR: process.env.JAZZ_SOLO_WASM_DIR ?? path.dirname(this.workerScript) },
    });
    const info: RunningTraining = { name };
    this.current = { info, worker };

    return new Promise<TrainOutcome>((resolve) => {
      let outcome: TrainOutcome | undefined;
      let killTimer: NodeJS.Timeout | undefined;
      const finish = (result: TrainOutcome) => {
        outcome ??= result;
      };
      const cancelSubscription = token.onCancellationRequested(() => {
        this.log.info(`training "${name}": cancel requested`);
        Atomics.store(cancelFlag, 0, 1);
        killTimer = setTimeout(() => {
          finish({ kind: 'cancelled' });
          void worker.terminate();
        }, this.cancelGraceMs);
      });
      worker.on('message', (raw: unknown) => {
        const message = parseFromTrainWorker(raw);
        if (!message) {
          this.log.error(`training "${name}": the worker sent a message of unknown shape; stopping it`);
          finish({ kind: 'failed', message: 'the training worker sent a malformed message', userFacing: false });
          void worker.terminate();
          return;
        }
        switch (message.type) {
          case 'progress':
            info.latest = message.progress;
            onProgress(message.progress);
            break;
          case 'log':
            this.log.info(message.line);
            break;
          case 'done':
            finish({ kind: 'done', result: message.result });
            break;
          case 'cancelled':
            finish({ kind: 'cancelled' });
            break;
          case 'failed':
            if (message.stack && !message.userFacing) this.log.error(message.stack);
            finish({ kind: 'failed', message: message.message, userFacing: message.userFacing });
            break;
        }
      });
      worker.on('error', (err) => {
        this.log.error(err.stack ?? err.message);
        finish({ kind: 'failed', message: err.message, userFacing: false });
      });
      worker.on('exit', (code) => {
        clearTimeout(killTimer);
        cancelSubscription.dispose();
        if (this.current?.worker === worker) this.current = undefined;
        resolve(
          outcome ??
            (token.isCancellationRequested
              ? { kind: 'cancelled' }
              : {
                  kind: 'failed',
                  message: `the training worker stopped unexpectedly (exit code ${code})`,
                  userFacing: false,
                }),
        );
      });
    });
  }

  dispose(): void {
    void this.current?.worker.terminate();
    this.current = undefined;
  }
}
