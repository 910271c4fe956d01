/** generate --explain: what it says about each step is what decoding did and what the ABC shows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MODEL_DIR, generateSolo, loadModel } from '../../src/engine';
import { BeatGuide } from '../../src/core/solo/beatGuide';
import { parsedValues } from '../../src/core/solo/vocabulary';
import { parseProgression, DEFAULT_PROGRESSION } from '../../src/core/theory/progression';
import { LstmSampler } from '../../src/model/lstmCell';
import { samplingDistribution } from '../../src/model/sampling';
import { formatExplanation } from '../../src/engine/explain';

const CASES = [
  { seed: 1, temperature: 1, topK: 8 },
  { seed: 77, temperature: 0.7, topK: 0 },
  { seed: 5, greedy: true },
];

for (const decoding of CASES) {
  test(`each step's probabilities are the network's and the decoder's (${JSON.stringify(decoding)})`, async () => {
    const steps = 64;
    const result = await generateSolo({ ...decoding, steps, explain: true });
    const explanation = result.explanation!;
    assert.equal(explanation.steps.length, steps);
    // Replay the same choices through a fresh network and guide: the network's distribution at each step, and
    // the distribution the decoder drew from after masking.
    const model = await loadModel(DEFAULT_MODEL_DIR);
    const vocabulary = model.vocabulary.values;
    const progression = parseProgression(DEFAULT_PROGRESSION);
    const guide = new BeatGuide(parsedValues(model.vocabulary), progression.meter, model.metadata.style);
    const sampler = new LstmSampler(model.weights);
    let network = sampler.step(-1);
    explanation.steps.forEach((step, s) => {
      const choice = vocabulary.indexOf(step.value);
      assert.equal(step.value, result.values[s]);
      const ranked = Array.from(network.keys()).sort((a, b) => network[b] - network[a] || a - b);
      assert.deepEqual(
        step.top.map((t) => t.value),
        ranked.slice(0, 5).map((v) => vocabulary[v]),
      );
      step.top.forEach((t, k) => assert.equal(t.probability, network[ranked[k]]));
      assert.equal(step.networkProbability, network[choice]);
      const guided = Float32Array.from(network);
      guide.adjust(guided, steps - s);
      const drawnFrom = decoding.greedy
        ? Float64Array.from(guided, (p) => p / guided.reduce((a, b) => a + b, 0))
        : samplingDistribution(guided, decoding.temperature!, decoding.topK!);
      assert.ok(Math.abs(step.probability - drawnFrom[choice]) < 1e-12, `step ${s}`);
      assert.ok(step.probability > 0, 'a masked value is never chosen');
      for (const change of step.changes)
        for (const example of change.examples) if (example.factor === 0) assert.notEqual(example.value, step.value);
      guide.accept(choice, s === steps - 1);
      network = sampler.step(choice);
    });
  });
}

test("each step's ABC note is the note the step made, where the ABC text writes it", async () => {
  for (const seed of [3, 21, 400]) {
    const result = await generateSolo({ seed, steps: 80, explain: true });
    const { abc, solo } = result;
    for (const step of result.explanation!.steps) {
      const note = step.note;
      assert.ok(note, `step ${step.step} has its symbol`);
      const made = solo.notes.find((n) => n.valueIndex === step.step)!;
      assert.equal(note.pitch, made.pitch, `step ${step.step} (${step.value})`);
      assert.equal(note.onset * 12, made.startTick);
      assert.equal(abc.slice(note.start, note.end), note.text);
      // The symbol names the note: a rest is written z, a note by its letter.
      assert.match(note.text, made.pitch === null ? /z/ : /[A-Ga-g]/);
      const lineStart =
        abc
          .split('\n')
          .slice(0, note.line - 1)
          .join('\n').length + (note.line > 1 ? 1 : 0);
      assert.equal(lineStart + note.column - 1, note.start);
    }
    assert.match(formatExplanation(result.explanation!), /step 1: .* p=/);
  }
});
