import { describe, test } from 'node:test';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKerasNetwork } from '../../../../src/model/keras/kerasReader';
import { LstmSampler } from '../../../../src/model/lstmCell';

import { h5pyMissing, makeKerasFile, type KerasFileSpec } from '../../helpers/kerasFiles';

const missing = h5pyMissing();
const INPUTS = [3, 17, 42, 5, 77, 0];

const LAYOUTS: Array<Pick<KerasFileSpec, 'layout' | 'names' | 'activation'>> = [
  { layout: 'save', names: ['lstm_1', 'dense_1'], activation: 'hard_sigmoid' },
  { layout: 'save', names: ['lstm', 'dense'], activation: 'sigmoid' },
  { layout: 'save_weights', names: ['lstm_1', 'dense_1'], activation: 'hard_sigmoid' },
  { layout: 'save_weights', names: ['lstm', 'dense'], activation: 'sigmoid' },
  { layout: 'keras3', names: ['lstm', 'dense'], activation: 'sigmoid' },
];

// One skip line when h5py is missing: these tests make their Keras files with it.
describe('Keras files made by h5py', { skip: missing }, () => {
  for (const [n, layout] of LAYOUTS.entries()) {
    const label = `${layout.layout} with layers ${layout.names.join('/')}, ${layout.activation}`;
    test(`a Keras ${label}: the first steps' probabilities are Keras' own to 1e-5`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'keras-reader-'));
      try {
        const out = join(dir, 'model.h5');
        const expected = makeKerasFile({ ...layout, out, values: 78, units: 16, seed: 10 + n, inputs: INPUTS });
        const network = await readKerasNetwork(out);
        assert.equal(network.lstmLayer, layout.names[0]);
        assert.equal(network.denseLayer, layout.names[1]);
        assert.equal(network.weights.nValues, 78);
        assert.equal(network.weights.units, 16);
        assert.equal(
          network.layout,
          { save: 'keras2-model', save_weights: 'keras2-weights', keras3: 'keras3-weights' }[layout.layout],
        );
        // Only model.save() keeps the architecture, and with it the activation.
        assert.equal(network.configuredActivation, layout.layout === 'save' ? layout.activation : undefined);
        const sampler = new LstmSampler({ ...network.weights, recurrentActivation: layout.activation });
        [-1, ...INPUTS].forEach((input, step) => {
          const probabilities = sampler.step(input);
          probabilities.forEach((p, v) =>
            assert.ok(Math.abs(p - expected[step][v]) < 1e-5, `step ${step} value ${v}: ${p} vs ${expected[step][v]}`),
          );
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  test('the two activations give different probabilities, so the activation read is the one that matters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keras-reader-'));
    try {
      const out = join(dir, 'model.h5');
      const expected = makeKerasFile({
        layout: 'save_weights',
        names: ['lstm', 'dense'],
        activation: 'hard_sigmoid',
        out,
        values: 78,
        units: 16,
        seed: 3,
        inputs: INPUTS,
      });
      const network = await readKerasNetwork(out);
      const sampler = new LstmSampler({ ...network.weights, recurrentActivation: 'sigmoid' });
      sampler.step(-1);
      const second = sampler.step(INPUTS[0]);
      assert.ok(second.some((p, v) => Math.abs(p - expected[1][v]) > 1e-4));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('a file that is not HDF5 gets one clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'keras-reader-'));
  try {
    const out = join(dir, 'notes.h5');
    writeFileSync(out, 'not hdf5 at all');
    await assert.rejects(
      readKerasNetwork(out),
      (error: Error) => error instanceof UserFacingError && /not an HDF5 file/.test(error.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
