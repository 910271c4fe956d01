import { test } from 'node:test';
import { UserFacingError } from '../../../src/shared/errors';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { createRng } from '../../../src/core/random';

import { loadTf } from '../../../src/model/backend';
import { LstmSampler } from '../../../src/model/lstmCell';
import { loadModelFolder, loadTfjsLayersModel, recordedCorpusFiles } from '../../../src/model/store/load';
import { saveModelFolder } from '../../../src/model/store/save';
import { STYLE_RANGES } from '../../../src/model/store/schema';
import { type ModelContents } from '../../../src/model/store/folder';
import type { NetworkWeights } from '../../../src/model/network';
import { initialWeights } from '../../../src/model/train';
import { snapshot } from '../helpers/files';

const V = 10;
const U = 6;
const VALUES = [
  'C,0.250',
  'C,0.500',
  'S,0.250',
  'S,0.500,<m2,P-4>',
  'A,0.333',
  'X,0.250,<m-2,P-5>',
  'R,0.083',
  'R,3.667',
  'C,1.000',
  'C,0.250,<P4,m-2>',
];

function weightsFor(seed: number): NetworkWeights {
  const weights = initialWeights(V, U, seed);
  const rng = createRng(seed);
  weights.bias = weights.bias.map((b) => b + rng.next() - 0.5);
  weights.denseBias = weights.denseBias.map(() => rng.next() - 0.5);
  return weights;
}

function contents(seed: number, name = 'test model'): ModelContents {
  return {
    weights: weightsFor(seed),
    vocabularyValues: VALUES,
    metadata: {
      name,
      corpus: { files: [{ path: 'corpus/a.abc', sha256: 'ab'.repeat(32) }], values: 200, tunes: 3 },
      options: { epochs: 100, seed },
      loss: [120.5, 60.25, 6.125],
      backend: 'wasm',
      seconds: 4.5,
    },
  };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'jazz-model-store-'));
}

function sample(weights: NetworkWeights, inputs: number[]): number[] {
  const sampler = new LstmSampler(weights);
  return inputs.flatMap((i) => Array.from(sampler.step(i)));
}

