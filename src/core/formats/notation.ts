/**
 * How a solo is laid out on the page, as an engraver writes it: which note and rest symbols, where the ties
 * and the triplet brackets go, where beams break. The ABC writer only spells and prints what this decides.
 *
 * Rules (4/4 in the examples; 3/4 has no half bar; compound meters count dotted quarters):
 * - Consecutive rests are one silence, written with as few rests as the beats allow: a silent bar is one rest
 *   (`z8`, `z6`), a rest starts on the "and" only to reach the next beat (`z z2 z4`, never `z z z z`), a rest
 *   never hides the half bar, a rest longer than a beat stands on beat 1 or 3, and no triplet holds only
 *   rests. In compound meters a rest inside a beat stays inside it (`c z2`, `z2 c`).
 * - A note is one symbol unless it must show a beat: a note from the bar's start may last the whole bar; any
 *   other note is tied at the half bar; a syncopated quarter or dotted quarter off the beat is one note
 *   (`c d2 e`, `z c3`); in compound meters a note off the beat stays inside its beat.
 * - Notes are also tied at bar lines and where a chord symbol starts (so the symbol sits at its time).
 * - A beat holding triplet points is one triplet group, `(3abc` or `(3:2:2a2b` ...; two beats holding a
 *   quarter-note triplet are one group, `(3a2b2c2`. Rests are never alone in a group.
 * - Beams break at every beat (a space in ABC): by quarter in simple meters, by dotted quarter in 6/8, 12/8.
 * - Sixteenths (when a corpus plays them) are beamed by beat like every note; a silence that starts or ends on a
 *   sixteenth keeps that part inside its beat (`z2 z3/2d/`, `c/z3/2 z2`).
 */
import { EIGHTH_TICKS, SIXTEENTH_TICKS, TICKS_PER_QUARTER, TRIPLET_EIGHTH_TICKS } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';
import { allowsTriplets, barTicks, groupingBeatTicks, isCompoundMeter, type Meter } from '../../shared/meter';
import { type RealisedNote, type Solo } from '../types';

/** A symbol as it will be written. */
export interface WrittenPiece {
  /** MIDI pitch, null for a rest. */
  pitch: number | null;
  /** Sounding time in ticks from the start of the solo. */
  start: number;
  end: number;
  /** Tied to the next piece (always a piece of the same note). */
  tieToNext: boolean;
  chordSymbol?: string;
  /** On the first member of a triplet group: how many members the group has. */
  tupletMembers?: number;
  /** A member of a triplet group: written at 3/2 of its sounding length. */
  inTuplet: boolean;
  /** A beat starts here (beams break before it); false at the start of a bar. */
  beatStart: boolean;
}

/** How a meter's bar divides, in ticks. */
export interface MeterLayout {
  barTicks: number;
  /** The beat beams are grouped by: a quarter in simple meters, a dotted quarter in compound ones. */
  beatTicks: number;
  /** The half bar that must stay visible (4/4, 12/8, ...); undefined unless a bar has an even number (4+) of beats. */
  halfBarTicks?: number;
  compound: boolean;
  /** Quarter-note beats: triplets can be written. */
  triplets: boolean;
}

/** Lengths one plain or dotted note can show (sixteenth to dotted whole). */
const SINGLE_SYMBOL_TICKS = new Set([3, 6, 9, 12, 18, 24, 36, 48, 72]);

export function meterLayout(meter: Meter): MeterLayout {
  const ticks = barTicks(meter);
  const beatTicks = groupingBeatTicks(meter);
  const beats = ticks / beatTicks;
  const halfBarTicks = Number.isInteger(beats) && beats >= 4 && beats % 2 === 0 ? ticks / 2 : undefined;
  return {
    barTicks: ticks,
    beatTicks,
    halfBarTicks,
    compound: isCompoundMeter(meter),
    triplets: allowsTriplets(meter),
  };
}

