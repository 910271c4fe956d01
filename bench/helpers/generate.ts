/**
 * Child process of bench/run.mjs: generation timings in a fresh process.
 * Usage: node --import tsx bench/helpers/generate.ts '{"modelDir": "...", "warmRuns": 100}'
 *   loadMs     loadModel(): reads and checks the model folder (and warms the cell up), once per model
 *   firstMs    the first generateSolo() after that load, in a fresh process: 100 steps realised to ABC
 *              (what the first "Generate Jazz Solo" costs once the model is loaded)
 *   warmMs     median of later generateSolo() calls (model cached), each with another seed
 *   samplingWarmMs  median of the network part alone (LstmSampler + generateIndices, 100 steps), run in turn
 *              with the warm solos
 */
import { performance } from 'node:perf_hooks';
import { generateSolo, loadModel } from '../../src/engine';
import { LstmSampler } from '../../src/model/lstmCell';
import { generateIndices } from '../../src/model/sampling';
import { peakRssMb, reportResult } from './referenceCorpus';

const STEPS = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const { modelDir, warmRuns = 100 } = JSON.parse(process.argv[2] ?? '{}') as { modelDir: string; warmRuns?: number };
  const loadStarted = performance.now();
  await loadModel(modelDir);
  const loadMs = performance.now() - loadStarted;
  const firstStarted = performance.now();
  const first = await generateSolo({ modelDir, steps: STEPS, seed: 1 });
  const firstMs = performance.now() - firstStarted;

  // Warm solos and the network alone take turns, so that a drift in the machine's speed (or V8 still optimising
  // the first solos' code) weighs on both sides alike.
  const model = await loadModel(modelDir);
  const warm: number[] = [];
  const sampling: number[] = [];
  for (let run = 0; run < warmRuns; run++) {
    let started = performance.now();
    await generateSolo({ modelDir, steps: STEPS, seed: 1000 + run });
    warm.push(performance.now() - started);
    started = performance.now();
    generateIndices(new LstmSampler(model.weights), { steps: STEPS, seed: 2000 + run });
    sampling.push(performance.now() - started);
  }
  reportResult({
    steps: first.values.length,
    nValues: model.weights.nValues,
    loadMs,
    firstMs,
    warmMs: median(warm),
    warmMaxMs: Math.max(...warm),
    samplingWarmMs: median(sampling),
    peakRssMb: peakRssMb(),
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
