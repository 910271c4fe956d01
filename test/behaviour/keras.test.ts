/** The notebook's Keras model in and out, through the engine: import, generate, export, import again. */
import { UserFacingError } from '../../src/shared/errors';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR, generateSolo, loadModel } from '../../src/engine';
import { exportKerasModel, importKerasModel } from '../../src/engine/keras';

import { h5pyMissing, makeKerasFile, notebookLikeValues, readWithH5py } from '../unit/helpers/kerasFiles';
import { inTemporaryFolder } from '../unit/helpers/files';

const missing = h5pyMissing();

function writeValues(file: string, values: string[]): void {
  writeFileSync(file, JSON.stringify(Object.fromEntries(values.map((value, index) => [index, value]))));
}

// One skip line when h5py is missing: every test here makes its Keras files with it.
describe('Keras files made by h5py', { skip: missing }, () => {
  test(
    'a notebook model of 78 values imports and generates a solo with exactly its 78 outputs',
    inTemporaryFolder('keras-behaviour-', async (dir) => {
      const weightsFile = join(dir, 'my_model.h5');
      makeKerasFile({
        out: weightsFile,
        layout: 'save',
        names: ['lstm_1', 'dense_1'],
        activation: 'hard_sigmoid',
        values: 78,
        units: 64,
        seed: 1,
        inputs: [],
      });
      const values = notebookLikeValues(78, 4);
      writeValues(join(dir, 'values.json'), values);
      const result = await importKerasModel({
        weightsFile,
        valuesFile: join(dir, 'values.json'),
        outDir: join(dir, 'model'),
      });
      assert.equal(result.recurrentActivation, 'hard_sigmoid');
      assert.equal(result.source.activationFrom, 'config');
      const model = await loadModel(result.modelDir);
      assert.equal(model.weights.recurrentActivation, 'hard_sigmoid');
      assert.equal(model.vocabulary.values.length, 78);
      const solo = await generateSolo({ modelDir: result.modelDir, seed: 7, steps: 60 });
      assert.equal(solo.values.length, 60);
      assert.ok(solo.values.every((value) => model.vocabulary.values.includes(value)));
    }),
  );

  test(
    'values that do not match the network, or a save_weights file without an activation, are refused clearly',
    inTemporaryFolder('keras-behaviour-', async (dir) => {
      const weightsFile = join(dir, 'weights.h5');
      makeKerasFile({
        out: weightsFile,
        layout: 'save_weights',
        names: ['lstm', 'dense'],
        activation: 'sigmoid',
        values: 78,
        units: 8,
        seed: 2,
        inputs: [],
      });
      writeValues(join(dir, 'values90.json'), notebookLikeValues(90, 1));
      writeValues(join(dir, 'values78.json'), notebookLikeValues(78, 1));
      await assert.rejects(
        importKerasModel({
          weightsFile,
          valuesFile: join(dir, 'values90.json'),
          outDir: join(dir, 'a'),
          recurrentActivation: 'sigmoid',
        }),
        (e: Error) => e instanceof UserFacingError && /78 outputs but .* 90 values/.test(e.message),
      );
      await assert.rejects(
        importKerasModel({ weightsFile, valuesFile: join(dir, 'values78.json'), outDir: join(dir, 'b') }),
        (e: Error) => e instanceof UserFacingError && /--recurrent-activation/.test(e.message),
      );
      // One interval spelled two ways by music21 (d1 and m-2) would need two outputs for one value.
      const spelledTwice = notebookLikeValues(78, 1);
      spelledTwice[3] = 'C,0.250,<d1,P-5>';
      spelledTwice[9] = 'C,0.250,<m-2,P-5>';
      writeValues(join(dir, 'twice.json'), spelledTwice);
      await assert.rejects(
        importKerasModel({
          weightsFile,
          valuesFile: join(dir, 'twice.json'),
          outDir: join(dir, 'c'),
          recurrentActivation: 'sigmoid',
        }),
        (e: Error) =>
          e instanceof UserFacingError && /values 3 .* and 9 .* same note choice spelled two ways/.test(e.message),
      );
    }),
  );

  test(
    'export writes a Keras 2 weights file that h5py reads back with the layer names, shapes and values',
    inTemporaryFolder('keras-behaviour-', async (dir) => {
      const model = await loadModel(DEFAULT_MODEL_DIR);
      const out = join(dir, 'jazz.h5');
      const result = await exportKerasModel(DEFAULT_MODEL_DIR, out);
      const read = readWithH5py(out);
      assert.deepEqual(read.layer_names, ['lstm', 'dense']);
      assert.equal(read.attrs.backend, 'tensorflow');
      assert.match(read.attrs.keras_version, /^2\./);
      const { nValues: V, units: U } = model.weights;
      const expected: Array<[string, number[], Float32Array]> = [
        ['lstm/lstm_cell/kernel:0', [V, 4 * U], model.weights.kernel],
        ['lstm/lstm_cell/recurrent_kernel:0', [U, 4 * U], model.weights.recurrentKernel],
        ['lstm/lstm_cell/bias:0', [4 * U], model.weights.bias],
        ['dense/kernel:0', [U, V], model.weights.denseKernel],
        ['dense/bias:0', [V], model.weights.denseBias],
      ];
      const written = [...read.layers.lstm, ...read.layers.dense];
      expected.forEach(([name, shape, values], k) => {
        assert.equal(written[k].name, name);
        assert.deepEqual(written[k].shape, shape);
        assert.equal(written[k].dtype, 'float32');
        assert.deepEqual(Float32Array.from(written[k].values), values);
      });
      const indicesValues = JSON.parse(readFileSync(result.valuesFile, 'utf8')) as Record<string, string>;
      assert.deepEqual(
        Object.keys(indicesValues).map(Number),
        model.vocabulary.values.map((_, i) => i),
      );
      assert.deepEqual(Object.values(indicesValues), model.vocabulary.values);
    }),
  );

  test(
    'import(export(model)) generates the same solo as the model for the same seed',
    inTemporaryFolder('keras-behaviour-', async (dir) => {
      const out = join(dir, 'jazz.h5');
      const exported = await exportKerasModel(DEFAULT_MODEL_DIR, out);
      const imported = await importKerasModel({
        weightsFile: out,
        valuesFile: exported.valuesFile,
        outDir: join(dir, 'again'),
        recurrentActivation: exported.recurrentActivation,
      });
      for (const seed of [1, 42]) {
        const original = await generateSolo({ seed, steps: 80 });
        const roundTrip = await generateSolo({ modelDir: imported.modelDir, seed, steps: 80 });
        assert.deepEqual(roundTrip.values, original.values);
        // The whole solo, notes and pitches, but for the subtitle that names the model.
        const withoutModelName = (abc: string) => abc.replace(/^T:model .*$/m, '');
        assert.equal(withoutModelName(roundTrip.abc), withoutModelName(original.abc));
      }
    }),
  );
});
