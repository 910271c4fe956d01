/**
 * Model folders. A model is one folder holding
 *   model.json       a real tfjs Layers model (topology + weightsManifest, format "layers-model")
 *   weights.bin      the weights, float32 little-endian, in the manifest's order
 *   vocabulary.json  { format: 1, values: [...] }: the value of each network output, in index order
 *   metadata.json    where it came from and how it was trained (ModelMetadata)
 *
 * Saving writes a sibling temp folder and renames it into place, so a crash or a cancel never leaves a
 * half-written model. Loading reads the folder without tfjs (generation starts in milliseconds) and
 * checks everything a hand edit or a truncated copy can break, failing with one clear UserFacingError.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants as fsConstants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  promises as fs,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  type Stats,
} from 'node:fs';
import * as path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { UserFacingError } from '../core/types';
import { asCommitAsync, displayPath, syncFolder, writeFailure, writeNewFile } from '../core/io/safeWrite';
import { describeRange, isInRange, LIMITS, type NumericRange } from '../core/limits';
import { readRegister, type Register } from '../core/solo/melodicLine';
import { vocabularyFromJson, VOCABULARY_FORMAT, type Vocabulary } from '../core/solo/vocabulary';
import { loadTf, type TfModule } from './backend';
import {
  buildLayersModel,
  DENSE_LAYER_NAME,
  LSTM_LAYER_NAME,
  parameterCount,
  weightShapes,
  type NetworkWeights,
  type WeightKey,
} from './network';

export const MODEL_FORMAT_VERSION = 1;
export const MODEL_FILES = {
  model: 'model.json',
  weights: 'weights.bin',
  vocabulary: 'vocabulary.json',
  metadata: 'metadata.json',
} as const;

export interface CorpusFileRef {
  path: string;
  sha256: string;
}

export interface ModelMetadata {
  formatVersion: number;
  name: string;
  /** ISO 8601. */
  createdAt: string;
  /** The training corpus: its files, a sha256 over their sha256s, how many values and tunes. */
  corpus?: { files: CorpusFileRef[]; sha256?: string; values: number; tunes: number };
  /** The training options used (TrainingOptions and anything else the caller wants to keep). */
  options?: Record<string, unknown>;
  /** Loss per epoch. */
  loss?: number[];
  backend?: string;
  seconds?: number;
  parameterCount: number;
  /**
   * sha256 of weights.bin and vocabulary.json as saved. A valid-looking hand edit (one vocabulary value
   * swapped for another) passes every structural check, so only the checksum can tell. Absent in models
   * saved before it existed; those are loaded without the check.
   */
  checksums?: Partial<Record<ChecksummedFile, string>>;
  /** Measured on the training corpus, for decoding in its style (see BeatGuide). */
  style?: { strongBeatChordToneRatio?: number; restShare?: number };
  /** Where the training corpus's melodies live (see learnRegister); absent in older models. */
  register?: Register;
}

type ChecksummedFile = typeof MODEL_FILES.weights | typeof MODEL_FILES.vocabulary;
const CHECKSUMMED_FILES: readonly ChecksummedFile[] = [MODEL_FILES.weights, MODEL_FILES.vocabulary];

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * What a caller has to say when saving: whatever it has. name defaults to the folder's name, createdAt
 * to now; formatVersion and parameterCount are always set by saveModelFolder itself.
 */
export type ModelMetadataInput = Partial<ModelMetadata>;

export interface ModelContents {
  weights: NetworkWeights;
  /** The value string of each network output, in index order. */
  vocabularyValues: string[];
  metadata: ModelMetadataInput;
}

export interface LoadedModel {
  /** Absolute path of the model folder. */
  dir: string;
  weights: NetworkWeights;
  vocabulary: Vocabulary;
  metadata: ModelMetadata;
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
}

interface WeightsGroup {
  paths: string[];
  weights: WeightSpec[];
}

