/**
 * The comper: when to play (swing comping rhythms, chosen bar by bar with the seed: the Charleston, its
 * reverse, sustained chords, stabs on 2 and 4, chords anticipated on the 'and' before they arrive, some
 * space) and what (voicings.ts, voice-led, kept off the soloist's notes).
 */
import type { Rng } from '../random';
import type { Chord } from '../types';
import { barTicks } from '../solo/realiser';
import { isCompoundMeter, type Meter } from '../../shared/meter';
import type { LeadNote } from './types';
import { pulseTicks, type ChordSegment } from './timeline';
import { chooseVoicing, voicingCandidates } from './voicings';

export interface CompingHit {
  startTick: number;
  durationTicks: number;
  chord: Chord;
  /** Sorted MIDI pitches. */
  voicing: number[];
  velocity: number;
  /** True when the hit sounds the next chord early (on the 'and' before it). */
  anticipation: boolean;
}

/** A rhythm cell: onsets and lengths in eighth notes (half beats) from the start of its stretch. */
interface Cell {
  hits: Array<[onset: number, length: number]>;
  weight: number;
}

/** Cells for a stretch of 1, 2, 3 or 4 beats, in a simple meter (swung eighths). */
const SIMPLE_CELLS: Record<number, Cell[]> = {
  1: [
    { hits: [[0, 1.6]], weight: 3 },
    { hits: [], weight: 1 },
  ],
  2: [
    { hits: [[0, 1.6]], weight: 2 },
    { hits: [[0, 3.5]], weight: 2 },
    { hits: [[1, 1.4]], weight: 1.5 },
    { hits: [[2, 1.2]], weight: 1 },
    { hits: [], weight: 0.5 },
  ],
  3: [
    { hits: [[0, 5.5]], weight: 1.5 },
    {
      hits: [
        [2, 0.9],
        [4, 0.9],
      ],
      weight: 2,
    },
    {
      hits: [
        [0, 1.5],
        [3, 1.4],
      ],
      weight: 2,
    },
    {
      hits: [
        [1, 0.9],
        [4, 1.5],
      ],
      weight: 1.5,
    },
    { hits: [], weight: 0.4 },
  ],
  4: [
    // The Charleston: beat 1 and the 'and' of 2.
    {
      hits: [
        [0, 2.5],
        [3, 0.9],
      ],
      weight: 3,
    },
    // Its reverse: the 'and' of 1 and beat 3.
    {
      hits: [
        [1, 0.9],
        [4, 1.8],
      ],
      weight: 2,
    },
    // A sustained chord.
    { hits: [[0, 7.5]], weight: 1.5 },
    // Stabs on 2 and 4.
    {
      hits: [
        [2, 0.9],
        [6, 0.9],
      ],
      weight: 1.5,
    },
    // Pushed: the 'and' of 2 held.
    { hits: [[3, 3]], weight: 1.5 },
    {
      hits: [
        [0, 1.4],
        [5, 1.4],
      ],
      weight: 1,
    },
    { hits: [], weight: 0.5 },
  ],
};

/** In 6/8, 9/8, 12/8 (and other meters) the cells are in beats and thirds of beats, never split in two. */
const COMPOUND_CELLS: Cell[] = [
  { hits: [[0, 0.9]], weight: 2 },
  { hits: [[0, 2.8]], weight: 1.5 },
  { hits: [[2 / 3, 0.6]], weight: 1 },
  { hits: [], weight: 0.5 },
];

/** Share of chord changes the comper anticipates by an eighth note. */
const ANTICIPATION_CHANCE = 0.3;

/** Lead notes per beat above which the comper lays out more, below which it fills in. */
const BUSY_LEAD = 1.5;
const RESTING_LEAD = 0.25;

/**
 * A seeded choice of cell, listening to the soloist: while the lead rests the comper fills the space (no
 * empty cell, more two-hit cells), while it plays many notes it lays out more often.
 */
function pickCell(cells: readonly Cell[], rng: Rng, leadPerBeat: number): Cell {
  const weightOf = (cell: Cell) => {
    if (leadPerBeat <= RESTING_LEAD) return cell.hits.length === 0 ? 0 : cell.weight * cell.hits.length;
    if (leadPerBeat >= BUSY_LEAD) return cell.hits.length === 0 ? cell.weight * 3 : cell.weight / cell.hits.length;
    return cell.weight;
  };
  const total = cells.reduce((sum, cell) => sum + weightOf(cell), 0);
  let threshold = rng.next() * total;
  for (const cell of cells) {
    threshold -= weightOf(cell);
    if (threshold < 0) return cell;
  }
  return cells[cells.length - 1];
}

interface Slot {
  startTick: number;
  durationTicks: number;
  /** Index of the chord segment it sounds. */
  segmentIndex: number;
  anticipation: boolean;
}

/** Stretches of at most four beats that never cross a bar line or a chord change. */
function stretches(segment: ChordSegment, meter: Meter, pulse: number): Array<{ start: number; beats: number }> {
  const bar = barTicks(meter);
  const result: Array<{ start: number; beats: number }> = [];
  let start = segment.startTick;
  while (start < segment.endTick) {
    const barEnd = (Math.floor(start / bar) + 1) * bar;
    const end = Math.min(segment.endTick, barEnd);
    const beats = Math.max(1, Math.floor((end - start) / pulse));
    const taken = Math.min(4, beats === 5 ? 3 : beats);
    result.push({ start, beats: taken });
    start += Math.max(1, Math.min(end - start, taken * pulse));
  }
  return result;
}

