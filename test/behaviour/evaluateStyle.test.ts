import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { evaluateSoloText, evaluationReportHtml, formatEvaluationSummary } from '../../src/engine/evaluate';

const BLUES = join(REPO_ROOT, 'corpus', 'blues.abc');

/** Three bars of a ii-V-I line: sixteenths, a triplet, a chromatic approach, rests of a beat and more. */
const LINE = `X:1
T:Style probe
M:4/4
L:1/8
K:C
"Dm7" A/G/F/E/ D^C D F "G7" _A>B | d z z2 B2 z2 | "Cmaj7" (3cBA G2 z4 |]
`;

test('evaluate reports the style measures beside the corpus, in JSON, the text summary and the HTML page', async () => {
  const report = await evaluateSoloText(LINE, { file: 'probe.abc', corpus: [BLUES] });
  const style = report.style;
  assert.equal(style.solo.pieces, 1);
  assert.ok(style.solo.sixteenths! > 0, 'the probe plays sixteenths');
  assert.ok(style.solo.eighth_triplets! > 0, 'and a triplet');
  assert.ok(style.corpus.pieces > 1);
  assert.equal(style.corpus.shape_piece_notes, style.solo.mean_piece_notes, 'the corpus is cut to the solo length');
  const keys = style.rows.map((row) => row.key);
  for (const key of ['repeated', 'strong_chromatic', 'eighths', 'phrase_median_notes', 'range_semitones'])
    assert.ok(keys.includes(key as (typeof keys)[number]), key);
  const parsed = JSON.parse(JSON.stringify(report));
  assert.deepEqual(parsed.style.rows.length, style.rows.length);
  const text = formatEvaluationSummary(report);
  assert.match(text, /style beside the corpus/);
  assert.match(text, /onset to onset: sixteenths/);
  const html = evaluationReportHtml(report);
  assert.match(html, /<h2>Style beside the corpus<\/h2>/);
  assert.match(html, /beats 1 and 3: chromatic/);
});
