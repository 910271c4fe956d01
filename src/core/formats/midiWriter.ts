/**
 * Writes a realised Solo, and the band behind it, as a Standard MIDI File (format 1) with @tonejs/midi:
 * tempo, time and key signatures in the first track, then one track per player with its name and General
 * MIDI program: the lead, the bass, the comping and the drums (on channel 10). Swing is applied here, with
 * the same function the preview plays with, so the file sounds as the preview does.
 *
 * @tonejs/midi 2.0.28 encodes the key number off by its name table's size (index + 7 instead of index - 7, an
 * F-major solo would read as seven sharps), so the key-signature event is written by this module itself.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { Midi } from '@tonejs/midi';
import { mergeTies } from '../solo/realiser';
import { keyPrefersFlats, mod12, SEMITONES_TO_RELATIVE_MAJOR } from '../theory/chords';
import { KeySignature, Solo } from '../types';
import { meterSwings, swingTime } from '../../shared/swing';
import { LEAD_SOUNDS } from '../../shared/soundFont';
import type { BandPart } from '../../shared/bandParts';
import {
  BAND_PROGRAMS,
  DEFAULT_LEAD_INSTRUMENT,
  LEAD_INSTRUMENTS,
  type BandArrangement,
  type LeadInstrument,
} from '../band/types';

/** Ticks per quarter note in the file (@tonejs/midi's default); the solo's 12 ticks scale by 40. */
const FILE_PPQ = 480;
const SCALE = FILE_PPQ / TICKS_PER_QUARTER;
/** MIDI channels (0-based): the drums on channel 10 as General MIDI requires. */
const CHANNELS: Record<'lead' | BandPart, number> = { lead: 0, bass: 1, comping: 2, drums: 9 };
const TRACK_NAMES: Record<BandPart, string> = { bass: 'Bass', comping: 'Comping', drums: 'Drums' };
const LEAD_VELOCITY = 100;

export interface MidiOptions {
  /** The rhythm section to write beside the lead; without it the file holds the solo alone. */
  band?: BandArrangement;
  /** The lead's instrument (its General MIDI program and track name); tenor sax by default. */
  lead?: LeadInstrument;
  /** Swing ratio (0.5 straight .. 0.75) or percentage; the solo's own swing hint by default. */
  swing?: number;
}

/**
 * The key signature as MIDI writes it: sharps (positive) or flats (negative) of the key's scale, and the
 * minor flag. Church modes are written with their parent major scale's signature (D dorian: no sharps).
 */
export function midiKeySignature(key: KeySignature): { sharps: number; minor: boolean } {
  const majorTonic = mod12(key.tonic + SEMITONES_TO_RELATIVE_MAJOR[key.mode]);
  // Fifths above C: C 0, G 1, D 2 ... B 5, F#/Gb 6, C#/Db 7, then the flat side.
  const fifths = mod12(majorTonic * 7);
  let sharps: number;
  if (fifths <= 4) sharps = fifths;
  else if (fifths >= 8) sharps = fifths - 12;
  // B/Cb, F#/Gb and C#/Db: the key's spelling decides; Db is the usual one of the last pair.
  else if (fifths === 7) sharps = /#/.test(key.name) ? 7 : -5;
  else sharps = keyPrefersFlats(key) ? fifths - 12 : fifths;
  return { sharps, minor: key.mode === 'minor' };
}

export function writeMidi(solo: Solo, options: MidiOptions = {}): Uint8Array {
  const band = options.band;
  const swing = meterSwings(solo.meter.denominator) ? (options.swing ?? solo.swing) : undefined;
  const offset = band?.countInTicks ?? 0;
  // Straight ticks (12 a quarter, from the file's start) to swung file ticks, the beats counted from the solo's start.
  const fileTick = (tick: number) => Math.round((offset + swingTime(tick - offset, TICKS_PER_QUARTER, swing)) * SCALE);
  const span = (start: number, duration: number) => {
    const ticks = fileTick(start);
    return { ticks, durationTicks: Math.max(1, fileTick(start + duration) - ticks) };
  };

  const midi = new Midi();
  midi.header.name = solo.title;
  midi.header.setTempo(solo.tempo);
  midi.header.timeSignatures.push({
    ticks: 0,
    timeSignature: [solo.meter.numerator, solo.meter.denominator],
    measures: 0,
  });
  // A placeholder the encoder writes as a key-signature event; its two data bytes are corrected below.
  midi.header.keySignatures.push({ ticks: 0, key: 'C', scale: 'major' });
  if (solo.subtitle) midi.header.meta.push({ type: 'text', text: solo.subtitle, ticks: 0 });
  midi.header.update();

  const leadInstrument = options.lead ?? DEFAULT_LEAD_INSTRUMENT;
  const lead = midi.addTrack();
  lead.name = `Lead (${LEAD_SOUNDS[leadInstrument].label})`;
  lead.channel = CHANNELS.lead;
  lead.instrument.number = LEAD_INSTRUMENTS[leadInstrument];
  for (const note of mergeTies(solo.notes)) {
    if (note.pitch === null) continue;
    lead.addNote({
      midi: note.pitch,
      ...span(offset + note.startTick, note.durationTicks),
      velocity: LEAD_VELOCITY / 127,
    });
  }

  if (band) {
    for (const part of ['bass', 'comping', 'drums'] as const) {
      const notes = band.notes.filter((n) => n.part === part);
      if (notes.length === 0) continue;
      const track = midi.addTrack();
      track.name = TRACK_NAMES[part];
      track.channel = CHANNELS[part];
      track.instrument.number = part === 'drums' ? 0 : BAND_PROGRAMS[part];
      for (const note of notes)
        track.addNote({ midi: note.pitch, ...span(note.startTick, note.durationTicks), velocity: note.velocity / 127 });
    }
  }

  const bytes = midi.toArray();
  setKeySignature(bytes, midiKeySignature(solo.key));
  return bytes;
}

/** Overwrites the data of the first track's key-signature event (FF 59 02 sf mi). */
function setKeySignature(bytes: Uint8Array, signature: { sharps: number; minor: boolean }): void {
  // The header chunk is 14 bytes; the first track chunk's data starts after its 8-byte header.
  const start = 14 + 8;
  const length = new DataView(bytes.buffer, bytes.byteOffset + 18, 4).getUint32(0);
  for (let i = start; i + 4 < start + length; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0x59 && bytes[i + 2] === 0x02) {
      bytes[i + 3] = signature.sharps & 0xff;
      bytes[i + 4] = signature.minor ? 1 : 0;
      return;
    }
  }
  throw new Error('the MIDI encoder wrote no key signature');
}
