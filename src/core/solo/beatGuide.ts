/**
 * The one clock of a solo, and decoding that knows where it is in the bar.
 *
 * `RhythmClock` decides where every value starts and ends, in integer ticks (TICKS_PER_QUARTER = 12). The
 * decoder (through `BeatGuide`) and the realiser both place values with it, so the position the decoder
 * believes is the position written. Its rules are hard:
 * - every note and rest starts and ends on the eighth-note grid, or on the triplet grid inside a beat that
 *   holds nothing but triplet points (a complete group: three triplet eighths, a triplet quarter and eighth,
 *   or a note tied in from the beat before); triplets only where the beat is a quarter note (N/4, N/2, N/1);
 *   compound meters (6/8, 12/8) and other N/8 meters use the eighth grid alone;
 * - rests never start or end on a triplet point (no tuplet holds a rest);
 * - the last value of a solo closes its triplet group; a last note is held to the bar line when at most half a
 *   bar is left.
 * A value whose own length would break a rule there is impossible: the guide masks it to probability 0. When
 * nothing is possible (an odd vocabulary), the model's choice is kept and given the nearest length that fits.
 *
 * `BeatGuide` adds what a player does with that clock:
 * - harmony: while the share of strong beats the solo has landed on chord tones is below the corpus's, values
 *   that would sound a non-chord tone over a strong beat are made much less likely (BebopNet scores its beam
 *   search by harmony in the same spirit). It steers towards the corpus's own share, not towards 100%.
 * - silence: no silence of a bar or more; a breath (a silence of a beat or more) only after a phrase of at
 *   least three notes and not in the last steps, where it would leave a fragment; the solo ends on a note; rests
 *   are held back while the solo has been silent more than the corpus was.
 */
import { allowsTriplets, barTicks, beatsPerBar } from '../../shared/meter';
import { barQuarters, type GrammarValue, type Meter, TICKS_PER_QUARTER } from '../types';

/**
 * Offsets of the strong beats inside a full bar, in quarter notes: beat 1, and the half bar when a bar has an
 * even number (four or more) of beats. A waltz has beat 1 only.
 */
export function strongBeatOffsets(meter: Meter): number[] {
  const bar = barQuarters(meter);
  const beats = beatsPerBar(meter);
  return beats >= 4 && beats % 2 === 0 ? [0, bar / 2] : [0];
}

/** How much less likely a value becomes when it would sound a non-chord tone over a strong beat. */
export const DEFAULT_STRONG_BEAT_PENALTY = 0.02;
/** The target when a model does not record its corpus's share (bebop lines land chord tones on about 9 in 10). */
export const DEFAULT_STRONG_BEAT_TARGET = 0.9;
/** The silence share when a model does not record its corpus's (the bundled corpus rests about a tenth of the time). */
export const DEFAULT_REST_SHARE = 0.1;
/** A phrase is at least this many notes: a rest after one or two notes leaves a fragment, not a phrase. */
export const MIN_PHRASE_NOTES = 3;
/** How much less likely a rest becomes while the solo has been silent longer than its corpus share allows. */
export const SILENCE_PENALTY = 0.05;
/**
 * A phrase this long, in a solo silent a bar less than its corpus share, ends: the next value is a rest
 * where one fits (greedy decoding, which never rests by itself, breathes too).
 */
export const LONG_PHRASE_NOTES = 12;
export const BREATH_DEBT_BARS = 0.25;

const EIGHTH_TICKS = TICKS_PER_QUARTER / 2;
const TRIPLET_EIGHTH_TICKS = TICKS_PER_QUARTER / 3;

/** A value's place in the solo, in ticks from its start. */
export interface TickSpan {
  start: number;
  end: number;
}

/** The length a value asks for by itself, in ticks (at least one: no value vanishes). */
export function valueTicks(quarters: number): number {
  return Number.isFinite(quarters) && quarters > 0 ? Math.max(1, Math.round(quarters * TICKS_PER_QUARTER)) : 1;
}

/** The grid of a meter: the step every boundary lies on, and whether quarter-note beats may hold triplets. */
export function rhythmGrid(meter: Meter): { stepTicks: number; triplets: boolean; barTicks: number } {
  const ticks = barTicks(meter);
  // A bar of an odd number of sixteenths (5/16, 7/16) cannot be cut in eighths: its grid is the sixteenth.
  const stepTicks = ticks % EIGHTH_TICKS === 0 ? EIGHTH_TICKS : EIGHTH_TICKS / 2;
  return { stepTicks, triplets: allowsTriplets(meter), barTicks: ticks };
}

/** Places values one after another on the grid; see the rules at the top of this file. */
export class RhythmClock {
  private readonly stepTicks: number;
  private readonly triplets: boolean;
  private readonly barTicks: number;
  /** Where the next value starts, in ticks from the start of the solo. */
  position = 0;

