/**
 * The training chart's page (bundled into media/trainingChart.js): the loss and the held-out NLL per epoch,
 * redrawn as each epoch ends, the kept epoch marked, and the reference's reported loss beside the loss when
 * the corpus is the reference's. It reads only src/shared.
 */
import {
  parseToTrainingChart,
  polylinePoints,
  type ChartBox,
  type ChartPoint,
  type FromTrainingChart,
  type ToTrainingChart,
} from '../shared/trainingChart';

declare function acquireVsCodeApi(): { postMessage(message: FromTrainingChart): void };

const SVG = 'http://www.w3.org/2000/svg';
const BOX: ChartBox = { left: 48, top: 30, width: 420, height: 140 };

interface ChartState {
  name: string;
  loss: ChartPoint[];
  heldOut: ChartPoint[];
  epochs: number;
  bestEpoch?: number;
  reference?: { points: ChartPoint[]; note: string };
  status: string;
}

const state: ChartState = { name: '', loss: [], heldOut: [], epochs: 1, status: 'waiting for the first epoch…' };

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function text(x: number, y: number, content: string, anchor = 'start'): SVGElement {
  const element = svgElement('text', { x: String(x), y: String(y), 'text-anchor': anchor, class: 'axis' });
  element.textContent = content;
  return element;
}

/** One chart: its series over epochs 1..lastEpoch, y from the lowest to the highest value drawn. */
function drawChart(
  svg: SVGSVGElement,
  series: Array<{ points: ChartPoint[]; className: string; label: string }>,
  lastEpoch: number,
  mark?: number,
): void {
  svg.replaceChildren();
  const values = series.flatMap((s) => s.points.map((p) => p.loss));
  if (values.length === 0) return;
  const high = Math.max(...values);
  const low = Math.min(0, ...values);
  svg.append(text(BOX.left - 4, BOX.top + 4, high.toFixed(2), 'end'));
  svg.append(text(BOX.left - 4, BOX.top + BOX.height, low.toFixed(0), 'end'));
  svg.append(text(BOX.left, BOX.top + BOX.height + 16, 'epoch 1'));
  svg.append(text(BOX.left + BOX.width, BOX.top + BOX.height + 16, `epoch ${lastEpoch}`, 'end'));
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    svg.append(
      svgElement('polyline', {
        class: s.className,
        fill: 'none',
        points: polylinePoints(s.points, BOX, lastEpoch, low, high),
      }),
    );
    svg.append(text(BOX.left + i * 220, 12, s.label));
  });
  if (mark !== undefined) {
    const x = BOX.left + (lastEpoch > 1 ? ((mark - 1) / (lastEpoch - 1)) * BOX.width : BOX.width / 2);
    svg.append(
      svgElement('line', {
        class: 'mark',
        x1: x.toFixed(1),
        x2: x.toFixed(1),
        y1: String(BOX.top),
        y2: String(BOX.top + BOX.height),
      }),
    );
  }
}

function render(): void {
  const title = document.getElementById('title');
  if (title) title.textContent = state.name ? `Training "${state.name}"` : 'Training';
  const status = document.getElementById('status');
  if (status) status.textContent = state.status;
  const lastEpoch = Math.max(state.loss.length, ...(state.reference?.points.map((p) => p.epoch) ?? [1]));
  const lossChart = document.getElementById('loss-chart') as SVGSVGElement | null;
  if (lossChart) {
    const series = [{ points: state.loss, className: 'loss', label: 'loss (summed cross-entropy per window)' }];
    if (state.reference)
      series.push({ points: state.reference.points, className: 'reference', label: 'reference (reported)' });
    drawChart(lossChart, series, lastEpoch);
  }
  const heldOutChart = document.getElementById('heldout-chart') as SVGSVGElement | null;
  const heldOutSection = document.getElementById('heldout');
  if (heldOutSection) heldOutSection.hidden = state.heldOut.length === 0;
  if (heldOutChart)
    drawChart(
      heldOutChart,
      [{ points: state.heldOut, className: 'heldout', label: 'held-out NLL (nats per value)' }],
      Math.max(1, state.loss.length),
      state.bestEpoch,
    );
  const note = document.getElementById('reference-note');
  if (note) note.textContent = state.reference?.note ?? '';
}

function receive(message: ToTrainingChart): void {
  switch (message.type) {
    case 'start':
      state.name = message.name;
      state.loss = [];
      state.heldOut = [];
      state.bestEpoch = undefined;
      state.reference = undefined;
      state.status = 'reading the corpus…';
      break;
    case 'reference':
      state.reference = { points: message.points, note: message.note };
      break;
    case 'epoch':
      state.loss.push({ epoch: message.epoch, loss: message.loss });
      if (message.heldOutNll !== undefined) state.heldOut.push({ epoch: message.epoch, loss: message.heldOutNll });
      state.bestEpoch = message.bestEpoch;
      state.epochs = message.epochs;
      state.status =
        `epoch ${message.epoch} of at most ${message.epochs}: loss ${message.loss.toFixed(3)}` +
        (message.heldOutNll === undefined
          ? ''
          : `, held-out NLL ${message.heldOutNll.toFixed(3)} (best: epoch ${message.bestEpoch})`);
      break;
    case 'end':
      if (message.chosenEpoch !== undefined) state.bestEpoch = message.chosenEpoch;
      state.status =
        message.outcome === 'done'
          ? `done after ${state.loss.length} epochs${message.chosenEpoch !== undefined ? `; epoch ${message.chosenEpoch} kept` : ''}`
          : message.outcome === 'cancelled'
            ? 'cancelled: nothing saved'
            : `failed: ${message.message ?? 'see the log'}`;
      break;
  }
  render();
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseToTrainingChart(event.data);
  if (message) receive(message);
});
render();
acquireVsCodeApi().postMessage({ type: 'ready' });
