/** The training chart's HTML and its Content Security Policy (the preview's): pure strings, no `vscode`. */
import { escapeHtml } from '../../shared/html';
import { buildContentSecurityPolicy, createNonce } from '../preview/previewHtml';

export interface TrainingChartHtmlInput {
  cspSource: string;
  /** Webview URI of media/trainingChart.js. */
  scriptUri: string;
  title: string;
  nonce?: string;
}

const STYLE = `
body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-foreground); margin: 1em 1.5em; }
h1 { font-size: 1.2em; } h2 { font-size: 1em; margin: 1.2em 0 0.2em; }
svg { display: block; overflow: visible; }
.axis { font-size: 11px; fill: var(--vscode-descriptionForeground, #888); }
polyline { stroke-width: 2; }
.loss { stroke: var(--vscode-charts-blue, #1c7ed6); }
.heldout { stroke: var(--vscode-charts-orange, #e8590c); }
.reference { stroke: var(--vscode-charts-foreground, #868e96); stroke-dasharray: 6 4; }
.mark { stroke: var(--vscode-charts-green, #2b8a3e); stroke-dasharray: 2 3; }
#status { font-variant-numeric: tabular-nums; }
.note { opacity: 0.8; font-size: 0.9em; }`;

export function trainingChartHtml(input: TrainingChartHtmlInput): string {
  const nonce = input.nonce ?? createNonce();
  const csp = buildContentSecurityPolicy(input.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1 id="title">${escapeHtml(input.title)}</h1>
<p id="status" role="status" aria-live="polite"></p>
<h2>Loss per epoch</h2>
<svg id="loss-chart" class="training-chart" width="480" height="200" role="img" aria-label="loss per epoch"></svg>
<p id="reference-note" class="note"></p>
<section id="heldout" hidden>
<h2>Held-out NLL per epoch (the epoch kept is marked)</h2>
<svg id="heldout-chart" class="training-chart" width="480" height="200" role="img" aria-label="held-out NLL per epoch"></svg>
</section>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
