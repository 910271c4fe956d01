/**
 * Long commands (training, evaluation with its retraining) run in a worker thread while the main thread only
 * relays output and watches for SIGINT/SIGTERM. A signal first asks the worker to stop (it checks between
 * batches); if the worker has not ended within STOP_GRACE_MS, because one batch of a large model runs for
 * longer, the main thread terminates it. A write in progress (a model save, a file rename) is let finish
 * first, so a stop never leaves half a model or a temporary file behind.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { setCommitListener, writeFileSafely } from '../core/io/safeWrite';
import { terminalProgressBar, type CommandIo } from './io';

/** How long a stop request may take before the worker is terminated (the promise is "within one second"). */
export const STOP_GRACE_MS = 600;

export interface WorkerInput {
  jazzSoloCommand: string;
  argv: string[];
  /** Int32Array(1) over a SharedArrayBuffer: 1 once a stop was asked (read at once, unlike a message). */
  stopFlag: Int32Array;
  /** stderr is a terminal of this many columns (progress bar), or undefined. */
  terminalColumns?: number;
}

type FromWorker =
  { type: 'out' | 'err'; text: string } | { type: 'commit'; phase: 'begin' | 'end' } | { type: 'exit'; code: number };

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

/** Worker side: the command's I/O as messages to the main thread; the stop flag becomes an AbortSignal. */
export function workerIo(input: WorkerInput): { io: CommandIo; finish(code: number): void } {
  const controller = new AbortController();
  const poll = setInterval(() => {
    if (Atomics.load(input.stopFlag, 0) !== 0) {
      controller.abort();
      clearInterval(poll);
    }
  }, 25);
  setCommitListener((phase) => post({ type: 'commit', phase }));
  const err = (text: string) => post({ type: 'err', text });
  const io: CommandIo = {
    out: async (text) => post({ type: 'out', text }),
    err,
    writeFile: (path, data, label) => void writeFileSafely(path, data, label),
    progressBar: () => (input.terminalColumns ? terminalProgressBar(err, input.terminalColumns) : undefined),
    signal: controller.signal,
  };
  return {
    io,
    finish(code) {
      clearInterval(poll);
      setCommitListener(undefined);
      post({ type: 'exit', code });
      // tfjs keeps handles open: leave explicitly once everything is posted.
      parentPort?.close();
    },
  };
}

export interface SupervisedRun {
  /** The exit status: the command's own, or 130 (SIGINT) / 143 (SIGTERM) when it was stopped. */
  code: number;
}

/**
 * Main side: runs `command argv` in a worker started from `script` (this CLI's own bundle) and relays its
 * output; `onStopped` prints the one line saying the run was stopped and nothing written.
 */
export function runInWorker(script: string, command: string, argv: string[], onStopped: () => void): Promise<number> {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = {
    jazzSoloCommand: command,
    argv,
    stopFlag,
    // A terminal may report 0 columns (a pseudo-terminal without a size).
    terminalColumns: process.stderr.isTTY ? process.stderr.columns || 80 : undefined,
  };
  const worker = new Worker(script, { workerData: input });
  return new Promise<number>((resolvePromise) => {
    let committing = false;
    let finished = false;
    let reportedCode: number | undefined;
    let stopCode: number | undefined;
    let timer: NodeJS.Timeout | undefined;

    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      process.removeListener('SIGINT', onSigint);
      process.removeListener('SIGTERM', onSigterm);
      resolvePromise(code);
    };
    const forceStop = () => {
      if (finished) return;
      if (committing) {
        timer = setTimeout(forceStop, 50);
        return;
      }
      void worker.terminate();
      // A worker that already ended its command has said so itself; only its thread is still winding down.
      if (reportedCode === undefined) onStopped();
      finish(stopCode ?? 130);
    };
    const requestStop = (code: number) => {
      if (stopCode !== undefined) {
        // A second signal: stop now (a write in progress still finishes).
        forceStop();
        return;
      }
      stopCode = code;
      Atomics.store(stopFlag, 0, 1);
      timer = setTimeout(forceStop, STOP_GRACE_MS);
    };
    const onSigint = () => requestStop(130);
    const onSigterm = () => requestStop(143);
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);

    worker.on('message', (message: FromWorker) => {
      // After a forced stop the thread may still post what it was doing: the run has already been reported.
      if (finished) return;
      if (message.type === 'out') process.stdout.write(message.text);
      else if (message.type === 'err') process.stderr.write(message.text);
      else if (message.type === 'commit') committing = message.phase === 'begin';
      else if (message.type === 'exit') reportedCode = message.code;
    });
    worker.on('error', (error) => {
      process.stderr.write(`jazz-solo: internal error: ${error.message}\n`);
      finish(1);
    });
    worker.on('exit', () => {
      if (finished) return;
      if (reportedCode === undefined && stopCode !== undefined) onStopped();
      // A cooperative stop reports 130; a SIGTERM asked for it, so the status says which signal.
      finish(
        stopCode !== undefined && (reportedCode === undefined || reportedCode === 130) ? stopCode : (reportedCode ?? 1),
      );
    });
  });
}
