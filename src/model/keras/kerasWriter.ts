/**
 * Our network as a Keras 2 weights file (the layout of `model.save_weights()`), which the notebook's
 * `model.load_weights()` reads into its LSTM and Dense: Keras matches the layers that hold weights in order
 * (LSTM, then Dense), reads each layer's arrays in its `weight_names` order and checks their shapes.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSafely } from '../../core/io/safeWrite';
import { weightShapes, type NetworkWeights, type WeightKey } from '../network';
import { loadHdf5, type Hdf5 } from './hdf5';

/** The layer names tf.keras gives the notebook's layers; load_weights goes by order, so any names would load. */
export const KERAS_LSTM_LAYER = 'lstm';
export const KERAS_DENSE_LAYER = 'dense';
/** Written as the file's keras_version: a Keras 2 file (a "1" or no version would make Keras convert Keras 1 weights). */
export const WRITTEN_KERAS_VERSION = '2.4.0';

/** Each array's name in tf.keras 2's convention, in the order Keras lists a layer's weights. */
export const KERAS_WEIGHT_NAMES: Record<WeightKey, string> = {
  kernel: `${KERAS_LSTM_LAYER}/lstm_cell/kernel:0`,
  recurrentKernel: `${KERAS_LSTM_LAYER}/lstm_cell/recurrent_kernel:0`,
  bias: `${KERAS_LSTM_LAYER}/lstm_cell/bias:0`,
  denseKernel: `${KERAS_DENSE_LAYER}/kernel:0`,
  denseBias: `${KERAS_DENSE_LAYER}/bias:0`,
};

const LAYERS: Array<{ name: string; keys: WeightKey[] }> = [
  { name: KERAS_LSTM_LAYER, keys: ['kernel', 'recurrentKernel', 'bias'] },
  { name: KERAS_DENSE_LAYER, keys: ['denseKernel', 'denseBias'] },
];

type H5Group = InstanceType<Hdf5['Group']>;

/**
 * Fixed-length byte strings, as h5py writes numpy's 'S' arrays: old Keras calls `.decode('utf8')` on every
 * name it reads, which a variable-length (str) attribute would not allow.
 */
function byteStrings(group: H5Group, name: string, texts: string[] | string): void {
  const list = Array.isArray(texts) ? texts : [texts];
  const width = Math.max(1, ...list.map((t) => Buffer.byteLength(t))) + 1;
  group.create_attribute(name, texts, Array.isArray(texts) ? [texts.length] : [], `A${width}`);
}

/** Creates group a/b/c step by step (a dataset's path holds the layer's name again, as Keras writes it). */
function groupAt(h5: Hdf5, root: H5Group, path: string[]): H5Group {
  let group = root;
  for (const part of path) {
    const existing = group.get(part);
    group = existing instanceof h5.Group ? existing : group.create_group(part);
  }
  return group;
}

/** Writes `weights` to `outFile` (through a temporary file, then one safe write: nothing half-written). */
export async function writeKerasWeights(outFile: string, weights: NetworkWeights): Promise<void> {
  const h5 = await loadHdf5();
  const scratch = join(tmpdir(), `jazz-solo-keras-${randomBytes(6).toString('hex')}.h5`);
  try {
    const file = new h5.File(scratch, 'w');
    try {
      byteStrings(
        file,
        'layer_names',
        LAYERS.map((l) => l.name),
      );
      byteStrings(file, 'backend', 'tensorflow');
      byteStrings(file, 'keras_version', WRITTEN_KERAS_VERSION);
      const shapes = new Map(weightShapes(weights).map(({ key, shape }) => [key, shape]));
      for (const layer of LAYERS) {
        const group = file.create_group(layer.name);
        byteStrings(
          group,
          'weight_names',
          layer.keys.map((key) => KERAS_WEIGHT_NAMES[key]),
        );
        for (const key of layer.keys) {
          const parts = KERAS_WEIGHT_NAMES[key].split('/');
          const parent = groupAt(h5, group, parts.slice(0, -1));
          parent.create_dataset({
            name: parts[parts.length - 1],
            data: weights[key],
            shape: shapes.get(key)!,
            dtype: '<f4',
          });
        }
      }
    } finally {
      file.close();
    }
    writeFileSafely(outFile, new Uint8Array(readFileSync(scratch)), 'Keras weights');
  } finally {
    rmSync(scratch, { force: true });
  }
}
