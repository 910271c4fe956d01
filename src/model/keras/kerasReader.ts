/**
 * Reads the notebook's network out of a Keras HDF5 file: Keras 2 `model.save()` (weights under
 * model_weights/, the architecture in the `model_config` attribute), Keras 2 `save_weights()` (weights at the
 * root), and Keras 3 `.weights.h5` (layers/NAME/vars/0..). The LSTM and the Dense layer are found by what they
 * hold (the file's own `layer_names` and `weight_names`; names vary: lstm, lstm_1, ...), their shapes checked
 * against each other, and the gate blocks kept in Keras' order i, f, c, o, which is ours (see network.ts).
 */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';

import { RECURRENT_ACTIVATIONS, type NetworkWeights, type RecurrentActivation } from '../network';
import { loadHdf5, type Hdf5 } from './hdf5';

export type KerasLayout = 'keras2-model' | 'keras2-weights' | 'keras3-weights';

export interface KerasNetwork {
  /** The weights; `recurrentActivation` is set only when the file's saved config names it. */
  weights: NetworkWeights;
  layout: KerasLayout;
  lstmLayer: string;
  denseLayer: string;
  /** The recurrent activation of the saved config (model.save files), when there is one. */
  configuredActivation?: RecurrentActivation;
  /** The `keras_version` attribute, when the file has one. */
  kerasVersion?: string;
}

type H5File = InstanceType<Hdf5['File']>;
type H5Group = InstanceType<Hdf5['Group']>;
type H5Dataset = InstanceType<Hdf5['Dataset']>;

