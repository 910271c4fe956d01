/**
 * The engine's facade: what the CLI, the extension, the tests and the benchmarks call.
 * Pure Node: no vscode. tfjs is loaded only by training (src/model/backend.ts), never by generation.
 */
import { join, basename, extname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus, assertTrainable, type Corpus, type CorpusOptions } from '../core/corpus';
import { buildVocabulary, parsedValues } from '../core/vocabulary';
import { parseProgression, DEFAULT_PROGRESSION, DEFAULT_TEMPO, keyForProgression, parseKeyName } from '../core/progression';
import { realiseSolo } from '../core/realiser';
import { BeatGuide } from '../core/beatGuide';
import { chordTonesOnStrongBeats } from '../core/evaluation/metrics';
import { pieceFromTune } from '../core/evaluation/pieces';
import { writeAbc } from '../core/abcWriter';
import { writeMidi } from '../core/midiWriter';
import { readAbcText } from '../core/abcReader';
import { randomSeed } from '../core/random';
import { allWindowStarts } from '../core/dataset';
import { UserFacingError, type CorpusWarning, type Solo, type RealisedNote, TICKS_PER_QUARTER } from '../core/types';
import { loadModelFolder, saveModelFolder, type LoadedModel, type ModelMetadata } from '../model/modelStore';
import { LstmSampler } from '../model/lstmCell';
import { generateIndices, DEFAULT_SAMPLING } from '../model/sampling';
import { trainNetwork, TrainingCancelledError } from '../model/train';
import { findPackageRoot } from './packageRoot';
import { loadedModelCache } from './modelCache';

export { UserFacingError, TrainingCancelledError };
export { parseProgression, DEFAULT_PROGRESSION };

export const PACKAGE_ROOT = findPackageRoot();
export const DEFAULT_MODEL_DIR = join(PACKAGE_ROOT, 'models', 'default');
export const DEFAULT_CORPUS_DIR = join(PACKAGE_ROOT, 'corpus');

/** Corpora at most this long train on the reference's m random windows; longer ones on every window. */
export const REFERENCE_WINDOWS_MAX_VALUES = 400;

/** The reference's number of Adam updates: 100 epochs of two batches (m = 60 windows, batch 32). */
export const REFERENCE_UPDATES = 200;

/**
 * Epochs when the user gives none: the reference's 100 on its m random windows; on every window of a longer
 * corpus, as many as make about the reference's number of updates, and at least 3. Held-out likelihood
 * (jazz-solo evaluate) is best there: on the bundled corpus 3 epochs beat the bigram baseline and 5 or more
 * memorise; on two Nottingham files 3 epochs gave 3.52 nats per value against 3.64 after 10.
 */
export function automaticEpochs(windows: 'reference' | 'all', corpusLength: number, tx: number, batchSize: number): number {
  if (windows === 'reference') return 100;
  const updatesPerEpoch = Math.ceil(allWindowStarts(corpusLength, tx).length / batchSize);
  return Math.min(100, Math.max(3, Math.ceil(REFERENCE_UPDATES / updatesPerEpoch)));
}

export interface GenerateOptions {
  modelDir?: string;
  steps?: number;
  temperature?: number;
  topK?: number;
  greedy?: boolean;
  seed?: number;
  /** A progression such as "| Dm7 G7 | Cmaj7 | A7 |"; the default is a jazz blues in F. */
  chords?: string;
  tempo?: number;
  key?: string;
  /** 0.5 straight to 0.75 hard swing; a playback hint written into the ABC. */
  swing?: number;
  title?: string;
  /** Steer sampling towards chord tones on strong beats (default true; greedy decoding is never steered). */
  harmonyGuide?: boolean;
}

export interface GenerateResult {
  abc: string;
  /** The solo as a standard MIDI file (melody and chords), built when first read. */
  readonly midi: Uint8Array;
  values: string[];
  seed: number;
  modelName: string;
  modelDir: string;
  seconds: number;
  solo: Solo;
}

/** Loads (or reuses) a model folder; the cache is keyed by folder and invalidated when its files change. */
export async function loadModel(dir: string = DEFAULT_MODEL_DIR): Promise<LoadedModel> {
  return loadedModelCache.get(resolve(dir), loadAndWarmUp);
}

/** A few throw-away steps let V8 optimise the cell before the user's first solo. */
async function loadAndWarmUp(dir: string): Promise<LoadedModel> {
  const model = await loadModelFolder(dir);
  generateIndices(new LstmSampler(model.weights), { steps: 30, seed: 0 });
  return model;
}

