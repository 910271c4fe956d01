/**
 * What an editor can propose while ABC is typed: header fields at the start of a header line, and chord
 * symbols inside quotes (the tune's own chords first, then its key's diatonic chords, then the common
 * chords on the root being typed). Every chord proposed is one the reader can read.
 */
import { COMMON_CHORD_SUFFIXES, keyPrefersFlats, keyScale, parseChordSymbol, pitchClassName } from '../theory/chords';
import type { KeySignature } from '../types';
import type { AnalysedTune } from './document';
import { chordNotesText } from './hover';

export interface AbcCompletion {
  label: string;
  /** What to insert (the label when absent). */
  insertText?: string;
  detail: string;
  kind: 'field' | 'chord';
  /** Lower sorts first. */
  rank: number;
}

/** The information fields of ABC 2.1 used in tune headers, the usual order of a tune's header. */
const HEADER_FIELDS: Array<[string, string, string]> = [
  ['X:', 'reference number: starts a tune', 'X:1'],
  ['T:', 'title', 'T:'],
  ['C:', 'composer', 'C:'],
  ['R:', 'rhythm (reel, jig, swing …)', 'R:'],
  ['M:', 'meter', 'M:4/4'],
  ['L:', 'unit note length', 'L:1/8'],
  ['Q:', 'tempo: beats per minute', 'Q:1/4=120'],
  ['P:', "parts: their order in the header, a part's start in the music", 'P:'],
  ['S:', 'source', 'S:'],
  ['N:', 'notes', 'N:'],
  ['Z:', 'transcription', 'Z:'],
  ['K:', 'key: ends the header', 'K:C'],
];

/** Header fields for a line that holds at most a field letter so far. */
export function headerFieldCompletions(typed: string): AbcCompletion[] {
  const letter = typed.trim().toUpperCase();
  return HEADER_FIELDS.filter(([field]) => letter === '' || field.startsWith(letter)).map(
    ([field, detail, insert], rank) => ({
      label: insert,
      insertText: insert,
      detail: `${field} ${detail}`,
      kind: 'field',
      rank,
    }),
  );
}

/** Diatonic seventh chords of a major key, by degree: Imaj7 ii7 iii7 IVmaj7 V7 vi7 viiø7. */
const MAJOR_SEVENTHS = ['maj7', 'm7', 'm7', 'maj7', '7', 'm7', 'm7b5'];
/** Of a minor key (harmonic minor's V7): im7 iiø7 ♭IIImaj7 ivm7 V7 ♭VImaj7 ♭VII7. */
const MINOR_SEVENTHS = ['m7', 'm7b5', 'maj7', 'm7', '7', 'maj7', '7'];

function diatonicChords(key: KeySignature): string[] {
  const scale = keyScale(key);
  if (scale.length !== 7) return [];
  const flats = keyPrefersFlats(key);
  const qualities = key.mode === 'minor' ? MINOR_SEVENTHS : key.mode === 'major' ? MAJOR_SEVENTHS : undefined;
  if (!qualities) return [];
  return scale.map((pc, degree) => `${pitchClassName(pc, flats)}${qualities[degree]}`);
}

/**
 * Chord symbols for the text typed after an opening quote. `tune` gives the chords already used and the
 * key; without it only the common chords on the typed root are proposed.
 */
export function chordCompletions(typed: string, tune: AnalysedTune | undefined): AbcCompletion[] {
  const seen = new Set<string>();
  const found: AbcCompletion[] = [];
  const add = (symbol: string, detail: string) => {
    if (seen.has(symbol) || !symbol.startsWith(typed.trim())) return;
    const chord = parseChordSymbol(symbol);
    if (!chord) return;
    seen.add(symbol);
    found.push({ label: symbol, detail: `${detail}: ${chordNotesText(chord)}`, kind: 'chord', rank: found.length });
  };
  const used = new Map<string, number>();
  for (const timed of tune?.tune?.chordsInferred ? [] : (tune?.tune?.chords ?? [])) {
    used.set(timed.chord.symbol, (used.get(timed.chord.symbol) ?? 0) + 1);
  }
  for (const [symbol] of [...used].sort((a, b) => b[1] - a[1])) add(symbol, 'in this tune');
  if (tune?.tune)
    for (const symbol of diatonicChords(tune.tune.key)) add(symbol, `in the key of ${tune.tune.key.name}`);
  const root = /^[A-G][#b]?/.exec(typed.trim())?.[0];
  for (const rootName of root ? [root] : [])
    for (const suffix of COMMON_CHORD_SUFFIXES) add(`${rootName}${suffix}`, 'chord');
  return found;
}
