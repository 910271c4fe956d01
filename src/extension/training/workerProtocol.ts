import type { TrainProgress, TrainRequest, TrainResult } from '../../engine';

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
