/**
 * Measures of the engraving: how a piece is *written* in ABC, judged on the symbols the project's reader
 * finds in the text (src/core/formats/abcReader.ts), as a player reading the page meets them.
 *
 * Definitions:
 * - Grid: a symbol starts on the sixteenth-note grid of its bar (issue 17: sixteenths are written where the
 *   corpus plays them), or inside a complete tuplet group (all the notes its `(p:q:r` asks for, starting and
 *   ending on the sixteenth grid). Anything else is off the grid.
 * - Sixteenth notation: a symbol whose written length is not a whole number of eighth notes (`c/`,
 *   `c3/2`, `(3c/d/e/`).
 * - A silence is a run of consecutive rest symbols. The fewest rest symbols an engraver needs for it: one
 *   per silent bar; otherwise rests grouped by beat and half bar (a half-bar rest only on the first or the
 *   middle beat of a bar of four or more even beats, a beat rest on a beat, shorter rests on their own
 *   subdivision, one rest for a silent part of a triplet). Extra rest symbols are the written ones above
 *   that minimum, per silence.
 * - Spelling: a chord tone is written with the letter its degree in the chord asks for (Bdim7 = B D F A♭:
 *   the diminished seventh is an A, never a G♯). Other notes are not judged here.
 */
import { type WrittenNotation, type WrittenSymbol } from '../formats/abc/written';
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { barIndexAt } from '../types';
import { chordAt } from '../solo/grammar';

import { barQuarters, type TimedChord } from '../types';
import { restSymbolCount } from '../formats/notation';
import { chordToneLetter } from '../theory/spelling';
import { beatQuarters, isCompoundMeter, type Meter } from '../../shared/meter';

const EPSILON = 1e-6;
const EIGHTH = 0.5;
const SIXTEENTH = 0.25;

const isMultiple = (value: number, unit: number): boolean =>
  Math.abs(value / unit - Math.round(value / unit)) < EPSILON;

const positionInBar = (barStarts: readonly number[], time: number): number =>
  time - barStarts[barIndexAt(barStarts, time)];

/** The symbols that start neither on the sixteenth grid nor inside a complete tuplet group. */
export function offGridSymbols(notation: WrittenNotation, barStarts: readonly number[]): WrittenSymbol[] {
  const completeTuplets = notation.tuplets.map(
    (tuplet) =>
      tuplet.symbols === tuplet.expected &&
      isMultiple(positionInBar(barStarts, tuplet.start), SIXTEENTH) &&
      isMultiple(positionInBar(barStarts, tuplet.end - EPSILON) + EPSILON, SIXTEENTH),
  );
  return notation.symbols.filter((symbol) => {
    if (isMultiple(positionInBar(barStarts, symbol.start), SIXTEENTH)) return false;
    return !(symbol.tuplet !== undefined && completeTuplets[symbol.tuplet]);
  });
}

/** The symbols written with a length that is not a whole number of eighth notes. */
export function sixteenthSymbols(notation: WrittenNotation): WrittenSymbol[] {
  return notation.symbols.filter((symbol) => !isMultiple(symbol.writtenDuration, EIGHTH));
}

export interface TupletRests {
  tuplets: number;
  withRests: number;
  restsOnly: number;
}

export function tupletRests(notation: WrittenNotation): TupletRests {
  const members = notation.tuplets.map(() => ({ rests: 0, symbols: 0 }));
  for (const symbol of notation.symbols) {
    if (symbol.tuplet === undefined) continue;
    members[symbol.tuplet].symbols++;
    if (symbol.pitch === null) members[symbol.tuplet].rests++;
  }
  return {
    tuplets: members.length,
    withRests: members.filter((m) => m.rests > 0).length,
    restsOnly: members.filter((m) => m.symbols > 0 && m.rests === m.symbols).length,
  };
}

/**
 * The longest single rest an engraver writes at `position` (quarters from the bar start) for a silence
 * lasting to `end` in a bar of `meter`.
 */
function longestRestAt(position: number, end: number, meter: Meter): number {
  const bar = barQuarters(meter);
  const beat = beatQuarters(meter);
  const beats = Math.round(bar / beat);
  const fits = (length: number) => position + length <= end + EPSILON;
  if (beats >= 4 && beats % 2 === 0 && isMultiple(position, bar / 2) && fits(bar / 2)) return bar / 2;
  if (isMultiple(position, beat) && fits(beat)) return beat;
  const beatStart = Math.floor(position / beat + EPSILON) * beat;
  const beatEnd = beatStart + beat;
  const inBeat = position - beatStart;
  const stopsInBeat = Math.min(end, beatEnd);
  // A triplet point at either end: the silent part of a triplet is one rest symbol (z or z2 in the group).
  const binary = (time: number) => isMultiple(time - beatStart, EIGHTH / 4);
  if (!binary(position) || (end < beatEnd - EPSILON && !binary(end))) return stopsInBeat - position;
  if (
    isCompoundMeter(meter) &&
    isMultiple(inBeat, EIGHTH) &&
    inBeat < beat - EPSILON &&
    fits(2 * EIGHTH) &&
    position + 2 * EIGHTH <= beatEnd + EPSILON
  ) {
    return 2 * EIGHTH;
  }
  // Below the beat, rests halve: a quarter inside a half-note beat (2/2), eighths inside a quarter, ...
  for (let length = isCompoundMeter(meter) ? EIGHTH : beat / 2; length >= EIGHTH / 8 - EPSILON; length /= 2) {
    if (isMultiple(inBeat, length) && fits(length)) return length;
  }
  return stopsInBeat - position;
}