test('save → load gives back the same weights, vocabulary and metadata, and predicts the same', async () => {
  const root = scratch();
  try {
    const dir = join(root, 'my-model');
    const saved = contents(3);
    const { tf } = await loadTf();
    const tensorsBefore = tf.memory().numTensors;
    await saveModelFolder(dir, saved);
    assert.equal(tf.memory().numTensors, tensorsBefore, 'saving leaves no tensor behind');
    assert.deepEqual(readdirSync(dir).sort(), ['metadata.json', 'model.json', 'vocabulary.json', 'weights.bin']);
    assert.deepEqual(readdirSync(root), ['my-model'], 'no temp folder left beside the model');

    const loaded = await loadModelFolder(dir);
    assert.deepEqual(loaded.weights, saved.weights);
    assert.deepEqual(loaded.vocabulary.values, VALUES);
    assert.equal(loaded.vocabulary.indexOf('S,0.500,<m2,P-4>'), 3);
    assert.equal(loaded.vocabulary.indexOf('X,0.25,<d1,P-5>'), 5, 'another spelling of the same value');
    assert.equal(loaded.metadata.formatVersion, 1);
    assert.equal(loaded.metadata.name, 'test model');
    assert.equal(loaded.metadata.parameterCount, 4 * (V * U + U * U + U) + U * V + V);
    assert.deepEqual(loaded.metadata.loss, [120.5, 60.25, 6.125]);
    assert.deepEqual(loaded.metadata.corpus, saved.metadata.corpus);
    assert.ok(!Number.isNaN(Date.parse(loaded.metadata.createdAt)));
    const inputs = [-1, 3, 7, 0, 9, 2];
    assert.deepEqual(sample(loaded.weights, inputs), sample(saved.weights, inputs));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the saved folder is a real tfjs Layers model: tf.loadLayersModel predicts what the plain cell predicts', async () => {
  const { tf } = await loadTf();
  const root = scratch();
  try {
    const dir = join(root, 'm');
    const saved = contents(5);
    await saveModelFolder(dir, saved);
    const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    assert.equal(modelJson.format, 'layers-model');
    assert.deepEqual(modelJson.weightsManifest[0].paths, ['weights.bin']);
    const model = await loadTfjsLayersModel(tf, dir);
    try {
      const inputs = [-1, 4, 4, 8, 1];
      const oneHot = new Float32Array(inputs.length * V);
      inputs.forEach((index, t) => {
        if (index >= 0) oneHot[t * V + index] = 1;
      });
      const predicted = tf.tidy(() =>
        (model.predict(tf.tensor3d(oneHot, [1, inputs.length, V])) as tfTypes.Tensor).dataSync(),
      );
      const mine = sample(saved.weights, inputs);
      mine.forEach((p, i) => assert.ok(Math.abs(p - predicted[i]) < 1e-5, `output ${i}: ${p} vs ${predicted[i]}`));
    } finally {
      model.dispose();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('saving over an existing model replaces it whole and leaves nothing else behind', async () => {
  const root = scratch();
  try {
    const dir = join(root, 'model');
    await saveModelFolder(dir, contents(1, 'first'));
    writeFileSync(join(dir, 'stale-extra.txt'), 'from an older save');
    await saveModelFolder(dir, contents(2, 'second'));
    const loaded = await loadModelFolder(dir);
    assert.equal(loaded.metadata.name, 'second');
    assert.deepEqual(loaded.weights, contents(2).weights);
    assert.ok(!existsSync(join(dir, 'stale-extra.txt')));
    assert.deepEqual(readdirSync(root), ['model']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a save that fails half-way leaves the previous model intact and no temp folder behind', async () => {
  const root = scratch();
  try {
    const dir = join(root, 'model');
    await saveModelFolder(dir, contents(1, 'kept'));
    const before = snapshot(root);
    // JSON cannot hold a BigInt: writing metadata.json, the last file, throws after the others were written.
    const failing = contents(2, 'broken');
    failing.metadata.options = { huge: BigInt(1) };
    await assert.rejects(saveModelFolder(dir, failing), TypeError);
    assert.deepEqual(snapshot(root), before);
    assert.deepEqual(readdirSync(root), ['model']);
    assert.equal((await loadModelFolder(dir)).metadata.name, 'kept');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('saving refuses to replace a folder that is not a model, and changes nothing', async () => {
  const root = scratch();
  try {
    const dir = join(root, 'documents');
    mkdirSync(dir);
    writeFileSync(join(dir, 'thesis.txt'), 'precious');
    const before = snapshot(root);
    await assert.rejects(saveModelFolder(dir, contents(1)), (error: unknown) => {
      assert.ok(error instanceof UserFacingError);
      assert.match(error.message, /exists and is not a jazz model folder/);
      return true;
    });
    assert.deepEqual(snapshot(root), before);
    await assert.rejects(
      saveModelFolder(join(root, 'x'), { ...contents(1), vocabularyValues: VALUES.slice(1) }),
      /9 values but the network has 10/,
    );
    assert.deepEqual(snapshot(root), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

interface BrokenCase {
  name: string;
  expected: RegExp;
  /** Breaks the saved model in `dir`; returns the path to load (default: dir). */
  breakIt(dir: string): string | void;
}

// The breakers reach into arbitrary fields of the JSON files.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const editJson = (file: string, edit: (json: any) => void) => {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
};

const BROKEN: BrokenCase[] = [
  {
    name: 'a path that does not exist',
    expected: /is not a jazz model folder \(it does not exist\)/,
    breakIt: (dir) => join(dir, 'nowhere'),
  },
  {
    name: 'a file instead of a folder',
    expected: /is not a jazz model folder \(it is a file\)/,
    breakIt: (dir) => join(dir, 'weights.bin'),
  },
  {
    name: 'a folder without model.json',
    expected: /is not a jazz model folder \(no model\.json\)/,
    breakIt: (dir) => rmSync(join(dir, 'model.json')),
  },
  {
    name: 'a model from a newer version',
    expected: /metadata\.json: this model was made by a newer version of jazz-solo \(model format 2/,
    breakIt: (dir) => editJson(join(dir, 'metadata.json'), (json) => (json.formatVersion = 2)),
  },
  {
    name: 'truncated weights',
    expected: /weights\.bin holds 1000 bytes but model\.json describes \d+: the weights are truncated/,
    breakIt: (dir) => writeFileSync(join(dir, 'weights.bin'), readFileSync(join(dir, 'weights.bin')).subarray(0, 1000)),
  },
  {
    name: 'weights longer than the manifest',
    expected: /weights\.bin holds \d+ bytes but model\.json describes \d+/,
    breakIt: (dir) =>
      writeFileSync(join(dir, 'weights.bin'), Buffer.concat([readFileSync(join(dir, 'weights.bin')), Buffer.alloc(8)])),
  },
  {
    name: 'shapes inconsistent with each other',
    expected: /weight dense\/kernel has shape \[10, 6\] but the LSTM kernel implies \[6, 10\]/,
    breakIt: (dir) => editJson(join(dir, 'model.json'), (json) => (json.weightsManifest[0].weights[3].shape = [10, 6])),
  },
  {
    name: 'a topology that does not match the weights',
    expected: /the topology \(LSTM 7 units/,
    breakIt: (dir) =>
      editJson(join(dir, 'model.json'), (json) => (json.modelTopology.config.layers[0].config.units = 7)),
  },
  {
    name: 'model.json that is not JSON',
    expected: /model\.json is not valid JSON/,
    breakIt: (dir) => writeFileSync(join(dir, 'model.json'), '{"modelTopology": '),
  },
  {
    name: 'a missing vocabulary',
    expected: /vocabulary\.json is missing/,
    breakIt: (dir) => rmSync(join(dir, 'vocabulary.json')),
  },
  {
    name: 'a vocabulary value that does not parse',
    expected: /vocabulary\.json: value 2/,
    breakIt: (dir) => editJson(join(dir, 'vocabulary.json'), (json) => (json.values[2] = 'Q,banana')),
  },
  {
    name: 'a repeated vocabulary value',
    expected: /vocabulary\.json: value 5 .* repeats value 0/,
    breakIt: (dir) => editJson(join(dir, 'vocabulary.json'), (json) => (json.values[5] = json.values[0])),
  },
  {
    name: 'a vocabulary of the wrong size',
    expected: /vocabulary\.json has 9 values but the network has 10 outputs/,
    breakIt: (dir) => editJson(join(dir, 'vocabulary.json'), (json) => json.values.pop()),
  },
];

for (const broken of BROKEN) {
  test(`loading ${broken.name} fails with a clear message and changes nothing on disk`, async () => {
    const root = scratch();
    try {
      const dir = join(root, 'model');
      await saveModelFolder(dir, contents(4));
      const target = broken.breakIt(dir) ?? dir;
      const before = snapshot(root);
      await assert.rejects(loadModelFolder(target), (error: unknown) => {
        assert.ok(error instanceof UserFacingError, `not a UserFacingError: ${error}`);
        assert.match(error.message, broken.expected);
        assert.ok(!error.message.includes('\n'), 'one line');
        return true;
      });
      assert.deepEqual(snapshot(root), before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test('saving refuses a symlink or a folder of other things as target; the files they hold keep their bytes', async () => {
  const root = scratch();
  try {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'notes.txt'), 'mine');
    symlinkSync(elsewhere, join(root, 'link'));
    await assert.rejects(saveModelFolder(join(root, 'link'), contents(1)), /it is a symbolic link/);
    await assert.rejects(saveModelFolder(elsewhere, contents(1)), /not a jazz model folder/);
    assert.deepEqual(readdirSync(elsewhere), ['notes.txt']);
    assert.deepEqual(readdirSync(root).sort(), ['elsewhere', 'link']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('metadata numbers are checked against their ranges; a new field gets one by adding it to the table', async () => {
  const root = scratch();
  try {
    const dir = join(root, 'model');
    // A field this version does not know yet, as a newer training could write it.
    const style = { strongBeatChordToneRatio: 0.9, futureShare: 0.2 };
    await saveModelFolder(dir, { ...contents(2), metadata: { ...contents(2).metadata, style } });
    assert.equal(
      (await loadModelFolder(dir)).metadata.style?.strongBeatChordToneRatio,
      0.9,
      'an unknown finite number is kept',
    );
    STYLE_RANGES.futureShare = { min: 0, max: 0.1, integer: false, what: 'share of rests' };
    try {
      await assert.rejects(loadModelFolder(dir), /"style\.futureShare" must be a number from 0 to 0\.1/);
    } finally {
      delete STYLE_RANGES.futureShare;
    }
    const metadataFile = join(dir, 'metadata.json');
    const json = JSON.parse(readFileSync(metadataFile, 'utf8'));
    json.options.units = 1e6;
    writeFileSync(metadataFile, JSON.stringify(json));
    await assert.rejects(
      loadModelFolder(dir),
      /"options\.units" must be a whole number from 1 to 1024 \(got 1000000\)/,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a model's recorded corpus: relative paths resolve against the base folder; folders and other files are refused", () => {
  const root = scratch();
  try {
    mkdirSync(join(root, 'corpus'));
    writeFileSync(join(root, 'corpus', 'a.abc'), 'X:1\nK:C\nC|\n');
    const metadata = (paths: string[]) => ({
      formatVersion: 1,
      name: 'm',
      createdAt: '',
      parameterCount: 0,
      corpus: { files: paths.map((path) => ({ path, sha256: 'a'.repeat(64) })), values: 1, tunes: 1 },
    });
    assert.deepEqual(recordedCorpusFiles(metadata(['corpus/a.abc']), root), [join(root, 'corpus', 'a.abc')]);
    assert.throws(() => recordedCorpusFiles(metadata(['/']), root), /not an \.abc or MIDI file/);
    mkdirSync(join(root, 'corpus', 'dir.abc'));
    assert.throws(() => recordedCorpusFiles(metadata(['corpus/dir.abc']), root), /not a regular file/);
    assert.throws(() => recordedCorpusFiles(metadata(['corpus/gone.abc']), root), /not there/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
