/**
 * iReal Pro's chord symbols in ours (../theory/chords.ts): "C^7" is Cmaj7, "D-7" Dm7, "Bh7" Bm7b5, "Eo7" Edim7,
 * "G7b9sus" G7sus4b9. A symbol that does not read after the translation is reported, never guessed.
 */
import { parseChordSymbol } from '../theory/chords';

/** Qualities whose words differ from ours beyond "^" (major seventh) and "-" (minor). */
const SPECIAL_QUALITIES: Readonly<Record<string, string>> = {
  '^': 'maj7',
  h: 'm7b5',
  h7: 'm7b5',
  h9: 'm7b5(9)',
  o: 'dim',
  o7: 'dim7',
  '+': 'aug',
  '2': 'add2',
  '-^7': 'm(maj7)',
  '-^9': 'm(maj7)9',
  '-^': 'm(maj7)',
  '-b6': 'm(b6)',
  '7b9sus': '7sus4b9',
  '7b13sus': '7sus4b13',
  '7susadd3': '7sus4add3',
  '9sus': '9sus4',
  '13sus': '13sus4',
  '7sus': '7sus4',
  sus: 'sus4',
};

/** The quality part of an iReal symbol in our words. */
export function ourQuality(quality: string): string {
  const special = SPECIAL_QUALITIES[quality];
  if (special !== undefined) return special;
  return quality.replace(/^\^/, 'maj').replace(/^-/, 'm');
}

/**
 * An iReal chord (root as written, its quality, an optional slash bass) in our syntax, or undefined when our
 * reader cannot read the result.
 */
export function irealChordToOurs(root: string, quality: string, bass?: string): string | undefined {
  const symbol = `${root}${ourQuality(quality)}${bass ? `/${bass}` : ''}`;
  return parseChordSymbol(symbol) ? symbol : undefined;
}

/** iReal's key field ("Eb", "E-", "F#-") as our key name ("Eb", "Em", "F#m"). */
export function irealKeyToOurs(key: string): string | undefined {
  const match = /^([A-G][b#]?)(-?)$/.exec(key.trim());
  return match ? `${match[1]}${match[2] ? 'm' : ''}` : undefined;
}
