/**
 * The music model shared by every part of the engine. Pure data: no vscode, no tfjs.
 *
 * Time in the corpus side is measured in quarter notes (floats, as music21 and the reference do).
 * The realiser and the writers use integer ticks (TICKS_PER_QUARTER) so that bars sum exactly.
 */
import type { Meter } from '../shared/meter';

/** Where a piece of music came from, for warnings, diagnostics and click-to-source. */
export interface SourceRef {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column?: number;
  /** Character offsets into the whole file text (abcjs' startChar/endChar), when known. */
  startChar?: number;
  endChar?: number;
}

/** One melody element: a note (pitch set) or a rest (pitch null). */
export interface MelodyNote {
  /** Sounding MIDI pitch (key signature and accidentals applied); null for a rest. */
  pitch: number | null;
  /** Onset in quarter notes from the start of the tune (the pickup, if any, starts at 0). */
  start: number;
  /** Length in quarter notes. */
  duration: number;
  source?: SourceRef;
}

export type ChordQuality =
  | 'maj'
  | 'min'
  | 'dim'
  | 'aug'
  | 'sus2'
  | 'sus4'
  | 'dom7'
  | 'maj7'
  | 'min7'
  | 'minMaj7'
  | 'halfDim7'
  | 'dim7'
  | 'aug7'
  | 'augMaj7'
  | 'maj6'
  | 'min6'
  | 'power';

/** A chord symbol as read ("Dm7", "G7b9", "Bb/D", "F#m7b5") or named from a set of pitch classes. */
export interface Chord {
  /** The symbol as written (or as we name it when inferred). */
  symbol: string;
  /** Root pitch class, 0 = C. */
  root: number;
  quality: ChordQuality;
  /** Every pitch class of the chord, root first, extensions and alterations included. */
  pitchClasses: number[];
  /** Bass pitch class of a slash chord. */
  bass?: number;
}

/** A chord that sounds from `start` (quarter notes) until the next one. */
export interface TimedChord {
  start: number;
  chord: Chord;
  source?: SourceRef;
}

/** Times in quarter notes closer than this are the same time (floats from readers and tuplets). */
export const TIME_EPSILON = 1e-6;

/** The index of the bar holding `time`: the last bar start at or before it (bar starts ascending). */
export function barIndexAt(barStarts: readonly number[], time: number): number {
  let low = 0;
  let high = barStarts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (barStarts[middle] <= time + TIME_EPSILON) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Length of a bar in quarter notes: 4/4 → 4, 6/8 → 3, 3/4 → 3. */
export function barQuarters(meter: Meter): number {
  return (meter.numerator * 4) / meter.denominator;
}

export interface KeySignature {
  /** Tonic pitch class, 0 = C. */
  tonic: number;
  mode: 'major' | 'minor' | 'dorian' | 'mixolydian' | 'lydian' | 'phrygian' | 'locrian';
  /** As written in K:, for writing back ("Bb", "F#m"). */
  name: string;
}

/** One tune of the corpus, from an ABC tune or a MIDI file, as the grammar needs it. */
export interface Tune {
  file: string;
  /** X: number for ABC, track description for MIDI. */
  id: string;
  title: string;
  /** 1-based line of the X: header (ABC) or 1 (MIDI). */
  line: number;
  meter: Meter;
  key: KeySignature;
  /** Quarter notes per minute, when the source says. */
  tempo?: number;
  /** The melody, monophonic, sorted by start; rests included where the melody is silent. */
  notes: MelodyNote[];
  /** Chords sorted by start; the first one starts at or before the first note. */
  chords: TimedChord[];
  /** True when `chords` were inferred from the melody because the source had none. */
  chordsInferred: boolean;
  /** Start of every bar in quarter notes, ascending (a pickup gives a first bar shorter than the meter). */
  barStarts: number[];
}

export interface CorpusWarning {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

/** The grammar's types: chord tone, scale tone, approach tone, other, rest. */
export type ValueType = 'C' | 'S' | 'A' | 'X' | 'R';

/**
 * One grammar value (deepjazz / Impro-Visor "abstract grammar" token):
 * `TYPE,DUR` or `TYPE,DUR,<UPPER,LOWER>` with UPPER and LOWER directed interval names
 * (upper - 3 semitones = lower + 3 semitones = the real interval from the previous note of the bar).
 */
export interface GrammarValue {
  type: ValueType;
  /** Quarter notes, rounded to three decimals. */
  duration: number;
  /** The interval window in semitones, on the 2nd and later notes of a bar. */
  window?: { upper: number; lower: number };
}

/** A realised note of a generated solo, in integer ticks so that bars sum exactly. */
export interface RealisedNote {
  /** MIDI pitch; null for a rest. */
  pitch: number | null;
  startTick: number;
  durationTicks: number;
  /** Index of the generated value it came from. */
  valueIndex: number;
}

/** A chord progression laid out in bars, for realising and for writing chord symbols. */
export interface Progression {
  meter: Meter;
  /** Chords with start in quarter notes; repeated cyclically when the solo is longer. */
  chords: TimedChord[];
  /** Length of one pass of the progression in quarter notes (a whole number of bars). */
  lengthQuarters: number;
}

/** A realised solo: everything the ABC and MIDI writers need. */
export interface Solo {
  title: string;
  /** Free text for the T: line and MIDI metadata, e.g. "model default, seed 42". */
  subtitle?: string;
  meter: Meter;
  key: KeySignature;
  tempo: number;
  /** Swing ratio hint for players, 0.5 = straight; written as a %%MIDI / comment, never changes durations. */
  swing?: number;
  notes: RealisedNote[];
  /** Chords over the whole solo (progression unrolled), with starts in quarter notes. */
  chords: TimedChord[];
  /** Number of bars; every bar is exactly barQuarters(meter) long. */
  bars: number;
}
