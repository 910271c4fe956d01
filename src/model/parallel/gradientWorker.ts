/**
 * A gradient worker of GradientPool: its own tfjs, the corpus' tokens and the shared weights; for each
 * batch shard it is sent, the shard's loss and gradients (as means over the whole batch) into its shared
 * gradient buffers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTf } from '../backend';
import { weightShapes } from '../network';
import { lossAndGradients, trainingBatch, type ParamTensors } from '../gradients';
import type { FromGradientWorker, GradientWorkerSetup, ToGradientWorker } from './gradientPool';

const setup = workerData as GradientWorkerSetup;

function post(message: FromGradientWorker): void {
  parentPort!.postMessage(message);
}

async function main(): Promise<void> {
  const { tf, backend } = await loadTf(setup.backend);
  const shapes = weightShapes({ nValues: setup.nValues, units: setup.units });
  parentPort!.on('message', (message: ToGradientWorker) => {
    try {
      const batch = trainingBatch(setup.tokens, Array.from(message.starts), message.tx, setup.nValues);
      const loss = tf.tidy(() => {
        const params = {} as ParamTensors;
        for (const { key, shape } of shapes) params[key] = tf.tensor(setup.params[key], shape);
        const result = lossAndGradients(tf, params, { ...batch, meanOver: message.meanOver });
        for (const { key } of shapes) setup.grads[key].set(result.grads[key].dataSync() as Float32Array);
        return result.loss.dataSync()[0];
      });
      post({ type: 'done', loss });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
  post({ type: 'ready', backend });
}

main().catch((error: unknown) =>
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
