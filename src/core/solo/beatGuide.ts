/**
 * The one clock of a solo, and decoding that knows where it is in the bar and plays in its corpus's style.
 *
 * `RhythmClock` decides where every value starts and ends, in integer ticks (TICKS_PER_QUARTER = 12). The
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
 *
 * `BeatGuide` adds what its corpus does with that clock (the model's metadata `style`, a StyleProfile):
 * - harmony: among the notes that would sound over a strong beat, chord tones (C), tensions (S) and chromatic
 *   notes (A, X) get the corpus's shares of the model's probability, pulled back further when the solo drifts
 *   (BebopNet scores its beam search by harmony in the same spirit). A model that records only its chord-tone
 *   share: non-chord tones are made much less likely while the solo is below that share.
 * - rhythm: among the notes that fit here, eighths, sixteenths, triplets and other lengths get the corpus's
 *   shares of onset-to-onset distances, pulled back further when the solo drifts (counted onset to onset).
 * - line: the learned intervals (window centres: repeats, steps, skips, leaps) and the share of chromatic
 *   notes (A, X) are brought halfway to the corpus's at each step, and pulled back when the solo drifts.
 * - silence: no silence of a bar or more; a breath (a silence of a beat or more) only after a phrase of at
 *   least three notes and not in the last steps, where it would leave a fragment; the solo ends on a note; rests
 *   are held back while the solo has been silent more than the corpus was. A phrase as long as the corpus's
 *   median ends in a breath while the solo has left less time between phrases than the corpus.
 */
import { EIGHTH_TICKS, SIXTEENTH_TICKS, TICKS_PER_QUARTER, TRIPLET_EIGHTH_TICKS } from '../../shared/ticks';
import { allowsTriplets, barTicks, beatsPerBar, type Meter } from '../../shared/meter';
import { type GrammarValue } from '../types';
import { playsSixteenths, strongBeatOffsets, type StyleProfile } from './style';
import {
  type ColourClass,
  INTERVAL_MATCH,
  ONSET_MATCH,
  type IntervalClass,
  type OnsetClass,
  ShareSteer,
  type StrongBeatClass,
  intervalClass,
  onsetClass,
  shareTargets,
  steerClasses,
  strongBeatClass,
} from './styleSteer';

export { strongBeatOffsets };

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
    const straight = (inBeat: number) =>
      inBeat % EIGHTH_TICKS === 0 || (this.sixteenths && inBeat % SIXTEENTH_TICKS === 0);
    if (!straight(endInBeat) && endInBeat % TRIPLET_EIGHTH_TICKS !== 0) return false;
    // A rest neither starts nor ends inside a triplet group, and the last value leaves no group open.
    if (closing && !onEighths) return false;
    if (isRest && !(straight(startInBeat) && straight(endInBeat))) return false;
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

/** What the guide follows of the training corpus (a number: the old strong-beat chord-tone share alone). */
export type BeatGuideStyle = StyleProfile;

/** The stages of BeatGuide.adjust an explanation sees; what changes after 'rhythm' is the harmony steering. */
export type GuideStage = 'rules' | 'breath' | 'rhythm';

/** Sees the probabilities after each stage of BeatGuide.adjust (for generate --explain); changes nothing. */
export interface GuideRecorder {
  /**
   * With 'rules', `onGrid(v)` tells whether value v's length fits the rhythmic grid here: a value the stage set to
   * 0 that fits was masked by a notation rule (a silence of a bar, a fragment, a last rest), else by the grid;
   * a rest it made less likely was held back by the corpus's silence share.
   */
  afterStage(stage: GuideStage, probabilities: Float32Array, onGrid?: (value: number) => boolean): void;
}

