/** A training curve in one line of text, for the redrawn progress line of `jazz-solo train` on a terminal. */

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The last `width` values as block characters, lowest ▁ to highest █ (a flat curve is all ▄). */
export function sparkline(values: readonly number[], width = 24): string {
  const shown = values.slice(-width).filter(Number.isFinite);
  if (shown.length === 0) return '';
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  if (high - low < 1e-12) return BLOCKS[3].repeat(shown.length);
  return shown.map((v) => BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))]).join('');
}

/** Keeps the curves of a training run and writes the progress line's detail from them. */
export class TrainingCurve {
  readonly loss: number[] = [];
  readonly heldOut: number[] = [];

  add(progress: { loss: number; heldOutNll?: number }): void {
    this.loss.push(progress.loss);
    if (progress.heldOutNll !== undefined) this.heldOut.push(progress.heldOutNll);
  }

  /** Short enough for an 80-column terminal beside the bar: "loss 60.0 ▇▅▃▂  NLL 4.322 ▂▁▁▃ best 5  ~9s". */
  describe(progress: { loss: number; heldOutNll?: number; bestEpoch?: number; etaSeconds: number }): string {
    const loss = `loss ${progress.loss.toFixed(1)} ${sparkline(this.loss, 12)}`;
    const heldOut =
      progress.heldOutNll === undefined
        ? ''
        : `  NLL ${progress.heldOutNll.toFixed(3)} ${sparkline(this.heldOut, 12)} best ${progress.bestEpoch}`;
    return `${loss}${heldOut}  ~${Math.ceil(progress.etaSeconds)}s`;
  }
}