/** The name of each weight inside the Layers model, as tfjs' loader looks it up. */
function weightName(key: WeightKey): string {
  switch (key) {
    case 'kernel':
      return `${LSTM_LAYER_NAME}/kernel`;
    case 'recurrentKernel':
      return `${LSTM_LAYER_NAME}/recurrent_kernel`;
    case 'bias':
      return `${LSTM_LAYER_NAME}/bias`;
    case 'denseKernel':
      return `${DENSE_LAYER_NAME}/kernel`;
    case 'denseBias':
      return `${DENSE_LAYER_NAME}/bias`;
  }
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Names of the folders a save works in, beside the target: ".NAME.saving-PID-TIME-RANDOM". */
const WORK_FOLDER = /^(saving|replaced)-(\d+)-(\d+)-([0-9a-f]+)$/;

function workFolderName(dir: string, purpose: 'saving' | 'replaced'): string {
  const suffix = `${process.pid}-${Date.now()}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(dir), `.${path.basename(dir)}.${purpose}-${suffix}`);
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface DeadWorkFolder {
  path: string;
  purpose: 'saving' | 'replaced';
}

/**
 * The work folders an interrupted save left beside `target`: only real folders (no symlinks) named exactly
 * as a save names them, whose process is dead. Anything else that merely looks similar is never touched.
 */
function deadWorkFolders(target: string): DeadWorkFolder[] {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const found: DeadWorkFolder[] = [];
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const match = WORK_FOLDER.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[2]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || processIsAlive(pid)) continue;
    const full = path.join(parent, name);
    try {
      if (!lstatSync(full).isDirectory()) continue;
    } catch {
      continue;
    }
    found.push({ path: full, purpose: match[1] as DeadWorkFolder['purpose'] });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A save killed between its two renames leaves the previous model moved aside and no model at `target`:
 * moving it back is the one repair a load makes. It deletes nothing (reading a model never does).
 */
function restoreMovedAsideModel(target: string): void {
  if (existsSync(target)) return;
  const replaced = deadWorkFolders(target).filter((folder) => folder.purpose === 'replaced');
  const newest = replaced[replaced.length - 1];
  if (!newest) return;
  try {
    renameSync(newest.path, target);
  } catch {
    // Another process restored it first, or the folder is read-only: the load reports what it finds.
  }
}

/**
 * Repairs what a process killed in the middle of a save left beside `target` (only a save calls this): the
 * previous model moved aside comes back, and the dead save's own work folders are removed.
 */
export async function recoverInterruptedSave(target: string): Promise<void> {
  restoreMovedAsideModel(target);
  for (const folder of deadWorkFolders(target)) await fs.rm(folder.path, { recursive: true, force: true });
}

/**
 * Checks, before training starts, that a model can be saved to `dir`: absent (in an existing folder we may
 * write to), or a folder holding a model or nothing; never a file, a symlink or a folder of other things.
 * Returns the absolute path.
 */
export function checkModelTarget(dir: string): string {
  if (dir.trim() === '') throw new UserFacingError('the model folder name is empty');
  const target = path.resolve(dir);
  const shown = displayPath(target);
  let stats: Stats | undefined;
  try {
    stats = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeFailure(error, target);
  }
  if (stats?.isSymbolicLink())
    throw new UserFacingError(`refusing to save a model to ${shown}: it is a symbolic link`, target);
  if (stats && !stats.isDirectory())
    throw new UserFacingError(`${shown} exists and is not a folder: choose another folder to save the model`, target);
  if (stats) {
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(MODEL_FILES.model)) {
      throw new UserFacingError(
        `${shown} exists and is not a jazz model folder: choose another folder to save the model`,
        target,
      );
    }
  }
  const parent = path.dirname(target);
  try {
    if (!lstatSync(parent).isDirectory() && !statSync(parent).isDirectory()) {
      throw new UserFacingError(`cannot save the model to ${shown}: ${displayPath(parent)} is not a folder`, target);
    }
    accessSync(parent, fsConstants.W_OK);
  } catch (error) {
    throw writeFailure(error, target);
  }
  return target;
}

/**
 * Writes the model into `dir`, replacing a model already there. Everything is written into a sibling
 * temp folder first; the old model is renamed aside, the new one renamed in, then the old one deleted.
 * Refuses to replace a folder that holds something other than a model.
 */
export async function saveModelFolder(dir: string, contents: ModelContents, tf?: TfModule): Promise<void> {
  const target = path.resolve(dir);
  const { weights, vocabularyValues } = contents;
  for (const { key, shape } of weightShapes(weights)) {
    if (weights[key].length !== size(shape)) {
      throw new RangeError(`${key} has ${weights[key].length} numbers, expected ${size(shape)} (${shape.join('x')})`);
    }
  }
  if (vocabularyValues.length !== weights.nValues) {
    throw new RangeError(
      `the vocabulary has ${vocabularyValues.length} values but the network has ${weights.nValues} outputs`,
    );
  }
  // Validate (and store in the one canonical spelling) now rather than write a model that cannot be loaded.
  const canonicalValues = vocabularyFromJson(
    { format: VOCABULARY_FORMAT, values: vocabularyValues },
    'vocabulary to save',
  ).values;

  checkSaveTarget(target);

  const tfModule = tf ?? (await loadTf()).tf;
  const layersModel = buildLayersModel(tfModule, { nValues: weights.nValues, units: weights.units, cheapInit: true });
  let topology: object;
  try {
    topology = layersModel.toJSON(null, false) as object;
  } finally {
    layersModel.dispose();
  }

  const specs = weightShapes(weights);
  const weightBytes = new Uint8Array(specs.reduce((total, { shape }) => total + size(shape) * 4, 0));
  let offset = 0;
  for (const { key } of specs) {
    const bytes = new Uint8Array(weights[key].buffer, weights[key].byteOffset, weights[key].byteLength);
    weightBytes.set(bytes, offset);
    offset += bytes.length;
  }
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'jazz-solo-lstm',
    convertedBy: null,
    modelTopology: topology,
    weightsManifest: [
      {
        paths: [MODEL_FILES.weights],
        weights: specs.map(({ key, shape }) => ({ name: weightName(key), shape, dtype: 'float32' })),
      },
    ],
  };
  const vocabularyText = JSON.stringify({ format: VOCABULARY_FORMAT, values: canonicalValues }, null, 1) + '\n';
  const metadata: ModelMetadata = {
    ...contents.metadata,
    name: contents.metadata.name ?? path.basename(target),
    createdAt: contents.metadata.createdAt ?? new Date().toISOString(),
    formatVersion: MODEL_FORMAT_VERSION,
    parameterCount: parameterCount(weights),
    checksums: { [MODEL_FILES.weights]: sha256(weightBytes), [MODEL_FILES.vocabulary]: sha256(vocabularyText) },
  };

  // One commit from the first change on disk: a stop (Ctrl-C, SIGTERM) waits for it instead of leaving a
  // work folder behind.
  await asCommitAsync(async () => {
    await recoverInterruptedSave(target);
    const temp = workFolderName(target, 'saving');
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Not recursive: fails if anything (a planted folder or link) already has the name.
      await fs.mkdir(temp, { mode: 0o755 });
    } catch (error) {
      throw writeFailure(error, target);
    }
    try {
      writeNewFile(path.join(temp, MODEL_FILES.weights), weightBytes);
      writeNewFile(path.join(temp, MODEL_FILES.model), JSON.stringify(modelJson));
      writeNewFile(path.join(temp, MODEL_FILES.vocabulary), vocabularyText);
      writeNewFile(path.join(temp, MODEL_FILES.metadata), JSON.stringify(metadata, null, 2) + '\n');
      syncFolder(temp);
      // Checked again: the target may have changed while the files were written.
      checkSaveTarget(target);
      if (existsSync(target)) {
        const old = workFolderName(target, 'replaced');
        await fs.rename(target, old);
        try {
          await fs.rename(temp, target);
        } catch (error) {
          await fs.rename(old, target);
          throw error;
        }
        await fs.rm(old, { recursive: true, force: true });
      } else {
        await fs.rename(temp, target);
      }
      syncFolder(path.dirname(target));
    } catch (error) {
      await fs.rm(temp, { recursive: true, force: true });
      throw writeFailure(error, target);
    }
  });
}

/** Saving replaces a model folder or fills an empty one; anything else at the target is refused. */
function checkSaveTarget(target: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch {
    return;
  }
  const shown = displayPath(target);
  if (stats.isSymbolicLink())
    throw new UserFacingError(`refusing to save a model to ${shown}: it is a symbolic link`, target);
  const entries = stats.isDirectory() ? readdirSync(target) : undefined;
  if (!entries || (entries.length > 0 && !entries.includes(MODEL_FILES.model))) {
    throw new UserFacingError(
      `${shown} exists and is not a jazz model folder: choose another folder to save the model`,
      target,
    );
  }
}

/**
 * The most bytes each model file may hold, so that a link to /dev/zero, a 2 GB file or a crafted folder never
 * exhausts memory: the weights of the largest network LIMITS allow, and generous room for the JSON files.
 */
export const MAX_WEIGHTS_BYTES = parameterCount({ nValues: LIMITS.vocabularySize.max, units: LIMITS.units.max }) * 4;
const MAX_JSON_BYTES: Record<string, number> = {
  [MODEL_FILES.model]: 1 << 20,
  [MODEL_FILES.vocabulary]: 1 << 20,
  [MODEL_FILES.metadata]: 32 << 20,
};
/** Shards of the weights a manifest may list. */
const MAX_WEIGHT_SHARDS = 16;

const OPEN_FOR_READING = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/** A file name that stays inside the folder it is joined to. */
function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && name.length <= 255;
}

/**
 * Reads `name` inside the model folder `root` (already resolved to its real path): only a regular file, never
 * through a symlink (O_NOFOLLOW) and never blocking on a FIFO (O_NONBLOCK), sized before it is read. The
 * messages name the file and never show what is in it.
 */
function readModelFile(root: string, name: string, maxBytes: number, what: string): Buffer {
  const file = path.join(root, name);
  const shown = displayPath(file);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FOR_READING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new UserFacingError(`${shown} is a symbolic link: a model folder must hold its own files (${what})`, file);
    }
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserFacingError(`${shown} cannot be read: permission denied (${what})`, file);
    throw new UserFacingError(`${shown} is missing: the model folder is incomplete (${what})`, file);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const kind = stats.isDirectory()
        ? 'a folder'
        : stats.isFIFO()
          ? 'a named pipe'
          : stats.isSocket()
            ? 'a socket'
            : 'a device';
      throw new UserFacingError(`${shown} is ${kind}, not a regular file: the model folder is damaged (${what})`, file);
    }
    if (stats.size > maxBytes) {
      throw new UserFacingError(
        `${shown} is ${stats.size} bytes, more than the ${maxBytes} a jazz model's ${what} can need: ` +
          'it does not belong to a model',
        file,
      );
    }
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'}): the model folder is damaged`,
      file,
    );
  } finally {
    closeSync(fd);
  }
}

