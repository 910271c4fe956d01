import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../../../src/core/io/corpus';
import { createRng } from '../../../src/core/random';
import { buildVocabulary } from '../../../src/core/solo/vocabulary';
import { LstmSampler } from '../../../src/model/lstmCell';
import type { NetworkWeights } from '../../../src/model/network';
import { DEFAULT_SAMPLING, generateIndices, periodicTail, sampleIndex } from '../../../src/model/sampling';
import { initialWeights, trainNetwork } from '../../../src/model/train';
import { METHENY_PARTS, missingShared, sharedFile } from '../helpers/shared';

/** Untrained weights with strong biases and a scaled-up output, so the distributions are far from flat. */
function peakyWeights(nValues: number, units: number, seed: number): NetworkWeights {
  const weights = initialWeights(nValues, units, seed);
  const rng = createRng(seed + 1);
  weights.denseKernel = weights.denseKernel.map((v) => v * 6);
  weights.denseBias = weights.denseBias.map(() => 2 * (rng.next() - 0.5));
  weights.recurrentKernel = weights.recurrentKernel.map((v) => v * 2);
  return weights;
}

test('generation gives exactly `steps` indices inside the vocabulary, and the same seed gives the same output', () => {
  const sampler = new LstmSampler(peakyWeights(20, 12, 1));
  for (const steps of [0, 1, 100]) {
    const out = generateIndices(sampler, { steps, seed: 5 });
    assert.equal(out.length, steps);
    assert.ok(out.every((i) => Number.isInteger(i) && i >= 0 && i < 20));
  }
  const a = generateIndices(sampler, { steps: 100, seed: 5 });
  assert.deepEqual(
    generateIndices(sampler, { steps: 100, seed: 5 }),
    a,
    'same seed, same output (the sampler is reset)',
  );
  assert.notDeepEqual(generateIndices(sampler, { steps: 100, seed: 6 }), a);
});

test('greedy decoding takes the most probable value each step and ignores the seed', () => {
  const weights = peakyWeights(15, 10, 3);
  const out = generateIndices(new LstmSampler(weights), { steps: 40, greedy: true, seed: 1 });
  assert.deepEqual(generateIndices(new LstmSampler(weights), { steps: 40, greedy: true, seed: 99 }), out);
  const check = new LstmSampler(weights);
  let p = check.step(-1);
  for (const chosen of out) {
    assert.equal(p[chosen], Math.max(...p));
    p = check.step(chosen);
  }
  assert.deepEqual(generateIndices(new LstmSampler(weights), { steps: 40, topK: 1, seed: 7 }), out, 'top-1 is greedy');
});

test('a prime sets the state: greedy after the first k greedy values continues the same sequence', () => {
  const sampler = new LstmSampler(peakyWeights(15, 10, 4));
  const whole = generateIndices(sampler, { steps: 30, greedy: true, seed: 0 });
  const continued = generateIndices(sampler, { steps: 20, greedy: true, seed: 0, prime: whole.slice(0, 10) });
  assert.deepEqual(continued, whole.slice(10));
});

test('top-k never picks outside the k most probable values; temperature sharpens and flattens', () => {
  const probabilities = Float32Array.from([0.05, 0.4, 0.02, 0.3, 0.2, 0.03]);
  const rng = createRng(1);
  const counts = new Array(6).fill(0);
  for (let i = 0; i < 3000; i++) counts[sampleIndex(probabilities, 1, 3, rng)]++;
  assert.equal(counts[0] + counts[2] + counts[5], 0, `counts ${counts}`);
  assert.ok(counts[1] > counts[3] && counts[3] > counts[4], `counts ${counts}`);
  const share = (temperature: number) => {
    const r = createRng(2);
    let top = 0;
    for (let i = 0; i < 3000; i++) if (sampleIndex(probabilities, temperature, 0, r) === 1) top++;
    return top / 3000;
  };
  assert.ok(share(0.3) > 0.6 && share(3) < 0.3, `top share at T=0.3: ${share(0.3)}, at T=3: ${share(3)}`);
});

