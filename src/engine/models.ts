/** Loading model folders (cached and warmed up) and describing them for lists. */
import { resolve } from 'node:path';
import { loadModelFolder } from '../model/store/load';
import { type LoadedModel } from '../model/store/folder';
import { LstmSampler } from '../model/lstmCell';
import { generateIndices } from '../model/sampling';
import { guideTables } from '../core/solo/guideTables';
import { parsedValues } from '../core/solo/vocabulary';
import { DEFAULT_MODEL_DIR } from './paths';
import { loadedModelCache } from './modelCache';

/** Loads (or reuses) a model folder; the cache is keyed by folder and invalidated when its files change. */
export async function loadModel(dir: string = DEFAULT_MODEL_DIR): Promise<LoadedModel> {
  return loadedModelCache.get(resolve(dir), loadAndWarmUp);
}

/**
 * A few throw-away steps let V8 optimise the cell before the user's first solo. The vocabulary is parsed and made
 * into the decoder's tables here too, once per model, as the cell's kernels are.
 */
async function loadAndWarmUp(dir: string): Promise<LoadedModel> {
  const model = await loadModelFolder(dir);
  generateIndices(new LstmSampler(model.weights), { steps: 30, seed: 0 });
  guideTables(parsedValues(model.vocabulary));
  return model;
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
