/**
 * Chord symbols as MusicXML <harmony>: root, kind, the bass of a slash chord, and degrees for what the kind
 * does not say (tensions and alterations added, tones left out). The kind's text attribute carries the symbol
 * as the solo wrote it, so a notation program shows "Cm7b5" and not its own spelling; the pitch classes stay
 * exact through the kind and the degrees, which is what the grammar reads back.
 */
import { mod12, parseChordSymbol, pitchClassName } from '../../theory/chords';
import type { Chord, ChordQuality } from '../../types';
import { child, children, el, textOf, type XmlElement, type XmlNode } from './xml';

/** Each kind's tones in semitones above the root (MusicXML's kind-value list). */
const KIND_TONES: Record<string, number[]> = {
  major: [0, 4, 7],
  minor: [0, 3, 7],
  augmented: [0, 4, 8],
  diminished: [0, 3, 6],
  dominant: [0, 4, 7, 10],
  'major-seventh': [0, 4, 7, 11],
  'minor-seventh': [0, 3, 7, 10],
  'diminished-seventh': [0, 3, 6, 9],
  'augmented-seventh': [0, 4, 8, 10],
  'half-diminished': [0, 3, 6, 10],
  'major-minor': [0, 3, 7, 11],
  'major-sixth': [0, 4, 7, 9],
  'minor-sixth': [0, 3, 7, 9],
  'dominant-ninth': [0, 4, 7, 10, 2],
  'major-ninth': [0, 4, 7, 11, 2],
  'minor-ninth': [0, 3, 7, 10, 2],
  'dominant-11th': [0, 4, 7, 10, 2, 5],
  'major-11th': [0, 4, 7, 11, 2, 5],
  'minor-11th': [0, 3, 7, 10, 2, 5],
  'dominant-13th': [0, 4, 7, 10, 2, 5, 9],
  'major-13th': [0, 4, 7, 11, 2, 5, 9],
  'minor-13th': [0, 3, 7, 10, 2, 5, 9],
  'suspended-second': [0, 2, 7],
  'suspended-fourth': [0, 5, 7],
  power: [0, 7],
};

const KIND_OF_QUALITY: Record<ChordQuality, string> = {
  maj: 'major',
  min: 'minor',
  dim: 'diminished',
  aug: 'augmented',
  sus2: 'suspended-second',
  sus4: 'suspended-fourth',
  dom7: 'dominant',
  maj7: 'major-seventh',
  min7: 'minor-seventh',
  minMaj7: 'major-minor',
  halfDim7: 'half-diminished',
  dim7: 'diminished-seventh',
  aug7: 'augmented-seventh',
  // MusicXML has no augmented major seventh: an augmented triad with the major seventh added.
  augMaj7: 'augmented',
  maj6: 'major-sixth',
  min6: 'minor-sixth',
  power: 'power',
};

/** How a symbol is spelled after its root, kind by kind, when the file gives no text of its own. */
const KIND_SUFFIX: Record<string, string> = {
  major: '',
  minor: 'm',
  augmented: 'aug',
  diminished: 'dim',
  dominant: '7',
  'major-seventh': 'maj7',
  'minor-seventh': 'm7',
  'diminished-seventh': 'dim7',
  'augmented-seventh': '7#5',
  'half-diminished': 'm7b5',
  'major-minor': 'm(maj7)',
  'major-sixth': '6',
  'minor-sixth': 'm6',
  'dominant-ninth': '9',
  'major-ninth': 'maj9',
  'minor-ninth': 'm9',
  'dominant-11th': '11',
  'major-11th': 'maj9(11)',
  'minor-11th': 'm11',
  'dominant-13th': '13',
  'major-13th': 'maj13',
  'minor-13th': 'm13',
  'suspended-second': 'sus2',
  'suspended-fourth': 'sus4',
  power: '5',
};

/** An added degree's natural interval: MusicXML counts added degrees from a dominant chord (the 7 is minor). */
const ADDED_DEGREE_SEMITONES: Record<number, number> = {
  1: 0,
  2: 2,
  3: 4,
  4: 5,
  5: 7,
  6: 9,
  7: 10,
  9: 2,
  11: 5,
  13: 9,
};

const STEP_PCS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

interface Degree {
  value: number;
  alter: number;
  type: 'add' | 'alter' | 'subtract';
}

