/** The training use case: a corpus in, a model folder out, with progress, logs and cancellation. */
import { TrainingCancelledError, UserFacingError } from '../shared/errors';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { loadCorpus, assertTrainable, type Corpus, type CorpusOptions } from '../core/io/corpus';
import { buildVocabulary } from '../core/solo/vocabulary';
import { learnRegister } from '../core/solo/melodicLine';
import { learnCorpusStyle } from '../core/solo/style';
import { allWindowStarts, windowsInsideTunes } from '../core/solo/dataset';
import { type CorpusWarning } from '../core/types';
import { checkOptionalInRange, LIMITS } from '../shared/limits';
import { safeModelName } from '../shared/modelName';
import { saveModelFolder } from '../model/store/save';
import { type ModelMetadata } from '../model/store/folder';
import { DEFAULT_TRAINING_OPTIONS, type EpochInfo, trainNetwork } from '../model/train';
import { defaultPython, torchVersion, trainWithPytorch } from '../model/pytorch/pytorchTrainer';
import { PACKAGE_ROOT } from './paths';
import { formatWarning } from './inspect';
import { loadedModelCache } from './modelCache';
import { EPOCH_CHOICE_HELDOUT_SHARE, planEpochs } from './epochChoice';
import { isReferenceCorpus } from '../shared/referenceCurve';

/** Corpora at most this long train on the reference's m random windows; longer ones on every window. */
export const REFERENCE_WINDOWS_MAX_VALUES = 400;

/** The reference's number of Adam updates: 100 epochs of two batches (m = 60 windows, batch 32). */
export const REFERENCE_UPDATES = 200;

/**
 * Epochs when the user gives none: the reference's 100 on its m random windows; on every window of a longer
 * corpus, as many as make about the reference's number of updates, and at least 3. Measured with
 * `jazz-solo evaluate` (held-out NLL against the bigram's): on two Nottingham files the automatic 3 epochs
 * give 3.63 nats per value (bigram 3.91) and 15 give 3.82; on the bundled bebop corpus, with its smaller
 * vocabulary, 5 epochs only draw level with the bigram and 10 to 20 beat it by 12%, which is why the default
 * model is trained with 15 (scripts/train-default-model.mjs).
 */
export function automaticEpochs(
  windows: 'reference' | 'all',
  corpusLength: number,
  tx: number,
  batchSize: number,
  tuneLengths?: readonly number[],
): number {
  if (windows === 'reference') return 100;
  // Windows lie inside tunes, so a corpus of many short tunes has far fewer windows than values.
  const windowCount = tuneLengths
    ? windowsInsideTunes(new Int32Array(corpusLength), tuneLengths, tx).starts.length
    : allWindowStarts(corpusLength, tx).length;
  const updatesPerEpoch = Math.ceil(windowCount / batchSize);
  return Math.min(100, Math.max(3, Math.ceil(REFERENCE_UPDATES / updatesPerEpoch)));
}

export interface TrainRequest extends CorpusOptions {
  corpus: string[];
  outDir: string;
  name?: string;
  epochs?: number;
  tx?: number;
  units?: number;
  batchSize?: number;
  seed?: number;
  /** 'reference': m random windows; 'all': every window, reshuffled each epoch. Default: by corpus size. */
  windows?: 'reference' | 'all';
  m?: number;
  learningRate?: number;
  /** Automatic epochs: stop after this many epochs without a better held-out NLL (default: see epochChoice.ts). */
  patience?: number;
  /** 'builtin' (default): this engine, on every core; 'pytorch': src/model/pytorch/train_lstm.py in PyTorch. */
  engine?: 'builtin' | 'pytorch';
  /** --engine pytorch: the Python with torch (default: JAZZ_SOLO_PYTHON, /usr/bin/python3, python3). */
  python?: string;
  /** --engine pytorch: torchrun's DistributedDataParallel processes on this machine (default 1). */
  nproc?: number;
}

/** An epoch's report (the network's; `epochs` is the most this run makes: automatic training may stop before). */
export interface TrainProgress extends EpochInfo {
  /** The corpus is the reference's alone: a chart may draw the reference's reported loss beside this one. */
  referenceCorpus?: true;
}

export interface TrainHooks {
  onProgress?(progress: TrainProgress): void;
  onLog?(line: string): void;
  signal?: AbortSignal;
  /** Log a line per epoch (default true); false when onProgress already shows it, e.g. as a redrawn bar. */
  logEpochs?: boolean;
}