/** Whether [start, end), inside one bar starting at `barStart`, can be written as one symbol. */
function writableAsOne(start: number, end: number, isRest: boolean, barStart: number, layout: MeterLayout): boolean {
  const length = end - start;
  if (!SINGLE_SYMBOL_TICKS.has(length)) return false;
  const inBar = start - barStart;
  const endInBar = end - barStart;
  if (inBar === 0 && endInBar === layout.barTicks) return true;
  const half = layout.halfBarTicks;
  if (half !== undefined && inBar < half && endInBar > half && !(inBar === 0 && !isRest)) return false;
  const beat = layout.beatTicks;
  const onBeat = inBar % beat === 0;
  const nextBeat = (Math.floor(inBar / beat) + 1) * beat;
  if (layout.compound) {
    if (onBeat) return length <= beat || ((inBar === 0 || inBar === half) && length % beat === 0);
    return endInBar <= nextBeat;
  }
  // Beats of an eighth (5/8, 7/8) or a sixteenth: every single length inside the bar reads.
  if (beat < TICKS_PER_QUARTER) return true;
  // A rest longer than a beat (half, dotted quarter) stands on beat 1 or on the half bar.
  if (onBeat) return !isRest || length <= beat || inBar === 0 || inBar === half;
  return isRest ? endInBar <= nextBeat : length <= beat + beat / 2;
}

/** Cuts [start, end) inside one bar into the fewest symbols the rules allow (the longest readable one first). */
export function splitForReading(
  start: number,
  end: number,
  isRest: boolean,
  barStart: number,
  layout: MeterLayout,
): Array<[number, number]> {
  // A silence that starts or ends on a sixteenth keeps that part inside its beat (`z2 z3/2d/`, never `z3z/d/`):
  // the beat with sixteenths shows its own rests.
  const beat = layout.beatTicks;
  const offSixteenth = (tick: number) => (tick - barStart) % EIGHTH_TICKS !== 0;
  const afterStart = barStart + (Math.floor((start - barStart) / beat) + 1) * beat;
  const beforeEnd = barStart + Math.floor((end - barStart) / beat) * beat;
  if (isRest && beat === TICKS_PER_QUARTER && offSixteenth(start) && afterStart < end)
    return [[start, afterStart], ...splitForReading(afterStart, end, isRest, barStart, layout)];
  if (isRest && beat === TICKS_PER_QUARTER && offSixteenth(end) && beforeEnd > start)
    return [...splitForReading(start, beforeEnd, isRest, barStart, layout), [beforeEnd, end]];
  const parts: Array<[number, number]> = [];
  let position = start;
  while (position < end) {
    let cut = end;
    while (cut > position && !writableAsOne(position, cut, isRest, barStart, layout)) cut--;
    if (cut === position) {
      throw new UserFacingError(
        `solo rhythm is off the eighth-note / triplet grid at tick ${position} (realise it with realiseSolo)`,
      );
    }
    parts.push([position, cut]);
    position = cut;
  }
  return parts;
}

/** How many rest symbols an engraver writes for a silence [start, end) (bar lines and the half bar shown). */
export function restSymbolCount(start: number, end: number, meter: Meter): number {
  const layout = meterLayout(meter);
  let count = 0;
  for (
    let barStart = Math.floor(start / layout.barTicks) * layout.barTicks;
    barStart < end;
    barStart += layout.barTicks
  ) {
    const from = Math.max(start, barStart);
    const to = Math.min(end, barStart + layout.barTicks);
    if (to > from) count += splitForReading(from, to, true, barStart, layout).length;
  }
  return count;
}

interface Event {
  pitch: number | null;
  start: number;
  end: number;
}

/** Whole notes and silences in time order over every bar: gaps become rest, tied pieces and adjacent rests join. */
function eventsOf(solo: Solo, totalTicks: number): Event[] {
  const sorted = [...solo.notes].sort((a, b) => a.startTick - b.startTick);
  const events: Event[] = [];
  let lastValue: RealisedNote | undefined;
  const push = (pitch: number | null, start: number, end: number, sameNote: boolean) => {
    const last = events[events.length - 1];
    if (last && last.end === start && last.pitch === pitch && (pitch === null || sameNote)) last.end = end;
    else events.push({ pitch, start, end });
  };
  let position = 0;
  for (const note of sorted) {
    if (!Number.isInteger(note.startTick) || !Number.isInteger(note.durationTicks) || note.durationTicks <= 0) {
      throw new UserFacingError(`solo note at tick ${note.startTick} has an invalid length ${note.durationTicks}`);
    }
    if (note.startTick < position) throw new UserFacingError(`solo notes overlap at tick ${note.startTick}`);
    if (note.startTick > position) push(null, position, note.startTick, false);
    const sameNote = lastValue !== undefined && lastValue.valueIndex >= 0 && lastValue.valueIndex === note.valueIndex;
    push(note.pitch, note.startTick, note.startTick + note.durationTicks, sameNote);
    lastValue = note;
    position = note.startTick + note.durationTicks;
  }
  if (position > totalTicks)
    throw new UserFacingError(`solo notes run past its last bar (tick ${position} > ${totalTicks})`);
  if (position < totalTicks) push(null, position, totalTicks, false);
  return events;
}

