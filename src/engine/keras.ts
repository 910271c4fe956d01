/**
 * The notebook's Keras model in and out: `import-keras` turns a Keras HDF5 file and the notebook's
 * indices_values into a model folder; `export-keras` writes a model folder's network as a Keras 2 weights file
 * the notebook's `model.load_weights()` reads, with its indices_values beside it.
 */
import { printable } from '../shared/text';
import { canonicalValue } from '../core/solo/vocabulary';
import { UserFacingError } from '../shared/errors';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

import { writeFileSafely } from '../core/io/safeWrite';
import { safeModelName } from '../shared/modelName';
import { saveModelFolder } from '../model/store/save';
import { MODEL_FORMAT_VERSION, type ModelMetadata, type ModelSource } from '../model/store/folder';
import { checkMetadata } from '../model/store/schema';
import { RECURRENT_ACTIVATIONS, type RecurrentActivation } from '../model/network';
import { readKerasNetwork } from '../model/keras/kerasReader';
import { writeKerasWeights } from '../model/keras/kerasWriter';
import { notebookValuesFromJson, notebookValuesToJson } from '../model/keras/notebookValues';
import { loadModel } from './models';
import { loadedModelCache } from './modelCache';

/** A vocabulary file is a few kilobytes; anything this big is not one. */
const MAX_VALUES_FILE_BYTES = 1 << 20;

/**
 * What decoding learned from the training corpus besides the network (its strong-beat and silence shares,
 * its register), which a Keras file cannot hold: export writes it beside the weights, import reads it back
 * when it is there, so that a model exported and imported again plays the same solos.
 */
type DecodingExtras = Pick<ModelMetadata, 'style' | 'register'>;

export interface KerasImportRequest {
  /** The .h5 of `model.save()`, `model.save_weights()`, or Keras 3's `.weights.h5`. */
  weightsFile: string;
  /** The notebook's indices_values as JSON. */
  valuesFile: string;
  outDir: string;
  /** Used when the file does not say (save_weights files): Keras before 2.3 gated with hard_sigmoid. */
  recurrentActivation?: RecurrentActivation;
  name?: string;
}

export interface KerasImportResult {
  modelDir: string;
  name: string;
  values: number;
  units: number;
  recurrentActivation: RecurrentActivation;
  source: ModelSource;
  /** Said to the user: a chosen activation that the file contradicts, for example. */
  notes: string[];
}

export function parseRecurrentActivation(text: string): RecurrentActivation {
  const name = text.trim().toLowerCase().replace('-', '_');
  if (!RECURRENT_ACTIVATIONS.includes(name as RecurrentActivation)) {
    throw new UserFacingError(`--recurrent-activation must be sigmoid or hard_sigmoid, got "${text.slice(0, 40)}"`);
  }
  return name as RecurrentActivation;
}

