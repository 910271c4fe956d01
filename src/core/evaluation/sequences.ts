/**
 * Measures on value sequences: exact repetition inside a solo, and rote copying of n-grams from a corpus
 * (JazzGAN's measure).
 */
import type { Meter } from '../../shared/meter';
import { barQuarters } from '../types';
import { parseValue } from '../solo/grammar';

export interface LongestRepeat {
  /** Length in values of the longest run that occurs twice without overlapping itself (0: nothing repeats). */
  values: number;
  /** Index of its first and second occurrence. */
  first: number;
  second: number;
}

/**
 * The longest run of values that occurs at least twice in the sequence, the two occurrences not
 * overlapping: a 4-bar phrase played twice gives 4 bars, played three times still 4 bars.
 * O(n²) time, O(n) memory: a few ms for a solo or a tune.
 */
export function longestRepeat(sequence: readonly string[]): LongestRepeat {
  const ids = internValues(sequence);
  const n = ids.length;
  let best: LongestRepeat = { values: 0, first: 0, second: 0 };
  // suffix[j]: length of the common run ending at i-1 and j-1 (previous row), cut so the runs never overlap.
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    current.fill(0);
    for (let j = i + 1; j <= n; j++) {
      if (ids[i - 1] === ids[j - 1] && previous[j - 1] < j - i) {
        const length = previous[j - 1] + 1;
        current[j] = length;
        if (length > best.values) best = { values: length, first: i - length, second: j - length };
      }
    }
    [previous, current] = [current, previous];
  }
  return best;
}

function internValues(sequence: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(sequence, (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
    }
    return id;
  });
}

/** Total length in quarter notes of `count` values from `first` (their own durations, as the grammar gives). */
export function valuesDuration(values: readonly string[], first: number, count: number): number {
  let quarters = 0;
  for (let i = first; i < first + count; i++) quarters += parseValue(values[i]).duration;
  return quarters;
}

/** The longest repeat measured in bars of the meter (its values' total duration over the bar length). */
export function longestRepeatBars(values: readonly string[], meter: Meter): { values: number; bars: number } {
  const repeat = longestRepeat(values);
  if (repeat.values === 0) return { values: 0, bars: 0 };
  return { values: repeat.values, bars: valuesDuration(values, repeat.first, repeat.values) / barQuarters(meter) };
}

const NGRAM_SEPARATOR = ' ';

function ngramKey(values: readonly string[], start: number, n: number): string {
  return values.slice(start, start + n).join(NGRAM_SEPARATOR);
}

/** Every n-value run of the sequences (runs do not cross from one sequence into the next). */
export function ngramSet(sequences: ReadonlyArray<readonly string[]>, n: number): Set<string> {
  const set = new Set<string>();
  for (const sequence of sequences) for (let i = 0; i + n <= sequence.length; i++) set.add(ngramKey(sequence, i, n));
  return set;
}

export interface CopyCount {
  /** n-value runs in the sequence. */
  windows: number;
  /** Of them, runs found verbatim in the reference set. */
  copied: number;
}

/** How many of the sequence's n-value runs occur verbatim in `reference`. */
export function copiedNgrams(values: readonly string[], reference: ReadonlySet<string>, n: number): CopyCount {
  const count: CopyCount = { windows: 0, copied: 0 };
  for (let i = 0; i + n <= values.length; i++) {
    count.windows++;
    if (reference.has(ngramKey(values, i, n))) count.copied++;
  }
  return count;
}

/**
 * For the corpus itself, copying from "the corpus" is trivially total; the comparable figure is how many
 * n-value runs of each tune also occur in some other tune (leave one tune out). Returns one count per tune.
 */
export function sharedNgramsAcrossSequences(sequences: ReadonlyArray<readonly string[]>, n: number): CopyCount[] {
  const SEVERAL = -1;
  const owner = new Map<string, number>();
  sequences.forEach((sequence, index) => {
    for (let i = 0; i + n <= sequence.length; i++) {
      const key = ngramKey(sequence, i, n);
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, index);
      else if (seen !== index) owner.set(key, SEVERAL);
    }
  });
  return sequences.map((sequence) => {
    const count: CopyCount = { windows: 0, copied: 0 };
    for (let i = 0; i + n <= sequence.length; i++) {
      count.windows++;
      if (owner.get(ngramKey(sequence, i, n)) === SEVERAL) count.copied++;
    }
    return count;
  });
}
