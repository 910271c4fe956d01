/**
 * Chord symbols, chords named from sounding notes, chord scales and chords inferred from a melody.
 * Pure functions over the types of ./types (no abcjs, no tfjs).
 */
import { Chord, ChordQuality, KeySignature } from '../types';

const SHARP_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const FLAT_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
/** The spelling jazz lead sheets use most when no key says otherwise. */
const LEAD_SHEET_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];

export function mod12(n: number): number {
  return ((n % 12) + 12) % 12;
}

/**
 * Name of a pitch class. `preferFlats` true → flats, false → sharps,
 * undefined → the usual lead-sheet spelling (Db, Eb, F#, Ab, Bb).
 */
export function pitchClassName(pc: number, preferFlats?: boolean): string {
  const names = preferFlats === undefined ? LEAD_SHEET_NAMES : preferFlats ? FLAT_NAMES : SHARP_NAMES;
  return names[mod12(pc)];
}

/** Names of the chord's pitch classes, root first, spelled flat when the root is a flat name. */
export function chordToneNames(chord: Chord): string[] {
  const rootName = chord.symbol.match(/^[A-G]([#b♯♭]?)/)?.[1] ?? '';
  const preferFlats = rootName === 'b' || rootName === '♭' ? true : rootName === '' ? undefined : false;
  return chord.pitchClasses.map((pc) => pitchClassName(pc, preferFlats));
}

const LETTER_PCS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Reads a note name ("C", "Bb", "f+", "F#") as a pitch class; '+' is the Nottingham ABC sharp. */
export function parsePitchClassName(text: string): number | undefined {
  const match = /^([A-Ga-g])([#b+♯♭]*)$/.exec(text);
  if (!match) return undefined;
  let pc = LETTER_PCS[match[1].toUpperCase()];
  for (const accidental of match[2]) pc += accidental === 'b' || accidental === '♭' ? -1 : 1;
  return mod12(pc);
}

interface ChordShape {
  quality: ChordQuality;
  /** Semitones above the root; 9ths and 13ths kept above the octave so they sort after the 7th. */
  intervals: number[];
}

const TRIAD: Record<'maj' | 'min', number[]> = { maj: [0, 4, 7], min: [0, 3, 7] };

/**
 * The chord "heads" a symbol starts with after its root. Several spellings per shape; the
 * Nottingham ABC corpus writes "d" for diminished and "a" for augmented.
 */
const HEADS: Array<[string[], ChordShape]> = [
  [[''], { quality: 'maj', intervals: TRIAD.maj }],
  [['maj', 'M', 'ma'], { quality: 'maj', intervals: TRIAD.maj }],
  [['m', 'min', 'mi', '-'], { quality: 'min', intervals: TRIAD.min }],
  [['7', 'dom7', 'dom'], { quality: 'dom7', intervals: [0, 4, 7, 10] }],
  [['9'], { quality: 'dom7', intervals: [0, 4, 7, 10, 14] }],
  [['11'], { quality: 'dom7', intervals: [0, 4, 7, 10, 14, 17] }],
  [['13'], { quality: 'dom7', intervals: [0, 4, 7, 10, 14, 21] }],
  [['alt', '7alt'], { quality: 'dom7', intervals: [0, 4, 10, 13, 15, 18, 20] }],
  [['maj7', 'ma7', 'M7', 'Δ7', 'Δ', '^7', '^', 'j7'], { quality: 'maj7', intervals: [0, 4, 7, 11] }],
  [['maj9', 'ma9', 'M9', 'Δ9', '^9'], { quality: 'maj7', intervals: [0, 4, 7, 11, 14] }],
  [['maj13', 'ma13', 'M13', 'Δ13', '^13'], { quality: 'maj7', intervals: [0, 4, 7, 11, 14, 21] }],
  [['m7', 'min7', 'mi7', '-7'], { quality: 'min7', intervals: [0, 3, 7, 10] }],
  [['m9', 'min9', 'mi9', '-9'], { quality: 'min7', intervals: [0, 3, 7, 10, 14] }],
  [['m11', 'min11', 'mi11', '-11'], { quality: 'min7', intervals: [0, 3, 7, 10, 14, 17] }],
  [['m13', 'min13', 'mi13', '-13'], { quality: 'min7', intervals: [0, 3, 7, 10, 14, 21] }],
  [
    ['m(maj7)', 'mM7', 'm^7', 'mΔ7', 'mΔ', 'mmaj7', 'minmaj7', 'm(M7)', '-maj7', '-(maj7)', '-Δ7', '-^7', 'm/maj7'],
    { quality: 'minMaj7', intervals: [0, 3, 7, 11] },
  ],
  [
    ['m7b5', 'min7b5', 'mi7b5', '-7b5', 'm7(b5)', 'ø7', 'ø', 'Ø7', 'Ø'],
    { quality: 'halfDim7', intervals: [0, 3, 6, 10] },
  ],
  [['dim', '°', 'o', 'd'], { quality: 'dim', intervals: [0, 3, 6] }],
  [['dim7', '°7', 'o7', 'd7'], { quality: 'dim7', intervals: [0, 3, 6, 9] }],
  [['aug', '+', 'a'], { quality: 'aug', intervals: [0, 4, 8] }],
  [['aug7', '+7', '7+', 'a7', '7#5', '7+5', '7(#5)'], { quality: 'aug7', intervals: [0, 4, 8, 10] }],
  [
    ['augmaj7', '+maj7', '+M7', 'maj7#5', 'M7#5', 'Δ7#5', '^7#5', 'maj7(#5)'],
    { quality: 'augMaj7', intervals: [0, 4, 8, 11] },
  ],
  [['6', 'maj6', 'M6'], { quality: 'maj6', intervals: [0, 4, 7, 9] }],
  [['69', '6/9', '6add9'], { quality: 'maj6', intervals: [0, 4, 7, 9, 14] }],
  [['m6', 'min6', 'mi6', '-6'], { quality: 'min6', intervals: [0, 3, 7, 9] }],
  [['m69', 'm6/9', 'min69', '-69'], { quality: 'min6', intervals: [0, 3, 7, 9, 14] }],
  [['sus4', 'sus'], { quality: 'sus4', intervals: [0, 5, 7] }],
  [['sus2'], { quality: 'sus2', intervals: [0, 2, 7] }],
  [['7sus4', '7sus', 'sus7'], { quality: 'sus4', intervals: [0, 5, 7, 10] }],
  [['9sus4', '9sus'], { quality: 'sus4', intervals: [0, 5, 7, 10, 14] }],
  [['13sus4', '13sus'], { quality: 'sus4', intervals: [0, 5, 7, 10, 14, 21] }],
  [['5'], { quality: 'power', intervals: [0, 7] }],
];

/** Every spelling → shape, longest spelling first so that "maj7" is tried before "maj". */
const HEAD_SPELLINGS: Array<[string, ChordShape]> = HEADS.flatMap(([spellings, shape]) =>
  spellings.map((spelling): [string, ChordShape] => [spelling, shape]),
).sort((a, b) => b[0].length - a[0].length);

/** Tensions and alterations written after the head: "b9", "#11", "add9", "(b9,#11)", "sus4". */
const MODIFIER_PATTERN =
  /^(?:add|\/)?(maj7|M7|Δ7)|^(?:add|\/)?([#b+\-♯♭]?)(2|3|4|5|6|7|9|11|13)|^(sus4|sus2|sus)|^(omit3|no3|omit5|no5)/;

function applyModifiers(shape: ChordShape, text: string): ChordShape | undefined {
  let quality = shape.quality;
  const intervals = new Set(shape.intervals);
  let rest = text.replace(/[(),\s]/g, '');
  while (rest.length > 0) {
    const match = MODIFIER_PATTERN.exec(rest);
    if (!match || match[0].length === 0) return undefined;
    rest = rest.slice(match[0].length);
    if (match[1]) {
      intervals.add(11);
      continue;
    }
    if (match[4]) {
      intervals.delete(3);
      intervals.delete(4);
      intervals.add(match[4] === 'sus2' ? 2 : 5);
      quality = match[4] === 'sus2' ? 'sus2' : 'sus4';
      continue;
    }
    if (match[5]) {
      if (match[5].endsWith('3')) {
        intervals.delete(3);
        intervals.delete(4);
      } else intervals.delete(7);
      continue;
    }
    const accidental = match[2];
    const degree = Number(match[3]);
    const shift = accidental === '#' || accidental === '+' || accidental === '♯' ? 1 : accidental === '' ? 0 : -1;
    // A bare 7 is the dominant seventh, as in chord symbols; the major seventh is spelled "maj7".
    const naturalByDegree: Record<number, number> = { 2: 2, 3: 4, 4: 5, 5: 7, 6: 9, 7: 10, 9: 14, 11: 17, 13: 21 };
    const interval = naturalByDegree[degree] + shift;
    if (degree === 5 && shift !== 0) {
      // An altered fifth replaces the perfect fifth and changes what the chord is called.
      intervals.delete(7);
      intervals.add(interval);
      if (shift > 0)
        quality = quality === 'dom7' ? 'aug7' : quality === 'maj7' ? 'augMaj7' : quality === 'maj' ? 'aug' : quality;
      if (shift < 0) quality = quality === 'min7' ? 'halfDim7' : quality === 'min' ? 'dim' : quality;
      continue;
    }
    intervals.add(interval);
  }
  return { quality, intervals: [...intervals].sort((a, b) => a - b) };
}

function shapeToPitchClasses(root: number, intervals: number[]): number[] {
  const pcs: number[] = [];
  for (const interval of [...intervals].sort((a, b) => a - b)) {
    const pc = mod12(root + interval);
    if (!pcs.includes(pc)) pcs.push(pc);
  }
  return pcs;
}

/**
 * Reads a chord symbol: jazz spellings ("Dm7", "G7b9", "CΔ7", "F#m7b5", "Bb/D", "C7sus4", "Ab7alt") and the
 * Nottingham ABC dialect ("Cd" dim, "Ca" aug, "D/f+" = D/F#, "(E7)" optional chord, stray spaces).
 * Returns undefined for "N.C." and for anything it cannot read.
 */
export function parseChordSymbol(text: string): Chord | undefined {
  let cleaned = text.replace(/\s+/g, '');
  const optional = /^\((.*)\)$/.exec(cleaned);
  if (optional) cleaned = optional[1];
  if (cleaned.length === 0 || /^N\.?C\.?$/i.test(cleaned)) return undefined;
  const rootMatch = /^([A-G])([#b♯♭]?)/.exec(cleaned);
  if (!rootMatch) return undefined;
  const root = parsePitchClassName(rootMatch[0]);
  if (root === undefined) return undefined;
  let suffix = cleaned.slice(rootMatch[0].length);
  let bass: number | undefined;
  const slash = /\/([A-Ga-g][#b+♯♭]*)$/.exec(suffix);
  if (slash) {
    bass = parsePitchClassName(slash[1]);
    suffix = suffix.slice(0, slash.index);
  }
  for (const [spelling, shape] of HEAD_SPELLINGS) {
    if (!suffix.startsWith(spelling)) continue;
    const modified = applyModifiers(shape, suffix.slice(spelling.length));
    if (!modified) continue;
    const chord: Chord = {
      symbol: cleaned,
      root,
      quality: modified.quality,
      pitchClasses: shapeToPitchClasses(root, modified.intervals),
    };
    if (bass !== undefined && bass !== root) chord.bass = bass;
    return chord;
  }
  return undefined;
}

/** Templates for naming sounding notes, in the order preferred when two fit equally well. */
const NAMING_TEMPLATES: Array<{ quality: ChordQuality; intervals: number[]; suffix: string }> = [
  { quality: 'maj', intervals: [0, 4, 7], suffix: '' },
  { quality: 'min', intervals: [0, 3, 7], suffix: 'm' },
  { quality: 'dom7', intervals: [0, 4, 7, 10], suffix: '7' },
  { quality: 'maj7', intervals: [0, 4, 7, 11], suffix: 'maj7' },
  { quality: 'min7', intervals: [0, 3, 7, 10], suffix: 'm7' },
  { quality: 'halfDim7', intervals: [0, 3, 6, 10], suffix: 'm7b5' },
  { quality: 'dim7', intervals: [0, 3, 6, 9], suffix: 'dim7' },
  { quality: 'maj6', intervals: [0, 4, 7, 9], suffix: '6' },
  { quality: 'min6', intervals: [0, 3, 7, 9], suffix: 'm6' },
  { quality: 'minMaj7', intervals: [0, 3, 7, 11], suffix: 'm(maj7)' },
  { quality: 'aug7', intervals: [0, 4, 8, 10], suffix: '7#5' },
  { quality: 'augMaj7', intervals: [0, 4, 8, 11], suffix: 'maj7#5' },
  { quality: 'sus4', intervals: [0, 5, 7], suffix: 'sus4' },
  { quality: 'sus4', intervals: [0, 5, 7, 10], suffix: '7sus4' },
  { quality: 'sus2', intervals: [0, 2, 7], suffix: 'sus2' },
  { quality: 'dim', intervals: [0, 3, 6], suffix: 'dim' },
  { quality: 'aug', intervals: [0, 4, 8], suffix: 'aug' },
  { quality: 'power', intervals: [0, 7], suffix: '5' },
];

/** How an extra sounding tone is written after the chord name, by semitones above the root. */
const TENSION_NAMES: Record<number, string> = {
  1: 'b9',
  2: '9',
  3: '#9',
  4: 'add3',
  5: '11',
  6: '#11',
  7: 'add5',
  8: 'b13',
  9: '13',
  10: 'add7',
  11: 'addmaj7',
};
const NATURAL_TENSIONS = new Set([2, 5, 9]);

/**
 * Names the chord a set of sounding pitch classes makes (MIDI chord tracks, inferred chords).
 * Best fit: most sounding notes covered, then fewest template notes missing, then the bass as root,
 * then fewer altered tensions, then the template order above. Every sounding pitch class stays in
 * `pitchClasses` (the reference judged chord tones against the notes actually played); extras
 * are written as tensions in parentheses, e.g. "Cmaj7(9)", which parseChordSymbol reads back.
 */
export function chordFromPitchClasses(
  pcs: number[],
  bassPc?: number,
  options: { preferFlats?: boolean } = {},
): Chord | undefined {
  const sounding = [...new Set(pcs.map(mod12))];
  if (sounding.length === 0) return undefined;
  const bass = bassPc === undefined ? undefined : mod12(bassPc);
  let best: { score: number[]; root: number; template: (typeof NAMING_TEMPLATES)[number] } | undefined;
  for (let root = 0; root < 12; root++) {
    for (let order = 0; order < NAMING_TEMPLATES.length; order++) {
      const template = NAMING_TEMPLATES[order];
      const templatePcs = template.intervals.map((i) => mod12(root + i));
      const covered = sounding.filter((pc) => templatePcs.includes(pc)).length;
      if (covered === 0 || !sounding.includes(root)) continue;
      const missing = templatePcs.filter((pc) => !sounding.includes(pc)).length;
      const alteredExtras = sounding.filter(
        (pc) => !templatePcs.includes(pc) && !NATURAL_TENSIONS.has(mod12(pc - root)),
      ).length;
      // Larger is better, compared element by element.
      const score = [covered, -missing, bass === root ? 1 : 0, -alteredExtras, -order];
      if (!best || compareScores(score, best.score) > 0) best = { score, root, template };
    }
  }
  if (!best) return undefined;
  const { root, template } = best;
  const templatePcs = template.intervals.map((i) => mod12(root + i));
  const extras = sounding
    .filter((pc) => !templatePcs.includes(pc))
    .map((pc) => mod12(pc - root))
    .sort((a, b) => a - b);
  const rootName = pitchClassName(root, options.preferFlats);
  let symbol = rootName + template.suffix;
  if (extras.length > 0) symbol += `(${extras.map((e) => TENSION_NAMES[e]).join(',')})`;
  const chord: Chord = {
    symbol,
    root,
    quality: template.quality,
    pitchClasses: [...templatePcs, ...extras.map((e) => mod12(root + e))],
  };
  if (bass !== undefined && bass !== root && sounding.includes(bass)) {
    chord.bass = bass;
    chord.symbol += `/${pitchClassName(bass, options.preferFlats)}`;
  }
  return chord;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const MODES: Record<string, number[]> = {
  ionian: [0, 2, 4, 5, 7, 9, 11],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  phrygian: [0, 1, 3, 5, 7, 8, 10],
  lydian: [0, 2, 4, 6, 7, 9, 11],
  mixolydian: [0, 2, 4, 5, 7, 9, 10],
  aeolian: [0, 2, 3, 5, 7, 8, 10],
  locrian: [0, 1, 3, 5, 6, 8, 10],
  melodicMinor: [0, 2, 3, 5, 7, 9, 11],
  lydianAugmented: [0, 2, 4, 6, 8, 9, 11],
  wholeHalfDiminished: [0, 2, 3, 5, 6, 8, 9, 11],
  wholeTone: [0, 2, 4, 6, 8, 10],
};

const MODE_BY_QUALITY: Record<ChordQuality, number[]> = {
  maj: MODES.ionian,
  maj7: MODES.ionian,
  maj6: MODES.ionian,
  power: MODES.ionian,
  dom7: MODES.mixolydian,
  sus4: MODES.mixolydian,
  sus2: MODES.mixolydian,
  min: MODES.dorian,
  min7: MODES.dorian,
  min6: MODES.dorian,
  halfDim7: MODES.locrian,
  dim: MODES.wholeHalfDiminished,
  dim7: MODES.wholeHalfDiminished,
  aug: MODES.wholeTone,
  aug7: MODES.wholeTone,
  augMaj7: MODES.lydianAugmented,
  minMaj7: MODES.melodicMinor,
};

/**
 * The chord scale, as ascending pitch classes from the root.
 *
 * Chord-scale theory: maj/maj7/6 → ionian, dom7/sus → mixolydian, min/min7/min6 → dorian,
 * halfDim7 → locrian, dim/dim7 → whole-half diminished, aug/aug7 → whole tone, augMaj7 → lydian
 * augmented, minMaj7 → melodic minor. Then every chord tone the mode lacks (b9, #9, #11, b13 ...)
 * replaces its non-chord neighbours a semitone away, so C7alt gives the altered scale and Cmaj7#11
 * lydian. The reference (deepjazz) used only two scales: the major scale when music21 called the chord
 * a major triad, dorian otherwise, so a G7 there got a Bb "scale tone" that is here an approach tone.
 */
export function scaleForChord(chord: Chord): number[] {
  const scale = new Set(MODE_BY_QUALITY[chord.quality].map((i) => mod12(chord.root + i)));
  const chordTones = new Set(chord.pitchClasses.map(mod12));
  for (const tone of chordTones) {
    if (scale.has(tone)) continue;
    for (const neighbour of [mod12(tone - 1), mod12(tone + 1)]) if (!chordTones.has(neighbour)) scale.delete(neighbour);
    scale.add(tone);
  }
  return [...scale].sort((a, b) => mod12(a - chord.root) - mod12(b - chord.root));
}

const KEY_MODE_SCALES: Record<KeySignature['mode'], number[]> = {
  major: MODES.ionian,
  minor: MODES.aeolian,
  dorian: MODES.dorian,
  mixolydian: MODES.mixolydian,
  lydian: MODES.lydian,
  phrygian: MODES.phrygian,
  locrian: MODES.locrian,
};

/** The pitch classes of a key's scale, tonic first. */
export function keyScale(key: KeySignature): number[] {
  return KEY_MODE_SCALES[key.mode].map((i) => mod12(key.tonic + i));
}

/** Whether a key is usually spelled with flats (F, Bb, Eb ... and their modes). */
/** Semitones from a mode's tonic up to the tonic of its relative major (D dorian → C: 10). */
export const SEMITONES_TO_RELATIVE_MAJOR: Readonly<Record<KeySignature['mode'], number>> = {
  major: 0,
  minor: 3,
  dorian: 10,
  mixolydian: 5,
  lydian: 7,
  phrygian: 8,
  locrian: 1,
};

export function keyPrefersFlats(key: KeySignature): boolean {
  if (/^[A-G]b/.test(key.name)) return true;
  if (/^[A-G]#/.test(key.name)) return false;
  // The relative major's tonic decides: F major and the flat keys have it at one of these.
  return [5, 10, 3, 8, 1, 6].includes(mod12(key.tonic + SEMITONES_TO_RELATIVE_MAJOR[key.mode]));
}

/**
 * Chord-symbol endings of jazz lead sheets, the common ones first: offered when a chord symbol is typed and
 * tried when one cannot be read.
 */
export const COMMON_CHORD_SUFFIXES = [
  '',
  'm',
  '7',
  'maj7',
  'm7',
  'm7b5',
  'dim7',
  '6',
  'm6',
  '9',
  'm9',
  'maj9',
  '13',
  '7b9',
  '7#9',
  '7#11',
  '7b13',
  '7alt',
  '7sus4',
  'sus4',
  'sus2',
  'aug',
  'dim',
  '7#5',
  'm(maj7)',
  '69',
  'add9',
];
