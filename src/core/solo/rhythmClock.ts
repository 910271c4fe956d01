/**
 * The one clock of a solo. `RhythmClock` decides where every value starts and ends, in integer ticks (TICKS_PER_QUARTER = 12). The
 * decoder (through `BeatGuide`) and the realiser both place values with it, so the position the decoder
 * believes is the position written. Its rules are hard (they are the page's rules, not a style):
 * - every note and rest starts and ends on the eighth-note grid, or on the triplet grid inside a beat that
 *   holds nothing but triplet points (a complete group: three triplet eighths, a triplet quarter and eighth,
 *   or a note tied in from the beat before); triplets only where the beat is a quarter note (N/4, N/2, N/1);
 *   compound meters (6/8, 12/8) and other N/8 meters use the eighth grid alone;
 * - when the corpus plays sixteenths (style.ts, playsSixteenths) the "e" and the "a" of a quarter-note beat are
 *   on the grid too, in groups that read: whatever starts or ends on one stays inside its beat (four
 *   sixteenths, an eighth and two, two and an eighth, a dotted eighth and one ... never a sixteenth tied over a
 *   beat), and a beat never mixes sixteenths with triplets;
 * - rests never start or end on a triplet point (no tuplet holds a rest);
 * - the last value of a solo closes its triplet group and ends on the eighth grid; a last note is held to the
 *   bar line when at most half a bar is left (unless it starts on a sixteenth, which stays in its beat).
 * A value whose own length would break a rule there is impossible: the guide masks it to probability 0. When
 * nothing is possible (an odd vocabulary), the model's choice is kept and given the nearest length that fits.
 */
import { EIGHTH_TICKS, SIXTEENTH_TICKS, TICKS_PER_QUARTER, TRIPLET_EIGHTH_TICKS } from '../../shared/ticks';
import { allowsTriplets, barTicks, type Meter } from '../../shared/meter';
import { type GrammarValue } from '../types';
import { playsSixteenths, type StyleProfile } from './style';
import { valueTicks } from './guideTables';

/** A value's place in the solo, in ticks from its start. */
export interface TickSpan {
  start: number;
  end: number;
}

/** The grid of a meter: the step every boundary lies on, and whether quarter-note beats may hold triplets. */
export function rhythmGrid(meter: Meter): { stepTicks: number; triplets: boolean; barTicks: number } {
  const ticks = barTicks(meter);
  // A bar of an odd number of sixteenths (5/16, 7/16) cannot be cut in eighths: its grid is the sixteenth.
  const stepTicks = ticks % EIGHTH_TICKS === 0 ? EIGHTH_TICKS : EIGHTH_TICKS / 2;
  return { stepTicks, triplets: allowsTriplets(meter), barTicks: ticks };
}

export interface ClockOptions {
  /** The sixteenth grid too (the corpus plays sixteenths: see playsSixteenths). */
  sixteenths?: boolean;
  /**
   * Triplets as a reader wants them: a value touching a triplet point stays inside its beat, but for the middle
   * note of a quarter-note triplet group (models that record their corpus's style; older ones keep ties into a
   * triplet group, as they were decoded).
   */
  cleanTriplets?: boolean;
}

/** Places values one after another on the grid; see the rules at the top of this file. */
export class RhythmClock {
  private readonly stepTicks: number;
  private readonly triplets: boolean;
  private readonly sixteenths: boolean;
  private readonly barTicks: number;
  private readonly cleanTriplets: boolean;
  /** Where the next value starts, in ticks from the start of the solo. */
  position = 0;
  /** Where the last value started, and whether it crossed a beat from inside one. */
  private lastStart = -1;
  private crossed = false;

  constructor(meter: Meter, options: ClockOptions = {}) {
    const grid = rhythmGrid(meter);
    this.stepTicks = grid.stepTicks;
    this.triplets = grid.triplets;
    // Sixteenths are read beat by beat: only where a beat is a quarter note (the meters that hold triplets).
    this.sixteenths = grid.triplets && options.sixteenths === true;
    this.cleanTriplets = options.cleanTriplets === true;
    this.barTicks = grid.barTicks;
  }

  /** Whether a value of `ticks` may start at the current position; `closing`: it is the last value. */
  fits(ticks: number, isRest: boolean, closing = false): boolean {
    const start = this.position;
    const end = start + ticks;
    const onEighths = end % this.stepTicks === 0;
    if (!this.triplets) return onEighths;
    const startInBeat = start % TICKS_PER_QUARTER;
    const endInBeat = end % TICKS_PER_QUARTER;
    const endsStraight = this.straight(endInBeat);
    if (!endsStraight && endInBeat % TRIPLET_EIGHTH_TICKS !== 0) return false;
    // A rest neither starts nor ends inside a triplet group, and the last value leaves no group open.
    if (closing && !onEighths) return false;
    if (isRest && !(this.straight(startInBeat) && endsStraight)) return false;
    // A value touching the "e" or the "a" of a beat stays inside that beat: no sixteenth tied over a beat.
    const beatStart = start - startInBeat;
    if (startInBeat % EIGHTH_TICKS === SIXTEENTH_TICKS && end > beatStart + TICKS_PER_QUARTER) return false;
    if (endInBeat % EIGHTH_TICKS === SIXTEENTH_TICKS && start < end - endInBeat) return false;
    if (this.cleanTriplets && !this.readableTriplet(start, end)) return false;
    const sameBeat = Math.floor(start / TICKS_PER_QUARTER) === Math.floor(end / TICKS_PER_QUARTER);
    // Inside one beat the two ends must lie on one grid: a straight point and a triplet point never share a beat.
    if (sameBeat && startInBeat !== 0 && (startInBeat % SIXTEENTH_TICKS === 0) !== (endInBeat % SIXTEENTH_TICKS === 0))
      return false;
    return true;
  }