export class BeatGuide {
  private readonly clock: RhythmClock;
  private readonly barTicks: number;
  private readonly beatTicks: number;
  private readonly strongTicks: number[];
  private readonly values: readonly GrammarValue[];
  private readonly durationTicks: Int32Array;
  private readonly isRest: Uint8Array;
  private readonly penalisable: Uint8Array;
  private readonly isChordTone: Uint8Array;
  private readonly target: number;
  private readonly restShare: number;
  private readonly longPhraseNotes: number;
  /** The corpus's time between phrases (undefined: a model that records only its rest share). */
  private readonly phraseRestShare?: number;
  /** Steering of the strong beats' classes (a model that records them), else of the chord-tone share alone. */
  private readonly strongBeatSteer?: ShareSteer<StrongBeatClass>;
  private readonly onsetSteer?: ShareSteer<OnsetClass>;
  private readonly intervalSteer?: ShareSteer<IntervalClass>;
  private readonly chromaticSteer?: ShareSteer<ColourClass>;
  private readonly recorded: TickSpan[] = [];
  private allowed: Uint8Array;
  /** Set by an explanation (generate --explain) to see each stage of adjust; decoding never reads it. */
  recorder?: GuideRecorder;
  /** Strong beats the solo so far sounded a note over, and how many of those were chord tones. */
  private strongBeats = 0;
  private chordToneBeats = 0;
  private silentTicks = 0;
  /** Length of the silence the solo is in (0 while a note sounds). */
  private silenceRun = 0;
  /** Silence in the breaths between phrases (silences of a beat or more followed by a note). */
  private breathTicks = 0;
  /** Notes since the last breath (a silence of a beat or more, as phrases are counted). */
  private phraseNotes = 0;
  /** Where the last note started (-1 before the first). */
  private lastOnset = -1;

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
    const given: StyleProfile = typeof style === 'number' ? { strongBeatChordToneRatio: style } : style;
    this.target = given.strongBeatChordToneRatio ?? DEFAULT_STRONG_BEAT_TARGET;
    this.restShare = given.restShare ?? DEFAULT_REST_SHARE;
    this.longPhraseNotes = Math.max(MIN_PHRASE_NOTES + 1, Math.round(given.phraseMedianNotes ?? LONG_PHRASE_NOTES));
    this.phraseRestShare = given.phraseRestShare;
    this.clock = new RhythmClock(meter, clockOptions(given));
    this.barTicks = rhythmGrid(meter).barTicks;
    this.beatTicks = this.barTicks / beatsPerBar(meter);
    this.strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
    this.values = values;
    this.durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
    this.isRest = Uint8Array.from(values, (v) => (v.type === 'R' ? 1 : 0));
    this.penalisable = Uint8Array.from(values, (v) => (v.type === 'C' || v.type === 'R' ? 0 : 1));
    this.isChordTone = Uint8Array.from(values, (v) => (v.type === 'C' ? 1 : 0));
    this.allowed = new Uint8Array(values.length);
    const strongTargets = shareTargets<StrongBeatClass>(
      [
        ['chordTone', given.strongBeatChordToneRatio],
        ['tension', given.strongBeatTensionRatio],
        ['chromatic', given.strongBeatChromaticRatio],
      ],
      'chromatic',
    );
    // Without steering (strongBeatChordToneRatio 0) nothing is pulled anywhere.
    if (strongTargets && this.target > 0) this.strongBeatSteer = new ShareSteer(strongTargets);
    const onsetTargets = shareTargets<OnsetClass>(
      [
        ['eighth', given.eighthShare],
        ['sixteenth', given.sixteenthShare],
        ['triplet', given.tripletShare],
      ],
      'other',
    );
    if (onsetTargets) this.onsetSteer = new ShareSteer(onsetTargets);
    const intervalTargets = shareTargets<IntervalClass>(
      [
        ['repeat', given.repeatShare],
        ['step', given.stepShare],
        ['skip', given.skipShare],
        ['leap', given.leapShare],
      ],
      'leap',
    );
    if (intervalTargets) this.intervalSteer = new ShareSteer(intervalTargets);
    const colourTargets = shareTargets<ColourClass>([['chromatic', given.chromaticShare]], 'inside');
    if (colourTargets) this.chromaticSteer = new ShareSteer(colourTargets);
  }

  /** Where the values chosen so far sit, in ticks from the start (what the realiser writes). */
  get spans(): readonly TickSpan[] {
    return this.recorded;
  }

  /** Whether the guide writes sixteenths (its corpus plays them). */
  get sixteenths(): boolean {
    return this.clock.sixteenthGrid;
  }

  /**
   * Reweights, in place, the probabilities [V] of the next value: impossible ones become 0 (off the grid, a
   * rest that would make a silence of a bar or end a fragment), and the shares the solo has drifted from its
   * corpus's are pulled back: the classes of the strong beats, the onset-to-onset rhythm, the silence.
   * `stepsLeft` counts this step (1: the last value).
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
      this.recorder?.afterStage('rules', probabilities, () => true);
      return;
    }
    const restOverShare = (ticks: number) => this.restOverShare(ticks);
    for (let v = 0; v < probabilities.length; v++) {
      if (!possible[v]) probabilities[v] = 0;
      else if (this.isRest[v] && restOverShare(this.durationTicks[v])) probabilities[v] *= SILENCE_PENALTY;
    }
    this.recorder?.afterStage('rules', probabilities, (v) =>
      this.clock.fits(this.durationTicks[v], this.isRest[v] === 1, closing),
    );
    // A phrase as long as the corpus's ends: the next values are rests until the breath is a beat long, and
    // longer while the solo has breathed less than its corpus (a model that records only its rest share: a breath
    // of a beat at most, when the solo is a quarter bar behind).
    const breathDue =
      this.phraseRestShare === undefined
        ? this.phraseNotes >= this.longPhraseNotes &&
          this.silentTicks < this.restShare * this.clock.position - this.barTicks * BREATH_DEBT_BARS
        : (this.phraseNotes >= this.longPhraseNotes &&
            this.breathTicks < this.phraseRestShare * this.clock.position + this.beatTicks) ||
          // A breath goes on while the solo has left less time between phrases than its corpus.
          (this.silenceRun >= this.beatTicks &&
            this.breathTicks + this.silenceRun < this.phraseRestShare * this.clock.position);
    const longestBreath = this.phraseRestShare === undefined ? this.beatTicks : this.barTicks;
    const isBreath = (v: number) =>
      this.isRest[v] === 1 &&
      probabilities[v] > 0 &&
      this.durationTicks[v] <= longestBreath &&
      !restOverShare(this.durationTicks[v]);
    let anyBreath = false;
    for (let v = 0; v < probabilities.length; v++) if (isBreath(v)) anyBreath = true;
    if (breathDue && anyBreath) {
      for (let v = 0; v < probabilities.length; v++) if (!isBreath(v)) probabilities[v] = 0;
    }
    this.recorder?.afterStage('breath', probabilities);
    if (this.onsetSteer) steerClasses(probabilities, this.onsetSteer, this.onsetClassOf, ONSET_MATCH);
    if (this.intervalSteer) steerClasses(probabilities, this.intervalSteer, this.intervalClassOf, INTERVAL_MATCH);
    if (this.chromaticSteer) steerClasses(probabilities, this.chromaticSteer, this.colourClassOf, INTERVAL_MATCH);
    if (this.strongBeatSteer) {
      steerClasses(probabilities, this.strongBeatSteer, this.strongBeatClassOf, 1);
      return;
    }
    // A non-chord tone on the next strong beat is allowed only while the share would stay at the target.
    if (this.chordToneBeats / (this.strongBeats + 1) >= this.target) return;
    for (let v = 0; v < probabilities.length; v++) {
      if (this.penalisable[v] && this.coversStrongBeat(this.durationTicks[v])) probabilities[v] *= this.penalty;
    }
  }

  private readonly onsetClassOf = (v: number): OnsetClass | undefined =>
    this.isRest[v] ? undefined : onsetClass(this.durationTicks[v]);

  private readonly intervalClassOf = (v: number): IntervalClass | undefined => {
    const window = this.values[v].window;
    return window && !this.isRest[v] ? intervalClass((window.upper + window.lower) / 2) : undefined;
  };

  private readonly colourClassOf = (v: number): ColourClass | undefined =>
    this.isRest[v] ? undefined : strongBeatClass(this.values[v].type) === 'chromatic' ? 'chromatic' : 'inside';

  private readonly strongBeatClassOf = (v: number): StrongBeatClass | undefined =>
    !this.isRest[v] && this.coversStrongBeat(this.durationTicks[v]) ? strongBeatClass(this.values[v].type) : undefined;

  /**
   * Whether a rest of `ticks` here would make the solo more silent than its corpus. A model that records its time
   * between phrases keeps two budgets: a rest that makes (or lengthens) a breath of a beat or more spends the
   * corpus's time between phrases, a shorter one the corpus's rests inside phrases (what is left of its silence).
   */
  private restOverShare(ticks: number): boolean {
    const position = this.clock.position + ticks;
    if (this.phraseRestShare === undefined)
      return this.silentTicks + ticks > this.restShare * position + this.beatTicks / 2;
    const silence = this.silenceRun + ticks;
    if (silence >= this.beatTicks) return this.breathTicks + silence > this.phraseRestShare * position + this.beatTicks;
    const insidePhrases = this.silentTicks - this.breathTicks - this.silenceRun;
    const insideShare = Math.max(0, this.restShare - this.phraseRestShare);
    return insidePhrases + silence > insideShare * position + this.beatTicks / 2;
  }

  /** Moves past the chosen value. `closing`: it is the last value of the solo. */
  accept(index: number, closing = false): void {
    const rest = this.isRest[index] === 1;
    const span = this.clock.spanFor(this.durationTicks[index], rest, closing);
    const sounds = this.penalisable[index] === 1 || this.isChordTone[index] === 1;
    if (sounds && this.coversStrongBeat(span.end - span.start)) {
      this.strongBeats++;
      this.chordToneBeats += this.isChordTone[index];
      this.strongBeatSteer?.count(strongBeatClass(this.values[index].type));
    }
    if (rest) {
      this.silentTicks += span.end - span.start;
      this.silenceRun += span.end - span.start;
      if (this.silenceRun >= this.beatTicks) this.phraseNotes = 0;
    } else {
      if (this.silenceRun >= this.beatTicks) this.breathTicks += this.silenceRun;
      this.silenceRun = 0;
      this.phraseNotes++;
      // What the solo played is counted as the style measures it: onset to onset, across rests.
      if (this.lastOnset >= 0) this.onsetSteer?.count(onsetClass(span.start - this.lastOnset));
      this.lastOnset = span.start;
      const interval = this.intervalClassOf(index);
      if (interval) this.intervalSteer?.count(interval);
      this.chromaticSteer?.count(this.colourClassOf(index) ?? 'inside');
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
