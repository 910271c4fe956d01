/**
 * Child process of bench/run.mjs: one engine training run, alone in its process so that its peak RSS is
 * its own. Usage: node --import tsx bench/helpers/trainEngine.ts '<json options>'
 *   { mode: 'reference', epochs, seed, dumpDir?, saveModelDir? }  the reference configuration (m = 60 windows)
 *   { mode: 'scale', times, epochs, seed }                         every window of the corpus tiled `times` times
 * dumpDir receives the exact batches, order and initial weights for bench/torch_reference.py.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeOneHotBatch, referenceWindowStarts, shuffleInPlace } from '../../src/core/solo/dataset';
import { createRng } from '../../src/core/random';
import { DEFAULT_TRAINING_OPTIONS, initialWeights, trainNetwork } from '../../src/model/train';
import { saveModelFolder } from '../../src/model/store/save';
import { loadReferenceTokens, peakRssMb, reportResult, tileTokens, type ReferenceTokens } from './referenceCorpus';

interface ChildOptions {
  mode: 'reference' | 'scale';
  epochs: number;
  seed: number;
  times?: number;
  dumpDir?: string;
  saveModelDir?: string;
}

const REFERENCE = { tx: 30, units: 64, batchSize: 32, m: 60, learningRate: 0.01, decay: 0.01 };

function writeFloat32(file: string, values: Float32Array): void {
  writeFileSync(file, Buffer.from(values.buffer, values.byteOffset, values.byteLength));
}

/**
 * Writes what PyTorch needs to see exactly the engine's batches: the m one-hot windows ([m, Tx, V] x and y,
 * built by the engine's own makeOneHotBatch), the window order of every epoch ([epochs, m] int32), and the
 * seeded initial weights in Keras layout. The order replays the engine's RNG: trainNetwork draws the starts
 * and then shuffles them once per epoch with the same generator, and a shuffle consumes the generator the
 * same way whatever it shuffles, so shuffling window positions gives the engine's order.
 */
function dumpTorchData(dir: string, data: ReferenceTokens, epochs: number, seed: number): void {
  mkdirSync(dir, { recursive: true });
  const { tx, units, m } = REFERENCE;
  // Must match the generator trainNetwork derives from its seed (src/model/train.ts).
  const windowRng = createRng((seed ^ 0x5bd1e995) >>> 0);
  const starts = referenceWindowStarts(data.tokens.length, tx, m, windowRng);
  const positions = starts.map((_, i) => i);
  const order = new Int32Array(epochs * m); // [epochs, m] window positions in batch order
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(positions, windowRng);
    order.set(positions, epoch * m);
  }
  const oneHot = makeOneHotBatch(data.tokens, starts, tx, data.nValues); // x, y: [m, Tx, V]
  writeFloat32(join(dir, 'x.f32'), oneHot.x);
  writeFloat32(join(dir, 'y.f32'), oneHot.y);
  writeFileSync(join(dir, 'order.i32'), Buffer.from(order.buffer));
  const weights = initialWeights(data.nValues, units, seed);
  for (const key of ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias'] as const) {
    writeFloat32(join(dir, `${key}.f32`), weights[key]);
  }
  const meta = {
    nValues: data.nValues,
    units,
    tx,
    m,
    batchSize: REFERENCE.batchSize,
    epochs,
    learningRate: REFERENCE.learningRate,
    decay: REFERENCE.decay,
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
}

async function reference(options: ChildOptions, data: ReferenceTokens) {
  if (options.dumpDir) dumpTorchData(options.dumpDir, data, options.epochs, options.seed);
  const result = await trainNetwork(
    { tokens: data.tokens, nValues: data.nValues },
    { ...REFERENCE, epochs: options.epochs, seed: options.seed, windows: 'reference' },
  );
  if (options.saveModelDir) {
    await saveModelFolder(options.saveModelDir, {
      weights: result.weights,
      vocabularyValues: data.vocabulary,
      metadata: { name: 'bench-reference', loss: result.loss, backend: result.backend, seconds: result.seconds },
    });
  }
  return {
    seconds: result.seconds,
    loss: result.loss,
    finalLoss: result.loss[result.loss.length - 1],
    backend: result.backend,
    nValues: data.nValues,
    tokens: data.tokens.length,
    source: data.source,
    examples: result.examples,
  };
}

async function scale(options: ChildOptions, data: ReferenceTokens) {
  const times = options.times ?? 1;
  const tokens = tileTokens(data.tokens, times);
  const epochEnds: number[] = [];
  const result = await trainNetwork(
    { tokens, nValues: data.nValues },
    { ...REFERENCE, epochs: options.epochs, seed: options.seed, windows: 'all' },
    { onEpochEnd: (info) => void epochEnds.push(info.elapsedSeconds) },
  );
  const perEpoch = epochEnds.map((end, i) => end - (i === 0 ? 0 : epochEnds[i - 1]));
  return {
    times,
    tokens: tokens.length,
    examples: result.examples,
    epochs: options.epochs,
    epochSeconds: perEpoch,
    backend: result.backend,
  };
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
  options.seed ??= DEFAULT_TRAINING_OPTIONS.seed;
  const wallStarted = performance.now();
  const data = await loadReferenceTokens();
  const result = options.mode === 'scale' ? await scale(options, data) : await reference(options, data);
  reportResult({ ...result, wallSeconds: (performance.now() - wallStarted) / 1000, peakRssMb: peakRssMb() });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
