/**
 * The engine's facade: what the CLI, the extension, the tests and the benchmarks call.
 * Pure Node: no vscode. tfjs is loaded only by training (src/model/backend.ts), never by generation.
 */
import { join, basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus, assertTrainable, type Corpus, type CorpusOptions } from '../core/io/corpus';
import { buildVocabulary, parsedValues } from '../core/solo/vocabulary';
import {
  parseProgression,
  parseMeter,
  DEFAULT_PROGRESSION,
  DEFAULT_TEMPO,
  keyForProgression,
  parseKeyName,
} from '../core/theory/progression';
import { realiseSolo } from '../core/solo/realiser';
import { BUNDLED_CORPUS_REGISTER, learnRegister } from '../core/solo/melodicLine';
import { BeatGuide } from '../core/solo/beatGuide';
import { chordTonesOnStrongBeats, silenceCount } from '../core/evaluation/metrics';
import { pieceFromTune } from '../core/evaluation/pieces';
import { writeAbc } from '../core/formats/abcWriter';
import { writeMidi } from '../core/formats/midiWriter';
import { arrangeBand, type BandArrangement, type BandOptions, type LeadInstrument } from '../core/band';
import { barTicks, mergeTies } from '../core/solo/realiser';
import { readAbcText } from '../core/formats/abcReader';
import { randomSeed } from '../core/random';
import { allWindowStarts, windowsInsideTunes } from '../core/solo/dataset';
import { UserFacingError, type CorpusWarning, type Solo, type RealisedNote, TICKS_PER_QUARTER } from '../core/types';
import { checkInRange, checkOptionalInRange, LIMITS } from '../core/limits';
import { safeModelName } from '../shared/modelName';
import { loadModelFolder, saveModelFolder, type LoadedModel, type ModelMetadata } from '../model/modelStore';
import { LstmSampler } from '../model/lstmCell';
import { generateIndices, DEFAULT_SAMPLING } from '../model/sampling';
import { DEFAULT_TRAINING_OPTIONS, trainNetwork, TrainingCancelledError } from '../model/train';
import { findPackageRoot } from './packageRoot';
import { loadedModelCache } from './modelCache';
import { DEFAULTS } from '../shared/defaults';

export { UserFacingError, TrainingCancelledError };
export type { BandArrangement, BandNote, BandOptions, BandPart, LeadInstrument } from '../core/band';
export { BAND_PARTS, DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS } from '../core/band';
export { parseProgression, DEFAULT_PROGRESSION };
export { continueSolo, type Continuation, type NoContinuation, type ContinuationRequest } from './continuation';
/** The ABC assistant's analysers, for the editor's preview and exports (the language server imports them itself). */
export * as abcAnalysis from '../core/analysis';
export { listMidiTracks, defaultMelodyTrack, defaultChordTracks, type MidiTrackInfo } from '../core/formats/midiReader';
export type { MarkedNote, TuneHarmonyCount } from '../core/analysis/harmony';

/** Evaluation pulls in the training loop and the baselines, so it loads only when a report is asked for. */
export function loadEvaluation(): Promise<typeof import('./evaluate')> {
  return import('./evaluate');
}

export const PACKAGE_ROOT = findPackageRoot();
export const DEFAULT_MODEL_DIR = join(PACKAGE_ROOT, 'models', 'default');
export const DEFAULT_CORPUS_DIR = join(PACKAGE_ROOT, 'corpus');

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
  /** "4/4" (default), "3/4", "6/8", "12/8" ...; a "M:3/4" field at the start of `chords` wins over it. */
  meter?: string;
  /** Steer decoding, greedy too, towards chord tones on strong beats (default true). The rhythm rules always hold. */
  harmonyGuide?: boolean;
  /** The MIDI file's rhythm section (bass, comping, drums); default on. false: the solo alone. */
  band?: boolean;
  /** The lead's instrument in the MIDI file (default tenor sax). */
  lead?: LeadInstrument;
}

