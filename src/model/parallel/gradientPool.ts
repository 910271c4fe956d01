/**
 * Data-parallel gradients on every core: each batch is cut into one shard per worker thread, every worker
 * computes its shard's loss and gradients with the same step as one thread (train.ts' lossAndGradients),
 * each already divided by the whole batch's window count, and the sums are the batch's loss and gradients.
 * The optimiser stays on the calling thread, so the update is the one-thread update of the summed gradient.
 *
 * tfjs' wasm backend has threads of its own, but not in Node (tfjs issue 3830: its threaded build needs a
 * browser's Blob workers), so the cores are used one tfjs per worker thread. Weights and gradients cross
 * through SharedArrayBuffers: a batch costs one copy of the weights in and one of the gradients out.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackendName } from '../backend';
import { weightShapes, type WeightKey } from '../network';

/** What a gradient worker is started with (workerData). */
export interface GradientWorkerSetup {
  /** The corpus' window tokens (windowsInsideTunes' tokens), shared read-only. */
  tokens: Int32Array;
  nValues: number;
  units: number;
  backend?: BackendName;
  /** The current weights, written by the pool before every batch. */
  params: Record<WeightKey, Float32Array>;
  /** This worker's gradients, written by it after every batch. */
  grads: Record<WeightKey, Float32Array>;
}

export type ToGradientWorker = { type: 'batch'; starts: Int32Array; tx: number; meanOver: number };
export type FromGradientWorker =
  { type: 'ready'; backend: string } | { type: 'done'; loss: number } | { type: 'error'; message: string };

export interface BatchGradients {
  /** The batch's loss: summed over steps, averaged over its windows. */
  loss: number;
  grads: Record<WeightKey, Float32Array>;
}

/**
 * Multiply-adds of one batch's step below which the threads cost more than they save: a thread's share
 * must outweigh a copy of the weights each way and two messages (the reference's 78 values, about 20 M,
 * train faster on one thread; 2,600 values, about 500 M, nearly twice as fast on two).
 */
const PARALLEL_MIN_MULTIPLY_ADDS = 100e6;

/**
 * The worker threads for a network and batch: every core (os.availableParallelism()) when a batch is large
 * enough to gain from them, else 1 (train on the calling thread).
 */
export function defaultTrainingWorkers(shape: { nValues: number; units: number; batch: number; tx: number }): number {
  const { nValues, units, batch, tx } = shape;
  // Forward, backward and weight gradients of the Dense layer and the recurrent product, every step.
  const multiplyAdds = 3 * batch * (tx - 1) * (units * nValues + units * 4 * units);
  return multiplyAdds >= PARALLEL_MIN_MULTIPLY_ADDS ? availableParallelism() : 1;
}

