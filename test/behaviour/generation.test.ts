import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSolo } from '../../src/engine';
import { loadTf } from '../../src/model/backend';
import { readAbcText } from '../../src/core/formats/abcReader';

test('a generation holds no tensor afterwards: tf.memory() is unchanged around 20 solos', async () => {
  const { tf } = await loadTf();
  const before = tf.memory().numTensors;
  for (let seed = 0; seed < 20; seed++) await generateSolo({ seed });
  assert.equal(tf.memory().numTensors, before);
});

test('a solo from the default model: exactly `steps` values, the same seed gives the same ABC, another seed another one', async () => {
  const first = await generateSolo({ seed: 11, steps: 64 });
  const again = await generateSolo({ seed: 11, steps: 64 });
  const other = await generateSolo({ seed: 12, steps: 64 });
  assert.equal(first.values.length, 64);
  assert.equal(first.abc, again.abc);
  assert.notEqual(first.abc, other.abc);
  const { tunes, issues } = readAbcText(first.abc, 'solo.abc');
  assert.deepEqual(issues, []);
  assert.equal(tunes.length, 1);
  assert.ok(tunes[0].chords.length > 0, 'the solo carries its chord symbols');
});

test('chords, key and tempo given by the user are the ones written', async () => {
  const solo = await generateSolo({ seed: 3, chords: '| Cm7 F7 | Bbmaj7 |', key: 'Bb', tempo: 180 });
  assert.match(solo.abc, /^K:Bb$/m);
  assert.match(solo.abc, /^Q:1\/4=180$/m);
  const symbols = new Set([...solo.abc.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  assert.deepEqual([...symbols].sort(), ['Bbmaj7', 'Cm7', 'F7']);
});
