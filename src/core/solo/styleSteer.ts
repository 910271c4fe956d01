/**
 * Steering a decoder towards its corpus's shares (the style profile's rates): a value's class (its onset, its
 * learned interval, its colour against the chord, its class over a strong beat), the targets, and the reweighting
 * of one step's probabilities between classes. BeatGuide decides which classes it steers and when.
 */
import type { GrammarValue } from '../types';
import { EIGHTH_TICKS, SIXTEENTH_TICKS, TRIPLET_EIGHTH_TICKS } from '../../shared/ticks';

/**
 * A share steered towards the corpus's: a class the solo has played less than its corpus did becomes more
 * likely, one played more becomes less likely, by (target / played) ^ STEER_GAIN within STEER_LIMIT either way.
 * The count starts from STEER_PRIOR events at the target, so the first notes are not pushed about.
 */
export const STEER_GAIN = 3;
export const STEER_LIMIT = 20;
export const STEER_PRIOR = 8;
/** Keeps a rare class's multiplier finite. */
const STEER_FLOOR = 0.01;

export class ShareSteer<K extends string> {
  /** By the index of each key in `keys` (the steered classes' own order, as ValueClasses index them). */
  private readonly targets: Float64Array;
  private readonly counts: Float64Array;
  private total = 0;

  constructor(
    readonly keys: readonly K[],
    targets: ReadonlyMap<K, number>,
  ) {
    this.targets = Float64Array.from(keys, (key) => targets.get(key) ?? 0);
    this.counts = new Float64Array(keys.length);
  }

  factor(key: K): number {
    return this.factorAt(this.keys.indexOf(key));
  }

  /** factor of the class at `index` in `keys`. */
  factorAt(index: number): number {
    const target = this.targetAt(index);
    const played = (this.counts[index] + STEER_PRIOR * target) / (this.total + STEER_PRIOR);
    const ratio = ((target + STEER_FLOOR) / (played + STEER_FLOOR)) ** STEER_GAIN;
    return Math.min(STEER_LIMIT, Math.max(1 / STEER_LIMIT, ratio));
  }

  target(key: K): number {
    return this.targetAt(this.keys.indexOf(key));
  }

  targetAt(index: number): number {
    return index >= 0 ? this.targets[index] : 0;
  }

  count(key: K): void {
    this.counts[this.keys.indexOf(key)]++;
    this.total++;
  }
}

/** The targets of a set of shares, the rest of 1 going to `other`; undefined unless the profile has them all. */
export function shareTargets<K extends string>(
  entries: Array<[K, number | undefined]>,
  other: K,
): ReadonlyMap<K, number> | undefined {
  if (entries.some(([, share]) => share === undefined)) return undefined;
  const targets = new Map(entries as Array<[K, number]>);
  const rest = 1 - entries.reduce((sum, [, share]) => sum + (share ?? 0), 0);
  if (!targets.has(other)) targets.set(other, Math.max(0, rest));
  return targets;
}

export const ONSET_CLASSES = ['eighth', 'sixteenth', 'triplet', 'other'] as const;
export const STRONG_BEAT_CLASSES = ['chordTone', 'tension', 'chromatic'] as const;
export const INTERVAL_CLASSES = ['repeat', 'step', 'skip', 'leap'] as const;
/** Approach and outside notes (chromatic against the chord) or chord and scale tones. */
export const COLOUR_CLASSES = ['chromatic', 'inside'] as const;
export type OnsetClass = (typeof ONSET_CLASSES)[number];
export type StrongBeatClass = (typeof STRONG_BEAT_CLASSES)[number];
export type IntervalClass = (typeof INTERVAL_CLASSES)[number];
export type ColourClass = (typeof COLOUR_CLASSES)[number];

/**
 * How far the interval classes of the values with a window, and the share of chromatic notes, are brought to
 * the corpus's at each step (see steerClasses): halfway in proportion, so that the model still chooses the step
 * back after a leap and the resolution after an approach tone.
 */
export const INTERVAL_MATCH = 0.5;
/**
 * Onset classes are brought all the way to the corpus's at each step: the grid already keeps a group together (a
 * sixteenth on the "e" leaves only sixteenths or an eighth to the "a"), and a corpus's rarer rhythms (sixteenths,
 * triplets, dotted values) otherwise lose to the model's most frequent eighth under top-k sampling.
 */
export const ONSET_MATCH = 1;

/** The class of a learned interval (the centre of a value's window), as the style measures class intervals. */
export function intervalClass(semitones: number): IntervalClass {
  const size = Math.abs(semitones);
  return size === 0 ? 'repeat' : size <= 2 ? 'step' : size <= 4 ? 'skip' : 'leap';
}

export function onsetClass(ticks: number): OnsetClass {
  if (ticks === EIGHTH_TICKS) return 'eighth';
  if (ticks === SIXTEENTH_TICKS) return 'sixteenth';
  if (ticks === TRIPLET_EIGHTH_TICKS) return 'triplet';
  return 'other';
}

/** How a value's type is heard over a strong beat: C a chord tone, S a tension, A and X chromatic. */
export function strongBeatClass(type: GrammarValue['type']): StrongBeatClass {
  return type === 'C' ? 'chordTone' : type === 'S' ? 'tension' : 'chromatic';
}

/** Each of `size` values' class as an index into `keys` (-1: none). */
export function classIndex<K extends string>(
  keys: readonly K[],
  size: number,
  classOf: (v: number) => K | undefined,
): Int8Array {
  const index = new Int8Array(size);
  for (let v = 0; v < size; v++) {
    const key = classOf(v);
    index[v] = key === undefined ? -1 : keys.indexOf(key);
  }
  return index;
}