/** Reads a model JSON file once; `bytesRead` keeps what was read so the checksums need not read it again. */
function readJson(root: string, name: string, what: string, bytesRead: Map<string, Buffer>): unknown {
  const bytes = readModelFile(root, name, MAX_JSON_BYTES[name] ?? 1 << 20, what);
  bytesRead.set(name, bytes);
  const file = displayPath(path.join(root, name));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError(
      `${file} is not UTF-8 text: the model folder is damaged (${what})`,
      path.join(root, name),
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    // V8's message quotes the text: never echo a file's contents (it may be another file linked in).
    throw new UserFacingError(
      `${file} is not valid JSON: the model folder is damaged (${what})`,
      path.join(root, name),
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const SHARE = { min: 0, max: 1, integer: false, what: 'share' } as const;
const COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, what: 'count' } as const;
const MAX_TEXT = 1000;

/**
 * The numbers a model's metadata may hold and their ranges: a crafted metadata.json cannot make a later
 * evaluation train 200,000 units or 10^9 epochs. To record a new number, add its range here.
 */
export const METADATA_NUMBER_RANGES: Record<string, NumericRange> = {
  parameterCount: { min: 0, max: MAX_WEIGHTS_BYTES / 4, integer: true, what: 'parameters' },
  seconds: { min: 0, max: 1e9, integer: false, what: 'seconds' },
};
export const TRAINING_OPTION_RANGES: Record<string, NumericRange> = {
  tx: LIMITS.tx,
  units: LIMITS.units,
  epochs: LIMITS.epochs,
  batchSize: LIMITS.batch,
  m: LIMITS.windows,
  seed: LIMITS.seed,
  learningRate: { min: 0, max: 10, integer: false, what: 'learning rate' },
};
/** The style measured on the corpus (shares of notes, registers...): each number with its range. */
export const STYLE_RANGES: Record<string, NumericRange> = {
  strongBeatChordToneRatio: SHARE,
  restShare: SHARE,
};

/** Checks `json` against the documented fields; the messages name the field, never its contents. */
function checkMetadata(json: unknown, file: string): ModelMetadata {
  const shown = displayPath(file);
  const fail = (reason: string): never => {
    throw new UserFacingError(`${shown}: ${reason}: the model folder is damaged or was edited`, file);
  };
  if (!isRecord(json)) throw new UserFacingError(`${shown} is not a model description (expected a JSON object)`, file);
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserFacingError(`${shown} has no valid formatVersion`, file);
  }
  if (version > MODEL_FORMAT_VERSION) {
    throw new UserFacingError(
      `${shown}: this model was made by a newer version of jazz-solo (model format ${version}; this version reads ${MODEL_FORMAT_VERSION}): update jazz-solo`,
      file,
    );
  }
  const text = (value: unknown, field: string, required: boolean) => {
    if (value === undefined && !required) return;
    if (typeof value !== 'string' || value.length > MAX_TEXT || (required && value.trim() === '')) {
      fail(`"${field}" must be a text of at most ${MAX_TEXT} characters`);
    }
  };
  const numbers = (
    record: Record<string, unknown>,
    ranges: Record<string, NumericRange>,
    where: string,
    strictUnknown: boolean,
  ) => {
    for (const [key, value] of Object.entries(record)) {
      const limit = ranges[key];
      if (limit) {
        if (!isInRange(limit, value))
          fail(`"${where}${key}" must be ${describeRange(limit)}${typeof value === 'number' ? ` (got ${value})` : ''}`);
      } else if (typeof value === 'number' && !Number.isFinite(value)) {
        fail(`"${where}${key}" is not a finite number`);
      } else if (strictUnknown && typeof value !== 'number') {
        fail(`"${where}${key}" must be a number`);
      }
    }
  };
  text(json.name, 'name', true);
  text(json.createdAt, 'createdAt', true);
  text(json.backend, 'backend', false);
  numbers(json, METADATA_NUMBER_RANGES, '', false);
  if (json.parameterCount === undefined) fail('"parameterCount" is missing');
  if (json.options !== undefined) {
    if (!isRecord(json.options)) fail('"options" must be an object');
    numbers(json.options as Record<string, unknown>, TRAINING_OPTION_RANGES, 'options.', false);
    const options = json.options as Record<string, unknown>;
    if (options.windows !== undefined && options.windows !== 'reference' && options.windows !== 'all') {
      fail('"options.windows" must be "reference" or "all"');
    }
  }
  if (json.loss !== undefined) {
    const loss = json.loss;
    if (
      !Array.isArray(loss) ||
      loss.length > LIMITS.epochs.max ||
      !loss.every((l) => typeof l === 'number' && Number.isFinite(l))
    ) {
      fail(`"loss" must be a list of at most ${LIMITS.epochs.max} finite numbers`);
    }
  }
  if (json.style !== undefined) {
    if (!isRecord(json.style)) fail('"style" must be an object');
    numbers(json.style as Record<string, unknown>, STYLE_RANGES, 'style.', true);
  }
  if (json.register !== undefined && !readRegister(json.register)) {
    fail('"register" must hold whole MIDI pitches low <= centre <= high and phraseStart');
  }
  if (json.checksums !== undefined) {
    if (
      !isRecord(json.checksums) ||
      !Object.values(json.checksums).every((c) => typeof c === 'string' && SHA256_HEX.test(c))
    ) {
      fail('"checksums" must map file names to sha256 hex digests');
    }
  }
  if (json.corpus !== undefined) checkCorpusRecord(json.corpus, fail);
  return json as unknown as ModelMetadata;
}

function checkCorpusRecord(corpus: unknown, fail: (reason: string) => never): void {
  if (!isRecord(corpus)) fail('"corpus" must be an object');
  const record = corpus as Record<string, unknown>;
  const files = record.files;
  if (!Array.isArray(files) || files.length > LIMITS.corpusFiles.max) {
    fail(`"corpus.files" must be a list of at most ${LIMITS.corpusFiles.max} files`);
  }
  (files as unknown[]).forEach((entry, index) => {
    const ok =
      isRecord(entry) &&
      typeof entry.path === 'string' &&
      entry.path !== '' &&
      entry.path.length <= 4096 &&
      !entry.path.includes('\0') &&
      typeof entry.sha256 === 'string' &&
      SHA256_HEX.test(entry.sha256);
    if (!ok) fail(`"corpus.files[${index}]" must be { "path": a file path, "sha256": a hex digest }`);
  });
  if (record.sha256 !== undefined && (typeof record.sha256 !== 'string' || !SHA256_HEX.test(record.sha256))) {
    fail('"corpus.sha256" must be a sha256 hex digest');
  }
  for (const key of ['values', 'tunes']) {
    if (!isInRange(COUNT, record[key])) fail(`"corpus.${key}" must be a whole number >= 0`);
  }
}

function checkManifest(json: unknown, file: string): { topology: Record<string, unknown>; groups: WeightsGroup[] } {
  const shown = displayPath(file);
  if (!isRecord(json) || !isRecord(json.modelTopology) || !Array.isArray(json.weightsManifest)) {
    throw new UserFacingError(`${shown} is not a tfjs Layers model (no modelTopology or weightsManifest)`, file);
  }
  if (json.format !== undefined && json.format !== 'layers-model') {
    throw new UserFacingError(`${shown} is not a tfjs "layers-model"`, file);
  }
  const groups = json.weightsManifest as unknown[];
  const malformed = (reason: string) => new UserFacingError(`${shown}: weightsManifest is malformed (${reason})`, file);
  let shards = 0;
  let parameters = 0;
  for (const group of groups) {
    const ok =
      isRecord(group) &&
      Array.isArray(group.paths) &&
      group.paths.every((p) => typeof p === 'string') &&
      Array.isArray(group.weights) &&
      group.weights.length <= 16 &&
      group.weights.every(
        (w) =>
          isRecord(w) &&
          typeof w.name === 'string' &&
          w.name.length <= 100 &&
          Array.isArray(w.shape) &&
          w.shape.length <= 2 &&
          w.shape.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= MAX_WEIGHTS_BYTES),
      );
    if (!ok) throw malformed('paths, weight names and shapes');
    const typed = group as unknown as WeightsGroup;
    shards += typed.paths.length;
    if (shards > MAX_WEIGHT_SHARDS) throw malformed(`more than ${MAX_WEIGHT_SHARDS} weight files`);
    for (const shard of typed.paths) {
      if (!isPlainFileName(shard)) {
        throw new UserFacingError(
          `${shown}: a weights path is outside the model folder (only file names inside it are read)`,
          file,
        );
      }
    }
    for (const spec of typed.weights) {
      if ((spec.dtype ?? 'float32') !== 'float32') throw malformed('only float32 weights are supported');
      parameters += size(spec.shape);
      if (parameters > MAX_WEIGHTS_BYTES / 4) throw malformed('more weights than the largest jazz network has');
    }
  }
  return { topology: json.modelTopology, groups: groups as WeightsGroup[] };
}

