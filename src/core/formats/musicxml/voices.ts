/**
 * What each part of the score writes, as voices of written events: the lead from the engraving layout
 * (notation.ts, the same symbols the ABC writer prints), and the band's parts laid out by the same rules
 * after their notes are made readable: a note lasts until the next one of its voice (a bass walking in
 * quarters, not in 11-tick quarters), drum hits ring until the next hit inside their beat.
 */
import { layoutSolo, meterLayout, type WrittenPiece } from '../notation';
import { DRUM, type BandArrangement, type BandNote } from '../../band/types';
import type { BandPart } from '../../../shared/bandParts';
import type { Solo } from '../../types';

/** One symbol of a voice: a note, a chord of notes (written together) or a rest (no pitches). */
export interface WrittenEvent extends Omit<WrittenPiece, 'pitch'> {
  pitches: number[];
}

export interface Voice {
  /** MusicXML voice number. */
  number: number;
  /** The staff of a part with two (the comping's grand staff); 1 otherwise. */
  staff: number;
  /** Stem direction of a voice sharing its staff (drums); undefined lets the reader decide. */
  stem?: 'up' | 'down';
  events: WrittenEvent[];
}

export function leadVoice(solo: Solo): Voice {
  const events = layoutSolo(solo).map(({ pitch, ...rest }) => ({ ...rest, pitches: pitch === null ? [] : [pitch] }));
  return { number: 1, staff: 1, events };
}

interface Hit {
  start: number;
  end: number;
  pitches: number[];
}

/** Lays out hits (notes sounding together) over the solo's bars with the lead's rules. */
function layoutHits(hits: Hit[], solo: Solo): WrittenEvent[] {
  // Each hit becomes one "note" whose pitch is its index, so the layout never joins two hits into one.
  const stand: Solo = {
    ...solo,
    chords: [],
    notes: hits.map((hit, index) => ({
      pitch: index,
      startTick: hit.start,
      durationTicks: hit.end - hit.start,
      valueIndex: index,
    })),
  };
  return layoutSolo(stand).map(({ pitch, ...rest }) => ({
    ...rest,
    pitches: pitch === null ? [] : hits[pitch].pitches,
  }));
}

/**
 * Notes starting together as one hit, each hit lasting until the next or until its own end rounded up to
 * `grid` (0: until the next), never past `limit(start)` (the end of its beat for drums, of the solo for the others).
 */
function hitsOf(notes: BandNote[], grid: number, limit: (start: number) => number): Hit[] {
  const byStart = new Map<number, BandNote[]>();
  for (const note of notes) byStart.set(note.startTick, [...(byStart.get(note.startTick) ?? []), note]);
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return starts.map((start, index) => {
    const group = byStart.get(start)!;
    const longest = Math.max(...group.map((note) => note.durationTicks));
    const next = starts[index + 1] ?? Number.POSITIVE_INFINITY;
    const rounded = grid > 0 ? Math.ceil((start + longest) / grid) * grid : Number.POSITIVE_INFINITY;
    const end = Math.min(next, rounded, limit(start));
    return { start, end, pitches: [...new Set(group.map((n) => n.pitch))].sort((a, b) => a - b) };
  });
}

/** The cymbals and hi-hats, written above the drums with stems up. */
const CYMBALS = new Set<number>([DRUM.ride, DRUM.rideBell, DRUM.crash, DRUM.closedHat]);

/** Lowest pitch written on the comping's treble staff. */
export const TREBLE_FROM = 60;

/** The band part's voices over the solo's bars (the count-in left out: the score starts with the solo). */
export function bandVoices(solo: Solo, band: BandArrangement, part: BandPart): Voice[] {
  const layout = meterLayout(solo.meter);
  const total = Math.max(1, solo.bars) * layout.barTicks;
  const notes = band.notes
    .filter((note) => note.part === part)
    .map((note) => ({ ...note, startTick: note.startTick - band.countInTicks }))
    .filter((note) => note.startTick >= 0 && note.startTick < total);
  const toEnd = () => total;
  const eighth = layout.beatTicks % 6 === 0 ? 6 : 3;
  switch (part) {
    case 'bass':
      return [{ number: 1, staff: 1, events: layoutHits(hitsOf(notes, eighth, toEnd), solo) }];
    case 'comping':
      return [
        {
          number: 1,
          staff: 1,
          events: layoutHits(
            hitsOf(
              notes.filter((n) => n.pitch >= TREBLE_FROM),
              eighth,
              toEnd,
            ),
            solo,
          ),
        },
        {
          number: 5,
          staff: 2,
          events: layoutHits(
            hitsOf(
              notes.filter((n) => n.pitch < TREBLE_FROM),
              eighth,
              toEnd,
            ),
            solo,
          ),
        },
      ];
    case 'drums': {
      const beatEnd = (start: number) => (Math.floor(start / layout.beatTicks) + 1) * layout.beatTicks;
      const up = notes.filter((n) => CYMBALS.has(n.pitch));
      const down = notes.filter((n) => !CYMBALS.has(n.pitch));
      return [
        { number: 1, staff: 1, stem: 'up', events: layoutHits(hitsOf(up, 0, beatEnd), solo) },
        { number: 2, staff: 1, stem: 'down', events: layoutHits(hitsOf(down, 0, beatEnd), solo) },
      ];
    }
  }
}
