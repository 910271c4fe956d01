/**
 * The parts a player reads: how far above concert pitch their music is written, and in which clef. The CLI's
 * `--part`, the `jazzSolo.part` setting, the ABC writer and the preview's part selector all read this table.
 * Pure data with no imports, so the page can list the parts without the engine.
 *
 * Written pitch = concert pitch + `interval` semitones (a B♭ tenor sax reads a major ninth above what sounds);
 * the written ABC keeps its sound at concert pitch with `%%MIDI transpose -interval`.
 */

export type PartId = 'concert' | 'bb' | 'eb' | 'bass-clef';
/** Instruments accepted wherever a part is: each is one of the parts above, at its own octave. */
export type InstrumentPartId =
  'tenor-sax' | 'soprano-sax' | 'clarinet' | 'trumpet' | 'alto-sax' | 'baritone-sax' | 'trombone' | 'bass';
export type PartName = PartId | InstrumentPartId;

export interface Part {
  name: PartName;
  /** The family the part belongs to (what the key of the written music is named after). */
  family: PartId;
  /** Semitones from concert (sounding) pitch up to written pitch. */
  interval: number;
  clef: 'treble' | 'bass';
  /** Shown in menus and written into the ABC ("Tenor sax in B♭"). */
  label: string;
  /**
   * The written range the part reads comfortably, as MIDI numbers of the written notes: a lick in twelve keys
   * is moved by octaves to stay inside it.
   */
  writtenRange: readonly [number, number];
}

const TREBLE_RANGE = [58, 86] as const; // B♭3 to D6 written: the saxophones' and trumpet's written range
const BASS_CLEF_RANGE = [40, 67] as const; // E2 to G4: trombone and bass clef lead sheets

export const PARTS: Readonly<Record<PartName, Part>> = {
  concert: {
    name: 'concert',
    family: 'concert',
    interval: 0,
    clef: 'treble',
    label: 'Concert pitch',
    writtenRange: [57, 84],
  },
  bb: { name: 'bb', family: 'bb', interval: 2, clef: 'treble', label: 'B♭ instruments', writtenRange: TREBLE_RANGE },
  eb: { name: 'eb', family: 'eb', interval: 9, clef: 'treble', label: 'E♭ instruments', writtenRange: TREBLE_RANGE },
  'bass-clef': {
    name: 'bass-clef',
    family: 'bass-clef',
    interval: 0,
    clef: 'bass',
    label: 'Bass clef (concert)',
    writtenRange: BASS_CLEF_RANGE,
  },
  'tenor-sax': {
    name: 'tenor-sax',
    family: 'bb',
    interval: 14,
    clef: 'treble',
    label: 'Tenor sax in B♭',
    writtenRange: TREBLE_RANGE,
  },
  'soprano-sax': {
    name: 'soprano-sax',
    family: 'bb',
    interval: 2,
    clef: 'treble',
    label: 'Soprano sax in B♭',
    writtenRange: TREBLE_RANGE,
  },
  clarinet: {
    name: 'clarinet',
    family: 'bb',
    interval: 2,
    clef: 'treble',
    label: 'Clarinet in B♭',
    writtenRange: TREBLE_RANGE,
  },
  trumpet: {
    name: 'trumpet',
    family: 'bb',
    interval: 2,
    clef: 'treble',
    label: 'Trumpet in B♭',
    writtenRange: TREBLE_RANGE,
  },
  'alto-sax': {
    name: 'alto-sax',
    family: 'eb',
    interval: 9,
    clef: 'treble',
    label: 'Alto sax in E♭',
    writtenRange: TREBLE_RANGE,
  },
  'baritone-sax': {
    name: 'baritone-sax',
    family: 'eb',
    interval: 21,
    clef: 'treble',
    label: 'Baritone sax in E♭',
    writtenRange: TREBLE_RANGE,
  },
  trombone: {
    name: 'trombone',
    family: 'bass-clef',
    interval: 0,
    clef: 'bass',
    label: 'Trombone',
    writtenRange: BASS_CLEF_RANGE,
  },
  // The bass is read an octave above where it sounds, as bass players read.
  bass: { name: 'bass', family: 'bass-clef', interval: 12, clef: 'bass', label: 'Bass', writtenRange: [40, 67] },
};

/** Every part name, families first, in the order menus list them. */
export const PART_NAMES: readonly PartName[] = Object.keys(PARTS) as PartName[];
export const DEFAULT_PART: PartName = 'concert';

export function isPartName(value: unknown): value is PartName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PARTS, value);
}

/** The part a user typed ("Tenor-Sax", "B♭", "Eb", "bass clef"), or undefined. */
export function findPart(text: string): Part | undefined {
  const name = text
    .trim()
    .toLowerCase()
    .replace(/♭/g, 'b')
    .replace(/[\s_]+/g, '-');
  const aliases: Record<string, PartName> = {
    'b-flat': 'bb',
    'e-flat': 'eb',
    bassclef: 'bass-clef',
    // Players name their horn without "sax".
    soprano: 'soprano-sax',
    alto: 'alto-sax',
    tenor: 'tenor-sax',
    baritone: 'baritone-sax',
    bari: 'baritone-sax',
    'bari-sax': 'baritone-sax',
  };
  const resolved = aliases[name] ?? name;
  return isPartName(resolved) ? PARTS[resolved] : undefined;
}

/**
 * The written-pitch offset an ABC text already carries (`%%MIDI transpose -N` means it is written N semitones
 * above what sounds), so a part can be shown from a text that is itself a part.
 */
export function writtenIntervalOfAbc(text: string): number {
  const match = /^%%MIDI[ \t]+transpose[ \t]+(-?\d+)/m.exec(text);
  return match ? -Number(match[1]) : 0;
}
