/**
 * One shape for everything the musical metrics measure: a generated solo (integer ticks, realised over a
 * progression) and a corpus tune (quarter notes, chords as read or inferred) both become a MusicPiece.
 */
import { inferChords } from '../theory/inferChords';
import { type WrittenNotation } from '../formats/abc/written';
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import type { Meter } from '../../shared/meter';

import { formatValue, tuneToValues } from '../solo/grammar';
import { mergeTies } from '../solo/realiser';

import { KeySignature, Solo, TimedChord, Tune, barQuarters } from '../types';

export interface PieceNote {
  /** MIDI pitch; null for a rest. */
  pitch: number | null;
  /** Quarter notes from the start of the piece. */
  start: number;
  duration: number;
}

export interface MusicPiece {
  title: string;
  meter: Meter;
  key: KeySignature;
  /** Sorted by start; a note tied over a bar line is one note. */
  notes: PieceNote[];
  /** Sorted by start. */
  chords: TimedChord[];
  /** Start of every bar in quarter notes (a pickup bar may be shorter than the meter). */
  barStarts: number[];
  /** The grammar values the piece was made from (solo) or reads as (tune). */
  values: string[];
  /** How the piece is written, when it was read from ABC: the notation measures need it. */
  notation?: WrittenNotation;
}

/** A realised solo with the values it was generated from. */
export function pieceFromSolo(solo: Solo, values: readonly string[]): MusicPiece {
  const bar = barQuarters(solo.meter);
  return {
    title: solo.title,
    meter: solo.meter,
    key: solo.key,
    // The realiser splits notes at bar lines; a listener hears one note, and an interval of 0 between the
    // two pieces would count as a repeated pitch.
    notes: mergeTies(solo.notes).map((note) => ({
      pitch: note.pitch,
      start: note.startTick / TICKS_PER_QUARTER,
      duration: note.durationTicks / TICKS_PER_QUARTER,
    })),
    chords: solo.chords,
    barStarts: Array.from({ length: solo.bars }, (_, i) => i * bar),
    values: [...values],
  };
}

/**
 * A tune read from ABC or MIDI; `values` may be passed when already computed (a solo's generated values,
 * or what tuneToValues gives), and `notation` when the tune was read from ABC.
 */
export function pieceFromTune(tune: Tune, values?: readonly string[], notation?: WrittenNotation): MusicPiece {
  return {
    title: tune.title,
    meter: tune.meter,
    key: tune.key,
    notes: tune.notes.map((note) => ({ pitch: note.pitch, start: note.start, duration: note.duration })),
    chords: tune.chords.length > 0 ? tune.chords : inferChords(tune),
    barStarts: tune.barStarts.length > 0 ? tune.barStarts : [0],
    values: values ? [...values] : tuneToValues(tune).map(formatValue),
    notation,
  };
}
