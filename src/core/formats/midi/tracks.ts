/** The tracks of a MIDI file as a user chooses among them: names, roles, the default melody and chord tracks. */
import { UserFacingError } from '../../../shared/errors';
import { Midi } from '@tonejs/midi';

/** A melody track has a majority of lone notes; a chord track fewer. */
export const MONOPHONIC_THRESHOLD = 0.5;

/** General MIDI basses (programs 32-39) are never the default melody. */
export const BASS_PROGRAMS = { first: 32, last: 39 };

/**
 * Walks the chunks before @tonejs/midi does, so that a file with no tracks or cut short gets a line saying
 * so (the library reports "Cannot read properties of undefined", or reads a truncated track silently).
 */
export function checkMidiStructure(bytes: Uint8Array, file: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4);
  const declaredTracks = headerLength >= 4 ? view.getUint16(10) : 0;
  if (headerLength < 6 || 8 + headerLength > bytes.length) {
    throw new UserFacingError(`${file}: the MIDI header is damaged (truncated file?)`, file);
  }
  if (declaredTracks === 0) throw new UserFacingError(`${file}: the MIDI file has no tracks`, file);
  let offset = 8 + headerLength;
  let tracks = 0;
  while (offset < bytes.length) {
    if (offset + 8 > bytes.length) break;
    const id = String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
    const length = view.getUint32(offset + 4);
    if (offset + 8 + length > bytes.length) {
      throw new UserFacingError(
        `${file}: the MIDI file is truncated (${id === 'MTrk' ? `track ${tracks}` : 'a chunk'} needs ${length} bytes, ` +
          `${bytes.length - offset - 8} are left)`,
        file,
      );
    }
    if (id === 'MTrk') tracks++;
    offset += 8 + length;
  }
  if (tracks < declaredTracks) {
    throw new UserFacingError(
      `${file}: the MIDI file is truncated (its header announces ${declaredTracks} tracks, ${tracks} are there)`,
      file,
    );
  }
  if (tracks === 0) throw new UserFacingError(`${file}: the MIDI file has no tracks`, file);
}

export function parseMidi(bytes: Uint8Array, file: string): Midi {
  const isMidi = bytes.length >= 14 && String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) === 'MThd';
  if (!isMidi) throw new UserFacingError(`${file}: not a MIDI file (no MThd header)`, file);
  checkMidiStructure(bytes, file);
  let midi: Midi;
  try {
    midi = new Midi(bytes);
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : 'damaged data';
    throw new UserFacingError(`${file}: not a readable MIDI file (${reason})`, file);
  }
  if (!(midi.header.ppq > 0))
    throw new UserFacingError(`${file}: the MIDI file has no valid time division (ticks per quarter note)`, file);
  return midi;
}

export interface MidiTrackInfo {
  /** Position in the file's list of tracks (as @tonejs/midi numbers them). */
  index: number;
  name: string;
  /** General MIDI program, 0-127. */
  program: number;
  /** General MIDI instrument name ("electric guitar (jazz)"), or the drum kit's. */
  instrument: string;
  channel: number;
  isDrum: boolean;
  noteCount: number;
  /** Share of notes that sound alone (no other note of the track overlapping): 1 = a single line. */
  monophonicRatio: number;
}

export function describeTracks(midi: Midi): MidiTrackInfo[] {
  const overlapTolerance = midi.header.ppq / 16;
  return midi.tracks.map((track, index) => {
    const notes = [...track.notes].sort((a, b) => a.ticks - b.ticks);
    let lone = 0;
    let soundingUntil = -Infinity;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i];
      const end = note.ticks + note.durationTicks;
      const overlapsEarlier = note.ticks < soundingUntil - overlapTolerance;
      const overlapsNext = i + 1 < notes.length && notes[i + 1].ticks < end - overlapTolerance;
      if (!overlapsEarlier && !overlapsNext) lone++;
      soundingUntil = Math.max(soundingUntil, end);
    }
    return {
      index,
      name: track.name.trim(),
      program: track.instrument.number,
      instrument: track.instrument.name,
      channel: track.channel,
      isDrum: track.instrument.percussion,
      noteCount: notes.length,
      monophonicRatio: notes.length === 0 ? 0 : lone / notes.length,
    };
  });
}

/** The tracks of a MIDI file, for choosing the melody and chord tracks. */
export function listMidiTracks(bytes: Uint8Array, file = 'MIDI file'): MidiTrackInfo[] {
  return describeTracks(parseMidi(bytes, file));
}

export function isBass(track: MidiTrackInfo): boolean {
  return track.program >= BASS_PROGRAMS.first && track.program <= BASS_PROGRAMS.last;
}

/**
 * The likely melody: of the non-drum, mostly monophonic tracks (not a bass), the one with the most
 * lone notes (a lead line with a few double stops beats a sparse pure line); failing that, the non-drum
 * track with the most notes.
 */
export function defaultMelodyTrack(tracks: MidiTrackInfo[]): MidiTrackInfo | undefined {
  const pitched = tracks.filter((t) => !t.isDrum && t.noteCount > 0);
  const loneNotes = (t: MidiTrackInfo): number => t.noteCount * t.monophonicRatio;
  const lines = pitched
    .filter((t) => t.monophonicRatio >= MONOPHONIC_THRESHOLD && !isBass(t))
    .sort((a, b) => loneNotes(b) - loneNotes(a) || a.index - b.index);
  return lines[0] ?? [...pitched].sort((a, b) => b.noteCount - a.noteCount || a.index - b.index)[0];
}

/** The harmony: every other non-drum track that plays chords (not mostly single notes). */
export function defaultChordTracks(tracks: MidiTrackInfo[], melody: MidiTrackInfo | undefined): MidiTrackInfo[] {
  return tracks.filter(
    (t) => !t.isDrum && t.noteCount > 0 && t.index !== melody?.index && t.monophonicRatio < MONOPHONIC_THRESHOLD,
  );
}

export function availableTracks(tracks: MidiTrackInfo[]): string {
  const withNotes = tracks.filter((t) => t.noteCount > 0);
  return withNotes.map((t) => `${t.index} "${t.name}"${t.isDrum ? ' (drums)' : ''}`).join(', ');
}

export function resolveTrack(tracks: MidiTrackInfo[], wanted: string | number, file: string): MidiTrackInfo {
  let found: MidiTrackInfo | undefined;
  if (typeof wanted === 'number' || /^\d+$/.test(wanted.trim())) {
    found = tracks[Number(wanted)];
  }
  if (!found && typeof wanted === 'string') {
    const name = wanted.trim().toLowerCase();
    found = tracks.find((t) => t.name.toLowerCase() === name);
  }
  if (!found) {
    throw new UserFacingError(
      `${file}: no track ${JSON.stringify(wanted)}; the tracks with notes are ${availableTracks(tracks)}`,
      file,
    );
  }
  if (found.noteCount === 0) {
    throw new UserFacingError(
      `${file}: track ${found.index} "${found.name}" has no notes; the tracks with notes are ${availableTracks(tracks)}`,
      file,
    );
  }
  return found;
}