export interface TrainResult {
  modelDir: string;
  name: string;
  values: number;
  examples: number;
  tx: number;
  units: number;
  epochs: number;
  loss: number[];
  /** Automatic epochs: the held-out NLL of every epoch run; `epochs` is then the chosen (best) one. */
  heldOutLoss?: number[];
  backend: string;
  seconds: number;
  warnings: CorpusWarning[];
  inferredChordTunes: number;
  tunes: number;
  tokens: number;
}

/**
 * A model name from the corpus paths: "blues" for blues.abc, "my-tunes" for a folder my-tunes/. Safe as a
 * folder name: never empty, ".", ".." or hidden, no separators (a file named "..abc" gives "corpus").
 */
export function modelNameForCorpus(paths: string[]): string {
  const first = basename(paths[0] ?? 'corpus', extname(paths[0] ?? ''));
  const cleaned = safeModelName(first);
  return paths.length > 1 ? `${cleaned}-and-${paths.length - 1}-more` : cleaned;
}

/** Training sizes in their documented ranges: a 20,000-unit network would run for hours in gigabytes. */
function checkTrainingValues(request: TrainRequest): void {
  checkOptionalInRange(LIMITS.tx, request.tx, 'tx');
  checkOptionalInRange(LIMITS.units, request.units, 'units');
  checkOptionalInRange(LIMITS.batch, request.batchSize, 'batch');
  checkOptionalInRange(LIMITS.epochs, request.epochs, 'epochs');
  checkOptionalInRange(LIMITS.windows, request.m, 'm');
  checkOptionalInRange(LIMITS.seed, request.seed, 'seed');
  checkOptionalInRange(LIMITS.nproc, request.nproc, 'nproc');
  // The name is shown in lists and may name a folder: no separators, control characters, "." or "..".
  const name = request.name;
  if (
    name !== undefined &&
    // eslint-disable-next-line no-control-regex
    (/[/\\\u0000-\u001f\u007f]/.test(name) || ['', '.', '..'].includes(name.trim()) || name.length > 200)
  ) {
    throw new UserFacingError(
      `the model name must be a short name without "/", "\\" or control characters; try "${safeModelName(name, 'model')}"`,
    );
  }
}