function readSmallJson(file: string, what: string): unknown {
  const shown = printable(file);
  let text: string;
  try {
    if (statSync(file).size > MAX_VALUES_FILE_BYTES) throw new UserFacingError(`${shown} is too big for a vocabulary`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(`cannot read the ${what} ${shown}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError(`${shown} is not JSON (expected ${what})`);
  }
}

function readValuesFile(file: string): string[] {
  const values = notebookValuesFromJson(
    readSmallJson(file, "the notebook's indices_values dumped with json.dump"),
    file,
  );
  const firstIndexOf = new Map<string, number>();
  values.forEach((value, index) => {
    let canonical: string;
    try {
      canonical = canonicalValue(value);
    } catch (error) {
      throw new UserFacingError(
        `${printable(file)}: value ${index} "${value.slice(0, 40)}": ${(error as Error).message}`,
      );
    }
    const earlier = firstIndexOf.get(canonical);
    // music21 may spell one interval two ways (d1 and m-2); the network then has two outputs for one note choice.
    if (earlier !== undefined)
      throw new UserFacingError(
        `${printable(file)}: values ${earlier} "${values[earlier]}" and ${index} "${value}" are the same note choice spelled two ways; ` +
          'jazz-solo keeps one output per value and cannot import this vocabulary',
      );
    firstIndexOf.set(canonical, index);
  });
  return values;
}

/** FILE.h5 → FILE.jazz-solo.json: the decoding extras export writes beside the weights. */
export function extrasFileBeside(weightsFile: string): string {
  return join(dirname(weightsFile), `${kerasStem(weightsFile)}.jazz-solo.json`);
}

function kerasStem(weightsFile: string): string {
  return basename(weightsFile, extname(weightsFile)).replace(/\.weights$/, '');
}

function readExtras(weightsFile: string): DecodingExtras {
  const file = extrasFileBeside(weightsFile);
  if (!existsSync(file)) return {};
  const json = readSmallJson(file, 'decoding style written by export-keras');
  const record = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const extras: DecodingExtras = {
    ...(record.style !== undefined ? { style: record.style as DecodingExtras['style'] } : {}),
    ...(record.register !== undefined ? { register: record.register as DecodingExtras['register'] } : {}),
  };
  // The same checks as a model folder's metadata: a hand-edited file is refused, not half-used.
  checkMetadata({ formatVersion: MODEL_FORMAT_VERSION, name: 'x', createdAt: 'x', parameterCount: 0, ...extras }, file);
  return extras;
}

export async function importKerasModel(request: KerasImportRequest): Promise<KerasImportResult> {
  const weightsFile = resolve(request.weightsFile);
  const values = readValuesFile(resolve(request.valuesFile));
  const network = await readKerasNetwork(weightsFile);
  const notes: string[] = [];
  const shownWeights = printable(weightsFile);
  if (network.weights.nValues !== values.length) {
    throw new UserFacingError(
      `${shownWeights} has ${network.weights.nValues} outputs but ${printable(request.valuesFile)} lists ${values.length} values: ` +
        'the values must come from the same notebook run as the weights',
    );
  }
  let recurrentActivation: RecurrentActivation;
  let activationFrom: ModelSource['activationFrom'];
  if (network.configuredActivation) {
    recurrentActivation = network.configuredActivation;
    activationFrom = 'config';
    if (request.recurrentActivation && request.recurrentActivation !== recurrentActivation)
      notes.push(
        `the file's saved config says recurrent_activation=${recurrentActivation}; --recurrent-activation ${request.recurrentActivation} is ignored`,
      );
  } else if (request.recurrentActivation) {
    recurrentActivation = request.recurrentActivation;
    activationFrom = 'option';
  } else if (network.layout === 'keras3-weights') {
    // Keras 3 has only ever defaulted to the sigmoid.
    recurrentActivation = 'sigmoid';
    activationFrom = 'keras 3 default';
  } else {
    throw new UserFacingError(
      `${shownWeights} does not say which recurrent activation its LSTM used` +
        `${network.kerasVersion ? ` (it was written by Keras ${network.kerasVersion})` : ''}: ` +
        'add --recurrent-activation sigmoid (Keras 2.3 and later, tf.keras) or hard_sigmoid (Keras before 2.3)',
    );
  }
  const name = request.name ?? safeModelName(kerasStem(weightsFile));
  const source: ModelSource = {
    kind: 'keras',
    file: basename(weightsFile),
    layout: network.layout,
    lstmLayer: network.lstmLayer,
    denseLayer: network.denseLayer,
    ...(network.kerasVersion ? { kerasVersion: network.kerasVersion } : {}),
    activationFrom,
  };
  const extras = readExtras(weightsFile);
  if (extras.style || extras.register)
    notes.push(`decoding style read from ${printable(extrasFileBeside(weightsFile))}`);
  const modelDir = resolve(request.outDir);
  await saveModelFolder(modelDir, {
    weights: { ...network.weights, recurrentActivation },
    vocabularyValues: values,
    metadata: { name, source, ...extras },
  });
  loadedModelCache.forget(modelDir);
  return {
    modelDir,
    name,
    values: values.length,
    units: network.weights.units,
    recurrentActivation,
    source,
    notes,
  };
}

export interface KerasExportResult {
  weightsFile: string;
  valuesFile: string;
  recurrentActivation: RecurrentActivation;
}

/** FILE.h5 → FILE.indices_values.json, beside it. */
export function valuesFileBeside(weightsFile: string): string {
  return join(dirname(weightsFile), `${kerasStem(weightsFile)}.indices_values.json`);
}

export async function exportKerasModel(modelDir: string, outFile: string): Promise<KerasExportResult> {
  const model = await loadModel(modelDir);
  const weightsFile = resolve(outFile);
  const valuesFile = valuesFileBeside(weightsFile);
  await writeKerasWeights(weightsFile, model.weights);
  writeFileSafely(valuesFile, `${JSON.stringify(notebookValuesToJson(model.vocabulary.values), null, 1)}\n`, 'values');
  const extras: DecodingExtras = { style: model.metadata.style, register: model.metadata.register };
  if (extras.style || extras.register)
    writeFileSafely(extrasFileBeside(weightsFile), `${JSON.stringify(extras, null, 1)}\n`, 'decoding style');
  return { weightsFile, valuesFile, recurrentActivation: model.weights.recurrentActivation ?? 'sigmoid' };
}
