/**
 * Model folders. A model is one folder holding
 *   model.json       a real tfjs Layers model (topology + weightsManifest, format "layers-model")
 *   weights.bin      the weights, float32 little-endian, in the manifest's order
 *   vocabulary.json  { format: 1, values: [...] }: the value of each network output, in index order
 *   metadata.json    where it came from and how it was trained (ModelMetadata)
 * The folder's files, the metadata's shape and the names of the weights: what save and load agree on.
 */
import { createHash } from 'node:crypto';
import { type Register } from '../../core/solo/melodicLine';
import { type StyleProfile } from '../../core/solo/style';
import { type Vocabulary } from '../../core/solo/vocabulary';
import { DENSE_LAYER_NAME, LSTM_LAYER_NAME, type NetworkWeights, type WeightKey } from '../network';

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
  /** Held-out NLL per epoch (nats per predicted value), when training set tunes aside to choose its epoch. */
  heldOutLoss?: number[];
  /** The epoch (1-based) whose weights the folder holds: the best held-out NLL, or the last when forced. */
  chosenEpoch?: number;
  /** Where an imported network came from (absent for a network trained here). */
  source?: ModelSource;
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
  style?: StyleProfile;
  /** Where the training corpus's melodies live (see learnRegister); absent in older models. */
  register?: Register;
}

/** An imported Keras network: its file's name, how it was saved, and the two layers read from it. */
export interface ModelSource {
  kind: 'keras';
  file: string;
  /** "keras2-model" (model.save), "keras2-weights" (save_weights) or "keras3-weights" (.weights.h5). */
  layout: string;
  lstmLayer: string;
  denseLayer: string;
  kerasVersion?: string;
  /** Where the recurrent activation came from: the file's saved config, or the user's option. */
  activationFrom: 'config' | 'option' | 'keras 3 default';
}

export type ChecksummedFile = typeof MODEL_FILES.weights | typeof MODEL_FILES.vocabulary;
export const CHECKSUMMED_FILES: readonly ChecksummedFile[] = [MODEL_FILES.weights, MODEL_FILES.vocabulary];

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

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

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
}

export interface WeightsGroup {
  paths: string[];
  weights: WeightSpec[];
}

/** The name of each weight inside the Layers model, as tfjs' loader looks it up. */
export function weightName(key: WeightKey): string {
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

export const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Names of the folders a save works in, beside the target: ".NAME.saving-PID-TIME-RANDOM". */
export const WORK_FOLDER = /^(saving|replaced)-(\d+)-(\d+)-([0-9a-f]+)$/;
