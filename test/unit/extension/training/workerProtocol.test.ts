// The training worker's messages are checked like the webview's: a malformed one is refused, never acted on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFromTrainWorker } from '../../../../src/extension/training/workerProtocol';

const RESULT = {
  modelDir: '/models/blues',
  name: 'blues',
  values: 80,
  examples: 400,
  tx: 30,
  units: 64,
  epochs: 3,
  loss: [120.5, 80.1, 60.2],
  backend: 'wasm',
  seconds: 4.2,
  warnings: [{ file: 'blues.abc', line: 3, message: 'a bar is too long' }],
  inferredChordTunes: 0,
  tunes: 12,
  tokens: 900,
};

test('each message the worker sends is read back as it was sent', () => {
  const progress = { epoch: 2, epochs: 3, loss: 80.1, elapsedSeconds: 1.5, etaSeconds: 0.7 };
  assert.deepEqual(parseFromTrainWorker({ type: 'progress', progress }), { type: 'progress', progress });
  assert.deepEqual(parseFromTrainWorker({ type: 'log', line: 'epoch 1' }), { type: 'log', line: 'epoch 1' });
  assert.deepEqual(parseFromTrainWorker({ type: 'done', result: RESULT }), { type: 'done', result: RESULT });
  assert.deepEqual(parseFromTrainWorker({ type: 'cancelled' }), { type: 'cancelled' });
  assert.deepEqual(parseFromTrainWorker({ type: 'failed', message: 'empty corpus', userFacing: true }), {
    type: 'failed',
    message: 'empty corpus',
    userFacing: true,
    stack: undefined,
  });
});

test('a message with a missing or mistyped field is refused', () => {
  const refused = [
    undefined,
    null,
    'done',
    [],
    { type: 'unknown' },
    { type: 'progress', progress: { epoch: 1, epochs: 3, loss: 'high', elapsedSeconds: 1, etaSeconds: 1 } },
    { type: 'progress', progress: { epoch: -1, epochs: 3, loss: 1, elapsedSeconds: 1, etaSeconds: 1 } },
    { type: 'log', line: 42 },
    { type: 'done', result: { ...RESULT, loss: [1, Number.NaN] } },
    { type: 'done', result: { ...RESULT, modelDir: undefined } },
    { type: 'done', result: { ...RESULT, warnings: [{ file: 'a.abc' }] } },
    { type: 'failed', message: 'x' },
    { type: 'failed', message: 'x', userFacing: false, stack: 12 },
  ];
  for (const message of refused) assert.equal(parseFromTrainWorker(message), undefined, JSON.stringify(message));
});