export interface GenerateResult {
  abc: string;
  /** The solo as a standard MIDI file (lead, and the band unless `band: false`), built when first read. */
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

/** Every number a caller gives generation, in its documented range (LIMITS), or one clear error. */
function checkGenerationValues(options: GenerateOptions): void {
  checkOptionalInRange(LIMITS.seed, options.seed, 'seed');
  checkOptionalInRange(LIMITS.tempo, options.tempo, 'tempo');
  checkOptionalInRange(LIMITS.swing, options.swing, 'swing');
  checkOptionalInRange(LIMITS.topK, options.topK, 'top-k');
  if (options.temperature !== undefined && !options.greedy) {
    checkInRange(LIMITS.temperature, options.temperature, 'temperature');
    if (options.temperature === 0)
      throw new UserFacingError('temperature 0 is greedy decoding: ask for greedy instead');
  }
}

export async function generateSolo(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const modelDir = resolve(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const steps = checkInRange(LIMITS.steps, options.steps ?? DEFAULTS.steps, 'steps');
  checkGenerationValues(options);
  const seed = options.seed ?? randomSeed();
  const meter = options.meter === undefined ? undefined : parseMeter(options.meter, 'meter');
  const progression = parseProgression(options.chords ?? DEFAULT_PROGRESSION, meter);
  const greedy = options.greedy ?? false;
  const guided = options.harmonyGuide !== false;
  // The guide is the solo's clock: it places every value, so it runs for greedy decoding too.
  const guide = new BeatGuide(parsedValues(model.vocabulary), progression.meter, {
    ...model.metadata.style,
    ...(guided ? {} : { strongBeatChordToneRatio: 0 }),
  });
  const sampler = new LstmSampler(model.weights);
  const indices = generateIndices(sampler, {
    steps,
    seed,
    greedy,
    temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
    topK: options.topK ?? DEFAULT_SAMPLING.topK,
    guide,
  });
  const values = indices.map((i) => model.vocabulary.values[i]);
  const vocabulary = parsedValues(model.vocabulary);
  const key = options.key ? parseKeyName(options.key) : keyForProgression(progression);
  const modelName = model.metadata.name;
  const sampling = greedy
    ? 'greedy'
    : `temperature ${options.temperature ?? DEFAULT_SAMPLING.temperature}, top-k ${options.topK ?? DEFAULT_SAMPLING.topK}`;
  const decoding = `${sampling}${guided ? ', harmony-guided' : ''}`;
  const solo = realiseSolo(
    indices.map((i) => vocabulary[i]),
    progression,
    {
      seed,
      key,
      tempo: options.tempo ?? DEFAULT_TEMPO,
      swing: options.swing,
      title: options.title ?? DEFAULTS.title,
      subtitle: `model ${modelName}, seed ${seed}, ${decoding}`,
      spans: guide.spans,
      register: model.metadata.register ?? BUNDLED_CORPUS_REGISTER,
    },
  );
  const abc = writeAbc(solo);
  let midi: Uint8Array | undefined;
  return {
    abc,
    // Built on first read: most callers (the editor command, the bench) want only the ABC.
    get midi() {
      midi ??= writeMidi(solo, {
        band:
          options.band === false
            ? undefined
            : arrangeBandForSolo(
                solo,
                { ...DEFAULT_BAND_OPTIONS, seed },
                progression.lengthQuarters * TICKS_PER_QUARTER,
              ),
        lead: options.lead,
      });
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
  const epochs = request.epochs ?? automaticEpochs(windows, tokens.length, tx, batchSize, corpus.tuneValueCounts);
  if (request.epochs === undefined)
    log(`epochs: ${epochs} (automatic: about the reference's ${REFERENCE_UPDATES} updates)`);
  const options = {
    tx,
    units: request.units ?? DEFAULT_TRAINING_OPTIONS.units,
    epochs,
    batchSize,
    seed: request.seed ?? DEFAULT_TRAINING_OPTIONS.seed,
    windows,
    m: request.m ?? DEFAULT_TRAINING_OPTIONS.m,
    learningRate: request.learningRate ?? DEFAULT_TRAINING_OPTIONS.learningRate,
  };
  const trainingData = { tokens, nValues: vocabulary.values.length, tuneLengths: corpus.tuneValueCounts };
  const result = await trainNetwork(trainingData, options, {
    signal: hooks.signal,
    // A batch's loss resolves on the microtask queue, so without a turn of the event loop an abort from an
    // event (Ctrl-C, a message) could never be delivered and the signal would never fire.
    yieldEveryBatch: hooks.signal !== undefined,
    onEpochEnd: (info) => {
      hooks.onProgress?.(info);
      if (hooks.logEpochs !== false)
        log(
          `epoch ${info.epoch}/${info.epochs}  loss ${info.loss.toFixed(3)}  ${info.elapsedSeconds.toFixed(1)} s, about ${Math.ceil(info.etaSeconds)} s left`,
        );
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
    style: corpusStyle(corpus.tunes),
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

/**
 * The corpus's style, measured as the solos are: the share of strong beats on which it sounds a chord tone,
 * and the share of its time without a sounding note (each undefined when the corpus has none to measure).
 */
function corpusStyle(tunes: Corpus['tunes']): { strongBeatChordToneRatio?: number; restShare?: number } {
  let beats = 0;
  let chordTones = 0;
  let length = 0;
  let silent = 0;
  for (const tune of tunes) {
    const piece = pieceFromTune(tune);
    const onStrongBeats = chordTonesOnStrongBeats(piece);
    beats += onStrongBeats.strongBeats;
    chordTones += onStrongBeats.chordTones;
    const silence = silenceCount(piece);
    length += silence.length;
    silent += silence.silent;
  }
  return {
    strongBeatChordToneRatio: beats > 0 ? chordTones / beats : undefined,
    restShare: length > 0 ? silent / length : undefined,
  };
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

export function formatWarning(warning: CorpusWarning): string {
  return `${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`;
}

export interface InspectResult {
  files: { path: string; kind: string; bytes: number }[];
  tunes: {
    file: string;
    id: string;
    title: string;
    line: number;
    values: number;
    chordsInferred: boolean;
    chords: string[];
  }[];
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

/** The band an export plays unless told otherwise: every part, no count-in, a fixed seed (same file every time). */
export const DEFAULT_BAND_OPTIONS: BandOptions = {
  parts: { bass: true, comping: true, drums: true },
  countIn: false,
  seed: 1,
};

/** The rhythm section behind a realised solo (its chords, meter, tempo and notes). */
export function arrangeBandForSolo(
  solo: Solo,
  options: BandOptions,
  chorusTicks?: number,
  pickupTicks?: number,
): BandArrangement {
  const lead = mergeTies(solo.notes).flatMap((note) =>
    note.pitch === null ? [] : [{ pitch: note.pitch, startTick: note.startTick, durationTicks: note.durationTicks }],
  );
  const lastEnd = solo.notes.reduce((end, note) => Math.max(end, note.startTick + note.durationTicks), 0);
  return arrangeBand(
    {
      chords: solo.chords,
      meter: solo.meter,
      tempo: solo.tempo,
      soloTicks: Math.max(
        lastEnd,
        solo.bars * barTicks(solo.meter) - (pickupTicks ? barTicks(solo.meter) - pickupTicks : 0),
      ),
      lead,
      chorusTicks,
      pickupTicks,
    },
    options,
  );
}

/** One tune of an ABC text as a Solo the writers take, and the length of its pickup bar in ticks (0 if none). */
function abcTuneAsSolo(text: string, tuneIndex: number | undefined, file: string): { solo: Solo; pickupTicks: number } {
  const { tunes, tuneInfos } = readAbcText(text, file);
  const info = tuneIndex === undefined ? undefined : tuneInfos[tuneIndex];
  const tune = tuneIndex === undefined ? tunes[0] : info ? tunes.find((t) => t.line === info.startLine) : undefined;
  if (!tune) {
    throw new UserFacingError(
      info
        ? `${file}: tune ${info.id || (tuneIndex ?? 0) + 1} has no notes to play`
        : `${file}: no tune with notes to play`,
    );
  }
  const toTicks = (quarters: number) => Math.round(quarters * TICKS_PER_QUARTER);
  const notes: RealisedNote[] = tune.notes.map((note, valueIndex) => ({
    pitch: note.pitch,
    startTick: toTicks(note.start),
    durationTicks: Math.max(1, toTicks(note.duration)),
    valueIndex,
  }));
  const bar = barTicks(tune.meter);
  const end = notes.reduce((max, n) => Math.max(max, n.startTick + n.durationTicks), 0);
  const firstBar = tune.barStarts.length > 1 ? toTicks(tune.barStarts[1] - tune.barStarts[0]) : bar;
  const pickupTicks = firstBar > 0 && firstBar < bar ? firstBar : 0;
  const solo: Solo = {
    title: tune.title,
    meter: tune.meter,
    key: tune.key,
    tempo: tune.tempo ?? DEFAULT_TEMPO,
    swing: swingFromAbc(text),
    notes,
    chords: tune.chords,
    bars: Math.ceil((end + (pickupTicks ? bar - pickupTicks : 0)) / bar),
  };
  return { solo, pickupTicks };
}

/** The swing the ABC writer notes in a comment ("% swing 0.67: ..."), if any. */
function swingFromAbc(text: string): number | undefined {
  const match = /^%\s*swing\s+([0-9.]+)/m.exec(text);
  const swing = match ? Number(match[1]) : NaN;
  return Number.isFinite(swing) ? swing : undefined;
}

/**
 * The rhythm section for one tune of an ABC text (0-based, in file order), generated or hand-written: its
 * chords (written, or inferred from the melody), meter, tempo and melody. Ticks: 12 a quarter, straight; tick 0
 * is the count-in's start (or the tune's first note).
 */
export function arrangeBandForAbc(
  text: string,
  tuneIndex: number,
  options: BandOptions,
  file = 'untitled.abc',
): BandArrangement {
  const { solo, pickupTicks } = abcTuneAsSolo(text, tuneIndex, file);
  return arrangeBandForSolo(solo, options, undefined, pickupTicks);
}

export interface AbcMidiOptions {
  /** The rhythm section: true (default) for every part, false for the solo alone, or the band's own options. */
  band?: boolean | Partial<BandOptions>;
  lead?: LeadInstrument;
  /** Swing ratio or percentage; default the "% swing" comment the generator writes, else straight. */
  swing?: number;
  /** Which tune of the text (0-based, file order); the first one with notes by default. */
  tuneIndex?: number;
}

/** The MIDI of an ABC tune (the first one in the text by default), for "Export Solo as MIDI": lead and band. */
export function abcToMidi(text: string, file = 'untitled.abc', options: AbcMidiOptions = {}): Uint8Array {
  const { solo, pickupTicks } = abcTuneAsSolo(text, options.tuneIndex, file);
  const bandOptions =
    options.band === false ? undefined : { ...DEFAULT_BAND_OPTIONS, ...(options.band === true ? {} : options.band) };
  const band = bandOptions ? arrangeBandForSolo(solo, bandOptions, undefined, pickupTicks) : undefined;
  return writeMidi(solo, { band, lead: options.lead, swing: options.swing });
}
