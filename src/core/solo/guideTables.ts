/**
 * What a vocabulary's values are to the decoder's guides (BeatGuide, WholeFormGuide), as typed arrays indexed by
 * value and made once per vocabulary: decoding asks about every value at each of a solo's steps, and a few hundred
 * values by a hundred steps is where a generation's time went.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { type GrammarValue } from '../types';
import {
  COLOUR_CLASSES,
  INTERVAL_CLASSES,
  ONSET_CLASSES,
  STRONG_BEAT_CLASSES,
  classIndex,
  intervalClass,
  onsetClass,
  strongBeatClass,
} from './styleSteer';

/** The length a value asks for by itself, in ticks (at least one: no value vanishes). */
export function valueTicks(quarters: number): number {
  return Number.isFinite(quarters) && quarters > 0 ? Math.max(1, Math.round(quarters * TICKS_PER_QUARTER)) : 1;
}

export interface GuideTables {
  durationTicks: Int32Array;
  isRest: Uint8Array;
  isChordTone: Uint8Array;
  /** A note other than a chord tone (S, A, X): what a strong beat's chord-tone share holds back. */
  penalisable: Uint8Array;
  /** The distinct lengths of the vocabulary, and each value's index among them (a few dozen against hundreds). */
  lengths: Int32Array;
  lengthOf: Int32Array;
  /** Whether some note (some rest) of the vocabulary has the length: what is asked of a length depends on it. */
  noteLength: Uint8Array;
  restLength: Uint8Array;
  /** Each value's class for each steer (styleSteer's keys; -1 none). A rest has none. */
  onset: Int8Array;
  interval: Int8Array;
  colour: Int8Array;
  /** The class a note would have over a strong beat (whether it covers one depends on where it starts). */
  strongBeat: Int8Array;
}

const tablesByValues = new WeakMap<readonly GrammarValue[], GuideTables>();

/** The tables of `values` (a parsed vocabulary, which vocabulary.ts keeps one of per model). */
export function guideTables(values: readonly GrammarValue[]): GuideTables {
  let tables = tablesByValues.get(values);
  if (!tables) {
    tables = makeTables(values);
    tablesByValues.set(values, tables);
  }
  return tables;
}

function makeTables(values: readonly GrammarValue[]): GuideTables {
  const durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
  const lengths = [...new Set(durationTicks)];
  const note = (v: number) => values[v].type !== 'R';
  const lengthOf = Int32Array.from(durationTicks, (ticks) => lengths.indexOf(ticks));
  const noteLength = new Uint8Array(lengths.length);
  const restLength = new Uint8Array(lengths.length);
  for (let v = 0; v < values.length; v++) (note(v) ? noteLength : restLength)[lengthOf[v]] = 1;
  return {
    durationTicks,
    isRest: Uint8Array.from(values, (v) => (v.type === 'R' ? 1 : 0)),
    isChordTone: Uint8Array.from(values, (v) => (v.type === 'C' ? 1 : 0)),
    penalisable: Uint8Array.from(values, (v) => (v.type === 'C' || v.type === 'R' ? 0 : 1)),
    lengths: Int32Array.from(lengths),
    lengthOf,
    noteLength,
    restLength,
    onset: classIndex(ONSET_CLASSES, values.length, (v) => (note(v) ? onsetClass(durationTicks[v]) : undefined)),
    interval: classIndex(INTERVAL_CLASSES, values.length, (v) => {
      const window = values[v].window;
      return window && note(v) ? intervalClass((window.upper + window.lower) / 2) : undefined;
    }),
    colour: classIndex(COLOUR_CLASSES, values.length, (v) =>
      note(v) ? (strongBeatClass(values[v].type) === 'chromatic' ? 'chromatic' : 'inside') : undefined,
    ),
    strongBeat: classIndex(STRONG_BEAT_CLASSES, values.length, (v) =>
      note(v) ? strongBeatClass(values[v].type) : undefined,
    ),
  };
}