/** LSTM units and input width the topology declares, to check them against the weights. */
function topologyShape(topology: Record<string, unknown>): { units?: number; inputWidth?: number; outputs?: number } {
  const config = isRecord(topology.config) ? topology.config : undefined;
  const layers = config && Array.isArray(config.layers) ? config.layers : [];
  const result: { units?: number; inputWidth?: number; outputs?: number } = {};
  for (const layer of layers) {
    if (!isRecord(layer) || !isRecord(layer.config)) continue;
    if (layer.class_name === 'LSTM') {
      result.units = layer.config.units as number;
      const shape = layer.config.batch_input_shape;
      if (Array.isArray(shape)) result.inputWidth = shape[shape.length - 1] as number;
    } else if (layer.class_name === 'Dense') {
      result.outputs = layer.config.units as number;
    }
  }
  return result;
}

/** A grammar value as the vocabulary stores it; anything else is refused before it is parsed or shown. */
const VALUE_SHAPE = /^[CSAXR],\d{1,6}(\.\d{1,6})?(,<[A-Za-z0-9-]{2,4},[A-Za-z0-9-]{2,4}>)?$/;

/** Bounds the vocabulary before it is parsed: its size and every value's duration. */
function checkVocabulary(json: unknown, file: string): Vocabulary {
  const shown = displayPath(file);
  if (isRecord(json) && Array.isArray(json.values)) {
    const values = json.values as unknown[];
    if (values.length > LIMITS.vocabularySize.max) {
      throw new UserFacingError(
        `${shown} has ${values.length} values; a jazz model has at most ${LIMITS.vocabularySize.max}`,
        file,
      );
    }
    values.forEach((value, index) => {
      if (typeof value === 'string' && !VALUE_SHAPE.test(value)) {
        throw new UserFacingError(
          `${shown}: value ${index} is not a grammar value (TYPE,DURATION or TYPE,DURATION,<UPPER,LOWER>)`,
          file,
        );
      }
    });
  }
  const vocabulary = vocabularyFromJson(json, shown);
  vocabulary.values.forEach((value, index) => {
    const duration = Number(value.split(',')[1]);
    if (!isInRange(LIMITS.durationQuarters, duration)) {
      throw new UserFacingError(
        `${shown}: value ${index} lasts ${duration} quarter notes; ` +
          `a value lasts ${describeRange(LIMITS.durationQuarters).replace(/^a number /, '')}`,
        file,
      );
    }
  });
  return vocabulary;
}