/**
 * One steer's classes for steerClasses: `keys[index[v]]` is value v's class, -1 none, and scratch for the sums.
 * Decoding steers four sets of classes at each of a solo's steps; a class per value made once (guideTables; the
 * strong beats' recomputed per step) keeps that to a few passes over typed arrays.
 */
export class ValueClasses<K extends string> {
  readonly mass: Float64Array;
  /** A class's weight, then (classScales) what its values are multiplied by. */
  readonly weight: Float64Array;
  /** The classes in the order their first value comes (the order their masses are summed in). */
  readonly order: Int8Array;
  readonly seen: Uint8Array;

  constructor(
    readonly keys: readonly K[],
    readonly index: Int8Array,
  ) {
    this.mass = new Float64Array(keys.length);
    this.weight = new Float64Array(keys.length);
    this.order = new Int8Array(keys.length);
    this.seen = new Uint8Array(keys.length);
  }
}

/** One steer of a step: its shares, its classes, and how far towards the corpus's shares it brings them. */
export interface SteerStage<K extends string> {
  /** Its classes in the same order as `classes.keys`: a class's index is the same on both. */
  steer: ShareSteer<K>;
  classes: ValueClasses<K>;
  match: number;
}

/**
 * Among the values `classes` sorts, moves probability between the classes and keeps their sum: each class's share
 * is brought towards the corpus's by (target / share) ^ `match` (1: exactly the corpus's shares here, 0: the
 * model's), times the pull back of the solo's drift. The model's order inside a class stays. A class the corpus
 * never plays gets nothing when `match` > 0.
 */
export function steerClasses<K extends string>(
  probabilities: Float32Array,
  steer: ShareSteer<K>,
  classes: ValueClasses<K>,
  match: number,
  candidates: Candidates = allValues(probabilities.length),
): void {
  steerInTurn(probabilities, [steerStage(steer, classes, match)], candidates);
}

/** A stage of steerInTurn; its steer and its classes must name the classes in one order. */
export function steerStage<K extends string>(
  steer: ShareSteer<K>,
  classes: ValueClasses<K>,
  match: number,
): SteerStage<string> {
  if (steer.keys.length !== classes.keys.length || steer.keys.some((key, i) => classes.keys[i] !== key))
    throw new Error(`a steer over [${steer.keys.join(', ')}] cannot steer the classes [${classes.keys.join(', ')}]`);
  return { steer, classes, match } as SteerStage<string>;
}

/**
 * Several steers, each on what the one before left (steerClasses, one after another). A value's new probability
 * is counted into the next steer's classes as it is written, so that every steer costs one pass over the
 * candidates; the sums run value by value in index order either way, and the solos are the same.
 */
export function steerInTurn(
  probabilities: Float32Array,
  stages: ReadonlyArray<SteerStage<string>>,
  candidates: Candidates,
): void {
  if (stages.length === 0) return;
  let present = scaleThenCount(probabilities, undefined, stages[0].classes, candidates);
  for (let s = 0; s < stages.length; s++) {
    const scaled = classScales(stages[s], present) ? stages[s].classes : undefined;
    const next = stages[s + 1]?.classes;
    if (scaled || next) present = scaleThenCount(probabilities, scaled, next, candidates);
  }
}

/**
 * One pass over the candidates: each value's probability is multiplied by its class's scale in `scaled` (when
 * given), then counted into its class of `next` (when given), value by value in index order. Returns how many of
 * next's classes have a value (listed in its `order`, first come first).
 */
function scaleThenCount(
  probabilities: Float32Array,
  scaled: ValueClasses<string> | undefined,
  next: ValueClasses<string> | undefined,
  candidates: Candidates,
): number {
  const { values, count } = candidates;
  // Plain locals: V8 keeps typed arrays it can see in registers, not behind an optional object.
  const scaleIndex = scaled?.index;
  const scale = scaled?.weight;
  const nextIndex = next?.index;
  const mass = next?.mass;
  const seen = next?.seen;
  const order = next?.order;
  mass?.fill(0);
  seen?.fill(0);
  let present = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (scaleIndex && scale) {
      const c = scaleIndex[v];
      if (probabilities[v] > 0 && c >= 0) probabilities[v] *= scale[c];
    }
    if (!nextIndex || !mass || !seen || !order) continue;
    const p = probabilities[v];
    const n = nextIndex[v];
    if (!(p > 0) || n < 0) continue;
    if (seen[n] === 0) {
      seen[n] = 1;
      order[present++] = n;
    }
    mass[n] += p;
  }
  return present;
}

/**
 * Leaves in `classes.weight` what each present class's values are multiplied by (its masses summed first), and
 * says whether there is anything to steer: false when no class the corpus plays is on offer here.
 */
function classScales({ steer, classes, match }: SteerStage<string>, present: number): boolean {
  const { mass, weight, order } = classes;
  let total = 0;
  for (let i = 0; i < present; i++) total += mass[order[i]];
  if (!(total > 0)) return false;
  for (let i = 0; i < present; i++) {
    const c = order[i];
    const matched = match > 0 ? (steer.targetAt(c) / (mass[c] / total)) ** match : 1;
    weight[c] = matched * steer.factorAt(c);
  }
  let steered = 0;
  for (let i = 0; i < present; i++) steered += mass[order[i]] * weight[order[i]];
  if (!(steered > 0)) return false;
  for (let i = 0; i < present; i++) weight[order[i]] = (weight[order[i]] * total) / steered;
  return true;
}

/**
 * The values a step may still choose, in index order: steering never makes a value of probability 0 possible,
 * so the guide lists the others once a step and every steer passes over them alone.
 */
export interface Candidates {
  values: Int32Array;
  count: number;
}

function allValues(size: number): Candidates {
  const values = new Int32Array(size);
  for (let v = 0; v < size; v++) values[v] = v;
  return { values, count: size };
}
