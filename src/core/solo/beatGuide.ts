/**
 * Decoding that knows where it is in the bar (rhythmClock.ts: the clock and its hard rules, which the guide masks
 * impossible values by) and plays in its corpus's style.
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
import { beatsPerBar, type Meter } from '../../shared/meter';
import { type GrammarValue } from '../types';
import { strongBeatTicks, type StyleProfile } from './style';
import { guideTables } from './guideTables';
import { RhythmClock, type TickSpan, clockOptions, rhythmGrid } from './rhythmClock';
import {
  COLOUR_CLASSES,
  type ColourClass,
  INTERVAL_CLASSES,
  INTERVAL_MATCH,
  ONSET_CLASSES,
  ONSET_MATCH,
  type IntervalClass,
  type OnsetClass,
  ShareSteer,
  STRONG_BEAT_CLASSES,
  type StrongBeatClass,
  type Candidates,
  ValueClasses,
  onsetClass,
  shareTargets,
  type SteerStage,
  steerInTurn,
  steerStage,
} from './styleSteer';

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
  private readonly strongTicks: readonly number[];
  /** The vocabulary's tables (guideTables), shared by every guide of a model. */
  private readonly durationTicks: Int32Array;
  private readonly isRest: Uint8Array;
  private readonly penalisable: Uint8Array;
  private readonly isChordTone: Uint8Array;
  private readonly strongBeatType: Int8Array;
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
  /** Each value's class for each steer (the strong beats' set at every step: whether a note covers one depends on where it starts). */
  private readonly onsetClasses: ValueClasses<OnsetClass>;
  private readonly intervalClasses: ValueClasses<IntervalClass>;
  private readonly colourClasses: ValueClasses<ColourClass>;
  private readonly strongBeatClasses: ValueClasses<StrongBeatClass>;
  /**
   * A vocabulary holds a few hundred values but a few dozen lengths: what the clock says of a length is asked once
   * a step (`atStep`, by `lengthOf[v]`, an index into `lengths`).
   */
  private readonly lengths: Int32Array;
  private readonly lengthOf: Int32Array;
  private readonly noteLength: Uint8Array;
  private readonly restLength: Uint8Array;
  private readonly atStep: {
    noteFits: Uint8Array;
    restFits: Uint8Array;
    restAllowed: Uint8Array;
    restOverShare: Uint8Array;
    coversStrongBeat: Uint8Array;
  };
  private readonly recorded: TickSpan[] = [];
  private allowed: Uint8Array;
  private readonly candidates: Candidates;
  /** The steers of a step, in the order they apply. */
  private readonly stages: ReadonlyArray<SteerStage<string>>;
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
    this.strongTicks = strongBeatTicks(meter);
    const tables = guideTables(values);
    ({
      durationTicks: this.durationTicks,
      isRest: this.isRest,
      lengths: this.lengths,
      lengthOf: this.lengthOf,
    } = tables);
    ({ penalisable: this.penalisable, isChordTone: this.isChordTone, strongBeat: this.strongBeatType } = tables);
    ({ noteLength: this.noteLength, restLength: this.restLength } = tables);
    this.allowed = new Uint8Array(values.length);
    this.candidates = { values: new Int32Array(values.length), count: 0 };
    const lengthCount = this.lengths.length;
    this.atStep = {
      noteFits: new Uint8Array(lengthCount),
      restFits: new Uint8Array(lengthCount),
      restAllowed: new Uint8Array(lengthCount),
      restOverShare: new Uint8Array(lengthCount),
      coversStrongBeat: new Uint8Array(lengthCount),
    };
    this.onsetClasses = new ValueClasses(ONSET_CLASSES, tables.onset);
    this.intervalClasses = new ValueClasses(INTERVAL_CLASSES, tables.interval);
    this.colourClasses = new ValueClasses(COLOUR_CLASSES, tables.colour);
    this.strongBeatClasses = new ValueClasses(STRONG_BEAT_CLASSES, new Int8Array(values.length));
    const strongTargets = shareTargets<StrongBeatClass>(
      [
        ['chordTone', given.strongBeatChordToneRatio],
        ['tension', given.strongBeatTensionRatio],
        ['chromatic', given.strongBeatChromaticRatio],
      ],
      'chromatic',
    );
    // Without steering (strongBeatChordToneRatio 0) nothing is pulled anywhere.
    if (strongTargets && this.target > 0) this.strongBeatSteer = new ShareSteer(STRONG_BEAT_CLASSES, strongTargets);
    const onsetTargets = shareTargets<OnsetClass>(
      [
        ['eighth', given.eighthShare],
        ['sixteenth', given.sixteenthShare],
        ['triplet', given.tripletShare],
      ],
      'other',
    );
    if (onsetTargets) this.onsetSteer = new ShareSteer(ONSET_CLASSES, onsetTargets);
    const intervalTargets = shareTargets<IntervalClass>(
      [
        ['repeat', given.repeatShare],
        ['step', given.stepShare],
        ['skip', given.skipShare],
        ['leap', given.leapShare],
      ],
      'leap',
    );
    if (intervalTargets) this.intervalSteer = new ShareSteer(INTERVAL_CLASSES, intervalTargets);
    const colourTargets = shareTargets<ColourClass>([['chromatic', given.chromaticShare]], 'inside');
    if (colourTargets) this.chromaticSteer = new ShareSteer(COLOUR_CLASSES, colourTargets);
    const stage = <K extends string>(steer: ShareSteer<K> | undefined, classes: ValueClasses<K>, match: number) =>
      steer ? [steerStage(steer, classes, match)] : [];
    // In this order: the strong beats' classes last, so that the harmony's shares hold whatever the rhythm did.
    this.stages = [
      ...stage(this.onsetSteer, this.onsetClasses, ONSET_MATCH),
      ...stage(this.intervalSteer, this.intervalClasses, INTERVAL_MATCH),
      ...stage(this.chromaticSteer, this.colourClasses, INTERVAL_MATCH),
      ...stage(this.strongBeatSteer, this.strongBeatClasses, 1),
    ];
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
    const { noteFits, restFits, restAllowed, restOverShare, coversStrongBeat } = this.measureLengths(stepsLeft);
    const { lengthOf } = this;
    const possible = this.allowed;
    let anyPossible = false;
    for (let v = 0; v < probabilities.length; v++) {
      const length = lengthOf[v];
      possible[v] = this.isRest[v] ? restFits[length] & restAllowed[length] : noteFits[length];
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
    // The values still possible are listed as they are kept: the steers below pass over them alone.
    const candidates = this.candidates;
    candidates.count = 0;
    for (let v = 0; v < probabilities.length; v++) {
      if (!possible[v]) probabilities[v] = 0;
      else if (this.isRest[v] && restOverShare[lengthOf[v]]) probabilities[v] *= SILENCE_PENALTY;
      if (probabilities[v] > 0) candidates.values[candidates.count++] = v;
    }
    this.recorder?.afterStage('rules', probabilities, (v) =>
      this.isRest[v] ? restFits[lengthOf[v]] === 1 : noteFits[lengthOf[v]] === 1,
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
    if (breathDue) {
      const longestBreath = this.phraseRestShare === undefined ? this.beatTicks : this.barTicks;
      const isBreath = (v: number) =>
        this.isRest[v] === 1 &&
        probabilities[v] > 0 &&
        this.durationTicks[v] <= longestBreath &&
        !restOverShare[lengthOf[v]];
      let anyBreath = false;
      for (let v = 0; v < probabilities.length && !anyBreath; v++) if (isBreath(v)) anyBreath = true;
      if (anyBreath) for (let v = 0; v < probabilities.length; v++) if (!isBreath(v)) probabilities[v] = 0;
    }
    this.recorder?.afterStage('breath', probabilities);
    const stages = this.stages;
    if (this.strongBeatSteer) {
      const strong = this.strongBeatClasses.index;
      for (let i = 0; i < candidates.count; i++) {
        const v = candidates.values[i];
        strong[v] = coversStrongBeat[lengthOf[v]] ? this.strongBeatType[v] : -1;
      }
    }
    steerInTurn(probabilities, stages, candidates);
    if (this.strongBeatSteer) return;
    // A non-chord tone on the next strong beat is allowed only while the share would stay at the target.
    if (this.chordToneBeats / (this.strongBeats + 1) >= this.target) return;
    for (let v = 0; v < probabilities.length; v++) {
      if (this.penalisable[v] && coversStrongBeat[lengthOf[v]]) probabilities[v] *= this.penalty;
    }
  }

  /** What the clock and the silence budgets say of every length of the vocabulary at this step. */
  private measureLengths(stepsLeft: number): BeatGuide['atStep'] {
    const closing = stepsLeft <= 1;
    const at = this.atStep;
    const toStrongBeat = this.ticksToStrongBeat();
    for (let i = 0; i < this.lengths.length; i++) {
      const ticks = this.lengths[i];
      if (this.noteLength[i]) {
        at.noteFits[i] = this.clock.fits(ticks, false, closing) ? 1 : 0;
        at.coversStrongBeat[i] = ticks > toStrongBeat ? 1 : 0;
      }
      if (this.restLength[i]) {
        at.restFits[i] = this.clock.fits(ticks, true, closing) ? 1 : 0;
        at.restAllowed[i] = this.restAllowed(ticks, stepsLeft) ? 1 : 0;
        at.restOverShare[i] = this.restOverShare(ticks) ? 1 : 0;
      }
    }
    return at;
  }

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
      this.strongBeatSteer?.count(STRONG_BEAT_CLASSES[this.strongBeatType[index]]);
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
      const interval = this.intervalClasses.index[index];
      if (interval >= 0) this.intervalSteer?.count(INTERVAL_CLASSES[interval]);
      this.chromaticSteer?.count(COLOUR_CLASSES[this.colourClasses.index[index]]);
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

  /** Whether a value of `duration` ticks from here sounds over a strong beat (starts on one or is held over one). */
  private coversStrongBeat(duration: number): boolean {
    return duration > this.ticksToStrongBeat();
  }

  /** Ticks from here to the next strong beat, this one included (Infinity in a meter without one). */
  private ticksToStrongBeat(): number {
    if (this.strongTicks.length === 0) return Infinity;
    const inBar = this.clock.position % this.barTicks;
    for (const strong of this.strongTicks) if (strong >= inBar) return strong - inBar;
    return this.barTicks - inBar + this.strongTicks[0];
  }
}