/** The model folder's real path (symlinks in the path the user gave are resolved once, here). */
function realModelFolder(dir: string): string {
  const given = path.resolve(dir);
  const shown = displayPath(given);
  let real: string;
  try {
    real = realpathSync(given);
  } catch {
    throw new UserFacingError(`${shown} is not a jazz model folder (it does not exist)`, given);
  }
  const stats = statSync(real);
  if (!stats.isDirectory()) throw new UserFacingError(`${shown} is not a jazz model folder (it is a file)`, given);
  return real;
}

/**
 * Reads and checks a model folder without tfjs. Fails with a UserFacingError naming the file when the
 * folder is not a model, was made by a newer version, or any file is truncated, inconsistent, edited, too
 * large, or not a regular file of the folder. Reading never deletes anything.
 */
export async function loadModelFolder(dir: string): Promise<LoadedModel> {
  const given = path.resolve(dir);
  restoreMovedAsideModel(given);
  // Files are read synchronously: a model loads in a couple of milliseconds instead of waiting on the
  // thread pool for each file.
  const root = realModelFolder(given);
  const modelFile = path.join(root, MODEL_FILES.model);
  if (!existsSync(modelFile))
    throw new UserFacingError(`${displayPath(given)} is not a jazz model folder (no ${MODEL_FILES.model})`, given);

  const bytesRead = new Map<string, Buffer>();
  const metadataFile = path.join(root, MODEL_FILES.metadata);
  const metadata = checkMetadata(readJson(root, MODEL_FILES.metadata, 'training metadata', bytesRead), metadataFile);
  const { topology, groups } = checkManifest(readJson(root, MODEL_FILES.model, 'network', bytesRead), modelFile);

  // Shards of a group are concatenated; its weights follow each other in manifest order.
  const arrays = new Map<string, { data: Float32Array; shape: number[] }>();
  for (const group of groups) {
    const expected = group.weights.reduce((total, spec) => total + size(spec.shape) * 4, 0);
    const buffers = group.paths.map((shard) => {
      const shardBytes = readModelFile(root, shard, MAX_WEIGHTS_BYTES, 'weights');
      bytesRead.set(shard, shardBytes);
      return shardBytes;
    });
    const bytes = Buffer.concat(buffers);
    if (bytes.length !== expected) {
      const file = path.join(root, group.paths.join('+'));
      throw new UserFacingError(
        `${displayPath(file)} holds ${bytes.length} bytes but ${MODEL_FILES.model} describes ${expected}: the weights are truncated or do not belong to this model`,
        file,
      );
    }
    let offset = 0;
    for (const spec of group.weights) {
      const length = size(spec.shape) * 4;
      // Copy into a fresh, aligned buffer: Buffers may start at any byte offset.
      const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length));
      arrays.set(spec.name, { data, shape: spec.shape });
      offset += length;
    }
  }

  const kernelEntry = arrays.get(weightName('kernel'));
  if (!kernelEntry || kernelEntry.shape.length !== 2 || kernelEntry.shape[1] % 4 !== 0) {
    throw new UserFacingError(
      `${displayPath(modelFile)} does not describe the jazz network (no LSTM kernel of shape [values, 4·units])`,
      modelFile,
    );
  }
  const nValues = kernelEntry.shape[0];
  const units = kernelEntry.shape[1] / 4;
  if (!isInRange(LIMITS.units, units) || !isInRange(LIMITS.vocabularySize, nValues)) {
    throw new UserFacingError(
      `${displayPath(modelFile)}: a network of ${units} units over ${nValues} values is outside what jazz-solo runs ` +
        `(units ${describeRange(LIMITS.units)}, values ${describeRange(LIMITS.vocabularySize)})`,
      modelFile,
    );
  }
  const weights = { nValues, units } as NetworkWeights;
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const entry = arrays.get(weightName(key));
    if (!entry) throw new UserFacingError(`${displayPath(modelFile)} has no weight ${weightName(key)}`, modelFile);
    if (entry.shape.join('x') !== shape.join('x')) {
      throw new UserFacingError(
        `${displayPath(modelFile)}: weight ${weightName(key)} has shape [${entry.shape.join(', ')}] but the LSTM kernel implies [${shape.join(', ')}]`,
        modelFile,
      );
    }
    for (let i = 0; i < entry.data.length; i++) {
      if (!Number.isFinite(entry.data[i])) {
        throw new UserFacingError(
          `${displayPath(path.join(root, MODEL_FILES.weights))} holds a non-finite number in ${weightName(key)}: the model is damaged`,
          root,
        );
      }
    }
    weights[key] = entry.data;
  }
  const declared = topologyShape(topology);
  if (declared.units !== units || declared.inputWidth !== nValues || declared.outputs !== nValues) {
    const describe = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '?');
    throw new UserFacingError(
      `${displayPath(modelFile)}: the topology (LSTM ${describe(declared.units)} units over ${describe(declared.inputWidth)} inputs, ` +
        `${describe(declared.outputs)} outputs) does not match its weights (${units} units, ${nValues} values)`,
      modelFile,
    );
  }

  const vocabularyFile = path.join(root, MODEL_FILES.vocabulary);
  const vocabulary = checkVocabulary(readJson(root, MODEL_FILES.vocabulary, 'vocabulary', bytesRead), vocabularyFile);
  if (vocabulary.values.length !== nValues) {
    throw new UserFacingError(
      `${displayPath(vocabularyFile)} has ${vocabulary.values.length} values but the network has ${nValues} outputs: the vocabulary does not belong to this model`,
      vocabularyFile,
    );
  }
  verifyChecksums(root, metadata, metadataFile, bytesRead);
  return { dir: given, weights, vocabulary, metadata };
}

