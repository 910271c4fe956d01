/** Loading reads the folder without tfjs (generation starts in milliseconds) and fails with one clear message. */
import { printable } from '../../shared/text';
import { isRecord } from '../../shared/validate';
import { UserFacingError } from '../../shared/errors';
import { CHECKSUMMED_FILES, LoadedModel, MODEL_FILES, ModelMetadata, sha256, size, weightName } from './folder';
import { checkManifest, checkMetadata, checkVocabulary, topologyShape } from './schema';
import { restoreMovedAsideModel } from './recover';
import { MAX_WEIGHTS_BYTES, readJson, readModelFile } from './read';
import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';

import { describeRange, isInRange, LIMITS } from '../../shared/limits';
import { type TfModule } from '../backend';
import { RECURRENT_ACTIVATIONS, weightShapes, type NetworkWeights, type RecurrentActivation } from '../network';

export function realModelFolder(dir: string): string {
  const given = path.resolve(dir);
  const shown = printable(given);
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
    throw new UserFacingError(`${printable(given)} is not a jazz model folder (no ${MODEL_FILES.model})`, given);

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
        `${printable(file)} holds ${bytes.length} bytes but ${MODEL_FILES.model} describes ${expected}: the weights are truncated or do not belong to this model`,
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
      `${printable(modelFile)} does not describe the jazz network (no LSTM kernel of shape [values, 4·units])`,
      modelFile,
    );
  }
  const nValues = kernelEntry.shape[0];
  const units = kernelEntry.shape[1] / 4;
  if (!isInRange(LIMITS.units, units) || !isInRange(LIMITS.vocabularySize, nValues)) {
    throw new UserFacingError(
      `${printable(modelFile)}: a network of ${units} units over ${nValues} values is outside what jazz-solo runs ` +
        `(units ${describeRange(LIMITS.units)}, values ${describeRange(LIMITS.vocabularySize)})`,
      modelFile,
    );
  }
  const weights = { nValues, units } as NetworkWeights;
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const entry = arrays.get(weightName(key));
    if (!entry) throw new UserFacingError(`${printable(modelFile)} has no weight ${weightName(key)}`, modelFile);
    if (entry.shape.join('x') !== shape.join('x')) {
      throw new UserFacingError(
        `${printable(modelFile)}: weight ${weightName(key)} has shape [${entry.shape.join(', ')}] but the LSTM kernel implies [${shape.join(', ')}]`,
        modelFile,
      );
    }
    for (let i = 0; i < entry.data.length; i++) {
      if (!Number.isFinite(entry.data[i])) {
        throw new UserFacingError(
          `${printable(path.join(root, MODEL_FILES.weights))} holds a non-finite number in ${weightName(key)}: the model is damaged`,
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
      `${printable(modelFile)}: the topology (LSTM ${describe(declared.units)} units over ${describe(declared.inputWidth)} inputs, ` +
        `${describe(declared.outputs)} outputs) does not match its weights (${units} units, ${nValues} values)`,
      modelFile,
    );
  }
  // A model imported from a notebook of Keras before 2.3 gates with hard_sigmoid; the topology says which.
  const activation = declared.recurrentActivation ?? 'sigmoid';
  if (!RECURRENT_ACTIVATIONS.includes(activation as RecurrentActivation)) {
    throw new UserFacingError(
      `${printable(modelFile)}: the LSTM's recurrent activation must be sigmoid or hard_sigmoid`,
      modelFile,
    );
  }
  if (activation === 'hard_sigmoid') weights.recurrentActivation = 'hard_sigmoid';

  const vocabularyFile = path.join(root, MODEL_FILES.vocabulary);
  const vocabulary = checkVocabulary(readJson(root, MODEL_FILES.vocabulary, 'vocabulary', bytesRead), vocabularyFile);
  if (vocabulary.values.length !== nValues) {
    throw new UserFacingError(
      `${printable(vocabularyFile)} has ${vocabulary.values.length} values but the network has ${nValues} outputs: the vocabulary does not belong to this model`,
      vocabularyFile,
    );
  }
  verifyChecksums(root, metadata, metadataFile, bytesRead);
  return { dir: given, weights, vocabulary, metadata };
}

/** Checked last, so that a truncated or malformed file gets its more specific message first. */
export function verifyChecksums(
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
        `${printable(file)} was changed after the model was saved (its sha256 is not the one in ${path.basename(metadataFile)}): the model is damaged or was edited`,
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
  const model = printable(metadata.name);
  return files.map((entry) => {
    const resolved = path.resolve(baseDir, entry.path);
    const shown = printable(entry.path);
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