/** The degree a tone of a kind is called by (the 9 of a sixth chord is its 6, the 4 of a sus chord its 4). */
function degreeInKind(kind: string, semitones: number): number {
  switch (semitones) {
    case 0:
      return 1;
    case 3:
    case 4:
      return 3;
    case 6:
    case 7:
    case 8:
      return 5;
    case 10:
    case 11:
      return 7;
    case 9:
      return kind.endsWith('sixth') ? 6 : kind === 'diminished-seventh' ? 7 : 13;
    case 2:
      return kind === 'suspended-second' ? 2 : 9;
    default:
      return kind === 'suspended-fourth' ? 4 : 11;
  }
}

/** How an extra tone is named over a chord holding `tones`: b9 / #9 / #11 / b13 with a seventh, else 3, 5, 6. */
function addedDegree(semitones: number, tones: Set<number>): Omit<Degree, 'type'> {
  const hasThird = tones.has(3) || tones.has(4);
  const hasSeventh = tones.has(10) || tones.has(11);
  switch (semitones) {
    case 1:
      return { value: 9, alter: -1 };
    case 2:
      return { value: hasThird ? 9 : 2, alter: 0 };
    case 3:
      return tones.has(4) ? { value: 9, alter: 1 } : { value: 3, alter: -1 };
    case 4:
      return { value: 3, alter: 0 };
    case 5:
      return { value: hasThird ? 11 : 4, alter: 0 };
    case 6:
      return hasSeventh || tones.has(7) ? { value: 11, alter: 1 } : { value: 5, alter: -1 };
    case 7:
      return { value: 5, alter: 0 };
    case 8:
      return hasSeventh || tones.has(7) ? { value: 13, alter: -1 } : { value: 5, alter: 1 };
    case 9:
      return { value: hasSeventh ? 13 : 6, alter: 0 };
    case 10:
      return { value: 7, alter: 0 };
    default:
      return { value: 7, alter: 1 };
  }
}

