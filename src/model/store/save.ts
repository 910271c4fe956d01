/** Saving writes a sibling temp folder and renames it into place: a crash or a cancel never leaves half a model. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { MODEL_FILES, MODEL_FORMAT_VERSION, ModelContents, ModelMetadata, sha256, size, weightName } from './folder';
import { recoverInterruptedSave, workFolderName } from './recover';
import {
  accessSync,
  constants as fsConstants,
  existsSync,
  lstatSync,
  promises as fs,
  readdirSync,
  statSync,
  type Stats,
} from 'node:fs';
import * as path from 'node:path';

import { asCommitAsync, syncFolder, writeFailure, writeNewFile } from '../../core/io/safeWrite';
import { vocabularyFromJson, VOCABULARY_FORMAT } from '../../core/solo/vocabulary';
import { loadTf, type TfModule } from '../backend';
import { buildLayersModel, parameterCount, weightShapes } from '../network';

export function checkModelTarget(dir: string): string {
  if (dir.trim() === '') throw new UserFacingError('the model folder name is empty');
  const target = path.resolve(dir);
  const shown = printable(target);
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
      throw new UserFacingError(`cannot save the model to ${shown}: ${printable(parent)} is not a folder`, target);
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
  const layersModel = buildLayersModel(tfModule, {
    nValues: weights.nValues,
    units: weights.units,
    cheapInit: true,
    recurrentActivation: weights.recurrentActivation,
  });
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
export function checkSaveTarget(target: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch {
    return;
  }
  const shown = printable(target);
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
