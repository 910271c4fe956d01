/** The band for an ABC text or a realised solo, and the MIDI of an ABC tune with its band. */
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { UserFacingError } from '../shared/errors';
import { DEFAULT_TEMPO } from '../core/theory/progression';
import { writeMidi } from '../core/formats/midiWriter';
import { arrangeBand, type BandArrangement, type BandOptions, type LeadInstrument } from '../core/band';
import { barTicks, mergeTies } from '../core/solo/realiser';
import { readAbcText } from '../core/formats/abcReader';
import { type Solo, type RealisedNote } from '../core/types';

/** The band an export plays unless told otherwise: every part, no count-in, a fixed seed (same file every time). */
export const DEFAULT_BAND_OPTIONS: BandOptions = {
  parts: { bass: true, comping: true, drums: true },
  countIn: false,
  seed: 1,
};

/** The rhythm section behind a realised solo (its chords, meter, tempo and notes). */
export function arrangeBandForSolo(
  solo: Solo,
  options: BandOptions,
  chorusTicks?: number,
  pickupTicks?: number,
): BandArrangement {
  const lead = mergeTies(solo.notes).flatMap((note) =>
    note.pitch === null ? [] : [{ pitch: note.pitch, startTick: note.startTick, durationTicks: note.durationTicks }],
  );
  const lastEnd = solo.notes.reduce((end, note) => Math.max(end, note.startTick + note.durationTicks), 0);
  return arrangeBand(
    {
      chords: solo.chords,
      meter: solo.meter,
      tempo: solo.tempo,
      soloTicks: Math.max(
        lastEnd,
        solo.bars * barTicks(solo.meter) - (pickupTicks ? barTicks(solo.meter) - pickupTicks : 0),
      ),
      lead,
      chorusTicks,
      pickupTicks,
    },
    options,
  );
}

/** One tune of an ABC text as a Solo the writers take, and the length of its pickup bar in ticks (0 if none). */
export function abcTuneAsSolo(
  text: string,
  tuneIndex: number | undefined,
  file: string,
): { solo: Solo; pickupTicks: number } {
  const { tunes, tuneInfos } = readAbcText(text, file);
  const info = tuneIndex === undefined ? undefined : tuneInfos[tuneIndex];
  const tune = tuneIndex === undefined ? tunes[0] : info ? tunes.find((t) => t.line === info.startLine) : undefined;
  if (!tune) {
    throw new UserFacingError(
      info
        ? `${file}: tune ${info.id || (tuneIndex ?? 0) + 1} has no notes to play`
        : `${file}: no tune with notes to play`,
    );
  }
  const toTicks = (quarters: number) => Math.round(quarters * TICKS_PER_QUARTER);
  const notes: RealisedNote[] = tune.notes.map((note, valueIndex) => ({
    pitch: note.pitch,
    startTick: toTicks(note.start),
    durationTicks: Math.max(1, toTicks(note.duration)),
    valueIndex,
  }));
  const bar = barTicks(tune.meter);
  const end = notes.reduce((max, n) => Math.max(max, n.startTick + n.durationTicks), 0);
  const firstBar = tune.barStarts.length > 1 ? toTicks(tune.barStarts[1] - tune.barStarts[0]) : bar;
  const pickupTicks = firstBar > 0 && firstBar < bar ? firstBar : 0;
  const solo: Solo = {
    title: tune.title,
    meter: tune.meter,
    key: tune.key,
    tempo: tune.tempo ?? DEFAULT_TEMPO,
    swing: swingFromAbc(text),
    notes,
    chords: tune.chords,
    bars: Math.ceil((end + (pickupTicks ? bar - pickupTicks : 0)) / bar),
  };
  return { solo, pickupTicks };
}

/** The swing the ABC writer notes in a comment ("% swing 0.67: ..."), if any. */
function swingFromAbc(text: string): number | undefined {
  const match = /^%\s*swing\s+([0-9.]+)/m.exec(text);
  const swing = match ? Number(match[1]) : NaN;
  return Number.isFinite(swing) ? swing : undefined;
}

/**
 * The rhythm section for one tune of an ABC text (0-based, in file order), generated or hand-written: its
 * chords (written, or inferred from the melody), meter, tempo and melody. Ticks: 12 a quarter, straight; tick 0
 * is the count-in's start (or the tune's first note).
 */
export function arrangeBandForAbc(
  text: string,
  tuneIndex: number,
  options: BandOptions,
  file = 'untitled.abc',
): BandArrangement {
  const { solo, pickupTicks } = abcTuneAsSolo(text, tuneIndex, file);
  return arrangeBandForSolo(solo, options, undefined, pickupTicks);
}

export interface AbcMidiOptions {
  /** The rhythm section: true (default) for every part, false for the solo alone, or the band's own options. */
  band?: boolean | Partial<BandOptions>;
  lead?: LeadInstrument;
  /** Swing ratio or percentage; default the "% swing" comment the generator writes, else straight. */
  swing?: number;
  /** Which tune of the text (0-based, file order); the first one with notes by default. */
  tuneIndex?: number;
}

/** The MIDI of an ABC tune (the first one in the text by default), for "Export Solo as MIDI": lead and band. */
export function abcToMidi(text: string, file = 'untitled.abc', options: AbcMidiOptions = {}): Uint8Array {
  const { solo, pickupTicks } = abcTuneAsSolo(text, options.tuneIndex, file);
  const bandOptions =
    options.band === false ? undefined : { ...DEFAULT_BAND_OPTIONS, ...(options.band === true ? {} : options.band) };
  const band = bandOptions ? arrangeBandForSolo(solo, bandOptions, undefined, pickupTicks) : undefined;
  return writeMidi(solo, { band, lead: options.lead, swing: options.swing });
}
