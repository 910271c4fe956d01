import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO_ROOT } from '../../helpers/shared';
import { evaluateSoloText, evaluationReportHtml } from '../../../../src/engine/evaluate';
import { REFERENCE_LOSS_NOTE } from '../../../../src/shared/referenceCurve';
import { escapeHtml } from '../../../../src/shared/html';

const BLUES = join(REPO_ROOT, 'corpus', 'blues.abc');

test("the report draws the held-out NLL curve with the kept epoch, and the reference's reported loss beside it", async () => {
  const report = await evaluateSoloText('X:1\nT:t\nM:4/4\nL:1/8\nK:F\n"F7"ABcd efga|]\n', {
    file: 'solo.abc',
    corpus: [BLUES],
  });
  report.model = {
    name: 'metheny',
    dir: '/models/metheny',
    vocabulary: 90,
    options: {},
    loss: [126, 100, 80, 60, 50, 45],
    held_out_nll: [4.4, 4.1, 3.9, 4.0, 4.2, 4.5],
    chosen_epoch: 3,
    reference_corpus: true,
  };
  const html = evaluationReportHtml(report);
  assert.match(html, /Held-out likelihood while training/);
  assert.match(html, /kept: 3/);
  assert.match(html, /held-out NLL: 4\.40 → 4\.50/);
  // The reference gives two points, drawn dashed, and the page says that is all it gives.
  assert.match(html, /stroke-dasharray="6 4"/);
  assert.ok(html.includes(escapeHtml(REFERENCE_LOSS_NOTE)));
  report.model = { ...report.model, held_out_nll: undefined, chosen_epoch: undefined, reference_corpus: undefined };
  const plain = evaluationReportHtml(report);
  assert.doesNotMatch(plain, /Held-out likelihood while training|stroke-dasharray="6 4"/);
});
