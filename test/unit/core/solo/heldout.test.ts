import { test } from 'node:test';
import { scoreHeldOut, splitHeldOut, UNKNOWN_INDEX, type NextValueModel } from '../../../../src/core/solo/heldout';
import assert from 'node:assert/strict';
import { bigramModel, unigramModel } from '../../../../src/core/evaluation';

const tune = (name: string, length: number) => Array.from({ length }, (_, i) => `${name}${i}`);

test('the tunes split holds out whole tunes for about the share asked, the same for the same seed', () => {
  const tunes = Array.from({ length: 20 }, (_, i) => tune(`t${i}-`, 10 + i));
  const total = tunes.reduce((sum, t) => sum + t.length, 0);
  const split = splitHeldOut(tunes, { share: 0.1, seed: 7 });
  assert.equal(split.split, 'tunes');
  const held = split.heldout.reduce((sum, s) => sum + s.target.length, 0);
  assert.ok(held >= 0.1 * total, `held ${held} of ${total}`);
  assert.ok(held < 0.1 * total + 30, `held ${held} of ${total}`);
  assert.equal(held + split.training.length, total);
  assert.equal(split.trainingTuneLengths.length, 20 - split.heldoutTunes.length);
  assert.equal(
    split.trainingTuneLengths.reduce((sum, n) => sum + n, 0),
    split.training.length,
  );
  for (const index of split.heldoutTunes) {
    assert.ok(!split.training.includes(tunes[index][0]), 'a held-out tune is not trained on');
  }
  assert.ok(split.heldout.every((s) => s.prime.length === 0));
  assert.deepEqual(splitHeldOut(tunes, { share: 0.1, seed: 7 }), split);
  assert.notDeepEqual(splitHeldOut(tunes, { share: 0.1, seed: 8 }).heldoutTunes, split.heldoutTunes);
});

test('with few tunes the tail of every tune is held out, primed with the values before it', () => {
  const tunes = [tune('a', 20), tune('b', 10), tune('c', 1)];
  const split = splitHeldOut(tunes, { share: 0.1, seed: 1, contextLength: 5 });
  assert.equal(split.split, 'tails');
  assert.deepEqual(split.heldout, [
    { prime: ['a13', 'a14', 'a15', 'a16', 'a17'], target: ['a18', 'a19'] },
    { prime: ['b4', 'b5', 'b6', 'b7', 'b8'], target: ['b9'] },
  ]);
  assert.deepEqual(split.training, [...tunes[0].slice(0, 18), ...tunes[1].slice(0, 9), 'c0']);
  // Retraining keeps its windows inside each tune's head.
  assert.deepEqual(split.trainingTuneLengths, [18, 9, 1]);
});

test('scoring a uniform model gives ln V per value and counts unknown values without scoring them', () => {
  const uniform: NextValueModel = { start: () => [0.25, 0.25, 0.25, 0.25], advance: () => [0.25, 0.25, 0.25, 0.25] };
  const score = scoreHeldOut([{ prime: [], target: [0, 1, UNKNOWN_INDEX, 3] }], uniform);
  assert.equal(score.scored, 3);
  assert.equal(score.unknown, 1);
  assert.ok(Math.abs(score.nll - Math.log(4)) < 1e-12);
});

test('the unigram baseline is the training frequency; the bigram learns a strict alternation', () => {
  const tokens = [0, 1, 0, 1, 0, 1, 0, 1, 2];
  const unigram = unigramModel(tokens, 3);
  assert.deepEqual(Array.from(unigram.start([])), [4 / 9, 4 / 9, 1 / 9]);
  const bigram = bigramModel(tokens, 3);
  for (const previous of [UNKNOWN_INDEX, 0, 1, 2]) {
    const distribution = Array.from(bigram.advance(previous));
    assert.ok(Math.abs(distribution.reduce((a, b) => a + b, 0) - 1) < 1e-12, `sums to 1 after ${previous}`);
    assert.ok(
      distribution.every((p) => p > 0),
      `no zero after ${previous}`,
    );
  }
  assert.ok(bigram.advance(0)[1] > 0.8, 'after 0 comes 1');
  const heldout = [{ prime: [], target: [0, 1, 0, 1, 0, 1] }];
  const bigramScore = scoreHeldOut(heldout, bigram);
  const unigramScore = scoreHeldOut(heldout, unigram);
  assert.ok(bigramScore.nll < unigramScore.nll, `bigram ${bigramScore.nll} < unigram ${unigramScore.nll}`);
  assert.ok(bigramScore.accuracy > unigramScore.accuracy);
});

test('after an unknown value the bigram backs off to its continuation distribution, as at a start', () => {
  const bigram = bigramModel([0, 1, 0, 1, 2], 3);
  assert.deepEqual(Array.from(bigram.advance(UNKNOWN_INDEX)), Array.from(bigram.start([])));
  assert.deepEqual(Array.from(bigram.start([2, 0])), Array.from(bigram.advance(0)));
});