/** Checked last, so that a truncated or malformed file gets its more specific message first. */
function verifyChecksums(
  root: string,
  metadata: ModelMetadata,
  metadataFile: string,
  bytesRead: Map<string, Buffer>,
): void {
  const checksums = isRecord(metadata.checksums) ? metadata.checksums : {};
  for (const name of CHECKSUMMED_FILES) {
    const expected = checksums[name];
    if (expected === undefined) continue;
    const file = path.join(root, name);
    const bytes = bytesRead.get(name) ?? readModelFile(root, name, MAX_WEIGHTS_BYTES, name);
    if (sha256(bytes) !== expected) {
      throw new UserFacingError(
        `${displayPath(file)} was changed after the model was saved (its sha256 is not the one in ${path.basename(metadataFile)}): the model is damaged or was edited`,
        file,
      );
    }
  }
}

/**
 * The corpus files a model records, for measuring it against its own corpus: relative paths are resolved
 * against `baseDir` (the package, for the bundled model), never against the working folder. Each must be a
 * regular .abc/.mid/.midi file: a recorded "/" or a folder is refused, so a crafted metadata.json cannot make
 * an evaluation walk outside the files the model names.
 */
export function recordedCorpusFiles(metadata: ModelMetadata, baseDir: string): string[] {
  const files = metadata.corpus?.files ?? [];
  const model = displayPath(metadata.name);
  return files.map((entry) => {
    const resolved = path.resolve(baseDir, entry.path);
    const shown = displayPath(entry.path);
    if (!/\.(abc|mid|midi)$/i.test(resolved)) {
      throw new UserFacingError(
        `model "${model}" records the corpus file ${shown}, which is not an .abc or MIDI file; give the corpus with --corpus PATH`,
        resolved,
      );
    }
    let stats: Stats;
    try {
      stats = statSync(resolved);
    } catch {
      throw new UserFacingError(
        `model "${model}" was trained on ${shown}, which is not there; give the corpus to evaluate against (--corpus PATH)`,
        resolved,
      );
    }
    if (!stats.isFile()) {
      throw new UserFacingError(
        `model "${model}" records the corpus file ${shown}, which is not a regular file; give the corpus with --corpus PATH`,
        resolved,
      );
    }
    return resolved;
  });
}

/** The same folder loaded by tfjs itself, proving it is a real tfjs Layers model. */
export async function loadTfjsLayersModel(tf: TfModule, dir: string): Promise<tfTypes.LayersModel> {
  const root = path.resolve(dir);
  const real = realModelFolder(root);
  const modelJson = checkManifest(
    readJson(real, MODEL_FILES.model, 'network', new Map()),
    path.join(real, MODEL_FILES.model),
  );
  const groups = modelJson.groups;
  const weightSpecs = groups.flatMap((group) => group.weights) as tfTypes.io.WeightsManifestEntry[];
  const shards = groups.flatMap((group) =>
    group.paths.map((p) => readModelFile(real, p, MAX_WEIGHTS_BYTES, 'weights')),
  );
  const bytes = Buffer.concat(shards);
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.topology, weightSpecs, weightData }));
}
