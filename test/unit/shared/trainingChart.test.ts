import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFromTrainingChart, parseToTrainingChart, polylinePoints } from '../../../src/shared/trainingChart';
import { trainingChartHtml } from '../../../src/extension/training/trainingChartHtml';

test('the chart accepts the messages of a training run and refuses malformed ones', () => {
  const epoch = { type: 'epoch', epoch: 3, epochs: 40, loss: 61.5, heldOutNll: 2.31, bestEpoch: 3 };
  assert.deepEqual(parseToTrainingChart(epoch), epoch);
  assert.deepEqual(parseToTrainingChart({ type: 'epoch', epoch: 1, epochs: 2, loss: 9 }), {
    type: 'epoch',
    epoch: 1,
    epochs: 2,
    loss: 9,
  });
  assert.deepEqual(parseToTrainingChart({ type: 'start', name: 'blues' }), { type: 'start', name: 'blues' });
  assert.deepEqual(parseToTrainingChart({ type: 'end', outcome: 'done', chosenEpoch: 3 }), {
    type: 'end',
    outcome: 'done',
    chosenEpoch: 3,
  });
  const reference = { type: 'reference', points: [{ epoch: 1, loss: 126 }], note: 'two points' };
  assert.deepEqual(parseToTrainingChart(reference), reference);
  for (const bad of [
    { ...epoch, loss: Number.NaN },
    { ...epoch, heldOutNll: 'low' },
    { ...epoch, epoch: -1 },
    { type: 'end', outcome: 'maybe' },
    { type: 'reference', points: [{ epoch: 1 }], note: '' },
    { type: 'start' },
    'epoch',
  ])
    assert.equal(parseToTrainingChart(bad), undefined, JSON.stringify(bad));
  assert.deepEqual(parseFromTrainingChart({ type: 'ready' }), { type: 'ready' });
  assert.equal(parseFromTrainingChart({ type: 'run', code: 'x' }), undefined);
});

test('a curve spans the box: the first epoch at its left, the last at its right, the lowest value at its bottom', () => {
  const box = { left: 10, top: 0, width: 100, height: 50 };
  const points = polylinePoints(
    [
      { epoch: 1, loss: 4 },
      { epoch: 3, loss: 2 },
    ],
    box,
    3,
    2,
    4,
  );
  assert.equal(points, '10.0,0.0 110.0,50.0');
});

test("the chart's page runs only its own script, with this render's nonce", () => {
  const html = trainingChartHtml({
    cspSource: 'vscode-resource:',
    scriptUri: 'vscode-resource:/media/trainingChart.js',
    title: 'Training "<b>"',
    nonce: 'abc',
  });
  assert.match(html, /script-src &#39;nonce-abc&#39;/);
  assert.match(html, /<script nonce="abc" src="vscode-resource:\/media\/trainingChart.js">/);
  assert.ok(!html.includes('<b>'), 'the title is escaped');
  assert.equal((html.match(/<script/g) ?? []).length, 1);
});
