import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidenceColour, parseConfidenceMarks } from '../../../src/shared/confidence';
import { parseExtensionMessage } from '../../../src/shared/messages';

const ABC = 'X:1\nK:C\nCDEF|]\n';

test('a render carries the confidence marks that lie inside its text, and drops malformed ones without the music', () => {
  const marks = [
    { startChar: 10, endChar: 11, probability: 0.9 },
    { startChar: 11, endChar: 12, probability: 0.05 },
  ];
  const render = parseExtensionMessage({
    type: 'render',
    version: 1,
    documentUri: 'untitled:1',
    abc: ABC,
    confidence: marks,
  });
  assert.deepEqual(render && render.type === 'render' && render.confidence, marks);
  for (const bad of [
    [{ startChar: 10, endChar: 11, probability: 1.5 }],
    [{ startChar: 10, endChar: 99, probability: 0.5 }],
    [{ startChar: 12, endChar: 11, probability: 0.5 }],
    'all of them',
  ]) {
    assert.equal(parseConfidenceMarks(bad, ABC.length), undefined);
    const message = parseExtensionMessage({
      type: 'render',
      version: 2,
      documentUri: 'untitled:1',
      abc: ABC,
      confidence: bad,
    });
    assert.ok(message && message.type === 'render' && message.confidence === undefined && message.abc === ABC);
  }
});

test('confidence runs from red (unsure) to green (sure)', () => {
  assert.equal(confidenceColour(0), 'hsl(0, 70%, 45%)');
  assert.equal(confidenceColour(1), 'hsl(120, 70%, 45%)');
  assert.equal(confidenceColour(7), 'hsl(120, 70%, 45%)');
});
