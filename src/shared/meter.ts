/**
 * What a meter says about time, written once for the engine, the band and the page: its length in ticks,
 * whether it is compound, how many beats a musician counts, and the beat notes are grouped (and the band
 * pulses) by. The meter is structural ({ numerator, denominator }) so the webview can use it too.
 */
import { TICKS_PER_QUARTER } from './ticks';

/** A time signature: beats of the denominator's note value in a bar (4/4, 3/4, 6/8, 12/8). */
export interface Meter {
  numerator: number;
  denominator: number;
}

/** 6/8, 9/8, 12/8 (and 6/16 ...): the beat is a dotted note of three of the denominator's notes. */
export function isCompoundMeter(meter: Meter): boolean {
  return meter.denominator >= 8 && meter.numerator % 3 === 0 && meter.numerator > 3;
}

/** Ticks in a bar: 4/4 → 48, 3/4 → 36, 6/8 → 36. */
export function barTicks(meter: Meter): number {
  return Math.round((meter.numerator * 4 * TICKS_PER_QUARTER) / meter.denominator);
}

/** The beats a musician counts in a bar: 6/8 has two (dotted quarters), 3/4 three, 4/4 four, 2/2 two. */
export function beatsPerBar(meter: Meter): number {
  return isCompoundMeter(meter) ? meter.numerator / 3 : meter.numerator;
}

/** The length of a counted beat in quarter notes: a dotted quarter in 6/8, a half note in 2/2. */
export function beatQuarters(meter: Meter): number {
  return (meter.numerator * 4) / meter.denominator / beatsPerBar(meter);
}

/**
 * The beat notes are grouped by on the page and the band pulses on, in ticks: a quarter in N/1, N/2 and N/4
 * (so 2/2 is beamed and walked in quarters), three of the denominator's notes in compound meters, the
 * denominator's note otherwise (5/8: an eighth).
 */
export function groupingBeatTicks(meter: Meter): number {
  if (meter.denominator <= 4) return TICKS_PER_QUARTER;
  const noteTicks = (4 * TICKS_PER_QUARTER) / meter.denominator;
  return isCompoundMeter(meter) ? 3 * noteTicks : noteTicks;
}

/** Whether a beat may hold eighth-note triplets: quarter-note beats of simple meters only. */
export function allowsTriplets(meter: Meter): boolean {
  return meter.denominator <= 4 && !isCompoundMeter(meter);
}
