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
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { UserFacingError } from '../core/types';
import { vocabularyFromJson, VOCABULARY_FORMAT, type Vocabulary } from '../core/vocabulary';
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
  style?: { strongBeatChordToneRatio?: number };
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

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

let tempCounter = 0;
function siblingName(dir: string, purpose: string): string {
  tempCounter++;
  return path.join(path.dirname(dir), `.${path.basename(dir)}.${purpose}-${process.pid}-${Date.now()}-${tempCounter}`);
}

/** Whether the process that named a temp sibling (".NAME.PURPOSE-PID-TIME-N") is still running. */
function ownerIsAlive(siblingBase: string): boolean {
  const pid = Number(/-(\d+)-\d+-\d+$/.exec(siblingBase)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Repairs what a process killed in the middle of a save left beside `target`: a model that was moved aside
 * but never replaced is moved back, and unfinished temp folders of dead processes are removed.
 */
export async function recoverInterruptedSave(target: string): Promise<void> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const stale = entries.filter((name) => name.startsWith(prefix) && !ownerIsAlive(name));
  const replaced = stale.filter((name) => name.startsWith(`${prefix}replaced-`)).sort();
  if (replaced.length > 0 && !(await exists(target))) {
    await fs.rename(path.join(parent, replaced[replaced.length - 1]), target);
  }
  for (const name of stale) {
    if (name.startsWith(`${prefix}saving-`) || name.startsWith(`${prefix}replaced-`)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
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
    throw new RangeError(`the vocabulary has ${vocabularyValues.length} values but the network has ${weights.nValues} outputs`);
  }
  // Validate (and store in the one canonical spelling) now rather than write a model that cannot be loaded.
  const canonicalValues = vocabularyFromJson({ format: VOCABULARY_FORMAT, values: vocabularyValues }, 'vocabulary to save').values;

  if (await exists(target)) {
    const stat = await fs.stat(target);
    const entries = stat.isDirectory() ? await fs.readdir(target) : undefined;
    if (!entries || (entries.length > 0 && !entries.includes(MODEL_FILES.model))) {
      throw new UserFacingError(`${target} exists and is not a jazz model folder: choose another folder to save the model`, target);
    }
  }

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

  await recoverInterruptedSave(target);
  const temp = siblingName(target, 'saving');
  await fs.mkdir(temp, { recursive: true });
  try {
    await writeFileDurably(path.join(temp, MODEL_FILES.weights), weightBytes);
    await writeFileDurably(path.join(temp, MODEL_FILES.model), JSON.stringify(modelJson));
    await writeFileDurably(path.join(temp, MODEL_FILES.vocabulary), vocabularyText);
    await writeFileDurably(path.join(temp, MODEL_FILES.metadata), JSON.stringify(metadata, null, 2) + '\n');

    if (await exists(target)) {
      const old = siblingName(target, 'replaced');
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
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Reads a model file once; `bytesRead` keeps what was read so the checksums need not read it again. */
function readJson(file: string, what: string, bytesRead: Map<string, Buffer>): unknown {
  let text: string;
  try {
    const bytes = readFileSync(file);
    bytesRead.set(path.basename(file), bytes);
    text = bytes.toString('utf8');
  } catch {
    throw new UserFacingError(`${file} is missing: the model folder is incomplete (${what})`, file);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserFacingError(`${file} is not valid JSON (${(error as Error).message})`, file);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMetadata(json: unknown, file: string): ModelMetadata {
  if (!isRecord(json)) throw new UserFacingError(`${file} is not a model description (expected a JSON object)`, file);
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserFacingError(`${file} has no valid formatVersion`, file);
  }
  if (version > MODEL_FORMAT_VERSION) {
    throw new UserFacingError(
      `${file}: this model was made by a newer version of jazz-solo (model format ${version}; this version reads ${MODEL_FORMAT_VERSION}): update jazz-solo`,
      file,
    );
  }
  return json as unknown as ModelMetadata;
}

function checkManifest(json: unknown, file: string): { topology: Record<string, unknown>; groups: WeightsGroup[] } {
  if (!isRecord(json) || !isRecord(json.modelTopology) || !Array.isArray(json.weightsManifest)) {
    throw new UserFacingError(`${file} is not a tfjs Layers model (no modelTopology or weightsManifest)`, file);
  }
  if (json.format !== undefined && json.format !== 'layers-model') {
    throw new UserFacingError(`${file} is a "${String(json.format)}" model, not a tfjs "layers-model"`, file);
  }
  const groups = json.weightsManifest as unknown[];
  for (const group of groups) {
    const ok =
      isRecord(group) &&
      Array.isArray(group.paths) &&
      group.paths.every((p) => typeof p === 'string') &&
      Array.isArray(group.weights) &&
      group.weights.every(
        (w) =>
          isRecord(w) &&
          typeof w.name === 'string' &&
          Array.isArray(w.shape) &&
          w.shape.every((d) => Number.isInteger(d) && (d as number) >= 0),
      );
    if (!ok) throw new UserFacingError(`${file}: weightsManifest is malformed`, file);
    for (const spec of (group as unknown as WeightsGroup).weights) {
      if ((spec.dtype ?? 'float32') !== 'float32') {
        throw new UserFacingError(`${file}: weight ${spec.name} is ${spec.dtype}; only float32 weights are supported`, file);
      }
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

/**
 * Reads and checks a model folder without tfjs. Fails with a UserFacingError naming the file when the
 * folder is not a model, was made by a newer version, or any file is truncated, inconsistent or edited.
 */
export async function loadModelFolder(dir: string): Promise<LoadedModel> {
  const root = path.resolve(dir);
  await recoverInterruptedSave(root);
  // Small files read synchronously: a model loads in a couple of milliseconds instead of waiting on the
  // thread pool for each file.
  let stat;
  try {
    stat = statSync(root);
  } catch {
    throw new UserFacingError(`${root} is not a jazz model folder (it does not exist)`, root);
  }
  if (!stat.isDirectory()) throw new UserFacingError(`${root} is not a jazz model folder (it is a file)`, root);
  const modelFile = path.join(root, MODEL_FILES.model);
  if (!existsSync(modelFile)) throw new UserFacingError(`${root} is not a jazz model folder (no ${MODEL_FILES.model})`, root);

  const bytesRead = new Map<string, Buffer>();
  const metadataFile = path.join(root, MODEL_FILES.metadata);
  const metadata = checkMetadata(readJson(metadataFile, 'training metadata', bytesRead), metadataFile);
  const { topology, groups } = checkManifest(readJson(modelFile, 'network', bytesRead), modelFile);

  // Shards of a group are concatenated; its weights follow each other in manifest order.
  const arrays = new Map<string, { data: Float32Array; shape: number[] }>();
  for (const group of groups) {
    const buffers: Buffer[] = [];
    for (const shard of group.paths) {
      const shardFile = path.resolve(root, shard);
      if (path.dirname(shardFile) !== root) throw new UserFacingError(`${modelFile}: weights path "${shard}" is outside the model folder`, modelFile);
      try {
        const shardBytes = readFileSync(shardFile);
        bytesRead.set(path.basename(shardFile), shardBytes);
        buffers.push(shardBytes);
      } catch {
        throw new UserFacingError(`${shardFile} is missing: the model folder is incomplete`, shardFile);
      }
    }
    const bytes = Buffer.concat(buffers);
    const expected = group.weights.reduce((total, spec) => total + size(spec.shape) * 4, 0);
    if (bytes.length !== expected) {
      const file = path.join(root, group.paths.join('+'));
      throw new UserFacingError(
        `${file} holds ${bytes.length} bytes but ${MODEL_FILES.model} describes ${expected}: the weights are truncated or do not belong to this model`,
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
    throw new UserFacingError(`${modelFile} does not describe the jazz network (no LSTM kernel of shape [values, 4·units])`, modelFile);
  }
  const nValues = kernelEntry.shape[0];
  const units = kernelEntry.shape[1] / 4;
  const weights = { nValues, units } as NetworkWeights;
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const entry = arrays.get(weightName(key));
    if (!entry) throw new UserFacingError(`${modelFile} has no weight ${weightName(key)}`, modelFile);
    if (entry.shape.join('x') !== shape.join('x')) {
      throw new UserFacingError(
        `${modelFile}: weight ${weightName(key)} has shape [${entry.shape.join(', ')}] but the LSTM kernel implies [${shape.join(', ')}]`,
        modelFile,
      );
    }
    for (let i = 0; i < entry.data.length; i++) {
      if (!Number.isFinite(entry.data[i])) {
        throw new UserFacingError(`${path.join(root, MODEL_FILES.weights)} holds a non-finite number in ${weightName(key)}: the model is damaged`, root);
      }
    }
    weights[key] = entry.data;
  }
  const declared = topologyShape(topology);
  if (declared.units !== units || declared.inputWidth !== nValues || declared.outputs !== nValues) {
    throw new UserFacingError(
      `${modelFile}: the topology (LSTM ${declared.units} units over ${declared.inputWidth} inputs, ${declared.outputs} outputs) does not match its weights (${units} units, ${nValues} values)`,
      modelFile,
    );
  }

  const vocabularyFile = path.join(root, MODEL_FILES.vocabulary);
  const vocabulary = vocabularyFromJson(readJson(vocabularyFile, 'vocabulary', bytesRead), vocabularyFile);
  if (vocabulary.values.length !== nValues) {
    throw new UserFacingError(
      `${vocabularyFile} has ${vocabulary.values.length} values but the network has ${nValues} outputs: the vocabulary does not belong to this model`,
      vocabularyFile,
    );
  }
  verifyChecksums(root, metadata, metadataFile, bytesRead);
  return { dir: root, weights, vocabulary, metadata };
}

/** Checked last, so that a truncated or malformed file gets its more specific message first. */
function verifyChecksums(root: string, metadata: ModelMetadata, metadataFile: string, bytesRead: Map<string, Buffer>): void {
  const checksums = isRecord(metadata.checksums) ? metadata.checksums : {};
  for (const name of CHECKSUMMED_FILES) {
    const expected = checksums[name];
    if (expected === undefined) continue;
    const file = path.join(root, name);
    if (sha256(bytesRead.get(name) ?? readFileSync(file)) !== expected) {
      throw new UserFacingError(
        `${file} was changed after the model was saved (its sha256 is not the one in ${path.basename(metadataFile)}): the model is damaged or was edited`,
        file,
      );
    }
  }
}

/** The same folder loaded by tfjs itself, proving it is a real tfjs Layers model. */
export async function loadTfjsLayersModel(tf: TfModule, dir: string): Promise<tfTypes.LayersModel> {
  const root = path.resolve(dir);
  const modelJson = JSON.parse(await fs.readFile(path.join(root, MODEL_FILES.model), 'utf8'));
  const groups = modelJson.weightsManifest as WeightsGroup[];
  const weightSpecs = groups.flatMap((group) => group.weights) as tfTypes.io.WeightsManifestEntry[];
  const shards = await Promise.all(groups.flatMap((group) => group.paths.map((p) => fs.readFile(path.join(root, p)))));
  const bytes = Buffer.concat(shards);
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData }));
}