  constructor(meter: Meter) {
    const grid = rhythmGrid(meter);
    this.stepTicks = grid.stepTicks;
    this.triplets = grid.triplets;
    this.barTicks = grid.barTicks;
  }

  /** Whether a value of `ticks` may start at the current position; `closing`: it is the last value. */
  fits(ticks: number, isRest: boolean, closing = false): boolean {
    const start = this.position;
    const end = start + ticks;
    const onEighths = end % this.stepTicks === 0;
    if (!this.triplets) return onEighths;
    const endInBeat = end % TICKS_PER_QUARTER;
    if (!onEighths && endInBeat % TRIPLET_EIGHTH_TICKS !== 0) return false;
    // A rest neither starts nor ends inside a triplet group, and the last value leaves no group open.
    if ((isRest || closing) && !onEighths) return false;
    if (isRest && start % this.stepTicks !== 0) return false;
    const startInBeat = start % TICKS_PER_QUARTER;
    const sameBeat = Math.floor(start / TICKS_PER_QUARTER) === Math.floor(end / TICKS_PER_QUARTER);
    // Inside one beat the two ends must lie on one grid: an eighth point and a triplet point never share a beat.
    if (sameBeat && startInBeat !== 0 && (startInBeat % EIGHTH_TICKS === 0) !== (endInBeat % EIGHTH_TICKS === 0))
      return false;
    return true;
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
    const barEnd = Math.ceil(end / this.barTicks) * this.barTicks;
    if (closing && !isRest && barEnd - end <= this.barTicks / 2) return { start, end: barEnd };
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
    this.position = span.end;
  }
}

/**
 * Every value's span, placed by the clock exactly as the guide placed them while decoding
 * (the realiser's timing, when it is not handed the guide's spans).
 */
export function placeValues(values: readonly Pick<GrammarValue, 'type' | 'duration'>[], meter: Meter): TickSpan[] {
  const clock = new RhythmClock(meter);
  return values.map((value, index) => {
    const span = clock.spanFor(valueTicks(value.duration), value.type === 'R', index === values.length - 1);
    clock.advance(span);
    return span;
  });
}

export interface BeatGuideStyle {
  /** Share of strong beats the corpus lands on chord tones. */
  strongBeatChordToneRatio?: number;
  /** Share of the corpus's time that is silent. */
  restShare?: number;
}

export class BeatGuide {
  private readonly clock: RhythmClock;
  private readonly barTicks: number;
  private readonly beatTicks: number;
  private readonly strongTicks: number[];
  private readonly durationTicks: Int32Array;
  private readonly isRest: Uint8Array;
  private readonly penalisable: Uint8Array;
  private readonly isChordTone: Uint8Array;
  private readonly target: number;
  private readonly restShare: number;
  private readonly recorded: TickSpan[] = [];
  private allowed: Uint8Array;
  /** Strong beats the solo so far sounded a note over, and how many of those were chord tones. */
  private strongBeats = 0;
  private chordToneBeats = 0;
  private silentTicks = 0;
  /** Length of the silence the solo is in (0 while a note sounds). */
  private silenceRun = 0;
  /** Notes since the last breath (a silence of a beat or more, as phrases are counted). */
  private phraseNotes = 0;

  /**
   * `values` is the model's vocabulary, parsed, in index order; `style` (or a number: the strong-beat share)
   * what the training corpus did.
   */
  constructor(
    values: readonly GrammarValue[],
    meter: Meter,
    style: BeatGuideStyle | number = {},
    private readonly penalty = DEFAULT_STRONG_BEAT_PENALTY,
  ) {
    const given = typeof style === 'number' ? { strongBeatChordToneRatio: style } : style;
    this.target = given.strongBeatChordToneRatio ?? DEFAULT_STRONG_BEAT_TARGET;
    this.restShare = given.restShare ?? DEFAULT_REST_SHARE;
    this.clock = new RhythmClock(meter);
    this.barTicks = rhythmGrid(meter).barTicks;
    this.beatTicks = this.barTicks / beatsPerBar(meter);
    this.strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
    this.durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
    this.isRest = Uint8Array.from(values, (v) => (v.type === 'R' ? 1 : 0));
    this.penalisable = Uint8Array.from(values, (v) => (v.type === 'C' || v.type === 'R' ? 0 : 1));
    this.isChordTone = Uint8Array.from(values, (v) => (v.type === 'C' ? 1 : 0));
    this.allowed = new Uint8Array(values.length);
  }

  /** Where the values chosen so far sit, in ticks from the start (what the realiser writes). */
  get spans(): readonly TickSpan[] {
    return this.recorded;
  }

