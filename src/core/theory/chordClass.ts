/**
 * What a pitch is heard as against a chord symbol, in the three classes a jazz teacher names on a strong beat:
 * a chord tone (1 3 5 7), a tension (9 11 13) or a chromatic note (b9 #9 #11 b13, the wrong 3rd or 7th, and
 * anything else). The style measures, the decoder and the bench all classify through this one table.
 *
 * What counts, by the chord's quality (semitones above the root), as the symbol writes it:
 * - Chord tones are the root, the chord's 3rd (the 4th of a sus chord, the 2nd of a sus2), its 5th (b5, #5
 *   when the quality has one) and its 7th when the symbol has one; a 6 chord's 6th takes the 7th's place. A
 *   triad has no 7th: over C, A is the 13th (a tension) and B or Bb is chromatic. A sus chord is heard as a
 *   dominant, so its b7 counts. A power chord (C5) leaves its 3rd open: both count.
 * - Tensions are the natural 9th, 11th and 13th (2, 5, 9 semitones) when they are not chord tones.
 * - Everything else is chromatic: b9 #9 #11 b13 (even when the symbol writes them, as G7b9 or C7alt do: the
 *   measure asks how far the line leaves the plain chord), the major 3rd over a minor chord (the minor 3rd
 *   over a major one is the #9), the b7 over a major 7th chord and the major 7th over a dominant or minor 7th.
 * These are the definitions the Weimar Jazz Database's figures in issue 17 were measured with.
 * The bass of a slash chord does not change the classes: -7/Bb is still judged against C-7.
 */
import type { Chord, ChordQuality } from '../types';
import { mod12 } from './chords';

export type ChordClass = 'chordTone' | 'tension' | 'chromatic';
export const CHORD_CLASSES: readonly ChordClass[] = ['chordTone', 'tension', 'chromatic'];

/** Chord tones by quality, as semitones above the root (see the module comment for triads and sus chords). */
const CHORD_TONE_INTERVALS: Readonly<Record<ChordQuality, readonly number[]>> = {
  maj: [0, 4, 7],
  min: [0, 3, 7],
  dim: [0, 3, 6],
  aug: [0, 4, 8],
  sus2: [0, 2, 7],
  sus4: [0, 5, 7, 10],
  dom7: [0, 4, 7, 10],
  maj7: [0, 4, 7, 11],
  min7: [0, 3, 7, 10],
  minMaj7: [0, 3, 7, 11],
  halfDim7: [0, 3, 6, 10],
  dim7: [0, 3, 6, 9],
  aug7: [0, 4, 8, 10],
  augMaj7: [0, 4, 8, 11],
  maj6: [0, 4, 7, 9],
  min6: [0, 3, 7, 9],
  power: [0, 3, 4, 7],
};

/** The natural 9th, 11th and 13th. */
const NATURAL_TENSIONS: readonly number[] = [2, 5, 9];

/** Semitones above the root that are chord tones of `chord`. */
export function chordToneIntervals(chord: Chord): readonly number[] {
  return CHORD_TONE_INTERVALS[chord.quality];
}

const classesByChord = new WeakMap<Chord, readonly ChordClass[]>();

/**
 * The class of each of the 12 pitch classes (index 0 = C, not the root) against `chord`. Computed once per
 * Chord object, so a decoder may call it for every step.
 */
export function chordClassesByPitchClass(chord: Chord): readonly ChordClass[] {
  const cached = classesByChord.get(chord);
  if (cached) return cached;
  const chordTones = new Set(CHORD_TONE_INTERVALS[chord.quality]);
  const classes = Array.from({ length: 12 }, (_, pc): ChordClass => {
    const interval = mod12(pc - chord.root);
    if (chordTones.has(interval)) return 'chordTone';
    if (NATURAL_TENSIONS.includes(interval)) return 'tension';
    return 'chromatic';
  });
  classesByChord.set(chord, classes);
  return classes;
}

/** The class of a MIDI pitch (or a pitch class) against `chord`. */
export function chordClassOf(pitch: number, chord: Chord): ChordClass {
  return chordClassesByPitchClass(chord)[mod12(pitch)];
}