test('bad sampling options are refused', () => {
  const sampler = new LstmSampler(peakyWeights(5, 4, 1));
  assert.throws(() => generateIndices(sampler, { steps: -1, seed: 1 }), /steps/);
  assert.throws(() => generateIndices(sampler, { steps: 3, seed: 1, temperature: 0 }), /temperature/);
  assert.throws(() => generateIndices(sampler, { steps: 3, seed: 1, topK: 1.5 }), /top-k/);
});

test('periodicTail finds the cycle a looping sequence ends in', () => {
  assert.deepEqual(periodicTail([5, 6, 1, 42, 54, 17, 1, 42, 54, 17, 1, 42]), { period: 4, length: 10 });
  assert.deepEqual(periodicTail([1, 2, 3, 4, 5]), { period: 0, length: 0 });
  assert.deepEqual(periodicTail([3, 3, 3, 3]), { period: 1, length: 4 });
});

const metheny = sharedFile(...METHENY_PARTS);
test(
  'on the reference model, greedy decoding ends in a long cycle and the default sampling does not',
  { skip: metheny ? false : missingShared(...METHENY_PARTS) },
  async () => {
    const corpus = await loadCorpus([metheny!], { melodyTrack: 'Guitar', chordTracks: ['Piano'], bars: [120, 137] });
    const vocabulary = buildVocabulary(corpus.values);
    const tokens = Int32Array.from(corpus.values, (v) => vocabulary.indexOf(v));
    const trained = await trainNetwork({ tokens, nValues: vocabulary.values.length }, { seed: 1 });
    const sampler = new LstmSampler(trained.weights);
    const greedyTail = periodicTail(generateIndices(sampler, { steps: 300, greedy: true, seed: 0 }));
    assert.ok(greedyTail.length >= 100, `greedy periodic tail ${JSON.stringify(greedyTail)}`);
    for (let seed = 0; seed < 5; seed++) {
      const tail = periodicTail(generateIndices(sampler, { steps: 300, ...DEFAULT_SAMPLING, seed }));
      assert.ok(tail.length < 20, `seed ${seed}: periodic tail ${JSON.stringify(tail)}`);
    }
  },
);

test('an index made impossible (probability 0) is never drawn, however hot the sampling', () => {
  const probabilities = Float32Array.from([0, 0.5, 0, 0.5]);
  const rng = createRng(2);
  for (const temperature of [0.5, 1, 5, 100]) {
    for (const topK of [0, 2, 3]) {
      for (let i = 0; i < 500; i++) assert.ok([1, 3].includes(sampleIndex(probabilities, temperature, topK, rng)));
    }
  }
});

test('greedy decoding goes through the guide: the best value it leaves, and it knows the last step', () => {
  const weights = peakyWeights(12, 8, 5);
  const free = generateIndices(new LstmSampler(weights), { steps: 20, greedy: true, seed: 1 });
  const seen: Array<[number, boolean]> = [];
  const banned = free[0];
  const guide = {
    adjust(p: Float32Array, stepsLeft: number) {
      p[banned] = 0;
      seen.push([stepsLeft, false]);
    },
    accept(_index: number, closing: boolean) {
      seen[seen.length - 1][1] = closing;
    },
  };
  const guided = generateIndices(new LstmSampler(weights), { steps: 20, greedy: true, seed: 1, guide });
  assert.ok(!guided.includes(banned), 'the value the guide forbids is never taken');
  assert.notDeepEqual(guided, free);
  assert.deepEqual(
    seen.map(([left]) => left),
    Array.from({ length: 20 }, (_, i) => 20 - i),
  );
  assert.deepEqual(
    seen.map(([, closing]) => closing),
    Array.from({ length: 20 }, (_, i) => i === 19),
  );
});