  /** Whether a point `inBeat` ticks into a beat is on the straight grid (eighths, and sixteenths when they are on). */
  private straight(inBeat: number): boolean {
    return inBeat % EIGHTH_TICKS === 0 || (this.sixteenths && inBeat % SIXTEENTH_TICKS === 0);
  }

  /**
   * A value touching a triplet point stays inside its beat, but for the quarter-note triplet written as one group
   * over two beats (`(3a2b2c2`: from beat 1 or 3, three notes of 8 ticks, inside the bar): its middle note crosses
   * the beat, and the note after it closes the group.
   */
  private readableTriplet(start: number, end: number): boolean {
    const startInBeat = start % TICKS_PER_QUARTER;
    const endInBeat = end % TICKS_PER_QUARTER;
    const onTriplet = (inBeat: number) => inBeat % TRIPLET_EIGHTH_TICKS === 0 && inBeat % SIXTEENTH_TICKS !== 0;
    const beatStart = start - startInBeat;
    const groupStart = beatStart - TICKS_PER_QUARTER;
    // The note after a quarter-triplet's middle note: the third, to the beat.
    if (this.lastStart === start - 2 * TRIPLET_EIGHTH_TICKS && startInBeat === TRIPLET_EIGHTH_TICKS && this.crossed)
      return end === groupStart + 2 * TICKS_PER_QUARTER;
    const crosses =
      (onTriplet(startInBeat) && end > beatStart + TICKS_PER_QUARTER) ||
      (onTriplet(endInBeat) && start < end - endInBeat);
    if (!crosses) return true;
    // The middle note: from the group's first note (a triplet quarter on beat 1 or 3) over the beat.
    const firstStart = beatStart;
    return (
      startInBeat === 2 * TRIPLET_EIGHTH_TICKS &&
      end - start === 2 * TRIPLET_EIGHTH_TICKS &&
      this.lastStart === firstStart &&
      firstStart % (2 * TICKS_PER_QUARTER) === 0 &&
      Math.floor(firstStart / this.barTicks) === Math.floor((firstStart + 2 * TICKS_PER_QUARTER - 1) / this.barTicks)
    );
  }

  /**
   * The span a value of `ticks` gets here: its own length when it fits, otherwise the nearest length that does.
   * A rest inside an open triplet group (only values the guide did not choose can put one there) closes the
   * group as a note would.
   */
  spanFor(ticks: number, isRest: boolean, closing = false): TickSpan {
    const start = this.position;
    const length = this.fits(ticks, isRest, closing)
      ? ticks
      : this.nearestFit(ticks, isRest, closing) || this.nearestFit(ticks, false, closing);
    const end = start + length;
    // The last note is held to the bar line when at most half a bar is left: a line ends on a long note,
    // not on an eighth followed by rests.
    // A note on the "e" or the "a" (or on a triplet point, where triplets are clean) stays inside its beat.
    const barEnd = Math.ceil(end / this.barTicks) * this.barTicks;
    const offEighth = (start % TICKS_PER_QUARTER) % EIGHTH_TICKS;
    const staysInBeat = offEighth === SIXTEENTH_TICKS || (this.cleanTriplets && offEighth !== 0);
    if (closing && !isRest && !staysInBeat && barEnd - end <= this.barTicks / 2) return { start, end: barEnd };
    return { start, end };
  }

  /** Whether a value of `ticks` can be given some length here (a rest cannot inside a triplet group). */
  canPlace(ticks: number, isRest: boolean, closing = false): boolean {
    return this.fits(ticks, isRest, closing) || this.nearestFit(ticks, isRest, closing) > 0;
  }

  /**
   * The fitting length nearest `ticks` (0 when none), up to two bars of 4/4; the shorter wins a tie. Lengths
   * ending on the eighth grid come first: a sixteenth becomes an eighth, and opens no triplet.
   */
  private nearestFit(ticks: number, isRest: boolean, closing: boolean): number {
    let best = 0;
    for (const onEighths of [true, false]) {
      for (let length = 1; length <= Math.max(96, 2 * ticks); length++) {
        if (((this.position + length) % this.stepTicks === 0) !== onEighths || !this.fits(length, isRest, closing))
          continue;
        if (best === 0 || Math.abs(length - ticks) < Math.abs(best - ticks)) best = length;
      }
      if (best > 0) return best;
    }
    return best;
  }

  advance(span: TickSpan): void {
    const startInBeat = span.start % TICKS_PER_QUARTER;
    this.crossed = startInBeat !== 0 && span.end > span.start - startInBeat + TICKS_PER_QUARTER;
    this.lastStart = span.start;
    this.position = span.end;
  }

  get sixteenthGrid(): boolean {
    return this.sixteenths;
  }
}

/** The grid a model's style asks for: sixteenths where its corpus plays them, clean triplets where it records its style. */
export function clockOptions(style: StyleProfile): ClockOptions {
  return { sixteenths: playsSixteenths(style), cleanTriplets: style.eighthShare !== undefined };
}

/**
 * Every value's span, placed by the clock exactly as the guide placed them while decoding
 * (the realiser's timing, when it is not handed the guide's spans).
 */
export function placeValues(
  values: readonly Pick<GrammarValue, 'type' | 'duration'>[],
  meter: Meter,
  options: ClockOptions = {},
): TickSpan[] {
  const clock = new RhythmClock(meter, options);
  return values.map((value, index) => {
    const span = clock.spanFor(valueTicks(value.duration), value.type === 'R', index === values.length - 1);
    clock.advance(span);
    return span;
  });
}
