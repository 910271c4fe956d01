import { test } from 'node:test';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import { createRng } from '../../../../src/core/random';

import { buildVocabulary, vocabularyFromJson, vocabularyToJson } from '../../../../src/core/solo/vocabulary';

const VALUES = [
  'R,3.667',
  'X,0.250,<m-2,P-5>',
  'C,0.250,<P4,m-2>',
  'C,0.500',
  'S,0.250,<m2,P-4>',
  'A,0.333,<P4,m-2>',
  'C,0.250',
  'C,10.000',
  'C,2.000',
  'C,0.083',
  'C,0.250,<P1,d-5>',
  'C,0.250,<P4,m-2>',
  'C,0.250,<M3,M-2>',
  'R,0.083',
  'A,0.250',
  'S,0.250',
];

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

test('the vocabulary order does not depend on the input order', () => {
  const reference = buildVocabulary(VALUES).values;
  for (let seed = 1; seed <= 20; seed++) {
    assert.deepEqual(buildVocabulary(shuffled(VALUES, seed)).values, reference, `seed ${seed}`);
  }
});

test('sorted by type C,S,A,X,R, then duration numerically, windowless first, then window upper, lower', () => {
  assert.deepEqual(buildVocabulary(VALUES).values, [
    'C,0.083',
    'C,0.250',
    'C,0.250,<P1,d-5>',
    'C,0.250,<M3,M-2>',
    'C,0.250,<P4,m-2>',
    'C,0.500',
    'C,2.000',
    'C,10.000',
    'S,0.250',
    'S,0.250,<m2,P-4>',
    'A,0.250',
    'A,0.333,<P4,m-2>',
    'X,0.250,<m-2,P-5>',
    'R,0.083',
    'R,3.667',
  ]);
});

test('duplicates and other spellings of one value collapse into one entry', () => {
  const vocabulary = buildVocabulary(['C,0.25', 'C,0.250', 'C,0.2500', 'X,0.250,<d1,P-5>', 'X,0.250,<m-2,P-5>']);
  assert.deepEqual(vocabulary.values, ['C,0.250', 'X,0.250,<m-2,P-5>']);
  assert.equal(vocabulary.indexOf('C,0.250'), 0);
  assert.equal(vocabulary.indexOf('C,0.25'), 0);
  assert.equal(vocabulary.indexOf('X,0.250,<d1,P-5>'), 1);
  assert.equal(vocabulary.indexOf('S,0.250'), -1);
  assert.equal(vocabulary.indexOf('not a value'), -1);
});

test('buildVocabulary rejects a malformed value', () => {
  assert.throws(() => buildVocabulary(['C,0.250', 'C;0.250']), UserFacingError);
});

test('JSON round trip keeps the saved order, even an unsorted one', () => {
  const saved = { format: 1, values: ['S,0.250', 'C,0.500', 'R,3.667', 'C,0.250,<P4,m-2>'] };
  const vocabulary = vocabularyFromJson(saved);
  assert.deepEqual(vocabulary.values, saved.values);
  assert.equal(vocabulary.indexOf('R,3.667'), 2);
  assert.deepEqual(vocabularyToJson(vocabulary), saved);
  const built = buildVocabulary(VALUES);
  assert.deepEqual(vocabularyFromJson(JSON.parse(JSON.stringify(vocabularyToJson(built)))).values, built.values);
});

test('vocabularyFromJson names the file and the problem', () => {
  const bad: Array<[unknown, RegExp]> = [
    [null, /not a vocabulary/],
    [['C,0.250'], /not a vocabulary/],
    [{ format: 2, values: ['C,0.250'] }, /unsupported vocabulary format 2/],
    [{ format: 1 }, /non-empty array/],
    [{ format: 1, values: [] }, /non-empty array/],
    [{ format: 1, values: ['C,0.250', 7] }, /value 1 is not a string/],
    [{ format: 1, values: ['C,0.250', 'C,fast'] }, /value 1: "C,fast" is not a grammar value/],
    [{ format: 1, values: ['C,0.250', 'S,0.500', 'C,0.25'] }, /value 2 "C,0.25" repeats value 0/],
  ];
  for (const [json, message] of bad) {
    assert.throws(
      () => vocabularyFromJson(json, 'models/x/vocabulary.json'),
      (error: unknown) =>
        error instanceof UserFacingError &&
        error.message.startsWith('models/x/vocabulary.json: ') &&
        message.test(error.message),
      JSON.stringify(json),
    );
  }
});