  /**
   * Reweights, in place, the probabilities [V] of the next value: impossible ones become 0 (off the grid, a
   * rest that would make a silence of a bar or end a fragment), and non-chord tones over a strong beat and
   * rests beyond the corpus's silence are made less likely. `stepsLeft` counts this step (1: the last value).
   */
  adjust(probabilities: Float32Array, stepsLeft = Infinity): void {
    const closing = stepsLeft <= 1;
    const possible = this.allowed;
    let anyPossible = false;
    for (let v = 0; v < probabilities.length; v++) {
      const rest = this.isRest[v] === 1;
      const fits = this.clock.fits(this.durationTicks[v], rest, closing);
      possible[v] = fits && (!rest || this.restAllowed(this.durationTicks[v], stepsLeft)) ? 1 : 0;
      if (possible[v] && probabilities[v] > 0) anyPossible = true;
    }
    // Nothing fits (a vocabulary without eighths or triplets): keep the model's choice of note, which the clock
    // will fit; a rest only where no note is left and it can stand here at all.
    if (!anyPossible) {
      let anyNote = false;
      for (let v = 0; v < probabilities.length; v++) if (!this.isRest[v] && probabilities[v] > 0) anyNote = true;
      for (let v = 0; v < probabilities.length; v++) {
        if (this.isRest[v] && (anyNote || !this.clock.canPlace(this.durationTicks[v], true, closing)))
          probabilities[v] = 0;
      }
      return;
    }
    const restOverShare = (ticks: number) =>
      this.silentTicks + ticks > this.restShare * (this.clock.position + ticks) + this.beatTicks / 2;
    for (let v = 0; v < probabilities.length; v++) {
      if (!possible[v]) probabilities[v] = 0;
      else if (this.isRest[v] && restOverShare(this.durationTicks[v])) probabilities[v] *= SILENCE_PENALTY;
    }
    const breathDue =
      this.phraseNotes >= LONG_PHRASE_NOTES &&
      this.silentTicks < this.restShare * this.clock.position - this.barTicks * BREATH_DEBT_BARS;
    // A due breath lasts a beat at most: the phrase goes on after it.
    const isBreath = (v: number) =>
      this.isRest[v] === 1 &&
      probabilities[v] > 0 &&
      this.durationTicks[v] <= this.beatTicks &&
      !restOverShare(this.durationTicks[v]);
    let anyBreath = false;
    for (let v = 0; v < probabilities.length; v++) if (isBreath(v)) anyBreath = true;
    if (breathDue && anyBreath) {
      for (let v = 0; v < probabilities.length; v++) if (!isBreath(v)) probabilities[v] = 0;
    }
    // A non-chord tone on the next strong beat is allowed only while the share would stay at the target.
    if (this.chordToneBeats / (this.strongBeats + 1) >= this.target) return;
    for (let v = 0; v < probabilities.length; v++) {
      if (this.penalisable[v] && this.coversStrongBeat(this.durationTicks[v])) probabilities[v] *= this.penalty;
    }
  }

  /** Moves past the chosen value. `closing`: it is the last value of the solo. */
  accept(index: number, closing = false): void {
    const rest = this.isRest[index] === 1;
    const span = this.clock.spanFor(this.durationTicks[index], rest, closing);
    const sounds = this.penalisable[index] === 1 || this.isChordTone[index] === 1;
    if (sounds && this.coversStrongBeat(span.end - span.start)) {
      this.strongBeats++;
      this.chordToneBeats += this.isChordTone[index];
    }
    if (rest) {
      this.silentTicks += span.end - span.start;
      this.silenceRun += span.end - span.start;
      if (this.silenceRun >= this.beatTicks) this.phraseNotes = 0;
    } else {
      this.silenceRun = 0;
      this.phraseNotes++;
    }
    this.recorded.push(span);
    this.clock.advance(span);
  }

  /**
   * A rest keeps the silence under a bar, and makes a breath (a beat or more) only after a phrase and early
   * enough for another phrase to follow. The last value is a note.
   */
  private restAllowed(ticks: number, stepsLeft: number): boolean {
    const silence = this.silenceRun + ticks;
    if (stepsLeft <= 1 || silence >= this.barTicks) return false;
    if (silence < this.beatTicks) return true;
    const phraseDone = this.phraseNotes === 0 || this.phraseNotes >= MIN_PHRASE_NOTES;
    return phraseDone && stepsLeft > MIN_PHRASE_NOTES;
  }

  private coversStrongBeat(duration: number): boolean {
    const start = this.clock.position;
    const end = start + duration;
    for (let bar = Math.floor(start / this.barTicks); bar * this.barTicks < end; bar++) {
      for (const strong of this.strongTicks) {
        const at = bar * this.barTicks + strong;
        if (at >= start && at < end) return true;
      }
    }
    return false;
  }
}
