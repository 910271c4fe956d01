/**
 * The solo as notation for other programs and for paper: MusicXML (the lead sheet, with the band's parts
 * unless told otherwise) and the lead sheet's pages as SVG or PDF, from a generated solo or from any ABC
 * tune. The band is arranged exactly as the MIDI export arranges it (same seed, same choruses), so the score
 * and the recording agree.
 */
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { writeMusicXml } from '../core/formats/musicxml/writer';
import { engraveSheet, type Paper } from '../core/formats/sheet/engrave';
import { writeSheetSvg } from '../core/formats/sheet/svg';
import { writeSheetPdf } from '../core/formats/sheet/pdf';
import type { BandOptions, LeadInstrument } from '../core/band';
import { barTicks } from '../core/solo/realiser';
import { type Solo } from '../core/types';
import type { PartName } from '../shared/parts';
import { abcTuneAsSolo, arrangeBandForSolo, DEFAULT_BAND_OPTIONS } from './abcBand';

export interface NotationExportOptions {
  /** The rhythm section's parts under the lead (default true). */
  band?: boolean;
  /** Which of the band's parts play (the editor's jazzSolo.band.* settings); every part by default. */
  parts?: BandOptions['parts'];
  /** The band's seed: the generation's seed keeps the score's band the MIDI file's band. */
  seed?: number;
  /** One pass of the progression in ticks, when known (the drums' fills fall before each chorus). */
  chorusTicks?: number;
  lead?: LeadInstrument;
  /** Write the lead as this player's part (transposed, with <transpose>). */
  part?: PartName;
}

export function soloToMusicXml(solo: Solo, options: NotationExportOptions = {}): string {
  const band =
    options.band === false
      ? undefined
      : arrangeBandForSolo(
          solo,
          {
            ...DEFAULT_BAND_OPTIONS,
            parts: options.parts ?? DEFAULT_BAND_OPTIONS.parts,
            seed: options.seed ?? DEFAULT_BAND_OPTIONS.seed,
          },
          options.chorusTicks,
        );
  return writeMusicXml(solo, { band, lead: options.lead, part: options.part });
}

/**
 * One tune of an ABC text (0-based; the first with notes by default) as a Solo the notation writers take. A
 * pickup is written as a first bar that starts with rests, since the writers count whole bars.
 */
export function abcTuneToSolo(text: string, file: string, tuneIndex?: number): Solo {
  const { solo: read, pickupTicks } = abcTuneAsSolo(text, tuneIndex, file);
  // The ABC writer's second title line is the solo's provenance (model, seed, decoding).
  const subtitle = /^T:(.*)\n(?:%.*\n)*T:(.*)$/m.exec(text)?.[2]?.trim();
  const solo = subtitle ? { ...read, subtitle } : read;
  if (!pickupTicks) return solo;
  const shift = barTicks(solo.meter) - pickupTicks;
  return {
    ...solo,
    notes: solo.notes.map((note) => ({ ...note, startTick: note.startTick + shift })),
    chords: solo.chords.map((timed) => ({ ...timed, start: timed.start + shift / TICKS_PER_QUARTER })),
  };
}

export function abcToMusicXml(
  text: string,
  file: string,
  options: NotationExportOptions & { tuneIndex?: number } = {},
): string {
  return soloToMusicXml(abcTuneToSolo(text, file, options.tuneIndex), options);
}

export interface SheetExportOptions {
  paper?: Paper;
  part?: PartName;
}

/** The lead sheet as SVG: its pages one under the other. */
export function soloToSheetSvg(solo: Solo, options: SheetExportOptions = {}): string {
  return writeSheetSvg(engraveSheet(solo, options), solo.title);
}

/** The lead sheet as a PDF, one page per sheet page. */
export function soloToSheetPdf(solo: Solo, options: SheetExportOptions = {}): Uint8Array {
  return writeSheetPdf(engraveSheet(solo, options), solo.title);
}
