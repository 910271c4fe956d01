/**
 * Moving music by an interval, as a transposing part needs it: the key spelt on the side with fewer
 * accidentals, chord symbols spelt in that key (their letters move with the key's letter, so B♭7 in F becomes
 * C7 in G, and D♯ø7 in E becomes E♯ø7 in F♯ rather than Fø7), and the notes moved by the same semitones.
 */
import { mod12, parseChordSymbol } from './chords';
import { ABC_MODE_SUFFIX } from './progression';
import { LETTERS, abcKey } from './spelling';
import type { Chord, KeySignature, Solo, TimedChord } from '../types';

const LETTER_PCS = [0, 2, 4, 5, 7, 9, 11];
/** Circle-of-fifths position of each natural letter (C = 0, G = 1, F = -1). */
const LETTER_FIFTHS = [0, 2, 4, -1, 1, 3, 5];
/** A mode's key signature relative to the major key on its tonic, in fifths. */
const MODE_FIFTHS: Record<KeySignature['mode'], number> = {
  lydian: 1,
  major: 0,
  mixolydian: -1,
  dorian: -2,
  minor: -3,
  phrygian: -4,
  locrian: -5,
};

interface NoteName {
  letter: number;
  alter: number;
}

function readNoteName(text: string): NoteName | undefined {
  const match = /^([A-G])([#b♯♭]?)/.exec(text);
  if (!match) return undefined;
  const alter = match[2] === '#' || match[2] === '♯' ? 1 : match[2] === '' ? 0 : -1;
  return { letter: LETTERS.indexOf(match[1] as (typeof LETTERS)[number]), alter };
}

function writeNoteName(name: NoteName): string {
  const sign = name.alter > 0 ? '#'.repeat(name.alter) : 'b'.repeat(-name.alter);
  return LETTERS[name.letter] + sign;
}

/**
 * The key `semitones` above `key`, its tonic spelt so that the signature has the fewest accidentals; between
 * two equal ones (F♯ / G♭ major, D♯ / E♭ minor) the flat one, as jazz charts are written.
 */
export function transposeKey(key: KeySignature, semitones: number): KeySignature {
  const tonic = mod12(key.tonic + semitones);
  let best: { name: NoteName; fifths: number } | undefined;
  for (let letter = 0; letter < 7; letter++) {
    for (const alter of [-1, 0, 1]) {
      if (mod12(LETTER_PCS[letter] + alter) !== tonic) continue;
      const fifths = LETTER_FIFTHS[letter] + 7 * alter + MODE_FIFTHS[key.mode];
      const better =
        !best ||
        Math.abs(fifths) < Math.abs(best.fifths) ||
        (Math.abs(fifths) === Math.abs(best.fifths) && fifths < best.fifths);
      if (better) best = { name: { letter, alter }, fifths };
    }
  }
  return { tonic, mode: key.mode, name: writeNoteName(best!.name) + ABC_MODE_SUFFIX[key.mode] };
}

/** How many letters the tonic moved from `from` to `to` (C to D: 1; F to G: 1; B♭ to C: 1). */
export function letterStepsBetween(from: KeySignature, to: KeySignature): number {
  const fromLetter = readNoteName(abcKey(from).text)!.letter;
  const toLetter = readNoteName(abcKey(to).text)!.letter;
  return (((toLetter - fromLetter) % 7) + 7) % 7;
}

/**
 * A note name moved by `semitones`, its letter moved by `letterSteps`; when that would take a double sharp or
 * flat, the simpler spelling on the same side.
 */
export function transposeNoteName(text: string, semitones: number, letterSteps: number): string | undefined {
  const name = readNoteName(text);
  if (!name) return undefined;
  const pitchClass = mod12(LETTER_PCS[name.letter] + name.alter + semitones);
  const letter = (name.letter + letterSteps) % 7;
  const alter = mod12(pitchClass - LETTER_PCS[letter] + 6) - 6;
  if (Math.abs(alter) <= 1) return writeNoteName({ letter, alter });
  // B𝄪 is written C♯, C𝄫 B♭: the nearest letter in the direction of the alteration.
  for (let shift = 1; shift < 7; shift++) {
    const other = (letter + (alter > 0 ? shift : 7 - shift)) % 7;
    const otherAlter = mod12(pitchClass - LETTER_PCS[other] + 6) - 6;
    if (Math.abs(otherAlter) <= 1) return writeNoteName({ letter: other, alter: otherAlter });
  }
  return undefined;
}

/** A chord symbol with its root and slash bass moved; the rest of the symbol ("m7b5", "7(b9)") as written. */
export function transposeChordSymbol(symbol: string, semitones: number, letterSteps: number): string {
  const root = /^([A-G][#b♯♭]?)(.*)$/s.exec(symbol);
  if (!root) return symbol;
  let rest = root[2];
  const slash = /\/([A-G][#b♯♭]?)$/.exec(rest);
  if (slash) {
    const bass = transposeNoteName(slash[1], semitones, letterSteps) ?? slash[1];
    rest = rest.slice(0, slash.index) + '/' + bass;
  }
  return (transposeNoteName(root[1], semitones, letterSteps) ?? root[1]) + rest;
}

/** A chord moved by `semitones`: its symbol respelt, its pitch classes moved. */
export function transposeChord(chord: Chord, semitones: number, letterSteps: number): Chord {
  const symbol = transposeChordSymbol(chord.symbol, semitones, letterSteps);
  const parsed = parseChordSymbol(symbol);
  if (parsed && mod12(parsed.root - chord.root) === mod12(semitones)) {
    // The symbol's own pitch classes would drop any tension the original carried beyond its symbol.
    return {
      ...chord,
      symbol,
      root: parsed.root,
      pitchClasses: chord.pitchClasses.map((pc) => mod12(pc + semitones)),
      ...(chord.bass !== undefined ? { bass: mod12(chord.bass + semitones) } : {}),
    };
  }
  return {
    ...chord,
    symbol,
    root: mod12(chord.root + semitones),
    pitchClasses: chord.pitchClasses.map((pc) => mod12(pc + semitones)),
    ...(chord.bass !== undefined ? { bass: mod12(chord.bass + semitones) } : {}),
  };
}

/** Timed chords moved by `semitones`, spelt for the key `semitones` above `key`. */
export function transposeTimedChords(
  chords: readonly TimedChord[],
  key: KeySignature,
  semitones: number,
): TimedChord[] {
  const steps = letterStepsBetween(key, transposeKey(key, semitones));
  return chords.map((timed) => ({ ...timed, chord: transposeChord(timed.chord, semitones, steps) }));
}

/** A solo `semitones` higher: every note, the key (fewest accidentals) and the chord symbols, alike. */
export function transposeSolo(solo: Solo, semitones: number): Solo {
  if (semitones === 0) return solo;
  const key = transposeKey(solo.key, semitones);
  return {
    ...solo,
    key,
    notes: solo.notes.map((note) => (note.pitch === null ? note : { ...note, pitch: note.pitch + semitones })),
    chords: transposeTimedChords(solo.chords, solo.key, semitones),
  };
}
