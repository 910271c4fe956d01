/**
 * How a sounding pitch is written: letter, alteration and octave, in a key and over a chord.
 */
import { mod12, scaleForChord } from './chords';
import { ABC_MODE_SUFFIX } from './progression';
import { Chord, KeySignature } from '../types';

export const LETTERS = ['C', 'D', 'E', 'F', 'G', 'A', 'B'] as const;
/** The pitch class of each natural letter, by letter index (C = 0 ... B = 6). */
export const LETTER_PCS: readonly number[] = [0, 2, 4, 5, 7, 9, 11];
/** Circle-of-fifths position of each natural letter (C = 0, G = 1, F = -1). */
export const LETTER_FIFTHS: readonly number[] = [0, 2, 4, -1, 1, 3, 5];
/** Key signature of each mode relative to the major key on the same tonic, in fifths. */
export const MODE_FIFTHS: Readonly<Record<KeySignature['mode'], number>> = {
  lydian: 1,
  major: 0,
  mixolydian: -1,
  dorian: -2,
  minor: -3,
  phrygian: -4,
  locrian: -5,
};
const SHARP_ORDER = [3, 0, 4, 1, 5, 2, 6]; // F C G D A E B as letter indexes
const FLAT_ORDER = [6, 2, 5, 1, 4, 0, 3]; // B E A D G C F

export interface Spelling {
  letter: number;
  alter: number;
}

