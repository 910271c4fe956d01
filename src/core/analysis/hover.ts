/**
 * What the editor says about the note or chord symbol under the cursor: the note's name and octave,
 * its length in beats and its function over the chord sounding there, by the grammar's own classifier.
 */
import { mod12, pitchClassName, scaleForChord } from '../theory/chords';
import { barQuarters, type Chord } from '../types';
import { writtenNoteText, type AbcAnalysis, type AnalysedNote, type PitchRole } from './document';
import { beatsPerBar, type Meter } from '../../shared/meter';

export interface AbcHover {
  startChar: number;
  endChar: number;
  /** Markdown lines; the first one is the headline. */
  lines: string[];
}

export const ROLE_NAMES: Record<PitchRole, string> = {
  C: 'chord tone',
  S: 'scale tone',
  A: 'approach tone',
  X: 'outside',
};

const ROLE_EXPLANATIONS: Record<PitchRole, string> = {
  C: 'a note of the chord',
  S: 'not in the chord but in its scale',
  A: 'a semitone from a chord tone, outside the scale: it wants to resolve',
  X: 'neither in the chord nor in its scale, nor a semitone from a chord tone',
};

const LETTER_PITCH_CLASSES: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Music typography for note names: "Eb" → "E♭". */
export function prettyAccidentals(name: string): string {
  return name
    .replace(/(?<=[A-G])bb/g, '𝄫')
    .replace(/(?<=[A-G])b/g, '♭')
    .replace(/##/g, '𝄪')
    .replace(/#/g, '♯');
}

/**
 * Scientific pitch name of a sounding pitch (middle C is C4), spelled with the letter it was written
 * with when known ("_E" over any key is E♭, never D♯).
 */
export function noteName(pitch: number, writtenLetter?: string, preferFlats?: boolean): string {
  const letter = writtenLetter?.toUpperCase();
  if (letter && letter in LETTER_PITCH_CLASSES) {
    const alter = mod12(pitch - LETTER_PITCH_CLASSES[letter] + 6) - 6;
    if (Math.abs(alter) <= 2) {
      const accidental = alter > 0 ? '♯'.repeat(alter) : alter < 0 ? '♭'.repeat(-alter) : '';
      const octave = Math.floor((pitch - alter - LETTER_PITCH_CLASSES[letter]) / 12) - 1;
      return `${letter}${accidental}${octave}`;
    }
  }
  return `${prettyAccidentals(pitchClassName(pitch, preferFlats))}${Math.floor(pitch / 12) - 1}`;
}

/**
 * Name of a pitch class as a degree over the chord root, the way jazz musicians name tensions:
 * chord tones by their function (♭3 in a minor chord, ♯5 in an augmented one), other notes as
 * tensions (♭9, ♯9, ♯11, ♭13 ...).
 */
export function degreeOverChord(pitchClass: number, chord: Chord): string {
  const semitones = mod12(pitchClass - chord.root);
  const inChord = chord.pitchClasses.some((pc) => mod12(pc - chord.root) === semitones);
  const hasMajorThird = chord.pitchClasses.some((pc) => mod12(pc - chord.root) === 4);
  const minorish = ['min', 'min7', 'minMaj7', 'min6', 'dim', 'dim7', 'halfDim7'].includes(chord.quality);
  switch (semitones) {
    case 0:
      return 'root';
    case 1:
      return '♭9';
    case 2:
      return inChord && chord.quality === 'sus2' ? '2' : '9';
    case 3:
      return inChord || minorish || !hasMajorThird ? '♭3' : '♯9';
    case 4:
      return '3';
    case 5:
      return inChord && chord.quality === 'sus4' ? '4' : '11';
    case 6:
      return inChord && ['dim', 'dim7', 'halfDim7'].includes(chord.quality) ? '♭5' : '♯11';
    case 7:
      return '5';
    case 8:
      return inChord && ['aug', 'aug7', 'augMaj7'].includes(chord.quality) ? '♯5' : '♭13';
    case 9:
      return inChord && chord.quality === 'dim7'
        ? '𝄫7'
        : inChord && ['maj6', 'min6'].includes(chord.quality)
          ? '6'
          : '13';
    case 10:
      return '♭7';
    default:
      return '7';
  }
}

const NOTE_VALUES: Array<[number, string]> = [
  [6, 'dotted whole note'],
  [4, 'whole note'],
  [3, 'dotted half note'],
  [2, 'half note'],
  [1.5, 'dotted quarter note'],
  [1, 'quarter note'],
  [0.75, 'dotted eighth note'],
  [0.5, 'eighth note'],
  [1 / 3, 'triplet eighth note'],
  [0.375, 'dotted sixteenth note'],
  [0.25, 'sixteenth note'],
  [1 / 6, 'triplet sixteenth note'],
  [0.125, '32nd note'],
];

function noteValueName(quarters: number): string | undefined {
  return NOTE_VALUES.find(([length]) => Math.abs(length - quarters) < 1e-6)?.[1];
}

/** "1", "1½", "⅓" style: a small fraction when the length is one, else three decimals. */
export function formatBeats(beats: number): string {
  for (const denominator of [1, 2, 3, 4, 6, 8, 12, 16]) {
    const numerator = Math.round(beats * denominator);
    if (Math.abs(numerator / denominator - beats) > 1e-6) continue;
    if (denominator === 1) return String(numerator);
    const whole = Math.floor(numerator / denominator);
    const rest = numerator - whole * denominator;
    return `${whole > 0 ? `${whole} ` : ''}${rest}/${denominator}`;
  }
  return String(Math.round(beats * 1000) / 1000);
}

function lengthText(quarters: number, meter: Meter): string {
  const beat = barQuarters(meter) / beatsPerBar(meter);
  const beats = quarters / beat;
  const value = noteValueName(quarters);
  const count = `${formatBeats(beats)} beat${Math.abs(beats - 1) < 1e-6 ? '' : 's'}`;
  return value ? `${value}, ${count}` : count;
}

/** "C7: C E G B♭". */
export function chordNotesText(chord: Chord): string {
  const preferFlats = preferFlatsForChord(chord);
  return chord.pitchClasses.map((pc) => prettyAccidentals(pitchClassName(pc, preferFlats))).join(' ');
}

function preferFlatsForChord(chord: Chord): boolean | undefined {
  const accidental = /^[A-G]([#b♯♭]?)/.exec(chord.symbol)?.[1] ?? '';
  if (accidental === 'b' || accidental === '♭') return true;
  if (accidental === '#' || accidental === '♯') return false;
  // A natural root: a dominant or minor chord leans to flats (C7 has B♭, Cm has E♭).
  return undefined;
}

/** "E♭ over C7: ♯9, approach tone". */
export function functionOverChord(pitch: number, role: PitchRole, chord: Chord, spelled?: string): string {
  const name = spelled ?? prettyAccidentals(pitchClassName(pitch, preferFlatsForChord(chord)));
  return `${name} over ${prettyAccidentals(chord.symbol)}: ${degreeOverChord(mod12(pitch), chord)}, ${ROLE_NAMES[role]}`;
}

export function abcHover(analysis: AbcAnalysis, offset: number): AbcHover | undefined {
  for (const analysed of analysis.tunes) {
    if (offset < analysed.info.startChar || offset > analysed.info.endChar || !analysed.tune) continue;
    const tune = analysed.tune;
    for (const timed of tune.chords) {
      const { startChar, endChar } = timed.source ?? {};
      if (startChar === undefined || endChar === undefined || offset < startChar || offset >= endChar) continue;
      const chord = timed.chord;
      const scale = scaleForChord(chord).map((pc) => prettyAccidentals(pitchClassName(pc, preferFlatsForChord(chord))));
      return {
        startChar,
        endChar,
        lines: [`**${prettyAccidentals(chord.symbol)}**: ${chordNotesText(chord)}`, `Scale: ${scale.join(' ')}`],
      };
    }
    const note = analysed.notes.find(
      (n) => offset >= n.noteStartChar && offset < Math.max(n.noteEndChar, n.noteStartChar + 1),
    );
    if (note) return noteHover(analysis, note, tune.meter);
  }
  return undefined;
}

function noteHover(analysis: AbcAnalysis, analysed: AnalysedNote, meter: Meter): AbcHover {
  const { note } = analysed;
  const range = { startChar: analysed.noteStartChar, endChar: analysed.noteEndChar };
  const length = lengthText(note.duration, meter);
  if (note.pitch === null) return { ...range, lines: [`**Rest**: ${length}`] };
  const letter = /[A-Ga-g]/.exec(writtenNoteText(analysis.text, analysed))?.[0];
  const name = noteName(note.pitch, letter);
  const lines = [`**${name}**: ${length}`];
  if (analysed.chord && analysed.role) {
    const pitchClassOnly = name.replace(/-?\d+$/, '');
    lines.push(
      `${functionOverChord(note.pitch, analysed.role, analysed.chord, pitchClassOnly)} (${ROLE_EXPLANATIONS[analysed.role]})`,
    );
  }
  return { ...range, lines };
}
