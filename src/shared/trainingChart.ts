/**
 * The training chart's protocol: the panel that draws the loss and the held-out NLL per epoch while a model
 * trains, and stays open afterwards. Typed messages both ways and their validators (the page trusts nothing it
 * is sent without checking it, nor does the host).
 */
import { isArrayOf, isCount, isFiniteNumber, isRecord, isString } from './validate';

export interface ChartPoint {
  epoch: number;
  loss: number;
}

/** Host → page. */
export type ToTrainingChart =
  | { type: 'start'; name: string }
  /** The reference's reported loss (its points) when the corpus is the reference's, and what those points are. */
  | { type: 'reference'; points: ChartPoint[]; note: string }
  | {
      type: 'epoch';
      epoch: number;
      /** The most epochs the run makes. */
      epochs: number;
      loss: number;
      heldOutNll?: number;
      bestEpoch?: number;
    }
  | { type: 'end'; outcome: 'done' | 'cancelled' | 'failed'; chosenEpoch?: number; message?: string };

/** Page → host. */
export type FromTrainingChart = { type: 'ready' };

const isPoint = (value: unknown): value is ChartPoint =>
  isRecord(value) && isCount(value.epoch) && isFiniteNumber(value.loss);

export function parseToTrainingChart(value: unknown): ToTrainingChart | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'start':
      return isString(value.name) ? { type: 'start', name: value.name } : undefined;
    case 'reference':
      if (!isArrayOf(value.points, isPoint) || !isString(value.note)) return undefined;
      return {
        type: 'reference',
        points: value.points.map((p) => ({ epoch: p.epoch, loss: p.loss })),
        note: value.note,
      };
    case 'epoch': {
      const { epoch, epochs, loss, heldOutNll, bestEpoch } = value;
      if (!isCount(epoch) || !isCount(epochs) || !isFiniteNumber(loss)) return undefined;
      if (heldOutNll !== undefined && !isFiniteNumber(heldOutNll)) return undefined;
      if (bestEpoch !== undefined && !isCount(bestEpoch)) return undefined;
      return {
        type: 'epoch',
        epoch,
        epochs,
        loss,
        ...(heldOutNll !== undefined ? { heldOutNll } : {}),
        ...(bestEpoch !== undefined ? { bestEpoch } : {}),
      };
    }
    case 'end': {
      const { outcome, chosenEpoch, message } = value;
      if (outcome !== 'done' && outcome !== 'cancelled' && outcome !== 'failed') return undefined;
      if (chosenEpoch !== undefined && !isCount(chosenEpoch)) return undefined;
      if (message !== undefined && !isString(message)) return undefined;
      return {
        type: 'end',
        outcome,
        ...(chosenEpoch !== undefined ? { chosenEpoch } : {}),
        ...(message !== undefined ? { message } : {}),
      };
    }
    default:
      return undefined;
  }
}

export function parseFromTrainingChart(value: unknown): FromTrainingChart | undefined {
  return isRecord(value) && value.type === 'ready' ? { type: 'ready' } : undefined;
}

/** One line chart's geometry: points of a series scaled into a box, y from 0 (or the lowest value) up. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  top: number;
}

/** SVG polyline points of `points` in `box`, x over epochs 1..lastEpoch, y over [low, high]. */
export function polylinePoints(
  points: readonly ChartPoint[],
  box: ChartBox,
  lastEpoch: number,
  low: number,
  high: number,
): string {
  const span = high - low || 1;
  const x = (epoch: number) => box.left + (lastEpoch > 1 ? ((epoch - 1) / (lastEpoch - 1)) * box.width : box.width / 2);
  const y = (v: number) => box.top + box.height - ((v - low) / span) * box.height;
  return points.map((p) => `${x(p.epoch).toFixed(1)},${y(p.loss).toFixed(1)}`).join(' ');
}
