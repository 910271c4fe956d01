/**
 * Entry of dist/trainWorker.js: trains in a worker thread so the extension host stays responsive while
 * tfjs runs for seconds to minutes. Everything it does goes through the engine facade.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { trainFromCorpus, TrainingCancelledError, UserFacingError } from '../../engine';
import type { FromTrainWorker, TrainWorkerInput } from './workerProtocol';
import { isKerasImportInput, runKerasImportJob } from './kerasImportJob';

/** How often the worker looks at the host's cancel flag. */
const CANCEL_POLL_MS = 100;

function post(message: FromTrainWorker): void {
  parentPort?.postMessage(message);
}

async function main(): Promise<void> {
  // The same worker imports Keras models: saving a model folder needs tfjs, which runs only here.
  if (isKerasImportInput(workerData)) {
    await runKerasImportJob(workerData, (message) => parentPort?.postMessage(message));
    parentPort?.close();
    return;
  }
  const { request, cancelFlag } = workerData as TrainWorkerInput;
  const cancellation = new AbortController();
  const checkCancelled = () => {
    if (Atomics.load(cancelFlag, 0) !== 0 && !cancellation.signal.aborted) cancellation.abort();
  };
  // The engine checks the signal before every batch and yields to the event loop after each one, so polling the
  // host's flag stops a training within about a batch (an epoch of a large corpus takes minutes).
  const poll = setInterval(checkCancelled, CANCEL_POLL_MS);
  try {
    const result = await trainFromCorpus(request, {
      signal: cancellation.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
      onLog: (line) => post({ type: 'log', line }),
    });
    post({ type: 'done', result });
  } catch (err) {
    if (err instanceof TrainingCancelledError || cancellation.signal.aborted) {
      post({ type: 'cancelled' });
    } else {
      const error = err instanceof Error ? err : new Error(String(err));
      post({
        type: 'failed',
        message: error.message,
        userFacing: error instanceof UserFacingError,
        stack: error.stack,
      });
    }
  } finally {
    clearInterval(poll);
    // tfjs keeps handles open; the host waits for 'exit', so leave explicitly.
    parentPort?.close();
  }
}

void main();
