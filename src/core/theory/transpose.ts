/**
 * Moving music by an interval, as a transposing part needs it: the key spelt on the side with fewer
 * accidentals, chord symbols spelt in that key (their letters move with the key's letter, so B♭7 in F becomes
 * C7 in G, and D♯ø7 in E becomes E♯ø7 in F♯ rather than Fø7, E♯ being in F♯'s scale; a root outside the key
 * takes the fewer accidentals, so D in D♭ becomes F in E, not E♯), and the notes moved by the same semitones.
 */
import { mod12 } from './chords';
import { ABC_MODE_SUFFIX } from './progression';
import {
  LETTER_FIFTHS,
  LETTER_PCS,
  MODE_FIFTHS,
  abcKey,
  keyAlterations,
  readNoteName,
  writeNoteName,
  type Spelling,
} from './spelling';
import type { Chord, KeySignature, Solo, TimedChord } from '../types';
import type { Part } from '../../shared/parts';

/**
 * The key `semitones` above `key`, its tonic spelt so that the signature has the fewest accidentals; between
 * two equal ones (F♯ / G♭ major, D♯ / E♭ minor) the flat one, as jazz charts are written.
 */
export function transposeKey(key: KeySignature, semitones: number): KeySignature {
  const tonic = mod12(key.tonic + semitones);
  let best: { name: Spelling; fifths: number } | undefined;
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
 * flat, the simpler spelling on the same side. Given the key the result is written in, a root the key does not
 * hold is spelt with the fewer accidentals: a D major bridge of a tune in D♭ moved to E is F, not E♯, while
 * E♯ stays where the key itself has it (F♯ major).
 */
export function transposeNoteName(
  text: string,
  semitones: number,
  letterSteps: number,
  writtenKey?: KeySignature,
): string | undefined {
  const name = readNoteName(text);
  if (!name) return undefined;
  const moved = moveSpelling(name, semitones, letterSteps);
  if (!moved) return undefined;
  return writeNoteName(writtenKey ? spellInKey(moved, writtenKey) : moved);
}

function moveSpelling(name: Spelling, semitones: number, letterSteps: number): Spelling | undefined {
  const pitchClass = mod12(LETTER_PCS[name.letter] + name.alter + semitones);
  const letter = (name.letter + letterSteps) % 7;
  const alter = mod12(pitchClass - LETTER_PCS[letter] + 6) - 6;
  if (Math.abs(alter) <= 1) return { letter, alter };
  // B𝄪 is written C♯, C𝄫 B♭: the nearest letter in the direction of the alteration.
  for (let shift = 1; shift < 7; shift++) {
    const other = (letter + (alter > 0 ? shift : 7 - shift)) % 7;
    const otherAlter = mod12(pitchClass - LETTER_PCS[other] + 6) - 6;
    if (Math.abs(otherAlter) <= 1) return { letter: other, alter: otherAlter };
  }
  return undefined;
}

/** The spelling as the key writes it: kept when the key has it, else the natural a sharp or flat stands for. */
function spellInKey(spelling: Spelling, key: KeySignature): Spelling {
  const alterations = keyAlterations(abcKey(key).fifths);
  if (spelling.alter === 0 || alterations[spelling.letter] === spelling.alter) return spelling;
  const pitchClass = mod12(LETTER_PCS[spelling.letter] + spelling.alter);
  const natural = LETTER_PCS.indexOf(pitchClass);
  return natural >= 0 ? { letter: natural, alter: 0 } : spelling;
}

/**
 * A chord symbol with its root and slash bass moved; the rest of the symbol ("m7b5", "7(b9)") as written. With
 * `writtenKey`, roots the key does not hold take the fewer accidentals (see transposeNoteName).
 */
export function transposeChordSymbol(
  symbol: string,
  semitones: number,
  letterSteps: number,
  writtenKey?: KeySignature,
): string {
  const root = /^([A-G][#b♯♭]?)(.*)$/s.exec(symbol);
  if (!root) return symbol;
  const move = (name: string) => transposeNoteName(name, semitones, letterSteps, writtenKey) ?? name;
  let rest = root[2];
  const slash = /\/([A-G][#b♯♭]?)$/.exec(rest);
  if (slash) rest = rest.slice(0, slash.index) + '/' + move(slash[1]);
  return move(root[1]) + rest;
}

/**
 * A chord moved by `semitones`: its symbol respelt, its pitch classes moved (all of them: the symbol's own would
 * drop any tension the original carried beyond its symbol).
 */
export function transposeChord(chord: Chord, semitones: number, letterSteps: number, writtenKey?: KeySignature): Chord {
  return {
    ...chord,
    symbol: transposeChordSymbol(chord.symbol, semitones, letterSteps, writtenKey),
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
  const writtenKey = transposeKey(key, semitones);
  const steps = letterStepsBetween(key, writtenKey);
  return chords.map((timed) => ({ ...timed, chord: transposeChord(timed.chord, semitones, steps, writtenKey) }));
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

/**
 * The whole octaves (in semitones) that put concert `pitches`, moved by `shift` and written at the part's
 * interval, inside the part's written range, or nearest its middle: the octave a player of that instrument
 * reads the line in. A concert line around C5 is an octave lower for a tenor sax (written a ninth above what
 * sounds), else its part would climb to C7.
 */
export function octaveIntoWrittenRange(pitches: readonly number[], part: Part, shift = 0): number {
  if (pitches.length === 0) return 0;
  const [low, high] = part.writtenRange;
  const lowest = Math.min(...pitches) + shift + part.interval;
  const highest = Math.max(...pitches) + shift + part.interval;
  let best = 0;
  let bestCost = Infinity;
  for (let octaves = -4; octaves <= 4; octaves++) {
    const move = 12 * octaves;
    const outside = Math.max(0, low - (lowest + move)) + Math.max(0, highest + move - high);
    const offCentre = Math.abs((lowest + highest) / 2 + move - (low + high) / 2);
    const cost = outside * 100 + offCentre;
    if (cost < bestCost) {
      bestCost = cost;
      best = move;
    }
  }
  return best;
}