const fullBar = (length: number, bar: number): boolean => Math.abs(length - bar) < EPSILON;

/**
 * The writer's own count (src/core/formats/notation.ts) for a silence inside one full bar, when the silence lies on its
 * grid; undefined where the writer could not have written it (off the grid, as in hand-written ABC).
 */
function writerRestCount(from: number, to: number, meter: Meter): number | undefined {
  const startTick = from * TICKS_PER_QUARTER;
  const endTick = to * TICKS_PER_QUARTER;
  if (!isMultiple(startTick, 1) || !isMultiple(endTick, 1)) return undefined;
  try {
    return restSymbolCount(Math.round(startTick), Math.round(endTick), meter);
  } catch {
    return undefined;
  }
}

/**
 * The fewest rest symbols an engraver writes for a silence from `start` to `end` (see the definitions): the
 * writer's own rule wherever the silence lies on its grid, the general rule below elsewhere.
 */
export function minimumRestSymbols(start: number, end: number, barStarts: readonly number[], meter: Meter): number {
  const bar = barQuarters(meter);
  let count = 0;
  let time = start;
  while (time < end - EPSILON) {
    const index = barIndexAt(barStarts, time);
    const barStart = barStarts[index];
    // An overfull bar (hand-written ABC) runs to the next bar line; a silence past the last bar ends with the piece.
    const barEnd = barStarts[index + 1] ?? Math.max(barStart + bar, end);
    const stop = Math.min(end, barEnd);
    const from = time - barStart;
    const to = stop - barStart;
    const writersCount = fullBar(barEnd - barStart, bar) ? writerRestCount(from, to, meter) : undefined;
    if (from < EPSILON && to > barEnd - barStart - EPSILON) {
      count++;
    } else if (writersCount !== undefined) {
      count += writersCount;
    } else {
      let position = from;
      while (position < to - EPSILON) {
        position += Math.max(EPSILON, longestRestAt(position, to, meter));
        count++;
      }
    }
    time = stop;
  }
  return count;
}

export interface RestCount {
  silences: number;
  restSymbols: number;
  minimumRestSymbols: number;
  /** Sum over silences of the rest symbols written above the minimum. */
  extraRestSymbols: number;
  silencesWithExtraRests: number;
}

export function countWrittenRests(notation: WrittenNotation, barStarts: readonly number[], meter: Meter): RestCount {
  const count: RestCount = {
    silences: 0,
    restSymbols: 0,
    minimumRestSymbols: 0,
    extraRestSymbols: 0,
    silencesWithExtraRests: 0,
  };
  const symbols = notation.symbols;
  for (let i = 0; i < symbols.length;) {
    if (symbols[i].pitch !== null) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < symbols.length && symbols[last + 1].pitch === null) last++;
    const written = last - i + 1;
    const minimum = minimumRestSymbols(
      symbols[i].start,
      symbols[last].start + symbols[last].duration,
      barStarts,
      meter,
    );
    count.silences++;
    count.restSymbols += written;
    count.minimumRestSymbols += minimum;
    if (written > minimum) {
      count.extraRestSymbols += written - minimum;
      count.silencesWithExtraRests++;
    }
    i = last + 1;
  }
  return count;
}

export interface SpellingCount {
  /** Notes attacked (tie continuations excluded). */
  notes: number;
  /** Chord tones among them, judged. */
  chordTones: number;
  errors: number;
}

export function spellingErrors(notation: WrittenNotation, chords: readonly TimedChord[]): SpellingCount {
  const count: SpellingCount = { notes: 0, chordTones: 0, errors: 0 };
  for (const symbol of notation.symbols) {
    if (symbol.pitch === null || symbol.tiedFromPrevious || symbol.letter === undefined) continue;
    count.notes++;
    const chord = chordAt(chords as TimedChord[], symbol.start);
    const expected = chord ? chordToneLetter(chord, symbol.pitch) : undefined;
    if (expected === undefined) continue;
    count.chordTones++;
    if (expected !== symbol.letter) count.errors++;
  }
  return count;
}

/**
 * Bars whose length is not the meter's. A first bar shorter than the meter is a pickup, and then a short
 * last bar completes it; neither counts.
 */
export function inexactBars(
  barStarts: readonly number[],
  end: number,
  meter: Meter,
): { bars: number; inexact: number } {
  const bar = barQuarters(meter);
  const lengths = barStarts.map((start, i) => (barStarts[i + 1] ?? end) - start);
  const pickup = lengths.length > 1 && lengths[0] < bar - EPSILON;
  let inexact = 0;
  lengths.forEach((length, i) => {
    if (Math.abs(length - bar) < EPSILON) return;
    if (pickup && (i === 0 || (i === lengths.length - 1 && length < bar))) return;
    inexact++;
  });
  return { bars: lengths.length, inexact };
}