/** A note name as MusicXML writes it: step and alter. */
function stepAndAlter(name: string | undefined, pitchClass: number): { step: string; alter: number } {
  const match = name ? /^([A-Ga-g])([#b+♯♭]?)/.exec(name) : null;
  if (match) {
    const step = match[1].toUpperCase();
    const alter = match[2] === '' ? 0 : match[2] === 'b' || match[2] === '♭' ? -1 : 1;
    if (mod12(STEP_PCS[step] + alter) === mod12(pitchClass)) return { step, alter };
  }
  const spelt = pitchClassName(pitchClass);
  return { step: spelt[0], alter: spelt.length > 1 ? (spelt[1] === 'b' ? -1 : 1) : 0 };
}

/** The <harmony> element of a chord symbol. */
export function harmonyElement(chord: Chord): XmlElement {
  const kind = KIND_OF_QUALITY[chord.quality];
  const kindTones = KIND_TONES[kind];
  const tones = new Set(chord.pitchClasses.map((pc) => mod12(pc - chord.root)));
  const degrees: Degree[] = [];
  for (const tone of [...tones].sort((a, b) => a - b)) {
    if (!kindTones.includes(tone)) degrees.push({ ...addedDegree(tone, tones), type: 'add' });
  }
  for (const tone of kindTones) {
    if (!tones.has(tone)) degrees.push({ value: degreeInKind(kind, tone), alter: 0, type: 'subtract' });
  }
  const symbol = /^([A-G][#b♯♭]?)([^/]*)(?:\/(.+))?$/.exec(chord.symbol);
  const root = stepAndAlter(symbol?.[1], chord.root);
  const bass = chord.bass === undefined ? undefined : stepAndAlter(symbol?.[3], chord.bass);
  const pitchElements = (prefix: 'root' | 'bass', spelt: { step: string; alter: number }) => [
    el(`${prefix}-step`, {}, spelt.step),
    spelt.alter !== 0 && el(`${prefix}-alter`, {}, spelt.alter),
  ];
  return el(
    'harmony',
    {},
    el('root', {}, ...pitchElements('root', root)),
    el('kind', { text: symbol ? symbol[2] : undefined }, kind),
    bass && el('bass', {}, ...pitchElements('bass', bass)),
    ...degrees.map((degree) =>
      el(
        'degree',
        {},
        el('degree-value', {}, degree.value),
        el('degree-alter', {}, degree.alter),
        el('degree-type', {}, degree.type),
      ),
    ),
  );
}

function noteName(node: XmlNode | undefined, prefix: 'root' | 'bass'): { name: string; pc: number } | undefined {
  const step = textOf(node, `${prefix}-step`)?.toUpperCase();
  if (!step || !(step in STEP_PCS)) return undefined;
  const alter = Math.round(Number(textOf(node, `${prefix}-alter`) ?? 0)) || 0;
  const sign = alter > 0 ? '#'.repeat(alter) : 'b'.repeat(-alter);
  return { name: step + sign, pc: mod12(STEP_PCS[step] + alter) };
}

function degreeText(degree: Degree): string {
  const sign = degree.alter > 0 ? '#' : degree.alter < 0 ? 'b' : '';
  return degree.type === 'subtract' ? `omit${degree.value}` : `${sign}${degree.value}`;
}

/**
 * The chord a <harmony> element names, or undefined for "no chord" and for what cannot be read (a function
 * such as "V7" with no root). The pitch classes come from the kind and the degrees; the symbol from the
 * kind's text when the file gives one that names the same tones, else from the kind.
 */
export function chordFromHarmony(harmony: XmlNode): Chord | undefined {
  const root = noteName(child(harmony, 'root'), 'root');
  const kindNode = child(harmony, 'kind');
  const kind = kindNode?.text.trim() ?? 'major';
  if (!root || kind === 'none') {
    const text = kindNode?.attributes.text;
    return root && text ? parseChordSymbol(root.name + text) : undefined;
  }
  const bass = noteName(child(harmony, 'bass'), 'bass');
  const kindTones = KIND_TONES[kind];
  if (!kindTones) {
    const text = kindNode?.attributes.text;
    return parseChordSymbol(root.name + (text ?? '') + (bass ? `/${bass.name}` : ''));
  }
  const tones = new Set(kindTones);
  const degrees: Degree[] = children(harmony, 'degree').map((node) => ({
    value: Math.round(Number(textOf(node, 'degree-value'))),
    alter: Math.round(Number(textOf(node, 'degree-alter') ?? 0)) || 0,
    type: (textOf(node, 'degree-type') ?? 'add') as Degree['type'],
  }));
  for (const degree of degrees) {
    if (!Number.isFinite(degree.value)) continue;
    const existing = kindTones.find((tone) => degreeInKind(kind, tone) === degree.value && tones.has(tone));
    if (degree.type === 'subtract') {
      if (existing !== undefined) tones.delete(existing);
    } else if (degree.type === 'alter' && existing !== undefined) {
      tones.delete(existing);
      tones.add(mod12(existing + degree.alter));
    } else tones.add(mod12((ADDED_DEGREE_SEMITONES[degree.value] ?? 0) + degree.alter));
  }
  const pitchClasses = [0, ...[...tones].filter((t) => t !== 0).sort((a, b) => a - b)].map((t) => mod12(root.pc + t));
  const sameTones = (chord: Chord | undefined) =>
    chord !== undefined &&
    chord.root === root.pc &&
    chord.pitchClasses.length === pitchClasses.length &&
    pitchClasses.every((pc) => chord.pitchClasses.includes(pc));
  const slash = bass && bass.pc !== root.pc ? `/${bass.name}` : '';
  const written = kindNode?.attributes.text;
  const fromText = written !== undefined ? parseChordSymbol(root.name + written + slash) : undefined;
  if (sameTones(fromText)) return fromText;
  const added = degrees.filter((d) => d.type !== 'subtract' || kindTones.length > 0).map(degreeText);
  const symbol = root.name + KIND_SUFFIX[kind] + (added.length ? `(${added.join(',')})` : '') + slash;
  const parsed = parseChordSymbol(symbol);
  const quality = qualityOf(kind, new Set(pitchClasses.map((pc) => mod12(pc - root.pc))));
  if (sameTones(parsed)) return { ...parsed!, quality };
  const chord: Chord = { symbol, root: root.pc, quality, pitchClasses };
  if (bass && bass.pc !== root.pc) chord.bass = bass.pc;
  return chord;
}

/**
 * The quality a kind and the tones added to it make, as the grammar's chord scales know them: an augmented
 * triad with a major seventh added is an augmented major seventh chord, a triad with a seventh a seventh chord.
 */
function qualityOf(kind: string, tones: Set<number>): ChordQuality {
  const seventh = tones.has(11) ? 11 : tones.has(10) ? 10 : undefined;
  if (seventh !== undefined) {
    if (kind === 'augmented') return seventh === 11 ? 'augMaj7' : 'aug7';
    if (kind === 'major') return seventh === 11 ? 'maj7' : 'dom7';
    if (kind === 'minor') return seventh === 11 ? 'minMaj7' : 'min7';
    if (kind === 'diminished' && seventh === 10) return 'halfDim7';
  }
  return qualityOfKind(kind);
}

function qualityOfKind(kind: string): ChordQuality {
  const found = (Object.entries(KIND_OF_QUALITY) as Array<[ChordQuality, string]>).find(([, k]) => k === kind);
  if (found) return found[0];
  if (kind.startsWith('dominant')) return 'dom7';
  if (kind.startsWith('major')) return 'maj7';
  return 'min7';
}