/** One weight array of the file, with the name it had there. */
interface NamedArray {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** A layer of the file that holds weights. */
interface WeightedLayer {
  name: string;
  arrays: NamedArray[];
}

export async function readKerasNetwork(file: string): Promise<KerasNetwork> {
  const h5 = await loadHdf5();
  const shown = printable(file);
  const fail = (reason: string): never => {
    throw new UserFacingError(`${shown}: ${reason}`, file);
  };
  if (!hasHdf5Signature(file))
    fail('not an HDF5 file (expected a Keras .h5 from model.save() or model.save_weights(), or a .weights.h5)');
  let h5file: H5File;
  try {
    h5file = new h5.File(file, 'r');
  } catch {
    return fail('an HDF5 file that cannot be read: it may be truncated');
  }
  try {
    const kerasVersion = textAttribute(h5file, 'keras_version');
    const modelWeights = h5file.get('model_weights');
    let layout: KerasLayout;
    let layers: WeightedLayer[];
    if (isGroup(h5, modelWeights) && 'layer_names' in modelWeights.attrs) {
      layout = 'keras2-model';
      layers = keras2Layers(h5, modelWeights, fail);
    } else if (hasNameList(h5file, 'layer_names')) {
      layout = 'keras2-weights';
      layers = keras2Layers(h5, h5file, fail);
    } else if (isGroup(h5, h5file.get('layers'))) {
      layout = 'keras3-weights';
      layers = keras3Layers(h5, h5file.get('layers') as H5Group);
    } else {
      return fail('no Keras weights here (neither a "layer_names" attribute nor a "layers" group)');
    }
    const { weights, lstmLayer, denseLayer } = notebookNetwork(layers, fail);
    const config = textAttribute(h5file, 'model_config');
    const configuredActivation = config === undefined ? undefined : activationInConfig(config, lstmLayer, fail);
    return {
      weights,
      layout,
      lstmLayer,
      denseLayer,
      ...(configuredActivation ? { configuredActivation } : {}),
      ...(kerasVersion ? { kerasVersion: kerasVersion.slice(0, 40) } : {}),
    };
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    return fail(
      `an HDF5 file whose weights cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    h5file.close();
  }
}

const HDF5_SIGNATURE = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);

/** HDF5's format signature, at the start or after a user block (512, 1024, 2048 ... bytes). */
function hasHdf5Signature(file: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    throw new UserFacingError(
      `cannot read ${printable(file)}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      file,
    );
  }
  try {
    const head = Buffer.alloc(8);
    for (let offset = 0; offset <= 1 << 16; offset = offset === 0 ? 512 : offset * 2) {
      if (readSync(descriptor, head, 0, 8, offset) < 8) return false;
      if (head.equals(HDF5_SIGNATURE)) return true;
    }
    return false;
  } finally {
    closeSync(descriptor);
  }
}

function isGroup(h5: Hdf5, entity: unknown): entity is H5Group {
  return entity instanceof h5.Group;
}

function textAttribute(group: H5Group, name: string): string | undefined {
  if (!(name in group.attrs)) return undefined;
  const value = group.attrs[name].json_value;
  return typeof value === 'string' ? value : undefined;
}

function hasNameList(group: H5Group, name: string): boolean {
  return name in group.attrs || `${name}0` in group.attrs;
}

/** A list-of-names attribute; tf.keras splits long ones into NAME0, NAME1, ... */
function nameList(group: H5Group, name: string): string[] {
  const parts = name in group.attrs ? [name] : [];
  for (let k = 0; parts.length === 0 || `${name}${k}` in group.attrs; k++) {
    if (!(`${name}${k}` in group.attrs)) break;
    parts.push(`${name}${k}`);
  }
  return parts.flatMap((part) => {
    const value = group.attrs[part].json_value;
    if (Array.isArray(value)) return value.map(String);
    return typeof value === 'string' ? [value] : [];
  });
}

function readArray(h5: Hdf5, entity: unknown, name: string, fail: (reason: string) => never): NamedArray {
  if (!(entity instanceof h5.Dataset)) return fail(`weight "${name}" is listed but missing`);
  const dataset = entity as H5Dataset;
  const value = dataset.value;
  const shape = dataset.shape ?? [];
  if (!(value instanceof Float32Array || value instanceof Float64Array))
    return fail(`weight "${name}" is not an array of floating-point numbers`);
  const data = Float32Array.from(value);
  if (!data.every(Number.isFinite)) fail(`weight "${name}" holds a number that is not finite`);
  return { name, shape, data };
}

/** Keras 2: the root (or model_weights/) lists its layers, each layer its weights' paths inside its group. */
function keras2Layers(h5: Hdf5, root: H5Group, fail: (reason: string) => never): WeightedLayer[] {
  const layers: WeightedLayer[] = [];
  for (const name of nameList(root, 'layer_names')) {
    const group = root.get(name);
    if (!isGroup(h5, group)) fail(`layer "${name}" is listed but has no group`);
    const weightNames = nameList(group as H5Group, 'weight_names');
    if (weightNames.length === 0) continue;
    layers.push({
      name,
      arrays: weightNames.map((weightName) => readArray(h5, (group as H5Group).get(weightName), weightName, fail)),
    });
  }
  return layers;
}

/** Keras 3: layers/NAME/vars/0.. hold a layer's weights in order; an LSTM keeps its own under layers/NAME/cell/. */
function keras3Layers(h5: Hdf5, layersGroup: H5Group): WeightedLayer[] {
  const layers: WeightedLayer[] = [];
  const varsOf = (group: unknown, path: string): NamedArray[] => {
    const vars = isGroup(h5, group) ? group.get('vars') : null;
    if (!isGroup(h5, vars)) return [];
    const keys = vars.keys().filter((k) => /^\d+$/.test(k));
    keys.sort((a, b) => Number(a) - Number(b));
    return keys.map((k) => readArray(h5, vars.get(k), `${path}/vars/${k}`, unreadable));
  };
  for (const name of layersGroup.keys()) {
    const group = layersGroup.get(name);
    const arrays = [...varsOf(group, name), ...varsOf(isGroup(h5, group) ? group.get('cell') : null, `${name}/cell`)];
    if (arrays.length > 0) layers.push({ name, arrays });
  }
  return layers;
}

function unreadable(reason: string): never {
  throw new UserFacingError(`Keras 3 weights: ${reason}`);
}

const shapeText = (shape: number[]) => `(${shape.join(', ')})`;

/** Which array of an LSTM layer is which: by name where Keras 2 names them, else by Keras' own order. */
function lstmArrays(layer: WeightedLayer): { kernel: NamedArray; recurrent: NamedArray; bias: NamedArray } {
  const byName = (pattern: RegExp) => layer.arrays.find((a) => pattern.test(basename(a.name)));
  const recurrent = byName(/^recurrent_kernel/);
  const kernel = byName(/^kernel/);
  const bias = byName(/^bias/);
  if (recurrent && kernel && bias) return { kernel, recurrent, bias };
  const [first, second, third] = layer.arrays;
  return { kernel: first, recurrent: second, bias: third };
}

/**
 * The notebook's pair: one LSTM (kernel, recurrent kernel, bias) and one Dense reading its state. Any other
 * weighted layer means another architecture, which jazz-solo cannot run.
 */
function notebookNetwork(
  layers: WeightedLayer[],
  fail: (reason: string) => never,
): { weights: NetworkWeights; lstmLayer: string; denseLayer: string } {
  const described = layers.map((l) => `${l.name} (${l.arrays.map((a) => shapeText(a.shape)).join(' ')})`).join(', ');
  const lstms = layers.filter((l) => l.arrays.length === 3 && l.arrays.every((a) => a.shape.length <= 2));
  const denses = layers.filter((l) => l.arrays.length === 2 && l.arrays[0].shape.length === 2);
  if (lstms.length !== 1 || denses.length !== 1 || layers.length !== 2) {
    return fail(
      `expected the notebook's network, one LSTM and one Dense layer with weights; found ${layers.length === 0 ? 'no layer with weights' : described}`,
    );
  }
  const lstm = lstmArrays(lstms[0]);
  const [denseKernel, denseBias] = denses[0].arrays;
  const [nValues, fourUnits] = lstm.kernel.shape;
  const units = fourUnits / 4;
  const expect = (array: NamedArray, shape: number[], what: string) => {
    if (array.shape.join(',') !== shape.join(',')) {
      fail(
        `${what} "${array.name}" has shape ${shapeText(array.shape)}, expected ${shapeText(shape)} ` +
          `(an LSTM of ${units} units over ${nValues} values)`,
      );
    }
  };
  if (lstm.kernel.shape.length !== 2 || !Number.isInteger(units) || units < 1)
    fail(`the LSTM kernel "${lstm.kernel.name}" has shape ${shapeText(lstm.kernel.shape)}, expected (n_values, 4·n_a)`);
  expect(lstm.recurrent, [units, 4 * units], 'the LSTM recurrent kernel');
  if (lstm.bias.shape[0] === 8 * units)
    fail('the LSTM bias has 8·n_a numbers: a CuDNNLSTM, whose two biases jazz-solo does not read; save a plain LSTM');
  expect(lstm.bias, [4 * units], 'the LSTM bias');
  expect(denseKernel, [units, nValues], 'the Dense kernel');
  expect(denseBias, [nValues], 'the Dense bias');
  return {
    weights: {
      kernel: lstm.kernel.data,
      recurrentKernel: lstm.recurrent.data,
      bias: lstm.bias.data,
      denseKernel: denseKernel.data,
      denseBias: denseBias.data,
      nValues,
      units,
    },
    lstmLayer: lstms[0].name,
    denseLayer: denses[0].name,
  };
}

/** The LSTM's recurrent_activation in a saved model_config (a name, or Keras 3's serialised function). */
function activationInConfig(
  configText: string,
  lstmLayer: string,
  fail: (reason: string) => never,
): RecurrentActivation | undefined {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    return undefined;
  }
  const found: unknown[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const inner = record.config as Record<string, unknown> | undefined;
      if (record.class_name === 'LSTM' && inner && typeof inner === 'object') {
        if (inner.name === lstmLayer || record.name === lstmLayer) found.unshift(inner.recurrent_activation);
        else found.push(inner.recurrent_activation);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(config);
  if (found.length === 0) return undefined;
  const raw = found[0];
  const name =
    typeof raw === 'string'
      ? raw
      : raw && typeof raw === 'object' && typeof (raw as { config?: unknown }).config === 'string'
        ? ((raw as { config: string }).config as string)
        : undefined;
  if (name === undefined) return undefined;
  if (!RECURRENT_ACTIVATIONS.includes(name as RecurrentActivation))
    fail(`the LSTM's recurrent activation is "${name.slice(0, 40)}"; jazz-solo runs sigmoid and hard_sigmoid`);
  return name as RecurrentActivation;
}
