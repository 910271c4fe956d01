/**
 * The evaluation report as one self-contained HTML page: tables and SVG charts drawn here (no script, no
 * external resource), so the same text works as a file written by the CLI and in a VS Code webview.
 * Colours come from VS Code's theme variables when present, with fixed fallbacks in a browser.
 */
import { escapeHtml as escapeText } from '../../shared/html';
import { REFERENCE_LOSS_NAME, REFERENCE_LOSS_NOTE, REFERENCE_LOSS_POINTS } from '../../shared/referenceCurve';
import {
  comparisonRows,
  formatEvaluationSummary,
  formatStyleDistance,
  formatStyleFigure,
  type EvaluationReport,
  type HistogramPair,
} from '../../core/evaluation';

const SOLO_COLOUR = 'var(--vscode-charts-blue, #3574f0)';
const CORPUS_COLOUR = 'var(--vscode-charts-orange, #e8912d)';
const HELDOUT_COLOUR = 'var(--vscode-charts-green, #3a9b4f)';

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

/** A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about four intervals up to `max`. */
export function niceTickStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough - 1e-12);
  return step ?? 10 * power;
}

function ticks(max: number): { top: number; values: number[] } {
  const step = niceTickStep(max);
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return { top: step * count, values: Array.from({ length: count + 1 }, (_, k) => k * step) };
}

/** A tick value with as many decimals as the step needs (2.5 → one, 0.25 → two). */
const tickLabel = (value: number, step: number): string => {
  let decimals = 0;
  while (decimals < 3 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9) decimals++;
  return value.toFixed(decimals);
};

/** Grouped bars, solo beside corpus, one group per label; the y axis in percent. */
export function histogramSvg(title: string, pair: HistogramPair): string {
  const groupWidth = 30;
  const left = 44;
  const top = 28;
  const plotHeight = 150;
  const labelSpace = 46;
  const width = Math.max(220, left + pair.labels.length * groupWidth + 12);
  const height = top + plotHeight + labelSpace;
  const axis = ticks(Math.max(0.01, ...pair.solo, ...pair.corpus) * 100);
  const yMax = axis.top / 100;
  const y = (share: number) => top + plotHeight - (share / yMax) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeText(title)}">`,
  );
  parts.push(`<title>${escapeText(title)}</title>`);
  const percentStep = axis.values[1] - axis.values[0];
  for (const percentValue of axis.values) {
    const share = percentValue / 100;
    parts.push(`<line class="grid" x1="${left}" x2="${width - 8}" y1="${round(y(share))}" y2="${round(y(share))}"/>`);
    parts.push(
      `<text class="axis" x="${left - 4}" y="${round(y(share) + 4)}" text-anchor="end">${tickLabel(percentValue, percentStep)}%</text>`,
    );
  }
  pair.labels.forEach((label, i) => {
    const x = left + i * groupWidth;
    const bar = (share: number, offset: number, colour: string, who: string) =>
      `<rect x="${x + offset}" y="${round(y(share))}" width="12" height="${round(top + plotHeight - y(share))}" fill="${colour}"><title>${escapeText(`${label} ${who}: ${(100 * share).toFixed(1)}%`)}</title></rect>`;
    parts.push(bar(pair.solo[i] ?? 0, 3, SOLO_COLOUR, 'solo'));
    parts.push(bar(pair.corpus[i] ?? 0, 15, CORPUS_COLOUR, 'corpus'));
    const lx = x + groupWidth / 2;
    const ly = top + plotHeight + 12;
    parts.push(
      `<text class="axis" x="${lx}" y="${ly}" text-anchor="end" transform="rotate(-45 ${lx} ${ly})">${escapeText(label)}</text>`,
    );
  });
  parts.push(
    legend(
      [
        ['solo', SOLO_COLOUR],
        ['corpus', CORPUS_COLOUR],
      ],
      left,
      14,
    ),
  );
  parts.push('</svg>');
  return parts.join('');
}

function legend(entries: Array<[string, string]>, x: number, y: number): string {
  return entries
    .map(
      ([name, colour], i) =>
        `<rect x="${x + i * 110}" y="${y - 9}" width="10" height="10" fill="${colour}"/><text class="axis" x="${x + i * 110 + 14}" y="${y}">${escapeText(name)}</text>`,
    )
    .join('');
}

