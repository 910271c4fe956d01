import type { TrainProgress, TrainRequest, TrainResult } from '../../engine';
import { isArrayOf, isCount, isFiniteNumber, isRecord, isString } from '../../shared/validate';

/** What the extension host gives the training worker (as workerData). */
export interface TrainWorkerInput {
  request: TrainRequest;
  /**
   * Int32Array(1) over a SharedArrayBuffer; the host stores 1 to cancel. The training loop awaits only
   * microtasks, so a posted message would not be delivered until it ends; shared memory is read at once.
   */
  cancelFlag: Int32Array;
}

/** Worker → host. Errors travel as data: class identity does not survive structured cloning. */
export type FromTrainWorker =
  | { type: 'progress'; progress: TrainProgress }
  | { type: 'log'; line: string }
  | { type: 'done'; result: TrainResult }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string; userFacing: boolean; stack?: string };

function parseProgress(value: unknown): TrainProgress | undefined {
  if (!isRecord(value)) return undefined;
  const { epoch, epochs, loss, elapsedSeconds, etaSeconds, heldOutNll, bestEpoch, referenceCorpus } = value;
  if (!isCount(epoch) || !isCount(epochs) || !isFiniteNumber(loss)) return undefined;
  if (!isFiniteNumber(elapsedSeconds) || !isFiniteNumber(etaSeconds)) return undefined;
  // Automatic epochs add the held-out NLL and the best epoch; the reference corpus says so for the chart.
  if (heldOutNll !== undefined && !isFiniteNumber(heldOutNll)) return undefined;
  if (bestEpoch !== undefined && !isCount(bestEpoch)) return undefined;
  if (referenceCorpus !== undefined && referenceCorpus !== true) return undefined;
  return {
    epoch,
    epochs,
    loss,
    elapsedSeconds,
    etaSeconds,
    ...(heldOutNll !== undefined ? { heldOutNll } : {}),
    ...(bestEpoch !== undefined ? { bestEpoch } : {}),
    ...(referenceCorpus ? { referenceCorpus } : {}),
  };
}

function isWarning(value: unknown): value is TrainResult['warnings'][number] {
  return (
    isRecord(value) &&
    isString(value.file) &&
    isString(value.message) &&
    (value.line === undefined || isCount(value.line))
  );
}

const RESULT_COUNTS = ['values', 'examples', 'tx', 'units', 'epochs', 'inferredChordTunes', 'tunes', 'tokens'] as const;

function parseResult(value: unknown): TrainResult | undefined {
  if (!isRecord(value)) return undefined;
  if (!isString(value.modelDir) || !isString(value.name) || !isString(value.backend)) return undefined;
  if (!RESULT_COUNTS.every((key) => isCount(value[key]))) return undefined;
  if (!isFiniteNumber(value.seconds) || !isArrayOf(value.loss, isFiniteNumber)) return undefined;
  if (!isArrayOf(value.warnings, isWarning)) return undefined;
  // Every field the host reads was checked above; the engine may add more, which travel as they are.
  return value as unknown as TrainResult;
}

/**
 * A worker message as a typed value, or undefined when it is not one we know with every field of the right
 * type: the host then treats the worker as failed rather than acting on a malformed message.
 */
export function parseFromTrainWorker(value: unknown): FromTrainWorker | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'progress': {
      const progress = parseProgress(value.progress);
      return progress && { type: 'progress', progress };
    }
    case 'log':
      return isString(value.line) ? { type: 'log', line: value.line } : undefined;
    case 'done': {
      const result = parseResult(value.result);
      return result && { type: 'done', result };
    }
    case 'cancelled':
      return { type: 'cancelled' };
    case 'failed':
      if (!isString(value.message) || typeof value.userFacing !== 'boolean') return undefined;
      if (value.stack !== undefined && !isString(value.stack)) return undefined;
      return { type: 'failed', message: value.message, userFacing: value.userFacing, stack: value.stack };
    default:
      return undefined;
  }
}
