import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTf } from '../../../src/model/backend';
import {
  buildLayersModel,
  getLayersModelWeights,
  parameterCount,
  setLayersModelWeights,
} from '../../../src/model/network';
import { initialWeights } from '../../../src/model/train';

test('the reference network has 41,678 parameters at 78 values and 64 units (LSTM 36,608 + Dense 5,070)', async () => {
  const { tf } = await loadTf();
  const model = buildLayersModel(tf, { nValues: 78, units: 64, cheapInit: true });
  try {
    assert.equal(model.countParams(), 41678);
    assert.equal(parameterCount({ nValues: 78, units: 64 }), 41678);
    assert.equal(model.layers[0].countParams(), 36608);
    assert.equal(model.layers[1].countParams(), 5070);
  } finally {
    model.dispose();
  }
});

test('the LSTM uses the logistic sigmoid for its gates and a forget bias of 1, as Keras does', async () => {
  const { tf } = await loadTf();
  const model = buildLayersModel(tf, { nValues: 9, units: 4 });
  try {
    const config = model.layers[0].getConfig();
    assert.equal(config.recurrentActivation, 'sigmoid');
    assert.equal(config.returnSequences, true);
    const bias = model.getWeights()[2].dataSync();
    assert.deepEqual(Array.from(bias), [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], 'gate order i, f, c, o');
  } finally {
    model.dispose();
  }
});

test('the network maps [batch, time, V] to a probability distribution per step', async () => {
  const { tf } = await loadTf();
  const model = buildLayersModel(tf, { nValues: 6, units: 5, cheapInit: true });
  try {
    setLayersModelWeights(tf, model, initialWeights(6, 5, 1));
    const output = tf.tidy(() => model.predict(tf.randomUniform([3, 7, 6])) as import('@tensorflow/tfjs').Tensor);
    assert.deepEqual(output.shape, [3, 7, 6]);
    const sums = tf.tidy(() => output.sum(-1).dataSync());
    for (const s of sums) assert.ok(Math.abs(s - 1) < 1e-5, `row sums to ${s}`);
    output.dispose();
  } finally {
    model.dispose();
  }
});

test('building and disposing a model leaves no tensor behind', async () => {
  const { tf } = await loadTf();
  const before = tf.memory().numTensors;
  buildLayersModel(tf, { nValues: 8, units: 4, cheapInit: true }).dispose();
  buildLayersModel(tf, { nValues: 8, units: 4 }).dispose();
  assert.equal(tf.memory().numTensors, before);
});

test('weights set into the Layers model come back unchanged, and wrong sizes are refused', async () => {
  const { tf } = await loadTf();
  const model = buildLayersModel(tf, { nValues: 6, units: 5, cheapInit: true });
  try {
    const weights = initialWeights(6, 5, 4);
    setLayersModelWeights(tf, model, weights);
    assert.deepEqual(getLayersModelWeights(model, { nValues: 6, units: 5 }), weights);
    assert.throws(
      () => setLayersModelWeights(tf, model, { ...weights, denseBias: new Float32Array(5) }),
      /denseBias has 5 numbers, expected 6/,
    );
  } finally {
    model.dispose();
  }
});

test('loadTf picks tfjs-node when it loads, else wasm, and its transpose-first matMul gives the plain results', async () => {
  const { tf, backend } = await loadTf();
  let nativeLoads = true;
  try {
    require('@tensorflow/tfjs-node');
  } catch {
    // Not installed, or installed without its native binary (as on this machine).
    nativeLoads = false;
  }
  assert.equal(backend, nativeLoads ? 'tensorflow' : 'wasm');
  assert.equal(tf.getBackend(), backend);
  tf.tidy(() => {
    const a = tf.randomNormal([2, 5, 3], 0, 1, 'float32', 1);
    const b = tf.randomNormal([2, 4, 5], 0, 1, 'float32', 2);
    const expected = tf.matMul(tf.transpose(a, [0, 2, 1]), tf.transpose(b, [0, 2, 1])).arraySync();
    const actual = tf.matMul(a, b, true, true).arraySync();
    assert.deepEqual(actual, expected);
    const fused = tf.fused.matMul({
      a: tf.reshape(a, [10, 3]),
      b: tf.ones([4, 3]),
      transposeB: true,
      bias: tf.ones([4]),
    });
    const plain = tf.add(tf.matMul(tf.reshape(a, [10, 3]), tf.ones([3, 4])), 1);
    assert.ok(tf.max(tf.abs(tf.sub(fused, plain))).dataSync()[0] < 1e-6);
  });
});

test('loadTf can be asked for the cpu backend and hands the preferred backend back afterwards', async () => {
  const cpu = await loadTf('cpu');
  assert.equal(cpu.backend, 'cpu');
  assert.equal(cpu.tf.getBackend(), 'cpu');
  const best = await loadTf();
  assert.equal(best.tf.getBackend(), best.backend);
  assert.notEqual(best.backend, 'cpu');
});
