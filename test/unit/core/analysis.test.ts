import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abcDiagnostics,
  abcHover,
  abcOutline,
  analyseAbc,
  harmonyCounts,
  markedNotes,
} from '../../../src/core/analysis';
import { continueSolo, nearestVocabularyIndex, type ContinuationModel } from '../../../src/engine/continuation';
import { formatValue, parseValue, tuneToValues } from '../../../src/core/solo/grammar';
import { buildVocabulary } from '../../../src/core/solo/vocabulary';
import { initialWeights } from '../../../src/model/train';
import { createRng } from '../../../src/core/random';

const WRONG_BAR = [
  'X:1',
  'T:Wrong Bar',
  'M:4/4',
  'L:1/8',
  'K:C',
  '"C"CDEF GABc|"F"FAcA FAc|"G7"GBdf edcB|"C"c8|]',
  '',
].join('\n');

function slice(text: string, range: { startChar: number; endChar: number }): string {
  return text.slice(range.startChar, range.endChar);
}

test('a bar one eighth short gets exactly one diagnostic, on that bar', () => {
  const problems = abcDiagnostics(analyseAbc(WRONG_BAR, 'wrong.abc'));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].kind, 'barLength');
  assert.equal(slice(WRONG_BAR, problems[0]), '"F"FAcA FAc');
  assert.match(problems[0].message, /Bar 2 is too short/);
  assert.match(problems[0].message, /3\.5 quarter notes/);
});

test('a bar that is too long is reported as too long', () => {
  const text = WRONG_BAR.replace('"F"FAcA FAc|', '"F"FAcA FAcAB|');
  const problems = abcDiagnostics(analyseAbc(text, 'long.abc'));
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /Bar 2 is too long/);
  assert.equal(slice(text, problems[0]), '"F"FAcA FAcAB');
});

test('a pickup, and a last bar or section end completing it, are not reported', () => {
  const text = [
    'X:1',
    'T:Pickups',
    'M:3/4',
    'L:1/8',
    'K:G',
    'G2|:"G"ABc d2 e|"D7"f4 G2:|',
    '|:B2|"C"c6|"G"d4:|',
    '',
    'X:2',
    'T:Tune pickup and last bar',
    'M:4/4',
    'L:1/8',
    'K:C',
    'GA|"C"c8|"G7"B6|]',
    '',
  ].join('\n');
  assert.deepEqual(abcDiagnostics(analyseAbc(text, 'pickups.abc')), []);
  // The same last bar without a pickup to complete it is wrong.
  const noPickup = text.replace('GA|"C"c8', '"C"c8');
  const problems = abcDiagnostics(analyseAbc(noPickup, 'pickups.abc'));
  assert.equal(problems.length, 1);
  assert.equal(slice(noPickup, problems[0]), '"G7"B6');
});

test('an unreadable chord symbol is reported on the symbol, quotes included', () => {
  const text = WRONG_BAR.replace('"F"FAcA FAc|', '"F"FAcA FAcA|').replace('"G7"', '"Gq7"');
  const problems = abcDiagnostics(analyseAbc(text, 'chord.abc'));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].kind, 'chordSymbol');
  assert.equal(slice(text, problems[0]), '"Gq7"');
});

test('abcjs warnings are reported at their position', () => {
  const text = WRONG_BAR.replace('"F"FAcA FAc|', '"F"FAcA FAcA|').replace('GBdf', 'GB#df');
  const problems = abcDiagnostics(analyseAbc(text, 'abcjs.abc')).filter((p) => p.kind === 'abcjs');
  assert.ok(problems.length >= 1, 'abcjs complains about the stray character');
  assert.equal(slice(text, problems[0]), '#');
});