/** Loss per epoch as lines (one per series), x in epochs, y from 0 to the largest loss. */
export function lossCurveSvg(
  title: string,
  series: Array<{ name: string; loss: number[]; colour?: string; epochs?: number[]; dashed?: boolean }>,
  options: { markEpoch?: number } = {},
): string {
  const drawn = series.filter((s) => s.loss.length > 0 && s.loss.every(Number.isFinite));
  const width = 520;
  const height = 240;
  const left = 52;
  const top = 28;
  const plotWidth = width - left - 16;
  const plotHeight = height - top - 36;
  const epochs = Math.max(1, ...drawn.map((s) => s.epochs?.[s.epochs.length - 1] ?? s.loss.length));
  const axis = ticks(Math.max(1e-9, ...drawn.flatMap((s) => s.loss)));
  const yMax = axis.top;
  const x = (epoch: number) => left + (epochs > 1 ? ((epoch - 1) / (epochs - 1)) * plotWidth : plotWidth / 2);
  const y = (loss: number) => top + plotHeight - (loss / yMax) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeText(title)}">`,
  );
  parts.push(`<title>${escapeText(title)}</title>`);
  const lossStep = axis.values[1] - axis.values[0];
  for (const loss of axis.values) {
    parts.push(
      `<line class="grid" x1="${left}" x2="${left + plotWidth}" y1="${round(y(loss))}" y2="${round(y(loss))}"/>`,
    );
    parts.push(
      `<text class="axis" x="${left - 4}" y="${round(y(loss) + 4)}" text-anchor="end">${tickLabel(loss, lossStep)}</text>`,
    );
  }
  parts.push(`<text class="axis" x="${left}" y="${height - 6}">epoch 1</text>`);
  parts.push(`<text class="axis" x="${left + plotWidth}" y="${height - 6}" text-anchor="end">epoch ${epochs}</text>`);
  const colours = [SOLO_COLOUR, HELDOUT_COLOUR];
  drawn.forEach((s, i) => {
    const points = s.loss.map((loss, e) => `${round(x(s.epochs?.[e] ?? e + 1))},${round(y(loss))}`).join(' ');
    parts.push(
      `<polyline fill="none" stroke="${s.colour ?? colours[i % colours.length]}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${points}"><title>${escapeText(`${s.name}: ${s.loss[0].toFixed(2)} → ${s.loss[s.loss.length - 1].toFixed(2)}`)}</title></polyline>`,
    );
  });
  if (options.markEpoch !== undefined) {
    const at = round(x(options.markEpoch));
    parts.push(
      `<line class="grid" stroke-dasharray="2 3" x1="${at}" x2="${at}" y1="${top}" y2="${top + plotHeight}"/>` +
        `<text class="axis" x="${at}" y="${top + plotHeight + 14}" text-anchor="middle">kept: ${options.markEpoch}</text>`,
    );
  }
  parts.push(
    legend(
      drawn.map((s, i) => [s.name, s.colour ?? colours[i % colours.length]] as [string, string]),
      left,
      14,
    ),
  );
  parts.push('</svg>');
  return parts.join('');
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); margin: 1.5em; max-width: 70em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.5em 0; }
td, th { padding: 0.2em 0.8em; border-bottom: 1px solid var(--vscode-panel-border, #ddd); text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: var(--vscode-testing-iconPassed, #2b8a3e); font-weight: bold; }
.fail { color: var(--vscode-testing-iconFailed, #c92a2a); font-weight: bold; }
.na { opacity: 0.7; }
.chart { display: block; margin: 0.5em 0 1em; }
.chart .grid { stroke: var(--vscode-panel-border, #ddd); stroke-width: 1; }
.chart .axis { font-size: 10px; fill: var(--vscode-descriptionForeground, #555); }
.charts { display: flex; flex-wrap: wrap; gap: 1.5em; }
figure { margin: 0; } figcaption { font-weight: 600; font-size: 0.95em; }
pre { white-space: pre-wrap; font-size: 0.85em; }
`;

export interface ReportHtmlOptions {
  /** The webview's `cspSource`, when shown in VS Code; the page needs nothing from it but inline styles. */
  cspSource?: string;
}

/** The histogram without the bins that are empty on both sides at either end (the register's far octaves). */
function withoutEmptyEnds(pair: HistogramPair): HistogramPair {
  const used = (i: number) => (pair.solo[i] ?? 0) > 0 || (pair.corpus[i] ?? 0) > 0;
  let first = 0;
  while (first < pair.labels.length - 1 && !used(first)) first++;
  let last = pair.labels.length - 1;
  while (last > first && !used(last)) last--;
  return {
    labels: pair.labels.slice(first, last + 1),
    solo: pair.solo.slice(first, last + 1),
    corpus: pair.corpus.slice(first, last + 1),
  };
}

/** The whole report page. Every text from the report (paths, names) is escaped. */
export function evaluationReportHtml(report: EvaluationReport, options: ReportHtmlOptions = {}): string {
  const pct = (value: number | null) => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
  const num = (value: number | null | undefined, digits = 3) =>
    value === null || value === undefined ? 'n/a' : value.toFixed(digits);
  const styleSources = options.cspSource ? `${options.cspSource} 'unsafe-inline'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${styleSources}; img-src data:`;
  const rows = comparisonRows(report);
  const body: string[] = [];
  body.push(`<h1>${escapeText(`Evaluation of ${report.subject.description}`)}</h1>`);
  body.push(
    `<p>Corpus: ${escapeText(report.corpus.paths.join(', '))} (${report.corpus.tunes} tunes, ${report.corpus.values} values).</p>`,
  );
  if (report.corpus.changed_files.length) {
    body.push(
      `<p class="fail">Changed since the model was trained: ${escapeText(report.corpus.changed_files.join(', '))}</p>`,
    );
  }
  if (report.generation) {
    const g = report.generation;
    const decoding = g.greedy ? 'greedy' : `temperature ${g.temperature}, top-k ${g.top_k}`;
    body.push(
      `<p>${g.solos} solos of ${g.steps} values, seeds ${g.seeds[0]} to ${g.seeds[g.seeds.length - 1]}, ${escapeText(decoding)}, over ${escapeText(g.chords)}.</p>`,
    );
  }
  body.push('<h2>Targets</h2><table><tr><th></th><th>measure</th><th>value</th><th>target</th></tr>');
  for (const target of report.targets) {
    const [cls, mark] = target.passed === null ? ['na', 'n/a'] : target.passed ? ['pass', 'pass'] : ['fail', 'fail'];
    body.push(
      `<tr><td class="${cls}">${mark}</td><td>${escapeText(target.name)}</td><td>${escapeText(target.value)}</td><td>${escapeText(target.target)}</td></tr>`,
    );
  }
  body.push('</table>');
  body.push('<h2>Held-out likelihood</h2>');
  if (report.heldout) {
    const h = report.heldout;
    body.push(
      `<p>${escapeText(`${h.split === 'tunes' ? 'Whole tunes' : 'The last part of every tune'} held out (${pct(h.share)}, seed ${h.seed}): ${h.scored_values} values scored, ${h.unknown_values} unknown. LSTM retrained for ${h.epochs} epochs on ${h.training_values} values.`)}</p>`,
    );
    body.push('<table><tr><th>model</th><th>NLL per value (nats)</th><th>accuracy</th></tr>');
    body.push(
      `<tr><td>LSTM</td><td class="num">${num(report.heldout_nll)}</td><td class="num">${pct(report.heldout_accuracy)}</td></tr>`,
    );
    body.push(
      `<tr><td>bigram</td><td class="num">${num(report.bigram_nll)}</td><td class="num">${pct(h.bigram_accuracy)}</td></tr>`,
    );
    body.push(
      `<tr><td>unigram</td><td class="num">${num(report.unigram_nll)}</td><td class="num">${pct(h.unigram_accuracy)}</td></tr></table>`,
    );
    body.push(`<p>${escapeText(h.unknown_policy)}<br>${escapeText(h.bigram)}<br>${escapeText(h.unigram)}</p>`);
  } else body.push('<p class="na">Not run.</p>');
  body.push('<h2>Solo beside corpus</h2><table><tr><th>measure</th><th>solo</th><th>corpus</th></tr>');
  for (const [name, solo, corpus] of rows)
    body.push(
      `<tr><td>${escapeText(name.trim())}</td><td class="num">${escapeText(solo)}</td><td class="num">${escapeText(corpus)}</td></tr>`,
    );
  body.push('</table>');
  body.push(styleTableHtml(report));
  body.push('<h2>Histograms</h2><div class="charts">');
  const figure = (title: string, svg: string) => `<figure><figcaption>${escapeText(title)}</figcaption>${svg}</figure>`;
  const charts: Array<[string, HistogramPair]> = [
    ['Pitch classes (scale degree from the key tonic)', report.histograms.pitch_class],
    ['Note types against the chord', report.histograms.note_type],
    ['Register (MIDI pitch)', withoutEmptyEnds(report.histograms.register)],
    ['Intervals (semitones)', report.histograms.interval],
    ['Note lengths', report.histograms.duration],
  ];
  for (const [title, pair] of charts) body.push(figure(title, histogramSvg(title, pair)));
  body.push('</div>');
  const lossSeries: Array<{ name: string; loss: number[]; epochs?: number[]; dashed?: boolean; colour?: string }> = [];
  if (report.model?.loss.length) lossSeries.push({ name: 'model', loss: report.model.loss });
  if (report.heldout?.training_loss.length)
    lossSeries.push({ name: 'held-out retraining', loss: report.heldout.training_loss });
  if (report.model?.reference_corpus)
    lossSeries.push({
      name: REFERENCE_LOSS_NAME,
      loss: REFERENCE_LOSS_POINTS.map((p) => p.loss),
      epochs: REFERENCE_LOSS_POINTS.map((p) => p.epoch),
      dashed: true,
      colour: '#868e96',
    });
  if (lossSeries.length) {
    body.push('<h2>Training loss</h2>');
    body.push(lossCurveSvg('Loss per epoch (summed cross-entropy per window)', lossSeries));
    if (report.model?.reference_corpus) body.push(`<p>${escapeText(REFERENCE_LOSS_NOTE)}</p>`);
  }
  if (report.model?.held_out_nll?.length) {
    const kept = report.model.chosen_epoch;
    body.push('<h2>Held-out likelihood while training</h2>');
    body.push(
      lossCurveSvg(
        'Held-out NLL per epoch (nats per value): training kept the best epoch',
        [{ name: 'held-out NLL', loss: report.model.held_out_nll, colour: HELDOUT_COLOUR }],
        kept === undefined ? {} : { markEpoch: kept },
      ),
    );
  }
  body.push('<h2>Definitions</h2><ul>');
  for (const definition of report.definitions) body.push(`<li>${escapeText(definition)}</li>`);
  body.push('</ul>');
  body.push(`<h2>Summary</h2><pre>${escapeText(formatEvaluationSummary(report))}</pre>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeText(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(`Evaluation: ${report.subject.description}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** The style measures of issue 17, solos beside corpus, each with its distance and, where set, its tolerance. */
function styleTableHtml(report: EvaluationReport): string {
  const cells = ['<h2>Style beside the corpus</h2>'];
  cells.push('<table><tr><th>measure</th><th>solo</th><th>corpus</th><th>distance</th><th>tolerance</th></tr>');
  for (const row of report.style.rows) {
    const [cls, mark] = row.within === null ? ['na', ''] : row.within ? ['pass', 'within'] : ['fail', 'outside'];
    cells.push(
      `<tr><td>${escapeText(row.name)}</td><td class="num">${formatStyleFigure(row.solo, row.unit)}</td>` +
        `<td class="num">${formatStyleFigure(row.corpus, row.unit)}</td><td class="num">${escapeText(formatStyleDistance(row))}</td>` +
        `<td class="${cls}">${escapeText(row.tolerance ?? '')} ${mark}</td></tr>`,
    );
  }
  cells.push('</table>');
  const cut = report.style.corpus.shape_piece_notes;
  if (cut !== null)
    cells.push(
      `<p>The corpus's range and entropy are measured on pieces of ${Math.round(cut)} notes, as long as the solos.</p>`,
    );
  return cells.join('\n');
}
