/**
 * A lead sheet: one chorus of a tune's form, repeats and endings already written out, bar by bar, in the
 * progression syntax of ../progression.ts. The built-in library and iReal Pro charts both become one, and a
 * lead sheet becomes the progression the generator takes.
 */
import type { Meter } from '../../../shared/meter';
import { parseKeyName, parseProgression } from '../progression';
import { letterStepsBetween, transposeChordSymbol, transposeKey } from '../transpose';
import { type Progression } from '../../types';

export interface LeadSheetSection {
  /** As the chart writes it: "A", "B", "Intro", "Verse". */
  label: string;
  /** The bar (0-based, in `bars`) the section starts at. */
  bar: number;
}

export interface LeadSheet {
  title: string;
  composer?: string;
  /** The key as users write it: "F", "Bb", "Cm". */
  key: string;
  /** Quarter notes per minute. */
  tempo: number;
  meter: Meter;
  /** The groove as the source names it ("Medium Swing", "Bossa Nova", "Waltz"). */
  style?: string;
  /** One chorus, bar by bar, each in the progression syntax: "Dm7 G7", "%", "C / / G", "N.C.". */
  bars: string[];
  sections: LeadSheetSection[];
}

/** The lead sheet as progression text, its meter in front: "M:3/4 | Dm7 | G7 |". */
export function leadSheetChords(sheet: LeadSheet): string {
  return `M:${sheet.meter.numerator}/${sheet.meter.denominator} | ${sheet.bars.join(' | ')} |`;
}

/** One chorus of the lead sheet as the generator's progression (it repeats for further choruses). */
export function leadSheetProgression(sheet: LeadSheet, source = sheet.title): Progression {
  return parseProgression(leadSheetChords(sheet), sheet.meter, source);
}

/**
 * The lead sheet moved to the key on another tonic ("Bb"; a minor tune stays minor): every chord moves by the
 * same interval, spelt in the new key.
 */
export function transposeLeadSheet(sheet: LeadSheet, keyName: string): LeadSheet {
  const from = parseKeyName(sheet.key, `${sheet.title}: key`);
  const to = parseKeyName(keyName, 'key');
  const semitones = (((to.tonic - from.tonic) % 12) + 12) % 12;
  const key = transposeKey(from, semitones);
  if (semitones === 0) return sheet;
  // Tunes modulate far from home, where spelling by letter steps alone would give E♯ and double sharps: roots
  // outside the new key take the fewer accidentals.
  const steps = letterStepsBetween(from, key);
  const moveToken = (token: string) => transposeChordSymbol(token, semitones, steps, key);
  return {
    ...sheet,
    key: key.name,
    bars: sheet.bars.map((bar) => bar.split(/\s+/).map(moveToken).join(' ')),
  };
}