/** The comping's rhythm: slots, each with the chord segment it sounds. */
function compingRhythm(
  segments: readonly ChordSegment[],
  meter: Meter,
  soloTicks: number,
  lead: LeadIndex,
  rng: Rng,
): Slot[] {
  const pulse = pulseTicks(meter);
  const compound = isCompoundMeter(meter) || pulse !== 12;
  const eighth = compound ? pulse : pulse / 2;
  const slots: Slot[] = [];
  for (const [index, segment] of segments.entries()) {
    const own: Slot[] = [];
    for (const stretch of stretches(segment, meter, pulse)) {
      const leadPerBeat = lead.countStarting(stretch.start, stretch.start + stretch.beats * pulse) / stretch.beats;
      const cell = compound
        ? pickCell(COMPOUND_CELLS, rng, leadPerBeat)
        : pickCell(SIMPLE_CELLS[stretch.beats] ?? SIMPLE_CELLS[1], rng, leadPerBeat);
      const limit = Math.min(segment.endTick, stretch.start + stretch.beats * pulse);
      for (const [onset, length] of cell.hits) {
        const startTick = stretch.start + Math.round(onset * eighth);
        const endTick = Math.min(limit, startTick + Math.round(length * eighth));
        if (startTick < limit && endTick > startTick) {
          own.push({ startTick, durationTicks: endTick - startTick, segmentIndex: index, anticipation: false });
        }
      }
    }
    // Anticipate the chord: its first hit comes an eighth early, tied into the chord, cutting the previous one short.
    const anticipateBy = compound ? Math.round(pulse / 3) : pulse / 2;
    const first = own[0];
    if (index > 0 && first && first.startTick === segment.startTick && rng.next() < ANTICIPATION_CHANCE) {
      const early = segment.startTick - anticipateBy;
      if (early >= segments[index - 1].startTick) {
        trimBefore(slots, early);
        first.startTick = early;
        first.durationTicks += anticipateBy;
        first.anticipation = true;
      }
    }
    slots.push(...own);
  }
  return slots.filter((slot) => slot.startTick < soloTicks);
}

/** Cuts earlier slots so that none sounds at or after `tick`; those left too short go. */
function trimBefore(slots: Slot[], tick: number): void {
  // Slots follow each other without overlapping: once one ends before `tick`, all earlier ones do.
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i];
    if (slot.startTick + slot.durationTicks <= tick) return;
    if (slot.startTick >= tick - 1) slots.splice(i, 1);
    else slot.durationTicks = tick - slot.startTick;
  }
}

const MINOR_QUALITIES = new Set(['min', 'min7', 'min6', 'minMaj7', 'halfDim7']);

/** The lead's notes sorted by start, searchable by time. */
class LeadIndex {
  private readonly notes: LeadNote[];
  private readonly longest: number;

  constructor(lead: readonly LeadNote[]) {
    this.notes = [...lead].sort((a, b) => a.startTick - b.startTick);
    this.longest = this.notes.reduce((max, n) => Math.max(max, n.durationTicks), 0);
  }

  /** How many notes start in [start, end). */
  countStarting(start: number, end: number): number {
    return this.firstStartingAt(end) - this.firstStartingAt(start);
  }

  private firstStartingAt(tick: number): number {
    let low = 0;
    let high = this.notes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.notes[middle].startTick < tick) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The pitches sounding at any moment of [start, end). */
  pitchesDuring(start: number, end: number): Set<number> {
    const pitches = new Set<number>();
    // No note starting before start - longest can still sound at start.
    for (
      let i = this.firstStartingAt(start - this.longest);
      i < this.notes.length && this.notes[i].startTick < end;
      i++
    ) {
      const note = this.notes[i];
      if (note.startTick + note.durationTicks > start) pitches.add(note.pitch);
    }
    return pitches;
  }
}

/** The comping over the solo (ticks from the solo's start), voice-led from hit to hit. */
export function planComping(
  segments: readonly ChordSegment[],
  meter: Meter,
  soloTicks: number,
  lead: readonly LeadNote[],
  rng: Rng,
): CompingHit[] {
  const leadIndex = new LeadIndex(lead);
  const slots = compingRhythm(segments, meter, soloTicks, leadIndex, rng);
  const voicings = new Map<string, number[][]>();
  const hits: CompingHit[] = [];
  let previous: number[] | undefined;
  for (const slot of slots) {
    const chord = segments[slot.segmentIndex].chord;
    const next = segments[slot.segmentIndex + 1]?.chord;
    const resolvesToMinor = chord.quality === 'dom7' && next !== undefined && MINOR_QUALITIES.has(next.quality);
    const key = `${chord.symbol}|${resolvesToMinor}`;
    let candidates = voicings.get(key);
    if (!candidates) {
      candidates = voicingCandidates(chord, resolvesToMinor);
      voicings.set(key, candidates);
    }
    if (candidates.length === 0) continue;
    const avoid = leadIndex.pitchesDuring(slot.startTick, slot.startTick + slot.durationTicks);
    const voicing = chooseVoicing(candidates, previous, avoid);
    previous = voicing;
    hits.push({
      startTick: slot.startTick,
      durationTicks: slot.durationTicks,
      chord,
      voicing,
      velocity: Math.round(60 + rng.next() * 12 + (slot.anticipation ? 8 : 0)),
      anticipation: slot.anticipation,
    });
  }
  return hits;
}
