/**
 * Child process of bench/training.mjs: one training run at scale, alone in its process so that its peak
 * RSS is its own. Usage: node bench/.build/trainAtScale.cjs '<json options>'
 *   { corpus: 'weimar' | 'reference', engine: 'builtin' | 'pytorch', workers?, nproc?, threads?, units,
 *     updates?, epochs?, seed }
 * weimar: the Weimar Jazz Database's solos (../shared/data/corpora/wjazzd), its whole vocabulary; the run
 *   trains 2 epochs on the first tunes that give `updates` / 2 batches each and times the second (steady)
 *   epoch per update; seconds per epoch of the whole corpus are that times its batches. The held-out NLL
 *   (the last tunes, never trained on) is taken after the run, so every engine is scored after the same
 *   number of updates on the same windows.
 * reference: original_metheny.mid as the reference trains on it (m = 60 windows, `epochs` epochs).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/core/io/corpus';
import { buildVocabulary } from '../../src/core/solo/vocabulary';
import { windowsInsideTunes } from '../../src/core/solo/dataset';
import { scoreNetworkHeldOut } from '../../src/model/heldOutScore';
import { trainWithPytorch } from '../../src/model/pytorch/pytorchTrainer';
import { trainNetwork, type TrainingData, type TrainingOptions } from '../../src/model/train';
import { loadReferenceTokens, peakRssMb, reportResult } from './referenceCorpus';

interface Options {
  corpus: 'weimar' | 'reference';
  engine: 'builtin' | 'pytorch';
  workers?: number;
  nproc?: number;
  threads?: number;
  units: number;
  updates?: number;
  epochs?: number;
  seed: number;
}

const BATCH = 32;
const TX = 30;
/** Values of held-out tunes scored: enough for a stable mean, few enough for a 256-unit network. */
const HELD_OUT_VALUES = 3000;

export const WJAZZD_PATH = process.env.JAZZ_SOLO_SHARED_DATA
  ? join(process.env.JAZZ_SOLO_SHARED_DATA, 'corpora', 'wjazzd')
  : '/work/shared/data/corpora/wjazzd';

async function weimarData(updates: number) {
  if (!existsSync(WJAZZD_PATH)) throw new Error(`${WJAZZD_PATH} is absent`);
  const corpus = await loadCorpus([WJAZZD_PATH]);
  const vocabulary = buildVocabulary(corpus.values);
  const tokens = Int32Array.from(corpus.values, (value) => vocabulary.indexOf(value));
  const lengths = corpus.tuneValueCounts;
  const allWindows = windowsInsideTunes(tokens, lengths, TX).starts.length;
  // The training tunes: from the start, until an epoch has updates / 2 batches.
  const wanted = (updates / 2) * BATCH;
  let tunes = 0;
  let values = 0;
  let windows = 0;
  while (windows < wanted && tunes < lengths.length) {
    windows += Math.max(lengths[tunes] - TX + 1, lengths[tunes] > 1 ? 1 : 0);
    values += lengths[tunes++];
  }
  // Held out: the last tunes, up to HELD_OUT_VALUES values.
  const heldOut: { prime: number[]; target: number[] }[] = [];
  let end = tokens.length;
  let scored = 0;
  for (let t = lengths.length - 1; t >= tunes && scored < HELD_OUT_VALUES; t--) {
    const start = end - lengths[t];
    heldOut.push({ prime: [], target: Array.from(tokens.subarray(start, end)) });
    scored += lengths[t];
    end = start;
  }
  const data: TrainingData = {
    tokens: tokens.slice(0, values),
    nValues: vocabulary.values.length,
    tuneLengths: lengths.slice(0, tunes),
  };
  return { data, heldOut, allUpdatesPerEpoch: Math.ceil(allWindows / BATCH), values: tokens.length };
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as Options;
  const wallStarted = performance.now();
  const weimar = options.corpus === 'weimar' ? await weimarData(options.updates ?? 40) : undefined;
  const reference = weimar ? undefined : await loadReferenceTokens();
  const data = weimar?.data ?? { tokens: reference!.tokens, nValues: reference!.nValues };
  const training: TrainingOptions = weimar
    ? { tx: TX, units: options.units, batchSize: BATCH, windows: 'all', epochs: 2, seed: options.seed }
    : {
        tx: TX,
        units: options.units,
        batchSize: BATCH,
        windows: 'reference',
        m: 60,
        epochs: options.epochs ?? 100,
        seed: options.seed,
      };
  const epochEnds: number[] = [];
  // CPU seconds of every thread of this process (the gradient workers are threads of it): on a machine
  // others share, wall time measures the load as much as the run, CPU time the work.
  const cpuAtEpochEnd: number[] = [];
  const hooks = {
    onEpochEnd: (info: { elapsedSeconds: number }) => {
      epochEnds.push(info.elapsedSeconds);
      const cpu = process.cpuUsage();
      cpuAtEpochEnd.push((cpu.user + cpu.system) / 1e6);
    },
  };
  const result =
    options.engine === 'pytorch'
      ? await trainWithPytorch(data, { ...training, nproc: options.nproc, threads: options.threads }, hooks)
      : await trainNetwork(data, { ...training, workers: options.workers }, hooks);
  const updatesPerEpoch = Math.ceil(result.examples / BATCH);
  const steadySeconds =
    epochEnds.length > 1 ? epochEnds[epochEnds.length - 1] - epochEnds[epochEnds.length - 2] : epochEnds[0];
  reportResult({
    engine: options.engine,
    backend: result.backend,
    workers: result.workers,
    units: options.units,
    seconds: result.seconds,
    loss: result.loss,
    finalLoss: result.loss[result.loss.length - 1],
    updates: updatesPerEpoch * result.loss.length,
    secondsPerUpdate: steadySeconds / updatesPerEpoch,
    // The steady epoch's CPU per update (PyTorch's own processes are not counted: null).
    cpuSecondsPerUpdate:
      options.engine === 'builtin' && cpuAtEpochEnd.length > 1
        ? (cpuAtEpochEnd[cpuAtEpochEnd.length - 1] - cpuAtEpochEnd[cpuAtEpochEnd.length - 2]) / updatesPerEpoch
        : null,
    ...(weimar
      ? {
          secondsPerEpoch: (steadySeconds / updatesPerEpoch) * weimar.allUpdatesPerEpoch,
          updatesPerEpoch: weimar.allUpdatesPerEpoch,
          corpusValues: weimar.values,
          heldOutNll: scoreNetworkHeldOut(result.weights, weimar.heldOut).nll,
        }
      : {}),
    peakRssMb: Math.max(peakRssMb(), result.externalPeakRssMb ?? 0),
    wallSeconds: (performance.now() - wallStarted) / 1000,
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