test('CRLF files get the same ranges as LF files (line and column)', () => {
  const lf = WRONG_BAR.replace('"G7"', '"Gq7"').replace('GBdf', 'GB#df');
  const crlf = lf.replace(/\n/g, '\r\n');
  const lineColumn = (text: string, offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${line}:${offset - (before.lastIndexOf('\n') + 1)}`;
  };
  const describe = (text: string) =>
    abcDiagnostics(analyseAbc(text, 'x.abc')).map(
      (p) => `${p.kind} ${lineColumn(text, p.startChar)}-${lineColumn(text, p.endChar)} ${slice(text, p)}`,
    );
  const fromLf = describe(lf);
  assert.ok(fromLf.length >= 3, JSON.stringify(fromLf));
  assert.deepEqual(describe(crlf), fromLf);
});

const HOVER = ['X:1', 'T:Hover', 'M:4/4', 'L:1/8', 'K:C', '"C7"_E2 G2 c2 e2|"F"f8|]', ''].join('\n');

test('the hover over E flat in a C7 bar names the note, its length and its function', () => {
  const analysis = analyseAbc(HOVER, 'hover.abc');
  const hover = abcHover(analysis, HOVER.indexOf('_E2') + 1);
  assert.ok(hover, 'a hover over the note');
  assert.equal(slice(HOVER, hover), '_E2');
  const text = hover.lines.join('\n');
  assert.match(text, /E♭4/);
  assert.match(text, /quarter note, 1 beat/);
  assert.match(text, /E♭ over C7: ♯9, approach tone/);
});

test('the hover over a chord tone and over a chord symbol', () => {
  const analysis = analyseAbc(HOVER, 'hover.abc');
  const g = abcHover(analysis, HOVER.indexOf('G2'));
  assert.match(g!.lines.join('\n'), /G over C7: 5, chord tone/);
  const chord = abcHover(analysis, HOVER.indexOf('"C7"') + 1);
  assert.equal(slice(HOVER, chord!), '"C7"');
  assert.match(chord!.lines[0], /C7\*\*: C E G B♭/);
  assert.equal(abcHover(analysis, HOVER.indexOf('T:Hover') + 2), undefined, 'no hover on a header');
});

test('outside notes are counted per tune and marked at the note', () => {
  const text = [
    'X:1',
    'T:Inside',
    'M:4/4',
    'L:1/8',
    'K:C',
    '"C"CEGc edcG|]',
    '',
    // Over a C triad, B♭ is neither in the chord, nor in its scale, nor a semitone from C, E or G: outside.
    // D♯ is a semitone from E: an approach tone, not counted as outside.
    'X:2',
    'T:Outside',
    'M:4/4',
    'L:1/8',
    'K:C',
    '"C"_B2 _B2 ^D2 c2|]',
    '',
  ].join('\n');
  const analysis = analyseAbc(text, 'outside.abc');
  const counts = harmonyCounts(analysis);
  assert.deepEqual(
    counts.map((c) => [c.notes, c.outside]),
    [
      [8, 0],
      [4, 2],
    ],
  );
  const outside = markedNotes(analysis).filter((m) => m.role === 'X');
  assert.deepEqual(
    outside.map((m) => slice(text, m)),
    ['_B2', '_B2'],
  );
  assert.deepEqual(
    markedNotes(analysis)
      .filter((m) => m.role === 'A')
      .map((m) => slice(text, m)),
    ['^D2'],
  );
});

test('the outline has one symbol per tune (X: and T:) with its lines for folding', () => {
  const text = [WRONG_BAR, HOVER].join('\n');
  const symbols = abcOutline(analyseAbc(text, 'book.abc'));
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['X:1 Wrong Bar', 'X:1 Hover'],
  );
  assert.deepEqual(
    symbols.map((s) => [s.startLine, s.endLine]),
    [
      [1, 6],
      [8, 13],
    ],
  );
  assert.equal(slice(text, { startChar: symbols[1].selectionStartChar, endChar: symbols[1].selectionEndChar }), 'X:1');
  assert.match(symbols[0].detail, /4\/4 · K:C · 4 bars/);
});

// ---------------------------------------------------------------- continuation

const CONTINUE = ['X:1', 'T:Continue', 'M:4/4', 'L:1/8', 'K:C', '"Dm7"DFAc BAGF|"G7"EGBd fedB|', ''].join('\n');

/** A small untrained network over a vocabulary read from hand-made phrases: enough to drive the mechanics. */
function testModel(): ContinuationModel {
  const corpus = [
    'X:1',
    'T:c',
    'M:4/4',
    'L:1/8',
    'K:C',
    '"Dm7"DFAc BAGF|"G7"EGBd fedB|"Cmaj7"c2 BA GE C2|"A7"(3^cde gf e2 z2|"Dm7"d4 z4|]',
    '',
  ].join('\n');
  const values = tuneToValues(analyseAbc(corpus, 'c.abc').read.tunes[0]).map(formatValue);
  const vocabulary = buildVocabulary(values);
  const weights = initialWeights(vocabulary.values.length, 16, 3);
  // Untrained weights give nearly flat distributions; perturb them so that the state matters.
  const rng = createRng(9);
  weights.kernel = weights.kernel.map((v) => v * 3 + (rng.next() - 0.5));
  weights.denseKernel = weights.denseKernel.map((v) => v * 4);
  return { weights, vocabulary };
}

test('the continuation at a bar line is whole bars that keep the tune free of warnings', () => {
  const model = testModel();
  const offset = CONTINUE.indexOf('fedB|') + 5;
  for (const seed of [1, 2, 3, 4, 5]) {
    for (const shape of [{ bars: 1 }, { bars: 3 }, { steps: 20 }]) {
      const result = continueSolo({ analysis: analyseAbc(CONTINUE, 'c.abc'), offset, model, seed, ...shape });
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.equal(result.insertAt, offset);
      assert.match(result.text, /[A-Ga-g]/, 'notes are written');
      if ('bars' in shape) assert.equal(result.bars, shape.bars);
      const extended = CONTINUE.slice(0, offset) + result.text + CONTINUE.slice(offset);
      const analysis = analyseAbc(extended, 'c.abc');
      assert.deepEqual(abcDiagnostics(analysis), [], `seed ${seed}: ${result.text}`);
      assert.equal(analysis.tunes[0].bars.length, 2 + result.bars, 'every inserted bar is a whole bar');
      assert.equal(result.primed, 16, 'the 16 notes before the cursor set the state');
      assert.deepEqual([...new Set(result.chords)], ['G7'], 'without later chords the last chord goes on');
    }
  }
});

test('the same seed gives the same continuation', () => {
  const model = testModel();
  const offset = CONTINUE.indexOf('fedB|') + 5;
  const run = (seed: number) => continueSolo({ analysis: analyseAbc(CONTINUE, 'c.abc'), offset, model, seed, bars: 2 });
  assert.deepEqual(run(42), run(42));
});

test("the continuation follows the tune's unit length, and adds the bar line the cursor's bar lacks", () => {
  const model = testModel();
  const text = ['X:1', 'T:Quarters', 'M:4/4', 'L:1/4', 'K:F', '"F7"F A c A|"Bb7"B d f d', ''].join('\n');
  const offset = text.indexOf('f d') + 3;
  for (const seed of [7, 8, 9]) {
    const result = continueSolo({ analysis: analyseAbc(text, 'q.abc'), offset, model, seed, bars: 2 });
    assert.ok(result.ok, result.ok ? '' : result.reason);
    assert.ok(result.text.startsWith('|'), result.text);
    const extended = text.slice(0, offset) + result.text + text.slice(offset);
    const analysis = analyseAbc(extended, 'q.abc');
    assert.deepEqual(abcDiagnostics(analysis), [], extended);
    assert.equal(analysis.tunes[0].bars.length, 4);
  }
});

test('before an existing final bar line the continuation does not double it', () => {
  const model = testModel();
  const text = WRONG_BAR.replace('"F"FAcA FAc|', '"F"FAcA FAcA|');
  const offset = text.indexOf('c8|]') + 2;
  const result = continueSolo({ analysis: analyseAbc(text, 'w.abc'), offset, model, seed: 5, bars: 1 });
  assert.ok(result.ok, result.ok ? '' : result.reason);
  const extended = text.slice(0, offset) + result.text + text.slice(offset);
  assert.deepEqual(abcDiagnostics(analyseAbc(extended, 'w.abc')), [], extended);
  assert.doesNotMatch(extended, /\|\|\]/);
});

test('inside a bar or in the header, the continuation says why it cannot start', () => {
  const model = testModel();
  const analysis = analyseAbc(CONTINUE, 'c.abc');
  const midBar = continueSolo({ analysis, offset: CONTINUE.indexOf('BAGF'), model, seed: 1 });
  assert.equal(midBar.ok, false);
  assert.match(midBar.ok ? '' : midBar.reason, /inside a bar/);
  const header = continueSolo({ analysis, offset: CONTINUE.indexOf('T:') + 3, model, seed: 1 });
  assert.equal(header.ok, false);
});

test('a value the model does not know is mapped to a near value of the same type', () => {
  const vocabulary = buildVocabulary(['C,0.500', 'C,1.000,<m3,m-3>', 'S,0.500', 'R,1.000', 'X,0.250']);
  const unknown = parseValue('C,0.667,<M3,M-2>');
  assert.equal(vocabulary.indexOf(formatValue(unknown)), -1);
  const mapped = parseValue(vocabulary.values[nearestVocabularyIndex(unknown, vocabulary)]);
  assert.equal(mapped.type, 'C');
  assert.equal(vocabulary.values[nearestVocabularyIndex(parseValue('R,0.750'), vocabulary)], 'R,1.000');
});
