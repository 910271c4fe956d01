import { test } from 'node:test';
import { UserFacingError } from '../../../src/shared/errors';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/shared';
import { judgeTargets } from '../../../src/core/evaluation';
import { trainFromCorpus } from '../../../src/engine/index';
import {
  evaluateModel,
  evaluateSoloText,
  evaluationReportHtml,
  formatEvaluationSummary,
  niceTickStep,
} from '../../../src/engine/evaluate';

const BLUES = join(REPO_ROOT, 'corpus', 'blues.abc');
const MINOR = join(REPO_ROOT, 'corpus', 'ii-v-i-minor.abc');

/** The text of the first tune (X: to the next X:) of an ABC file. */
function firstTune(path: string): string {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('X:');
  const next = text.indexOf('\nX:', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

test('a solo that is a tune of the corpus copies all its 8-value runs and matches that tune', async () => {
  const report = await evaluateSoloText(firstTune(BLUES), { file: 'copy.abc', corpus: [BLUES] });
  assert.equal(report.copied_8gram_ratio, 1);
  assert.equal(report.subject.kind, 'abc');
  assert.equal(report.heldout_nll, null);
  assert.equal(report.solo_metrics.pieces, 1);
  assert.ok(report.corpus_metrics.pieces > 1);
  const ratio = report.solo_chord_tone_ratio;
  assert.ok(ratio !== null && ratio >= 0 && ratio <= 1);
  assert.ok(report.corpus_chord_tone_ratio !== null);
  // Every figure the CLI's --json promises is in the JSON, null when not computed (never dropped).
  const json = JSON.parse(JSON.stringify(report));
  for (const key of [
    'heldout_nll',
    'bigram_nll',
    'unigram_nll',
    'heldout_accuracy',
    'solo_chord_tone_ratio',
    'corpus_chord_tone_ratio',
    'copied_8gram_ratio',
    'longest_loop_bars',
    'histograms',
    'overlaps',
  ]) {
    assert.ok(key in json, key);
  }
  for (const pair of Object.values(report.histograms)) {
    assert.equal(pair.solo.length, pair.labels.length);
    const sum = pair.solo.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, `solo shares sum to 1 (${sum})`);
  }
});

test('an ABC text without notes is refused with one line naming the file', async () => {
  await assert.rejects(
    evaluateSoloText('X:1\nT:empty\nK:C\n', { file: 'empty.abc', corpus: [BLUES] }),
    (error: unknown) =>
      error instanceof UserFacingError && /empty\.abc/.test(error.message) && !error.message.includes('\n'),
  );
});

test('targets: pass, fail and not computed are told apart', async () => {
  // One solo with a silent bar written as four rests, no held-out run.
  const report = await evaluateSoloText('X:1\nT:t\nM:4/4\nL:1/4\nK:C\n"C"C E G c|z z z z|"G7"B d f g|]\n', {
    file: 'rests.abc',
    corpus: [BLUES],
  });
  const byKey = new Map(report.targets.map((target) => [target.key, target]));
  assert.equal(byKey.get('extra_rests')?.passed, false);
  assert.match(byKey.get('extra_rests')?.value ?? '', /^3\.00/);
  assert.equal(byKey.get('off_grid')?.passed, true);
  assert.equal(byKey.get('bar_silences')?.passed, false);
  assert.equal(byKey.get('heldout_nll')?.passed, null);
  const judged = judgeTargets({ ...report, heldout_nll: 2.3, bigram_nll: 2.5 });
  assert.equal(judged.find((target) => target.key === 'heldout_nll')?.passed, true, '8% below the bigram');
  const close = judgeTargets({ ...report, heldout_nll: 2.45, bigram_nll: 2.5 });
  assert.equal(close.find((target) => target.key === 'heldout_nll')?.passed, false, 'only 2% below the bigram');
});

test('chart axes step by round numbers', () => {
  assert.equal(niceTickStep(90), 25);
  assert.equal(niceTickStep(20), 5);
  assert.equal(niceTickStep(0.3), 0.1);
  assert.equal(niceTickStep(126), 50);
});

test(
  'evaluateModel: solos, held-out retraining and baselines, summary and HTML report',
  { timeout: 240_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jazz-eval-'));
    try {
      const modelDir = join(dir, 'model');
      await trainFromCorpus({ corpus: [MINOR], outDir: modelDir, epochs: 3, seed: 1, name: 'tiny <b>' });
      const report = await evaluateModel({ modelDir, solos: 3, seed: 5, steps: 40, heldoutSplit: 'tails' });
      assert.deepEqual(report.generation?.seeds, [5, 6, 7]);
      assert.equal(report.solo_metrics.pieces, 3);
      assert.ok(report.heldout, 'held-out section present');
      assert.equal(report.heldout.split, 'tails');
      assert.equal(report.heldout.epochs, 3);
      assert.equal(report.heldout.training_loss.length, 3);
      for (const value of [report.heldout_nll, report.bigram_nll, report.unigram_nll]) {
        assert.ok(value !== null && value > 0 && Number.isFinite(value));
      }
      // The unigram and bigram are fitted on the same training part: the bigram knows the previous value.
      assert.ok(
        report.bigram_nll! < report.unigram_nll!,
        `bigram ${report.bigram_nll} < unigram ${report.unigram_nll}`,
      );
      for (const value of [
        report.heldout_accuracy,
        report.solo_chord_tone_ratio,
        report.corpus_chord_tone_ratio,
        report.copied_8gram_ratio,
      ]) {
        assert.ok(value !== null && value >= 0 && value <= 1);
      }
      assert.ok(report.targets.length >= 19, 'every target is judged');
      assert.ok(report.solo_metrics.notation, 'the solos are measured from their ABC');
      assert.equal(report.solo_metrics.notation.pieces, 3);

      const summary = formatEvaluationSummary(report);
      assert.match(summary, /NLL per value/);
      assert.match(summary, /chord tones on strong beats/);

      const html = evaluationReportHtml(report);
      assert.match(html, /^<!DOCTYPE html>/);
      assert.ok((html.match(/<svg /g) ?? []).length >= 6, 'five histograms and a loss curve');
      assert.match(html, /extra rest symbols per solo/);
      assert.ok(!/<script/i.test(html), 'no script in the report');
      assert.ok(!html.includes('tiny <b>'), 'the model name is escaped');
      assert.ok(html.includes('tiny &lt;b&gt;'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
