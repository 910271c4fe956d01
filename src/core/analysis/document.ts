/**
 * One analysis of an ABC document, shared by every language feature (diagnostics, hover, colouring,
 * outline, continuation): abcjs reads it once per document version through the engine's reader.
 * Pure: no vscode. Offsets are into the text as given (CRLF or LF), as the reader reports them.
 */
import { type AbcTuneInfo } from '../formats/abc/written';
import { readAbcText, type AbcReadResult } from '../formats/abcReader';
import { chordAt, classifyPitch } from '../solo/grammar';
import { barQuarters, type Chord, type MelodyNote, type Tune } from '../types';

import { TIME_EPSILON } from '../types';

/** The grammar's classes of a pitch over a chord (see classifyPitch). */
export type PitchRole = 'C' | 'S' | 'A' | 'X';

export interface AnalysedNote {
  note: MelodyNote;
  /** The whole element as abcjs delimits it (chord symbols and decorations in front included). */
  startChar: number;
  endChar: number;
  /** Just the note or rest itself: chord symbols, annotations and trailing blanks left out. */
  noteStartChar: number;
  noteEndChar: number;
  /** The chord sounding at the note's onset, and the grammar's class of the note over it (notes only). */
  chord?: Chord;
  role?: PitchRole;
}

export interface AnalysedBar {
  /** 0-based among the tune's bars. */
  index: number;
  /** Quarter notes from the start of the tune. */
  start: number;
  end: number;
  /** From the first element starting in the bar to the last one (blanks trimmed). */
  startChar: number;
  endChar: number;
}

export interface AnalysedTune {
  info: AbcTuneInfo;
  /** Undefined when the reader skipped the tune (abcjs could not read it, or it has no notes). */
  tune?: Tune;
  notes: AnalysedNote[];
  bars: AnalysedBar[];
}

export interface AbcAnalysis {
  file: string;
  text: string;
  read: AbcReadResult;
  tunes: AnalysedTune[];
}

/** Reads an ABC text once and lays its notes and bars out by position. */
export function analyseAbc(text: string, file: string): AbcAnalysis {
  const read = readAbcText(text, file);
  const tuneByLine = new Map(read.tunes.map((tune) => [tune.line, tune]));
  const tunes = read.tuneInfos.map((info): AnalysedTune => {
    const tune = tuneByLine.get(info.startLine);
    if (!tune) return { info, notes: [], bars: [] };
    const notes = tune.notes.map((note) => analyseNote(note, tune, text));
    return { info, tune, notes, bars: layOutBars(tune, notes) };
  });
  return { file, text, read, tunes };
}

function analyseNote(note: MelodyNote, tune: Tune, text: string): AnalysedNote {
  const startChar = note.source?.startChar ?? 0;
  const endChar = note.source?.endChar ?? startChar;
  const { start: noteStartChar, end: noteEndChar } = noteTextRange(text, startChar, endChar);
  const analysed: AnalysedNote = {
    note,
    startChar,
    endChar: trimEnd(text, startChar, endChar),
    noteStartChar,
    noteEndChar,
  };
  if (note.pitch !== null) {
    const chord = chordAt(tune.chords, note.start);
    if (chord) {
      analysed.chord = chord;
      analysed.role = classifyPitch(note.pitch, chord);
    }
  }
  return analysed;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * abcjs' element range starts at the chord symbols and annotations written before the note; the
 * note itself is what follows the last closing quote (and any !decoration!).
 */
function noteTextRange(text: string, start: number, end: number): { start: number; end: number } {
  end = trimEnd(text, start, end);
  let at = start;
  for (;;) {
    while (at < end && /\s/.test(text[at])) at++;
    const opener = text[at];
    const closer = opener === '"' ? '"' : opener === '!' ? '!' : undefined;
    if (!closer) break;
    const close = text.indexOf(closer, at + 1);
    if (close < 0 || close >= end) break;
    at = close + 1;
  }
  return at < end ? { start: at, end } : { start, end };
}

/** The written note letter, accidental and octave marks of an element ("_E2" → "_E"), if it is a note. */
export function writtenNoteText(text: string, analysed: AnalysedNote): string {
  const slice = text.slice(analysed.noteStartChar, analysed.noteEndChar);
  return /[\^_=]*[A-Ga-g][',]*/.exec(slice)?.[0] ?? '';
}

function layOutBars(tune: Tune, notes: AnalysedNote[]): AnalysedBar[] {
  const last = tune.notes[tune.notes.length - 1];
  const tuneEnd = last ? last.start + last.duration : 0;
  const bars: AnalysedBar[] = [];
  tune.barStarts.forEach((start, index) => {
    const end = tune.barStarts[index + 1] ?? Math.max(tuneEnd, start);
    const inside = notes.filter((n) => n.note.start >= start - TIME_EPSILON && n.note.start < end - TIME_EPSILON);
    // A bar holding only the tied end of a note starts no element: point at the note it continues.
    const heldOver = (n: AnalysedNote) => n.note.start < start && n.note.start + n.note.duration > start;
    const holder = inside.length > 0 ? inside : notes.filter(heldOver).slice(-1);
    if (holder.length === 0) return;
    bars.push({
      index,
      start,
      end,
      startChar: holder[0].startChar,
      endChar: holder[holder.length - 1].endChar,
    });
  });
  return bars;
}

/** The tune holding an offset (its X: line to its last line), if any. */
export function tuneAtOffset(analysis: AbcAnalysis, offset: number): AnalysedTune | undefined {
  return analysis.tunes.find((t) => offset >= t.info.startChar && offset <= t.info.endChar);
}

/** Length of the tune's bar in quarter notes. */
export function tuneBarQuarters(tune: Tune): number {
  return barQuarters(tune.meter);
}

/**
 * Keeps the analysis of the latest version of each open document: hover, colouring, lenses and the
 * continuation all ask for the same version within milliseconds of each other.
 */
export class AbcAnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: AbcAnalysis }>();

  constructor(private readonly capacity = 16) {}

  get(key: string, version: number, text: () => string, file = key): AbcAnalysis {
    const cached = this.entries.get(key);
    if (cached && cached.version === version) return cached.analysis;
    const analysis = analyseAbc(text(), file);
    this.entries.delete(key);
    this.entries.set(key, { version, analysis });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return analysis;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * The unit note length in force in the tune: its L: field, else ABC 2.1's default (1/16 below a
 * meter of 3/4, otherwise 1/8).
 */
export function unitNoteLength(text: string, analysed: AnalysedTune): { num: number; den: number } {
  const tuneText = text.slice(analysed.info.startChar, analysed.info.endChar);
  const field = /^L:\s*(\d+)\s*\/\s*(\d+)/m.exec(tuneText);
  if (field) return { num: Number(field[1]), den: Number(field[2]) };
  const meter = analysed.tune?.meter;
  return meter && meter.numerator / meter.denominator < 0.75 ? { num: 1, den: 16 } : { num: 1, den: 8 };
}
