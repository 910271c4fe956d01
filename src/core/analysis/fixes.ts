/**
 * Repairs an editor can offer for the assistant's diagnostics: a rest that completes a short bar, readable
 * spellings of an unreadable chord symbol, LF line endings. Pure text in, text out.
 */
import { editDistance } from '../../shared/text';
import { COMMON_CHORD_SUFFIXES, parseChordSymbol } from '../theory/chords';

/** One replacement in the analysed text (offsets; endChar exclusive, equal to startChar for an insertion). */
export interface AbcFix {
  title: string;
  startChar: number;
  endChar: number;
  newText: string;
}

/** The smallest n/d equal to x with d ≤ 96 (ABC lengths are small rationals), or undefined. */
function smallFraction(x: number): { n: number; d: number } | undefined {
  for (let d = 1; d <= 96; d++) {
    const n = Math.round(x * d);
    if (n > 0 && Math.abs(n / d - x) < 1e-6) return { n, d };
  }
  return undefined;
}

/**
 * A rest lasting `quarters`, written in the tune's unit note length (ABC 2.1 §4.3): "z", "z2", "z3/2", "z/2".
 * Undefined when the length cannot be written as a small fraction of the unit.
 */
export function restText(quarters: number, unit: { num: number; den: number }): string | undefined {
  const unitQuarters = (4 * unit.num) / unit.den;
  const length = smallFraction(quarters / unitQuarters);
  if (!length) return undefined;
  const { n, d } = length;
  if (d === 1) return n === 1 ? 'z' : `z${n}`;
  return n === 1 ? `z/${d}` : `z${n}/${d}`;
}

/** Spellings of other traditions rewritten into the ones the reader knows. */
const REWRITES: Array<[RegExp, string]> = [
  [/♭/g, 'b'],
  [/♯/g, '#'],
  [/[–—−]/g, '-'],
  [/^([A-G][#b]?)(?:mi|min|-)(?=\d|$)/, '$1m'],
  [/^([A-G][#b]?)(?:Maj|MAJ|ma)(?=\d)/, '$1maj'],
  [/^([A-G][#b]?)(?:h|ø|Ø)7?/, '$1m7b5'],
  [/^([A-G][#b]?)(?:°|o)(?=7|$)/, '$1dim'],
  [/\((.*)\)$/, '$1'],
  [/-5/g, 'b5'],
  [/\+5/g, '#5'],
];

/**
 * Readable spellings of a chord symbol the reader rejected, the likeliest first: the symbol with its root
 * capitalised and other traditions' spellings rewritten, else the nearest common chord on the same root
 * (by edit distance of the endings). Empty when not even a root can be found.
 */
export function respellChordSymbol(symbol: string, limit = 3): string[] {
  const trimmed = symbol.trim().replace(/\s+/g, '');
  const capitalised = trimmed.replace(/^([a-g])/, (letter) => letter.toUpperCase());
  const found: string[] = [];
  const offer = (candidate: string) => {
    if (candidate !== symbol && !found.includes(candidate) && parseChordSymbol(candidate)) found.push(candidate);
  };
  offer(capitalised);
  let rewritten = capitalised;
  for (const [pattern, replacement] of REWRITES) {
    rewritten = rewritten.replace(pattern, replacement);
    offer(rewritten);
  }
  const root = /^([A-G])([#b]?)/.exec(rewritten);
  if (!root) return found.slice(0, limit);
  const slash = /\/([A-Ga-g][#b]?)$/.exec(rewritten);
  const ending = rewritten.slice(root[0].length, slash ? slash.index : undefined);
  const bass = slash ? `/${slash[1].toUpperCase()}` : '';
  const ranked = COMMON_CHORD_SUFFIXES.map((suffix) => ({ suffix, distance: editDistance(ending, suffix) })).sort(
    (a, b) =>
      a.distance - b.distance || COMMON_CHORD_SUFFIXES.indexOf(a.suffix) - COMMON_CHORD_SUFFIXES.indexOf(b.suffix),
  );
  for (const { suffix } of ranked) {
    if (found.length >= limit) break;
    offer(`${root[0]}${suffix}${bass}`);
  }
  return found.slice(0, limit);
}
