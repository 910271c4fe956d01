/**
 * What the offline sound font under media/soundfont/ holds (written by scripts/make-soundfont.mjs from
 * FluidR3_GM; a unit test checks that every note named here is on disk). abcjs asks for
 * `<soundFontUrl><instrument>-mp3/<NoteName>.mp3`, the instrument being its General MIDI name; a pitch
 * outside an instrument's range is folded into it by octaves, since no other sound ships.
 */

/** The lead voices a user may choose (the values of the `jazzSolo.band.leadInstrument` setting). */
export type LeadInstrumentId = 'tenor-sax' | 'trumpet' | 'piano' | 'guitar';
export const LEAD_INSTRUMENT_IDS: readonly LeadInstrumentId[] = ['tenor-sax', 'trumpet', 'piano', 'guitar'];
export const DEFAULT_LEAD_INSTRUMENT_ID: LeadInstrumentId = 'tenor-sax';

export interface ShippedInstrument {
  /** abcjs' name, the folder `<name>-mp3/`. */
  name: string;
  /** 0-based General MIDI program; abcjs' instrument index. */
  program: number;
  lowest: number;
  highest: number;
  /** Shown in the mixer. */
  label: string;
}

export const LEAD_SOUNDS: Readonly<Record<LeadInstrumentId, ShippedInstrument>> = {
  'tenor-sax': { name: 'tenor_sax', program: 66, lowest: 52, highest: 88, label: 'Tenor sax' },
  trumpet: { name: 'trumpet', program: 56, lowest: 52, highest: 88, label: 'Trumpet' },
  piano: { name: 'acoustic_grand_piano', program: 0, lowest: 45, highest: 88, label: 'Piano' },
  guitar: { name: 'electric_guitar_jazz', program: 26, lowest: 52, highest: 88, label: 'Jazz guitar' },
};

export const BASS_SOUND: ShippedInstrument = {
  name: 'acoustic_bass',
  program: 32,
  lowest: 26,
  highest: 52,
  label: 'Bass',
};
/** The comping is the piano of the lead list (its range covers the middle register and more). */
export const COMPING_SOUND: ShippedInstrument = LEAD_SOUNDS.piano;

/** abcjs plays instrument 128 ("percussion") from `percussion-mp3/`, one file per General MIDI key. */
export const PERCUSSION_PROGRAM = 128;
export const PERCUSSION_NAME = 'percussion';
/** The jazz kit's keys that ship: kick, side stick, snare, toms, hi-hats, crash, ride, ride bell. */
export const SHIPPED_DRUM_KEYS: readonly number[] = [36, 37, 38, 42, 44, 45, 46, 47, 49, 50, 51, 53];

export function isLeadInstrumentId(value: unknown): value is LeadInstrumentId {
  return typeof value === 'string' && (LEAD_INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** Moves a pitch by octaves into [lowest, highest] (a range of at least an octave). */
export function foldIntoRange(pitch: number, instrument: Pick<ShippedInstrument, 'lowest' | 'highest'>): number {
  let folded = pitch;
  while (folded < instrument.lowest) folded += 12;
  while (folded > instrument.highest) folded -= 12;
  return folded;
}