/** The worker's script: the bundle's own file beside this one, or the TypeScript source under tsx. */
function workerScript(): string | undefined {
  for (const name of ['gradientWorker.js', 'gradientWorker.ts']) {
    const path = join(__dirname, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * A worker on the script. The TypeScript source (tests and benchmarks run from source under tsx) needs tsx's
 * require hook registered inside the worker: the loader the main thread was started with does not reach it.
 */
function startWorker(script: string, setup: GradientWorkerSetup): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, { workerData: setup });
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

function sharedWeights(nValues: number, units: number): Record<WeightKey, Float32Array> {
  const weights = {} as Record<WeightKey, Float32Array>;
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const size = shape.reduce((a, b) => a * b, 1);
    weights[key] = new Float32Array(new SharedArrayBuffer(size * Float32Array.BYTES_PER_ELEMENT));
  }
  return weights;
}

interface Member {
  worker: Worker;
  grads: Record<WeightKey, Float32Array>;
  pending?: { resolve(loss: number): void; reject(error: Error): void };
}

export class GradientPool {
  private closed = false;
  private failure: Error | undefined;

  private constructor(
    private readonly members: Member[],
    private readonly params: Record<WeightKey, Float32Array>,
    private readonly keys: WeightKey[],
    /** The backend the workers run ('wasm', 'tensorflow', 'cpu'). */
    readonly backend: string,
  ) {}

  get size(): number {
    return this.members.length;
  }

  /**
   * Starts `workers` threads, each with its own tfjs, and waits until all can compute; undefined when the
   * worker script is not there (a build without it): the caller trains on its own thread.
   */
  static async start(options: {
    workers: number;
    tokens: Int32Array;
    nValues: number;
    units: number;
    backend?: BackendName;
  }): Promise<GradientPool | undefined> {
    const script = workerScript();
    if (!script || options.workers < 2) return undefined;
    const { nValues, units } = options;
    const tokens = new Int32Array(new SharedArrayBuffer(options.tokens.byteLength));
    tokens.set(options.tokens);
    const params = sharedWeights(nValues, units);
    const members: Member[] = [];
    const backends: Promise<string>[] = [];
    for (let i = 0; i < options.workers; i++) {
      const grads = sharedWeights(nValues, units);
      const setup: GradientWorkerSetup = { tokens, nValues, units, backend: options.backend, params, grads };
      const worker = startWorker(script, setup);
      const member: Member = { worker, grads };
      members.push(member);
      backends.push(
        new Promise<string>((resolve, reject) => {
          worker.once('message', (message: FromGradientWorker) =>
            message.type === 'ready' ? resolve(message.backend) : reject(new Error(`gradient worker: ${message.type}`)),
          );
          worker.once('error', reject);
        }),
      );
    }
    let backend: string;
    try {
      backend = (await Promise.all(backends))[0];
    } catch (error) {
      await Promise.all(members.map((m) => m.worker.terminate()));
      throw error;
    }
    const pool = new GradientPool(members, params, Object.keys(params) as WeightKey[], backend);
    for (const member of members) pool.listen(member);
    return pool;
  }

  private listen(member: Member): void {
    member.worker.on('message', (message: FromGradientWorker) => {
      const pending = member.pending;
      member.pending = undefined;
      if (message.type === 'done') pending?.resolve(message.loss);
      else if (message.type === 'error') pending?.reject(new Error(message.message));
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      member.pending?.reject(error);
      member.pending = undefined;
    };
    member.worker.on('error', fail);
    member.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`a gradient worker stopped (exit code ${code})`));
    });
  }

  /**
   * The loss and gradients of the windows starting at `starts`, computed in shards on the workers from the
   * weights `params` (any array-likes in the order and shapes of weightShapes).
   */
  async lossAndGradients(
    params: Record<WeightKey, ArrayLike<number>>,
    starts: readonly number[],
    tx: number,
  ): Promise<BatchGradients> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the gradient pool is closed');
    for (const key of this.keys) this.params[key].set(params[key]);
    const shards = Math.min(this.members.length, starts.length);
    const used = this.members.slice(0, shards);
    const losses = await Promise.all(
      used.map((member, i) => {
        const from = Math.floor((i * starts.length) / shards);
        const to = Math.floor(((i + 1) * starts.length) / shards);
        return new Promise<number>((resolve, reject) => {
          member.pending = { resolve, reject };
          const message: ToGradientWorker = {
            type: 'batch',
            starts: Int32Array.from(starts.slice(from, to)),
            tx,
            meanOver: starts.length,
          };
          member.worker.postMessage(message);
        });
      }),
    );
    // Summed in worker order, so a run is reproducible for a given number of workers.
    const grads = {} as Record<WeightKey, Float32Array>;
    for (const key of this.keys) {
      const sum = Float32Array.from(used[0].grads[key]);
      for (let m = 1; m < used.length; m++) {
        const part = used[m].grads[key];
        for (let j = 0; j < sum.length; j++) sum[j] += part[j];
      }
      grads[key] = sum;
    }
    return { loss: losses.reduce((a, b) => a + b, 0), grads };
  }

  /** Stops every worker (at once: a batch in flight is abandoned). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.members.map((member) => member.worker.terminate()));
  }
}