export async function trainFromCorpus(request: TrainRequest, hooks: TrainHooks = {}): Promise<TrainResult> {
  const log = hooks.onLog ?? (() => undefined);
  checkTrainingValues(request);
  // A missing torch is said at once, not after the minutes a large corpus takes to read.
  if (request.engine === 'pytorch') torchVersion(request.python ?? defaultPython());
  const tx = request.tx ?? DEFAULT_TRAINING_OPTIONS.tx;
  const corpus = await loadCorpus(request.corpus, request);
  for (const warning of corpus.warnings) log(`warning: ${formatWarning(warning)}`);
  assertTrainable(corpus.values, tx, request.corpus);
  if (corpus.inferredChordTunes > 0) {
    log(
      `${corpus.inferredChordTunes} of ${corpus.tunes.length} tunes had no chord symbols: chords inferred from melody and key`,
    );
  }
  const vocabulary = buildVocabulary(corpus.values);
  const tokens = Int32Array.from(corpus.values, (value) => vocabulary.indexOf(value));
  const windows = request.windows ?? (tokens.length <= REFERENCE_WINDOWS_MAX_VALUES ? 'reference' : 'all');
  log(
    `corpus: ${corpus.files.length} file(s), ${corpus.tunes.length} tune(s), ${tokens.length} values, vocabulary ${vocabulary.values.length}, windows ${windows}`,
  );
  const batchSize = request.batchSize ?? DEFAULT_TRAINING_OPTIONS.batchSize;
  const seed = request.seed ?? DEFAULT_TRAINING_OPTIONS.seed;
  const m = request.m ?? DEFAULT_TRAINING_OPTIONS.m;
  const plan = planEpochs({
    tuneValues: valuesByTune(corpus.values, corpus.tuneValueCounts),
    vocabulary,
    tx,
    batchSize,
    windows,
    m,
    seed,
    automaticEpochs: automaticEpochs(windows, tokens.length, tx, batchSize, corpus.tuneValueCounts),
    epochs: request.epochs,
    patience: request.patience,
  });
  if (plan.kind === 'held-out')
    log(
      `epochs: chosen by the held-out NLL of ${plan.heldOutValues} values (${plan.split} split), patience ${plan.heldOut.patience}, at most ${plan.maxEpochs}`,
    );
  else if (plan.kind === 'too-small')
    log(`epochs: ${plan.epochs} (automatic: about the reference's ${REFERENCE_UPDATES} updates; ${plan.reason})`);
  const options = {
    tx,
    units: request.units ?? DEFAULT_TRAINING_OPTIONS.units,
    epochs: plan.kind === 'held-out' ? plan.maxEpochs : plan.epochs,
    batchSize,
    seed,
    windows,
    m,
    learningRate: request.learningRate ?? DEFAULT_TRAINING_OPTIONS.learningRate,
  };
  const trainingData =
    plan.kind === 'held-out'
      ? { tokens: plan.tokens, nValues: vocabulary.values.length, tuneLengths: plan.tuneLengths }
      : { tokens, nValues: vocabulary.values.length, tuneLengths: corpus.tuneValueCounts };
  const heldOut = plan.kind === 'held-out' ? plan.heldOut : undefined;
  const referenceCorpus = isReferenceCorpus(corpus.files) ? (true as const) : undefined;
  const train: typeof trainNetwork =
    request.engine === 'pytorch'
      ? (data, trainingOptions, trainingHooks) =>
          trainWithPytorch(data, { ...trainingOptions, python: request.python, nproc: request.nproc }, trainingHooks)
      : trainNetwork;
  const result = await train(
    trainingData,
    { ...options, heldOut },
    {
      signal: hooks.signal,
      // A batch's loss resolves on the microtask queue, so without a turn of the event loop an abort from an
      // event (Ctrl-C, a message) could never be delivered and the signal would never fire.
      yieldEveryBatch: hooks.signal !== undefined,
      onEpochEnd: (info) => {
        hooks.onProgress?.(referenceCorpus ? { ...info, referenceCorpus } : info);
        if (hooks.logEpochs !== false)
          log(
            `epoch ${info.epoch}/${info.epochs}  loss ${info.loss.toFixed(3)}${info.heldOutNll === undefined ? '' : `  held-out NLL ${info.heldOutNll.toFixed(3)} (best epoch ${info.bestEpoch})`}  ${info.elapsedSeconds.toFixed(1)} s, about ${Math.ceil(info.etaSeconds)} s left`,
          );
      },
    },
  );
  // throwIfAborted would throw a DOMException, which callers cannot tell from a crash.
  if (hooks.signal?.aborted) throw new TrainingCancelledError();
  const name = request.name ?? modelNameForCorpus(request.corpus);
  const metadata: ModelMetadata = {
    formatVersion: 1,
    name,
    createdAt: new Date().toISOString(),
    corpus: describeCorpus(corpus),
    // The epochs that made the kept weights, which a held-out evaluation retrains with.
    options: {
      ...options,
      windows,
      epochs: result.chosenEpoch,
      ...(heldOut
        ? { maxEpochs: options.epochs, patience: heldOut.patience, heldoutShare: EPOCH_CHOICE_HELDOUT_SHARE }
        : {}),
    },
    loss: result.loss,
    ...(result.heldOutLoss ? { heldOutLoss: result.heldOutLoss } : {}),
    chosenEpoch: result.chosenEpoch,
    backend: result.backend,
    seconds: result.seconds,
    parameterCount: result.parameterCount,
    style: learnCorpusStyle(corpus.tunes),
    register: learnRegister(corpus.tunes),
  };
  const modelDir = resolve(request.outDir);
  await saveModelFolder(modelDir, { weights: result.weights, vocabularyValues: vocabulary.values, metadata });
  loadedModelCache.forget(modelDir);
  log(`saved model "${name}" to ${modelDir} (backend ${result.backend}, ${result.seconds.toFixed(1)} s)`);
  return {
    modelDir,
    name,
    values: vocabulary.values.length,
    examples: result.examples,
    tx,
    units: options.units,
    epochs: result.chosenEpoch,
    loss: result.loss,
    ...(result.heldOutLoss ? { heldOutLoss: result.heldOutLoss } : {}),
    backend: result.backend,
    seconds: result.seconds,
    warnings: corpus.warnings,
    inferredChordTunes: corpus.inferredChordTunes,
    tunes: corpus.tunes.length,
    tokens: tokens.length,
  };
}

/** The corpus's values cut back into its tunes. */
function valuesByTune(values: readonly string[], tuneLengths: readonly number[]): string[][] {
  let offset = 0;
  return tuneLengths.map((length) => values.slice(offset, (offset += length)));
}

/** Files inside the package are recorded relative to it (the bundled model works from any checkout). */
function recordedCorpusPath(file: string): string {
  const inPackage = relative(PACKAGE_ROOT, resolve(file));
  return inPackage && !inPackage.startsWith('..') && !isAbsolute(inPackage)
    ? inPackage.split(sep).join('/')
    : resolve(file);
}

function describeCorpus(corpus: Corpus): ModelMetadata['corpus'] {
  return {
    files: corpus.files.map((file) => ({ path: recordedCorpusPath(file.path), sha256: file.sha256 })),
    sha256: corpus.sha256,
    values: corpus.values.length,
    tunes: corpus.tunes.length,
  };
}
