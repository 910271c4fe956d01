import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECODING_CHANGE_WORDS, describeDecodingChange, generateSolo } from '../../../../src/engine';
import { explanationMarkdown } from '../../../../src/extension/language/explanationHover';

test("a step's hover names the value chosen, its probability, the network's top 5 and what decoding changed", async () => {
  const result = await generateSolo({ seed: 5, steps: 12, explain: true });
  const steps = result.explanation!.steps;
  for (const step of steps) {
    const markdown = explanationMarkdown(step, describeDecodingChange);
    assert.ok(markdown.startsWith(`**Step ${step.step + 1}** chose \`${step.value}\``));
    assert.ok(markdown.includes(`${(100 * step.probability).toFixed(1)}%`));
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
    assert.deepEqual(
      rows.map((row) => row.split('`')[1]),
      step.top.map((t) => t.value),
    );
    for (const change of step.changes) assert.ok(markdown.includes(DECODING_CHANGE_WORDS[change.kind]));
  }
  // The second step of this solo lands on the grid's masks: the hover says so.
  assert.ok(steps.some((s) => explanationMarkdown(s, describeDecodingChange).includes('masked by the rhythmic grid')));
});
