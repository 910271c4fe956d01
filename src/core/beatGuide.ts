/**
 * Harmony-aware decoding. The grammar has no notion of where a value falls in the bar, so a freely sampled
 * solo puts scale and approach tones on the strong beats as often as chord tones; jazz lines (and the
 * corpus) land chord tones there. The guide follows the bar position of the solo being generated and makes
 * values that would put a non-chord tone on a strong beat less likely, the way BebopNet scores its beam
 * search by harmony. Rests and chord tones are never penalised.
 */
import { beatsPerBar } from './chords';
import { barQuarters, type GrammarValue, type Meter, TICKS_PER_QUARTER } from './types';

/** Offsets of the strong beats inside a full bar, in quarter notes: beat 1, and the half bar when a bar has an even number (four or more) of beats. */
export function strongBeatOffsets(meter: Meter): number[] {
  const bar = barQuarters(meter);
  const beats = beatsPerBar(meter);
  return beats >= 4 && beats % 2 === 0 ? [0, bar / 2] : [0];
}

/** How much less likely a value becomes when it would sound a non-chord tone over a strong beat. */
export const DEFAULT_STRONG_BEAT_PENALTY = 0.02;

export class StrongBeatGuide {
  private readonly barTicks: number;
  private readonly strongTicks: number[];
  private readonly durationTicks: Int32Array;
  private readonly penalisable: Uint8Array;
  /** Position of the next onset inside the bar, in ticks. */
  private position = 0;

  /** `values` is the model's vocabulary, parsed, in index order. */
  constructor(values: readonly GrammarValue[], meter: Meter, private readonly penalty = DEFAULT_STRONG_BEAT_PENALTY) {
    this.barTicks = Math.round(barQuarters(meter) * TICKS_PER_QUARTER);
    this.strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
    this.durationTicks = Int32Array.from(values, (v) => Math.max(1, Math.round(v.duration * TICKS_PER_QUARTER)));
    this.penalisable = Uint8Array.from(values, (v) => (v.type === 'C' || v.type === 'R' ? 0 : 1));
  }

  /** Starts the next onset at `quarters` into the bar (a continuation starts mid-tune). */
  setPosition(quarters: number): void {
    this.position = ((Math.round(quarters * TICKS_PER_QUARTER) % this.barTicks) + this.barTicks) % this.barTicks;
  }

  /** Scales, in place, the probabilities [V] of values that would sound a non-chord tone on a strong beat. */
  adjust(probabilities: Float32Array): void {
    for (let v = 0; v < probabilities.length; v++) {
      if (this.penalisable[v] && this.coversStrongBeat(this.durationTicks[v])) probabilities[v] *= this.penalty;
    }
  }

  /** Moves past the chosen value. */
  accept(index: number): void {
    this.position = (this.position + this.durationTicks[index]) % this.barTicks;
  }

  private coversStrongBeat(duration: number): boolean {
    const start = this.position;
    const end = start + duration;
    for (let bar = 0; bar * this.barTicks < end; bar++) {
      for (const strong of this.strongTicks) {
        const at = bar * this.barTicks + strong;
        if (at >= start && at < end) return true;
      }
    }
    return false;
  }
}
