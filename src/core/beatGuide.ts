/**
 * Decoding that knows where it is in the bar. The grammar has no notion of bar position, so a freely sampled
 * solo has two faults a musician hears at once:
 * - harmony: it puts scale and approach tones on the strong beats more often than the corpus did. While the
 *   share of strong beats the solo has landed on chord tones is below the corpus's, values that would sound
 *   a non-chord tone over a strong beat are made much less likely (BebopNet scores its beam search by harmony
 *   in the same spirit). It steers towards the corpus's own share, not towards 100%: a folk corpus with
 *   passing tones on the beat keeps them. Rests and chord tones are never penalised.
 * - rhythm: one lone triplet eighth, or a sixteenth, shifts every later note off the beat, and the realiser
 *   then writes the rest of the solo as syncopated sixteenths tied over every beat. Values that would leave
 *   the eighth-note grid (or, inside a triplet, the triplet grid) are made much less likely, so a triplet is
 *   completed and an off-grid note is followed by one that lands back on the grid.
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
/** The target when a model does not record its corpus's share (bebop lines land chord tones on about 9 in 10). */
export const DEFAULT_STRONG_BEAT_TARGET = 0.9;
/** How much less likely a value becomes when it would leave the eighth-note (or the triplet) grid. */
export const OFF_GRID_PENALTY = 0.05;

const EIGHTH_TICKS = TICKS_PER_QUARTER / 2;
const TRIPLET_EIGHTH_TICKS = TICKS_PER_QUARTER / 3;

export class BeatGuide {
  private readonly barTicks: number;
  private readonly strongTicks: number[];
  private readonly durationTicks: Int32Array;
  private readonly penalisable: Uint8Array;
  private readonly isChordTone: Uint8Array;
  /** Position of the next onset inside the bar, in ticks. */
  private position = 0;
  /** Strong beats the solo so far sounded a note over, and how many of those were chord tones. */
  private strongBeats = 0;
  private chordToneBeats = 0;

  /**
   * `values` is the model's vocabulary, parsed, in index order; `target` the share of strong beats on chord
   * tones to steer towards (the training corpus's).
   */
  constructor(
    values: readonly GrammarValue[],
    meter: Meter,
    private readonly target = DEFAULT_STRONG_BEAT_TARGET,
    private readonly penalty = DEFAULT_STRONG_BEAT_PENALTY,
  ) {
    this.barTicks = Math.round(barQuarters(meter) * TICKS_PER_QUARTER);
    this.strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
    this.durationTicks = Int32Array.from(values, (v) => Math.max(1, Math.round(v.duration * TICKS_PER_QUARTER)));
    this.penalisable = Uint8Array.from(values, (v) => (v.type === 'C' || v.type === 'R' ? 0 : 1));
    this.isChordTone = Uint8Array.from(values, (v) => (v.type === 'C' ? 1 : 0));
  }

  /** Starts the next onset at `quarters` into the bar (a continuation starts mid-tune). */
  setPosition(quarters: number): void {
    this.position = ((Math.round(quarters * TICKS_PER_QUARTER) % this.barTicks) + this.barTicks) % this.barTicks;
  }

  /**
   * Scales, in place, the probabilities [V] of values that would leave the rhythmic grid, and of values that
   * would sound a non-chord tone on a strong beat while the solo is below its target.
   */
  adjust(probabilities: Float32Array): void {
    const inBeat = this.position % TICKS_PER_QUARTER;
    const insideTriplet = inBeat % TRIPLET_EIGHTH_TICKS === 0 && inBeat % EIGHTH_TICKS !== 0;
    for (let v = 0; v < probabilities.length; v++) {
      const endInBeat = (this.position + this.durationTicks[v]) % TICKS_PER_QUARTER;
      const onGrid = insideTriplet
        ? endInBeat % TRIPLET_EIGHTH_TICKS === 0
        : endInBeat % EIGHTH_TICKS === 0 || (inBeat === 0 && endInBeat % TRIPLET_EIGHTH_TICKS === 0);
      if (!onGrid) probabilities[v] *= OFF_GRID_PENALTY;
    }
    // A non-chord tone on the next strong beat is allowed only while the share would stay at the target.
    if (this.chordToneBeats / (this.strongBeats + 1) >= this.target) return;
    for (let v = 0; v < probabilities.length; v++) {
      if (this.penalisable[v] && this.coversStrongBeat(this.durationTicks[v])) probabilities[v] *= this.penalty;
    }
  }

  /** Moves past the chosen value. */
  accept(index: number): void {
    const sounds = this.penalisable[index] === 1 || this.isChordTone[index] === 1;
    if (sounds && this.coversStrongBeat(this.durationTicks[index])) {
      this.strongBeats++;
      this.chordToneBeats += this.isChordTone[index];
    }
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
