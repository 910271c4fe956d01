/**
 * The Weimar Jazz Database's chord symbols in the spelling parseChordSymbol reads. The database writes a
 * root, a head (`-7` minor seventh, `j7` major seventh, `o7` diminished, `+` augmented, `sus7` ...), then
 * its tensions with the accidental after the number (`79b` is G7(b9), `j7911#` is Cmaj7(9,#11)), then an
 * optional `/bass`; `NC` is "no chord".
 */
import { parseChordSymbol } from '../theory/chords';

/** The database's heads, in our spelling; longest first so that `-j7` is tried before `-`. */
const HEADS: Array<[string, string]> = (
  [
    ['', ''],
    ['-', 'm'],
    ['7', '7'],
    ['-7', 'm7'],
    ['j7', 'maj7'],
    ['-j7', 'm(maj7)'],
    ['m7b5', 'm7b5'],
    ['6', '6'],
    ['-6', 'm6'],
    ['sus', 'sus4'],
    ['sus7', '7sus4'],
    ['o', 'dim'],
    ['o7', 'dim7'],
    ['+', 'aug'],
    ['+7', '7#5'],
    ['+j7', 'maj7#5'],
    ['7alt', '7alt'],
  ] satisfies Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

/** Heads that are triads: a tension on them is an added note (`add9`), not a ninth chord. */
const TRIAD_HEADS = new Set(['', 'm', 'sus4', 'dim', 'aug']);

const SYMBOL_PATTERN = /^([A-G][b#]?)(.*?)(?:\/([A-G][b#]?))?$/;
const TENSIONS_PATTERN = /^(?:(?:9|11|13)[b#]?)*$/;

/** The outcome of reading one database symbol: a chord to hold, "no chord", or a symbol we cannot read. */
export type WjazzdChord = { kind: 'chord'; symbol: string } | { kind: 'noChord' } | { kind: 'unmapped' };

/**
 * `Bb-7` → `Bbm7`, `G79b` → `G7(b9)`, `Cj7911#` → `Cmaj7(9,#11)`, `Eb-7/Bb` → `Ebm7/Bb`, `NC` → no chord.
 * The result is checked with parseChordSymbol, so a mapped symbol is always one the engine reads.
 */
export function mapWjazzdChord(text: string): WjazzdChord {
  const trimmed = text.trim();
  if (/^N\.?C\.?$/i.test(trimmed)) return { kind: 'noChord' };
  const match = SYMBOL_PATTERN.exec(trimmed);
  if (!match) return { kind: 'unmapped' };
  const [, root, rest, bass] = match;
  for (const [head, ours] of HEADS) {
    if (!rest.startsWith(head)) continue;
    const tensionText = rest.slice(head.length);
    if (!TENSIONS_PATTERN.test(tensionText)) continue;
    const tensions = [...tensionText.matchAll(/(9|11|13)([b#]?)/g)].map(
      ([, degree, accidental]) => accidental + degree,
    );
    let symbol = root + ours;
    if ((ours === '6' || ours === 'm6') && tensions.join() === '9') symbol += '9';
    else if (tensions.length > 0) {
      symbol += TRIAD_HEADS.has(ours) ? tensions.map((t) => `add${t}`).join('') : `(${tensions.join(',')})`;
    }
    if (bass) symbol += `/${bass}`;
    return parseChordSymbol(symbol) ? { kind: 'chord', symbol } : { kind: 'unmapped' };
  }
  return { kind: 'unmapped' };
}
