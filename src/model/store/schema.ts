/** What a model folder's JSON files must hold: every field typed and every number in its documented range. */
import { printable } from '../../shared/text';
import { isRecord } from '../../shared/validate';
import { UserFacingError } from '../../shared/errors';
import { MODEL_FORMAT_VERSION, ModelMetadata, WeightsGroup, size } from './folder';
import { MAX_WEIGHTS_BYTES, MAX_WEIGHT_SHARDS, isPlainFileName } from './read';

import { describeRange, isInRange, LIMITS, type NumericRange } from '../../shared/limits';
import { readRegister } from '../../core/solo/melodicLine';
import { STYLE_COUNT_FIELDS, STYLE_SHARE_FIELDS } from '../../core/solo/style';
import { vocabularyFromJson, type Vocabulary } from '../../core/solo/vocabulary';

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const SHARE = { min: 0, max: 1, integer: false, what: 'share' } as const;
export const COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, what: 'count' } as const;
export const MAX_TEXT = 1000;

/**
 * The numbers a model's metadata may hold and their ranges: a crafted metadata.json cannot make a later
 * evaluation train 200,000 units or 10^9 epochs. To record a new number, add its range here.
 */
export const METADATA_NUMBER_RANGES: Record<string, NumericRange> = {
  parameterCount: { min: 0, max: MAX_WEIGHTS_BYTES / 4, integer: true, what: 'parameters' },
  seconds: { min: 0, max: 1e9, integer: false, what: 'seconds' },
  chosenEpoch: LIMITS.epochs,
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
/** The style measured on the corpus (core/solo/style.ts: shares, phrase length, range): each number with its range. */
export const STYLE_RANGES: Record<string, NumericRange> = {
  ...Object.fromEntries(STYLE_SHARE_FIELDS.map((field) => [field, SHARE])),
  ...Object.fromEntries(
    Object.entries(STYLE_COUNT_FIELDS).map(([field, max]) => [field, { min: 0, max, integer: false, what: field }]),
  ),
};

/** Checks `json` against the documented fields; the messages name the field, never its contents. */
export function checkMetadata(json: unknown, file: string): ModelMetadata {
  const shown = printable(file);
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
  // The training curves: one finite number an epoch.
  for (const key of ['loss', 'heldOutLoss'] as const) {
    const curve = json[key];
    if (curve === undefined) continue;
    if (
      !Array.isArray(curve) ||
      curve.length > LIMITS.epochs.max ||
      !curve.every((l) => typeof l === 'number' && Number.isFinite(l))
    ) {
      fail(`"${key}" must be a list of at most ${LIMITS.epochs.max} finite numbers`);
    }
  }
  if (json.source !== undefined) {
    const source = json.source;
    if (
      !isRecord(source) ||
      source.kind !== 'keras' ||
      !Object.values(source).every((v) => typeof v === 'string' && v.length <= MAX_TEXT)
    ) {
      fail('"source" must describe an imported Keras file in short texts');
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

export function checkCorpusRecord(corpus: unknown, fail: (reason: string) => never): void {
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

export function checkManifest(
  json: unknown,
  file: string,
): { topology: Record<string, unknown>; groups: WeightsGroup[] } {
  const shown = printable(file);
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
export function topologyShape(topology: Record<string, unknown>): {
  units?: number;
  inputWidth?: number;
  outputs?: number;
  /** The LSTM's gate activation as tfjs writes it ("sigmoid", "hard_sigmoid"); absent in hand-made topologies. */
  recurrentActivation?: unknown;
} {
  const config = isRecord(topology.config) ? topology.config : undefined;
  const layers = config && Array.isArray(config.layers) ? config.layers : [];
  const result: { units?: number; inputWidth?: number; outputs?: number; recurrentActivation?: unknown } = {};
  for (const layer of layers) {
    if (!isRecord(layer) || !isRecord(layer.config)) continue;
    if (layer.class_name === 'LSTM') {
      result.units = layer.config.units as number;
      result.recurrentActivation = layer.config.recurrent_activation;
      const shape = layer.config.batch_input_shape;
      if (Array.isArray(shape)) result.inputWidth = shape[shape.length - 1] as number;
    } else if (layer.class_name === 'Dense') {
      result.outputs = layer.config.units as number;
    }
  }
  return result;
}

/** A grammar value as the vocabulary stores it; anything else is refused before it is parsed or shown. */
export const VALUE_SHAPE = /^[CSAXR],\d{1,6}(\.\d{1,6})?(,<[A-Za-z0-9-]{2,4},[A-Za-z0-9-]{2,4}>)?$/;

/** Bounds the vocabulary before it is parsed: its size and every value's duration. */
export function checkVocabulary(json: unknown, file: string): Vocabulary {
  const shown = printable(file);
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
