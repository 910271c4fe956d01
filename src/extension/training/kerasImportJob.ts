/**
 * Importing a Keras model in the training worker (dist/trainWorker.js): saving a model folder writes a tfjs
 * topology, and tfjs runs only in the worker, never on the extension host. The worker is told by its
 * workerData, `{ kerasImport: request }`, and answers with one message.
 */
import { Worker } from 'node:worker_threads';
import type { KerasImportRequest, KerasImportResult } from '../../engine';
import { isUserFacingError } from '../../shared/errors';
import { isArrayOf, isCount, isRecord, isString } from '../../shared/validate';

export interface KerasImportWorkerInput {
  kerasImport: KerasImportRequest;
}

export type FromKerasImportWorker =
  | { type: 'imported'; result: KerasImportResult }
  | { type: 'failed'; message: string; userFacing: boolean; stack?: string };

export function isKerasImportInput(value: unknown): value is KerasImportWorkerInput {
  return isRecord(value) && isRecord(value.kerasImport);
}

function parseResult(value: unknown): KerasImportResult | undefined {
  if (!isRecord(value) || !isString(value.modelDir) || !isString(value.name)) return undefined;
  if (!isCount(value.values) || !isCount(value.units) || !isString(value.recurrentActivation)) return undefined;
  if (!isRecord(value.source) || !isArrayOf(value.notes, isString)) return undefined;
  return value as unknown as KerasImportResult;
}

export function parseFromKerasImportWorker(value: unknown): FromKerasImportWorker | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'imported') {
    const result = parseResult(value.result);
    return result && { type: 'imported', result };
  }
  if (value.type === 'failed' && isString(value.message) && typeof value.userFacing === 'boolean') {
    // An unexpected failure's stack goes to the log: without it nobody can tell where the import broke.
    const stack = isString(value.stack) ? { stack: value.stack } : {};
    return { type: 'failed', message: value.message, userFacing: value.userFacing, ...stack };
  }
  return undefined;
}

/** Worker side: imports and posts the one answer. */
export async function runKerasImportJob(
  input: KerasImportWorkerInput,
  post: (message: FromKerasImportWorker) => void,
): Promise<void> {
  const { importKerasModel } = await import('../../engine');
  try {
    post({ type: 'imported', result: await importKerasModel(input.kerasImport) });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    post({ type: 'failed', message: error.message, userFacing: isUserFacingError(error), stack: error.stack });
  }
}

/** Host side: runs the import in a fresh worker; a UserFacingError there comes back as `{ userFacing: true }`. */
export function importKerasInWorker(
  workerScript: string,
  request: KerasImportRequest,
  env: NodeJS.ProcessEnv,
): Promise<FromKerasImportWorker> {
  const input: KerasImportWorkerInput = { kerasImport: request };
  const worker = new Worker(workerScript, { workerData: input, env });
  return new Promise((resolve) => {
    let answer: FromKerasImportWorker | undefined;
    worker.on('message', (raw: unknown) => {
      answer ??= parseFromKerasImportWorker(raw) ?? {
        type: 'failed',
        message: 'the import worker sent a malformed message',
        userFacing: false,
      };
    });
    worker.on('error', (error) => {
      answer ??= { type: 'failed', message: error.message, userFacing: false };
    });
    worker.on('exit', (code) => {
      resolve(
        answer ?? { type: 'failed', message: `the import worker stopped (exit code ${code})`, userFacing: false },
      );
    });
  });
}