interface TripletGroup {
  start: number;
  end: number;
}

/** The triplet groups: beats whose inner boundaries are triplet points, or two beats holding a quarter-note triplet. */
function tripletGroups(
  boundaries: Set<number>,
  chordTicks: Set<number>,
  layout: MeterLayout,
  totalTicks: number,
): TripletGroup[] {
  const beat = layout.beatTicks;
  const inner = (from: number, to: number) =>
    [...boundaries]
      .filter((t) => t > from && t < to)
      .map((t) => t - from)
      .sort((a, b) => a - b);
  const groups: TripletGroup[] = [];
  for (let start = 0; start < totalTicks; start += beat) {
    const offsets = inner(start, start + beat);
    const onTriplets = offsets.filter((o) => o % TRIPLET_EIGHTH_TICKS === 0 && o % SIXTEENTH_TICKS !== 0);
    if (onTriplets.length === 0) continue;
    if (!layout.triplets || onTriplets.length !== offsets.length) {
      throw new UserFacingError(
        `solo rhythm mixes triplets with eighths or sixteenths inside the beat at tick ${start}`,
      );
    }
    const pair = inner(start, start + 2 * beat);
    const sameBar = Math.floor(start / layout.barTicks) === Math.floor((start + 2 * beat - 1) / layout.barTicks);
    const quarterTriplet =
      pair.length === 2 && pair[0] === 8 && pair[1] === 16 && sameBar && !chordTicks.has(start + beat);
    if (quarterTriplet && !boundaries.has(start + beat)) {
      groups.push({ start, end: start + 2 * beat });
      start += beat;
    } else groups.push({ start, end: start + beat });
  }
  return groups;
}

/** Lays the solo out in symbols; see the rules at the top of this file. `chordSymbol` gives each chord's text. */
export function layoutSolo(solo: Solo, chordSymbol: (symbol: string) => string = (s) => s): WrittenPiece[] {
  const layout = meterLayout(solo.meter);
  const totalTicks = Math.max(1, solo.bars) * layout.barTicks;
  const events = eventsOf(solo, totalTicks);
  const chords = new Map<number, string>();
  for (const timed of solo.chords) {
    const tick = Math.round(timed.start * TICKS_PER_QUARTER);
    if (tick >= 0 && tick < totalTicks) chords.set(tick, chordSymbol(timed.chord.symbol));
  }
  const boundaries = new Set(events.flatMap((e) => [e.start, e.end]));
  const groups = tripletGroups(boundaries, new Set(chords.keys()), layout, totalTicks);
  const groupAt = (tick: number) => groups.find((g) => g.start <= tick && tick < g.end);

  const pieces: WrittenPiece[] = [];
  for (const event of events) {
    const cuts = new Set<number>([event.start, event.end]);
    for (
      let bar = (Math.floor(event.start / layout.barTicks) + 1) * layout.barTicks;
      bar < event.end;
      bar += layout.barTicks
    )
      cuts.add(bar);
    for (const tick of chords.keys()) if (tick > event.start && tick < event.end) cuts.add(tick);
    for (const group of groups) {
      for (const tick of [group.start, group.end]) if (tick > event.start && tick < event.end) cuts.add(tick);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) {
      const [from, to] = [edges[i], edges[i + 1]];
      const group = groupAt(from);
      const barStart = Math.floor(from / layout.barTicks) * layout.barTicks;
      const parts: Array<[number, number]> = group
        ? [[from, to]]
        : splitForReading(from, to, event.pitch === null, barStart, layout);
      for (const [start, end] of parts) {
        pieces.push({
          pitch: event.pitch,
          start,
          end,
          tieToNext: event.pitch !== null,
          inTuplet: group !== undefined,
          beatStart: false,
        });
      }
    }
    pieces[pieces.length - 1].tieToNext = false;
  }

  for (const piece of pieces) {
    const inBar = piece.start % layout.barTicks;
    piece.beatStart = inBar !== 0 && inBar % layout.beatTicks === 0;
  }
  for (const group of groups) {
    const first = pieces.find((p) => p.start === group.start);
    if (first) first.tupletMembers = pieces.filter((p) => p.start >= group.start && p.start < group.end).length;
  }
  for (const [tick, symbol] of chords) {
    const piece = pieces.find((p) => p.start <= tick && tick < p.end);
    if (piece) piece.chordSymbol = symbol;
  }
  return pieces;
}