/** The letter and alteration a note name starts with ("Bb7" → B, -1), or undefined. */
export function readNoteName(text: string): Spelling | undefined {
  const match = /^([A-G])([#b♯♭]?)/.exec(text);
  if (!match) return undefined;
  const alter = match[2] === '#' || match[2] === '♯' ? 1 : match[2] === '' ? 0 : -1;
  return { letter: LETTERS.indexOf(match[1] as (typeof LETTERS)[number]), alter };
}

/** A spelling written as chord symbols write it: "Bb", "F#", "C". */
export function writeNoteName(name: Spelling): string {
  const sign = name.alter > 0 ? '#'.repeat(name.alter) : 'b'.repeat(-name.alter);
  return LETTERS[name.letter] + sign;
}

/** The tonic as written in K:, and the key signature in fifths (positive sharps, negative flats). */
export function abcKey(key: KeySignature): { text: string; fifths: number } {
  const signatureOf = (s: Spelling) => LETTER_FIFTHS[s.letter] + 7 * s.alter + MODE_FIFTHS[key.mode];
  const named = readNoteName(key.name);
  let tonic: Spelling;
  if (
    named &&
    mod12(LETTER_PCS[named.letter] + named.alter) === mod12(key.tonic) &&
    Math.abs(signatureOf(named)) <= 7
  ) {
    tonic = named;
  } else {
    // The name does not spell the tonic (or needs more than seven accidentals): take the simplest spelling.
    const options: Spelling[] = [];
    for (let letter = 0; letter < 7; letter++) {
      for (const alter of [0, -1, 1])
        if (mod12(LETTER_PCS[letter] + alter) === mod12(key.tonic)) options.push({ letter, alter });
    }
    options.sort((a, b) => Math.abs(signatureOf(a)) - Math.abs(signatureOf(b)));
    tonic = options[0];
  }
  const accidental = tonic.alter > 0 ? '#' : tonic.alter < 0 ? 'b' : '';
  return { text: `${LETTERS[tonic.letter]}${accidental}${ABC_MODE_SUFFIX[key.mode]}`, fifths: signatureOf(tonic) };
}

export function keyAlterations(fifths: number): number[] {
  const alters = new Array<number>(7).fill(0);
  const order = fifths >= 0 ? SHARP_ORDER : FLAT_ORDER;
  for (let i = 0; i < Math.min(7, Math.abs(fifths)); i++) alters[order[i]] = fifths >= 0 ? 1 : -1;
  return alters;
}

/**
 * How many letters above the root a chord tone is written, from its interval and the chord's other tones:
 * a minor third is a third (two letters) unless the chord also has the major third, when it is a ♯9 (one
 * letter); a tritone is a ♭5 unless the perfect fifth is there too (then ♯11); a minor sixth is a ♯5 unless
 * the fifth is there (♭13); a major sixth of a diminished seventh chord is its ♭♭7. So Bdim7 is B D F A♭.
 */
export function chordToneLetterSteps(chord: Chord, pitchClass: number): number | undefined {
  const intervals = new Set(chord.pitchClasses.map((tone) => mod12(tone - chord.root)));
  const interval = mod12(pitchClass - chord.root);
  if (!intervals.has(interval)) return undefined;
  const altered = /alt/.test(chord.symbol);
  switch (interval) {
    case 0:
      return 0;
    case 1:
    case 2:
      return 1;
    case 3:
      return intervals.has(4) ? 1 : 2;
    case 4:
      return 2;
    case 5:
      return 3;
    case 6:
      return intervals.has(7) || altered ? 3 : 4;
    case 7:
      return 4;
    case 8:
      return intervals.has(7) || altered ? 5 : 4;
    case 9:
      return chord.quality === 'dim7' ? 6 : 5;
    default:
      return 6;
  }
}

/** The letter (0 = C .. 6 = B) a chord tone is written with, by the chord's own letters. */
export function chordToneLetter(chord: Chord, pitchClass: number): number | undefined {
  const root = readNoteName(chord.symbol);
  const steps = chordToneLetterSteps(chord, pitchClass);
  if (!root || steps === undefined) return undefined;
  return (root.letter + steps) % 7;
}

/** The pitches around a note in the line: the nearest different pitch before it and after it. */
export interface Motion {
  previous?: number;
  next?: number;
}

/** The nearest pitches before and after `index` that differ from it (rests and tied repeats skipped). */
export function melodicNeighbours(pitches: ReadonlyArray<number | null>, index: number): Motion {
  const own = pitches[index];
  const differs = (p: number | null | undefined): p is number => p !== null && p !== undefined && p !== own;
  let previous: number | undefined;
  for (let i = index - 1; i >= 0 && previous === undefined; i--) if (differs(pitches[i])) previous = pitches[i]!;
  let next: number | undefined;
  for (let i = index + 1; i < pitches.length && next === undefined; i++) if (differs(pitches[i])) next = pitches[i]!;
  return { previous, next };
}

/** The letter of a tone of the chord's seven-note scale: the scale's own letters, from the root up. */
function chordScaleLetter(chord: Chord, pitchClass: number): number | undefined {
  const root = readNoteName(chord.symbol);
  const scale = scaleForChord(chord);
  const degree = scale.indexOf(pitchClass);
  if (!root || scale.length !== 7 || degree < 0) return undefined;
  return (root.letter + degree) % 7;
}

/**
 * Where the line moves chromatically (by a semitone) through a pitch: +1 rising, -1 falling, 0 otherwise. The
 * semitone out of the note decides first (C D♭ C: the D♭ falls back), then the one into it (C C♯ E: it rose).
 */
function chromaticDirection(pitch: number, motion: Motion): number {
  const isStep = (other: number | undefined) => other !== undefined && Math.abs(other - pitch) === 1;
  if (isStep(motion.next)) return Math.sign(motion.next! - pitch);
  if (isStep(motion.previous)) return Math.sign(pitch - motion.previous!);
  return 0;
}

/**
 * How a sounding pitch is written: letter, alteration and octave (4 is the octave of middle C).
 * - A chord tone takes the chord's letters (Bdim7 is B D F A♭ whatever the key, Cdim7 is C E♭ G♭ B𝄫).
 * - Any other tone of the key is written as the key signature gives it.
 * - Another tone of the chord's scale takes the scale's letters (B♮ over D7 in F).
 * - A chromatic tone is a natural when one fits; else sharp when the line rises through it by semitone, flat
 *   when it falls (G♯ going up to A, A♭ coming down to G); otherwise the chord root's or the key's leaning.
 */
export function spellPitch(
  pitch: number,
  keyAlters: number[],
  prefersFlats: boolean,
  chord: Chord | undefined,
  motion: Motion = {},
): Spelling & { octave: number } {
  const pitchClass = mod12(pitch);
  const options: Spelling[] = [];
  for (let letter = 0; letter < 7; letter++) {
    const alter = mod12(pitchClass - LETTER_PCS[letter] + 6) - 6;
    if (Math.abs(alter) <= 1) options.push({ letter, alter });
  }
  const withLetter = (letter: number | undefined) =>
    letter === undefined ? undefined : options.find((o) => o.letter === letter);
  const choose = (): Spelling => {
    // A chord tone may need a double flat or sharp to keep its letter (Cdim7's seventh is B𝄫).
    const chordLetter = chord ? chordToneLetter(chord, pitchClass) : undefined;
    if (chordLetter !== undefined) {
      const alter = mod12(pitchClass - LETTER_PCS[chordLetter] + 6) - 6;
      if (Math.abs(alter) <= 2) return { letter: chordLetter, alter };
    }
    const diatonic = options.find((o) => o.alter === keyAlters[o.letter]);
    if (diatonic) return diatonic;
    const byScale = chord ? withLetter(chordScaleLetter(chord, pitchClass)) : undefined;
    if (byScale) return byScale;
    const natural = options.find((o) => o.alter === 0);
    if (natural) return natural;
    const direction = chromaticDirection(pitch, motion);
    const root = chord ? readNoteName(chord.symbol) : undefined;
    const flats = direction !== 0 ? direction < 0 : root && root.alter !== 0 ? root.alter < 0 : prefersFlats;
    return options.find((o) => o.alter === (flats ? -1 : 1)) ?? options[0];
  };
  const spelling = choose();
  const octave = Math.floor((pitch - spelling.alter - LETTER_PCS[spelling.letter]) / 12) - 1;
  return { ...spelling, octave };
}