export async function generateSolo(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const modelDir = resolve(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const steps = options.steps ?? 100;
  if (!Number.isInteger(steps) || steps < 1 || steps > 10000) {
    throw new UserFacingError(`steps must be a whole number from 1 to 10000 (got ${options.steps})`);
  }
  const seed = options.seed ?? randomSeed();
  const progression = parseProgression(options.chords ?? DEFAULT_PROGRESSION);
  const greedy = options.greedy ?? false;
  const guided = !greedy && options.harmonyGuide !== false;
  const sampler = new LstmSampler(model.weights);
  const indices = generateIndices(sampler, {
    steps,
    seed,
    greedy,
    temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
    topK: options.topK ?? DEFAULT_SAMPLING.topK,
    guide: guided
      ? new BeatGuide(parsedValues(model.vocabulary), progression.meter, model.metadata.style?.strongBeatChordToneRatio)
      : undefined,
  });
  const values = indices.map((i) => model.vocabulary.values[i]);
  const vocabulary = parsedValues(model.vocabulary);
  const key = options.key ? parseKeyName(options.key) : keyForProgression(progression);
  const modelName = model.metadata.name;
  const decoding = greedy
    ? 'greedy'
    : `temperature ${options.temperature ?? DEFAULT_SAMPLING.temperature}, top-k ${options.topK ?? DEFAULT_SAMPLING.topK}${guided ? ', harmony-guided' : ''}`;
  const solo = realiseSolo(indices.map((i) => vocabulary[i]), progression, {
    seed,
    key,
    tempo: options.tempo ?? DEFAULT_TEMPO,
    swing: options.swing,
    title: options.title ?? 'Jazz solo',
    subtitle: `model ${modelName}, seed ${seed}, ${decoding}`,
  });
  const abc = writeAbc(solo);
  let midi: Uint8Array | undefined;
  return {
    abc,
    // Built on first read: most callers (the editor command, the bench) want only the ABC.
    get midi() {
      midi ??= writeMidi(solo);
      return midi;
    },
    values,
    seed,
    modelName,
    modelDir,
    seconds: (performance.now() - started) / 1000,
    solo,
  };
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
}

export interface TrainProgress {
  epoch: number;
  epochs: number;
  loss: number;
  elapsedSeconds: number;
  etaSeconds: number;
}

export interface TrainHooks {
  onProgress?(progress: TrainProgress): void;
  onLog?(line: string): void;
  signal?: AbortSignal;
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
  backend: string;
  seconds: number;
  warnings: CorpusWarning[];
  inferredChordTunes: number;
  tunes: number;
  tokens: number;
}

/** A model name from the corpus paths: "blues" for blues.abc, "my-tunes" for a folder my-tunes/. */
export function modelNameForCorpus(paths: string[]): string {
  const first = basename(paths[0] ?? 'corpus', extname(paths[0] ?? ''));
  const cleaned = first.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'corpus';
  return paths.length > 1 ? `${cleaned}-and-${paths.length - 1}-more` : cleaned;
}

export async function trainFromCorpus(request: TrainRequest, hooks: TrainHooks = {}): Promise<TrainResult> {
  const log = hooks.onLog ?? (() => undefined);
  const tx = request.tx ?? 30;
  const corpus = await loadCorpus(request.corpus, request);
  for (const warning of corpus.warnings) log(`warning: ${formatWarning(warning)}`);
  assertTrainable(corpus.values, tx, request.corpus);
  if (corpus.inferredChordTunes > 0) {
    log(`${corpus.inferredChordTunes} of ${corpus.tunes.length} tunes had no chord symbols: chords inferred from melody and key`);
  }
  const vocabulary = buildVocabulary(corpus.values);
  const tokens = Int32Array.from(corpus.values, (value) => vocabulary.indexOf(value));
  const windows = request.windows ?? (tokens.length <= REFERENCE_WINDOWS_MAX_VALUES ? 'reference' : 'all');
  log(`corpus: ${corpus.files.length} file(s), ${corpus.tunes.length} tune(s), ${tokens.length} values, vocabulary ${vocabulary.values.length}, windows ${windows}`);
  const batchSize = request.batchSize ?? 32;
  const epochs = request.epochs ?? automaticEpochs(windows, tokens.length, tx, batchSize);
  if (request.epochs === undefined) log(`epochs: ${epochs} (automatic: about the reference's ${REFERENCE_UPDATES} updates)`);
  const options = {
    tx,
    units: request.units ?? 64,
    epochs,
    batchSize,
    seed: request.seed ?? 1,
    windows,
    m: request.m ?? 60,
    learningRate: request.learningRate ?? 0.01,
  };
  const result = await trainNetwork({ tokens, nValues: vocabulary.values.length }, options, {
    signal: hooks.signal,
    // A batch's loss resolves on the microtask queue, so without a turn of the event loop an abort from an
    // event (Ctrl-C, a message) could never be delivered and the signal would never fire.
    yieldEveryBatch: hooks.signal !== undefined,
    onEpochEnd: (info) => {
      hooks.onProgress?.(info);
      log(`epoch ${info.epoch}/${info.epochs}  loss ${info.loss.toFixed(3)}  ${info.elapsedSeconds.toFixed(1)} s, about ${Math.ceil(info.etaSeconds)} s left`);
    },
  });
  // throwIfAborted would throw a DOMException, which callers cannot tell from a crash.
  if (hooks.signal?.aborted) throw new TrainingCancelledError();
  const name = request.name ?? modelNameForCorpus(request.corpus);
  const metadata: ModelMetadata = {
    formatVersion: 1,
    name,
    createdAt: new Date().toISOString(),
    corpus: describeCorpus(corpus),
    options: { ...options, windows },
    loss: result.loss,
    backend: result.backend,
    seconds: result.seconds,
    parameterCount: result.parameterCount,
    style: { strongBeatChordToneRatio: strongBeatChordToneRatio(corpus.tunes) },
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
    epochs: options.epochs,
    loss: result.loss,
    backend: result.backend,
    seconds: result.seconds,
    warnings: corpus.warnings,
    inferredChordTunes: corpus.inferredChordTunes,
    tunes: corpus.tunes.length,
    tokens: tokens.length,
  };
}

/** The share of strong beats on which the corpus sounds a chord tone (undefined when it has none). */
function strongBeatChordToneRatio(tunes: Corpus['tunes']): number | undefined {
  let beats = 0;
  let chordTones = 0;
  for (const tune of tunes) {
    const count = chordTonesOnStrongBeats(pieceFromTune(tune));
    beats += count.strongBeats;
    chordTones += count.chordTones;
  }
  return beats > 0 ? chordTones / beats : undefined;
}

function describeCorpus(corpus: Corpus): ModelMetadata['corpus'] {
  return {
    files: corpus.files.map((file) => ({ path: file.path, sha256: file.sha256 })),
    sha256: corpus.sha256,
    values: corpus.values.length,
    tunes: corpus.tunes.length,
  };
}

export function formatWarning(warning: CorpusWarning): string {
  return `${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`;
}

export interface InspectResult {
  files: { path: string; kind: string; bytes: number }[];
  tunes: { file: string; id: string; title: string; line: number; values: number; chordsInferred: boolean; chords: string[] }[];
  tokens: number;
  values: string[];
  vocabulary: string[];
  warnings: CorpusWarning[];
  inferredChordTunes: number;
}

export async function inspectCorpus(paths: string[], options: CorpusOptions = {}): Promise<InspectResult> {
  const corpus = await loadCorpus(paths, options);
  const vocabulary = buildVocabulary(corpus.values);
  return {
    files: corpus.files.map(({ path, kind, bytes }) => ({ path, kind, bytes })),
    tunes: corpus.tunes.map((tune, i) => ({
      file: tune.file,
      id: tune.id,
      title: tune.title,
      line: tune.line,
      values: corpus.tuneValueCounts?.[i] ?? 0,
      chordsInferred: tune.chordsInferred,
      chords: [...new Set(tune.chords.map((c) => c.chord.symbol))],
    })),
    tokens: corpus.values.length,
    values: corpus.values,
    vocabulary: vocabulary.values,
    warnings: corpus.warnings,
    inferredChordTunes: corpus.inferredChordTunes,
  };
}

export interface ModelSummary {
  name: string;
  dir: string;
  values: number;
  createdAt: string;
  finalLoss?: number;
  isDefault: boolean;
}

export async function describeModel(dir: string): Promise<ModelSummary> {
  const resolved = resolve(dir);
  const model = await loadModel(resolved);
  const loss = model.metadata.loss ?? [];
  return {
    name: model.metadata.name,
    dir: resolved,
    values: model.vocabulary.values.length,
    createdAt: model.metadata.createdAt,
    finalLoss: loss.length ? loss[loss.length - 1] : undefined,
    isDefault: resolved === resolve(DEFAULT_MODEL_DIR),
  };
}

/** The MIDI of any ABC tune (the first one in the text), for "Export Solo as MIDI". */
export function abcToMidi(text: string, file = 'untitled.abc'): Uint8Array {
  const { tunes } = readAbcText(text, file);
  const tune = tunes[0];
  if (!tune) throw new UserFacingError(`${file}: no tune with notes to export`);
  const bar = (tune.meter.numerator * 4) / tune.meter.denominator;
  const toTicks = (quarters: number) => Math.round(quarters * TICKS_PER_QUARTER);
  const notes: RealisedNote[] = tune.notes.map((note, valueIndex) => ({
    pitch: note.pitch,
    startTick: toTicks(note.start),
    durationTicks: Math.max(1, toTicks(note.duration)),
    valueIndex,
  }));
  const end = tune.notes.reduce((max, n) => Math.max(max, n.start + n.duration), 0);
  const solo: Solo = {
    title: tune.title,
    meter: tune.meter,
    key: tune.key,
    tempo: tune.tempo ?? DEFAULT_TEMPO,
    notes,
    chords: tune.chords,
    bars: Math.ceil(end / bar),
  };
  return writeMidi(solo);
}
