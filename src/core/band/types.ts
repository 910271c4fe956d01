/**
 * The rhythm section's data: what arrangeBand makes from a solo's chords, meter and tempo, and what the MIDI
 * writer, the preview's mixer and the WAV renderer play.
 *
 * Time is in integer ticks, TICKS_PER_QUARTER (12) to the quarter note, straight (unswung): swing is applied
 * when sounding or writing (src/shared/swing.ts). Tick 0 is the start of the count-in when there is one,
 * else the start of the solo; the solo itself starts at `countInTicks`.
 */
import type { BandPart } from '../../shared/bandParts';
import type { Meter } from '../../shared/meter';
import type { TimedChord } from '../types';
import {
  BASS_SOUND,
  COMPING_SOUND,
  DEFAULT_LEAD_INSTRUMENT_ID,
  LEAD_INSTRUMENT_IDS,
  LEAD_SOUNDS,
  type LeadInstrumentId,
} from '../../shared/soundFont';

export interface BandNote {
  part: BandPart;
  /** MIDI note; for drums the General MIDI percussion key (see DRUM). */
  pitch: number;
  startTick: number;
  durationTicks: number;
  /** 1–127. */
  velocity: number;
}

export interface BandOptions {
  /** Which parts to play; a part switched off gets no notes (the others are unchanged). */
  parts: Record<BandPart, boolean>;
  /** One bar of sticks / hi-hat before the solo. */
  countIn: boolean;
  /** Same input, options and seed: the same arrangement. */
  seed: number;
  /** Bass in half notes (two per 4/4 bar) instead of walking quarters. */
  twoFeel?: boolean;
}

/** One note of the soloist, to keep the comping off it. */
export interface LeadNote {
  pitch: number;
  startTick: number;
  durationTicks: number;
}

export interface BandInput {
  /** Chords as the realiser / abcReader give them: starts in quarter notes from the solo's start, sorted. */
  chords: TimedChord[];
  meter: Meter;
  /** Quarter notes per minute. */
  tempo: number;
  /** Length of the solo in ticks (a whole number of bars is expected; a partial last bar is played out). */
  soloTicks: number;
  /** The soloist's notes, ticks relative to the solo's start. */
  lead: LeadNote[];
  /**
   * Length of one chorus (one pass of the progression) in ticks, when the caller knows it; otherwise the
   * arranger finds the period of the chords. The drums play a fill into each chorus.
   */
  chorusTicks?: number;
  /**
   * Length of an incomplete first bar (a pickup) in ticks, when the solo starts with one: the band's bar lines
   * then fall at pickupTicks + n bars, and it comes in on the first full bar (the soloist plays the pickup alone).
   */
  pickupTicks?: number;
}

export interface BandArrangement {
  meter: Meter;
  tempo: number;
  /** Ticks before the solo starts: one bar with countIn, else 0. */
  countInTicks: number;
  /** countInTicks + the solo's length. */
  totalTicks: number;
  /** Sorted by startTick. */
  notes: BandNote[];
}

/** General MIDI percussion keys (channel 10) the drummer uses. */
export const DRUM = {
  kick: 36,
  sideStick: 37,
  snare: 38,
  closedHat: 42,
  pedalHat: 44,
  crash: 49,
  ride: 51,
  rideBell: 53,
  lowTom: 45,
  midTom: 47,
  highTom: 50,
} as const;

/** The lead instruments a user may choose (the sound font's list: one source for the preview and the MIDI file). */
export type LeadInstrument = LeadInstrumentId;
export const DEFAULT_LEAD_INSTRUMENT: LeadInstrument = DEFAULT_LEAD_INSTRUMENT_ID;
/** Their General MIDI programs (0-based): tenor sax 66, trumpet 56, piano 0, jazz guitar 26. */
export const LEAD_INSTRUMENTS = Object.fromEntries(
  LEAD_INSTRUMENT_IDS.map((id) => [id, LEAD_SOUNDS[id].program]),
) as Readonly<Record<LeadInstrument, number>>;

/** General MIDI programs (0-based) of the rhythm section: acoustic bass and the comping piano. */
export const BAND_PROGRAMS = { bass: BASS_SOUND.program, comping: COMPING_SOUND.program } as const;
