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
  private readonly counts = new Map<K, number>();
  private total = 0;

  constructor(private readonly targets: ReadonlyMap<K, number>) {}

  factor(key: K): number {
    const target = this.targets.get(key) ?? 0;
    const played = ((this.counts.get(key) ?? 0) + STEER_PRIOR * target) / (this.total + STEER_PRIOR);
    const ratio = ((target + STEER_FLOOR) / (played + STEER_FLOOR)) ** STEER_GAIN;
    return Math.min(STEER_LIMIT, Math.max(1 / STEER_LIMIT, ratio));
  }

  target(key: K): number {
    return this.targets.get(key) ?? 0;
  }

  count(key: K): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
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

export type OnsetClass = 'eighth' | 'sixteenth' | 'triplet' | 'other';
export type StrongBeatClass = 'chordTone' | 'tension' | 'chromatic';
export type IntervalClass = 'repeat' | 'step' | 'skip' | 'leap';
/** Approach and outside notes (chromatic against the chord) or chord and scale tones. */
export type ColourClass = 'chromatic' | 'inside';

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

/**
 * Among the values `classOf` sorts into classes, moves probability between the classes and keeps their sum:
 * each class's share is brought towards the corpus's by (target / share) ^ `match` (1: exactly the corpus's
 * shares here, 0: the model's), times the pull back of the solo's drift. The model's order inside a class
 * stays. A class the corpus never plays gets nothing when `match` > 0.
 */
export function steerClasses<K extends string>(
  probabilities: Float32Array,
  steer: ShareSteer<K>,
  classOf: (v: number) => K | undefined,
  match: number,
): void {
  const mass = new Map<K, number>();
  const members: Array<[number, K]> = [];
  for (let v = 0; v < probabilities.length; v++) {
    if (!(probabilities[v] > 0)) continue;
    const key = classOf(v);
    if (key === undefined) continue;
    members.push([v, key]);
    mass.set(key, (mass.get(key) ?? 0) + probabilities[v]);
  }
  const total = [...mass.values()].reduce((a, b) => a + b, 0);
  if (!(total > 0)) return;
  const weight = new Map<K, number>();
  for (const [key, classMass] of mass) {
    const matched = match > 0 ? (steer.target(key) / (classMass / total)) ** match : 1;
    weight.set(key, matched * steer.factor(key));
  }
  const steered = members.reduce((sum, [v, key]) => sum + probabilities[v] * (weight.get(key) ?? 0), 0);
  // No class the corpus plays is on offer here: the model's own choice stands.
  if (!(steered > 0)) return;
  for (const [v, key] of members) probabilities[v] *= ((weight.get(key) ?? 0) * total) / steered;
}
