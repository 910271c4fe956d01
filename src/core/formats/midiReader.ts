/**
 * Reads a MIDI file (via @tonejs/midi) into a Tune: a monophonic melody from one track, chords sampled
 * from the chord tracks (or inferred from the melody), in quarter notes from the header's PPQ.
 */
import {
  MidiTrackInfo,
  defaultChordTracks,
  defaultMelodyTrack,
  describeTracks,
  parseMidi,
  resolveTrack,
} from './midi/tracks';
import { guessKey } from '../theory/keyFinding';
import { inferChords, harmonicSpanStarts } from '../theory/inferChords';
import type { Meter } from '../../shared/meter';
import { TIME_EPSILON } from '../types';
import { UserFacingError } from '../../shared/errors';
import { Midi } from '@tonejs/midi';
import { basename, extname } from 'node:path';
import { chordFromPitchClasses, keyPrefersFlats, mod12, parsePitchClassName } from '../theory/chords';
import { validateMeter } from '../theory/progression';
import { barQuarters, CorpusWarning, KeySignature, MelodyNote, TimedChord, Tune } from '../types';

export interface MidiReadOptions {
  /** Track name (case-insensitive) or index; default: defaultMelodyTrack. */
  melodyTrack?: string | number;
  /** Track names or indices; default: defaultChordTracks. An empty list means "infer the chords". */
  chordTracks?: (string | number)[];
  /** Bars A..B-1, counted from 0 in the file's meter. */
  bars?: [number, number];
  /**
   * Snap onsets and lengths to the nearest sixteenth or eighth-note triplet, as music21 (and so the
   * reference) did when reading MIDI, and read short articulation gaps as part of the note before
   * (see isArticulationGap). Default true: played MIDI is never exactly on the grid.
   */
  quantize?: boolean;
}

interface QuarterNote {
  pitch: number;
  start: number;
  end: number;
}

/** Nearest point of the union of the sixteenth and triplet-eighth grids (music21's default divisors 4 and 3). */
export function snapToQuarterGrid(quarters: number): number {
  const bySixteenths = Math.round(quarters * 4) / 4;
  const byTriplets = Math.round(quarters * 3) / 3;
  return Math.abs(byTriplets - quarters) < Math.abs(bySixteenths - quarters) - TIME_EPSILON ? byTriplets : bySixteenths;
}

/**
 * One line from possibly overlapping voices: of notes starting together the highest stays; a note still
 * sounding when the next starts is cut there (both voices' notes are kept, as the reference's merged
 * Guitar voices were). Returns the line and how many notes were cut or dropped.
 */
function mergeVoices(notes: QuarterNote[]): { line: QuarterNote[]; merged: number } {
  const sorted = [...notes].sort((a, b) => a.start - b.start || b.pitch - a.pitch);
  const line: QuarterNote[] = [];
  let merged = 0;
  for (const note of sorted) {
    const previous = line[line.length - 1];
    if (previous && Math.abs(previous.start - note.start) < TIME_EPSILON) {
      merged++;
      continue;
    }
    if (previous && previous.end > note.start + TIME_EPSILON) {
      previous.end = note.start;
      merged++;
    }
    line.push({ ...note });
  }
  return { line, merged };
}

const KEY_NAMES_BY_FIFTHS_MAJOR = ['Cb', 'Gb', 'Db', 'Ab', 'Eb', 'Bb', 'F', 'C', 'G', 'D', 'A', 'E', 'B', 'F#', 'C#'];
const KEY_NAMES_BY_FIFTHS_MINOR = [
  'Abm',
  'Ebm',
  'Bbm',
  'Fm',
  'Cm',
  'Gm',
  'Dm',
  'Am',
  'Em',
  'Bm',
  'F#m',
  'C#m',
  'G#m',
  'D#m',
  'A#m',
];

function keyFromSignature(midi: Midi): KeySignature | undefined {
  const signature = midi.header.keySignatures[0];
  if (!signature) return undefined;
  const fifths = KEY_NAMES_BY_FIFTHS_MAJOR.indexOf(signature.key);
  const majorTonic = parsePitchClassName(signature.key);
  if (fifths < 0 || majorTonic === undefined) return undefined;
  if (signature.scale === 'minor') {
    return { tonic: mod12(majorTonic + 9), mode: 'minor', name: KEY_NAMES_BY_FIFTHS_MINOR[fifths] };
  }
  return { tonic: majorTonic, mode: 'major', name: KEY_NAMES_BY_FIFTHS_MAJOR[fifths] };
}

function trackNotes(midi: Midi, index: number, ppq: number): QuarterNote[] {
  return midi.tracks[index].notes.map((n) => ({
    pitch: n.midi,
    start: n.ticks / ppq,
    end: (n.ticks + n.durationTicks) / ppq,
  }));
}

/** Pitch classes and lowest pitch of the chord tracks around a sampling point. */
function sampleChordNotes(notes: QuarterNote[], time: number, spanLength: number): { pcs: number[]; lowest?: number } {
  // Struck up to a sixteenth late still counts as on the beat; a note let go just after the beat does not.
  let sounding = notes.filter((n) => n.start <= time + 0.25 && n.end > time + 0.05);
  if (sounding.length === 0) sounding = notes.filter((n) => n.start >= time && n.start < time + spanLength);
  if (sounding.length === 0) return { pcs: [] };
  const firstOnset = Math.min(...sounding.map((n) => n.start));
  // Of notes struck later in the span, only those struck together with the first chord.
  const chordNotes = sounding.filter((n) => n.start <= Math.max(firstOnset, time) + 0.25);
  return {
    pcs: [...new Set(chordNotes.map((n) => mod12(n.pitch)))],
    lowest: Math.min(...chordNotes.map((n) => n.pitch)),
  };
}

/** Lengths a transcriber writes for a detached note: sixteenth to half note, and the triplet eighth and quarter. */
const PLAIN_LENGTHS = [0.25, 0.5, 0.75, 1, 1.5, 2, 1 / 3, 2 / 3];

/**
 * A silence of at most a sixteenth after a played note, inside its bar, is articulation (staccato, a
 * guitarist lifting a finger) rather than a rest when the note held through it has a plain written
 * length: two staccato sixteenths a beat apart read as two eighths, as a transcriber writes them.
 * On the reference solo this keeps the token count near the reference's (about 200 instead of 249).
 */
function isArticulationGap(previous: MelodyNote, gap: number, bar: number): boolean {
  if (gap > 0.25 + TIME_EPSILON) return false;
  const held = previous.duration + gap;
  const sameBar =
    Math.floor(previous.start / bar + TIME_EPSILON) === Math.floor((previous.start + held) / bar - TIME_EPSILON);
  return sameBar && PLAIN_LENGTHS.some((length) => Math.abs(length - held) < TIME_EPSILON * 1000);
}

/** About 11 hours of 4/4 at 120 bpm: longer than any real piece. */
export const MAX_MIDI_BARS = 20_000;

interface TrackChoice {
  melodyTrack: MidiTrackInfo;
  chordTracks: MidiTrackInfo[];
}

/** The melody and chord tracks: as the user named them, or the likely ones. */
function chooseTracks(tracks: MidiTrackInfo[], options: MidiReadOptions, file: string): TrackChoice {
  if (tracks.every((t) => t.noteCount === 0)) throw new UserFacingError(`${file}: the MIDI file has no notes`, file);
  if (tracks.every((t) => t.noteCount === 0 || t.isDrum)) {
    throw new UserFacingError(
      `${file}: the MIDI file has only drum tracks (channel 10), no melody to learn from`,
      file,
    );
  }
  const melodyTrack =
    options.melodyTrack !== undefined ? resolveTrack(tracks, options.melodyTrack, file) : defaultMelodyTrack(tracks);
  if (!melodyTrack) throw new UserFacingError(`${file}: no track can be the melody`, file);
  const chordTracks =
    options.chordTracks !== undefined
      ? options.chordTracks.map((wanted) => resolveTrack(tracks, wanted, file))
      : defaultChordTracks(tracks, melodyTrack);
  return { melodyTrack, chordTracks };
}

interface Timing {
  ppq: number;
  meter: Meter;
  /** Quarter notes per bar. */
  bar: number;
  tempo?: number;
}

/** Meter and tempo from the header: a tempo of 0 or a meter such as 7/3 is damage, said in one line. */
function readTiming(midi: Midi, file: string, warn: (message: string) => void): Timing {
  const signature = midi.header.timeSignatures[0]?.timeSignature;
  const meter: Meter = signature
    ? { numerator: signature[0], denominator: signature[1] }
    : { numerator: 4, denominator: 4 };
  validateMeter(meter, file);
  if (midi.header.timeSignatures.length > 1) {
    warn(
      `${midi.header.timeSignatures.length} time signatures; bars are counted in the first, ${meter.numerator}/${meter.denominator}`,
    );
  }
  const damagedTempo = midi.header.tempos.find((t) => !Number.isFinite(t.bpm) || !(t.bpm > 0));
  if (damagedTempo) {
    throw new UserFacingError(
      `${file}: the MIDI file sets a tempo of 0 (at tick ${damagedTempo.ticks}): it is damaged`,
      file,
    );
  }
  const firstTempo = midi.header.tempos[0]?.bpm;
  return {
    ppq: midi.header.ppq,
    meter,
    bar: barQuarters(meter),
    tempo: firstTempo === undefined ? undefined : Math.round(firstTempo * 100) / 100,
  };
}

/** The part of the file read, in quarter notes: the bars asked for, or the whole (bounded) file. */
function readWindow(
  midi: Midi,
  timing: Timing,
  options: MidiReadOptions,
  file: string,
  warn: (message: string) => void,
) {
  const { ppq, bar } = timing;
  // A loop rather than Math.max(...notes): large files would overflow the argument list.
  let fileEnd = 0;
  for (const track of midi.tracks)
    for (const note of track.notes) fileEnd = Math.max(fileEnd, (note.ticks + note.durationTicks) / ppq);
  const fileBars = Math.max(1, Math.ceil(fileEnd / bar - TIME_EPSILON));
  // One damaged delta time can put a note hours away; a bar list that long would exhaust memory.
  if (!options.bars && !(fileBars <= MAX_MIDI_BARS)) {
    throw new UserFacingError(
      `${file}: the MIDI file lasts ${Number.isFinite(fileBars) ? fileBars : 'endless'} bars (over ${MAX_MIDI_BARS}): it is probably damaged; read a part of it with bars A:B`,
      file,
    );
  }
  if (!options.bars) return { start: 0, length: fileBars * bar };
  const [first, last] = options.bars;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last <= first) {
    throw new UserFacingError(
      `${file}: bars must be two whole numbers A < B counted from 0, got ${first}..${last}`,
      file,
    );
  }
  if (first >= fileBars)
    throw new UserFacingError(`${file}: bar ${first} is past the end of the file (${fileBars} bars)`, file);
  if (last > fileBars) warn(`the file has ${fileBars} bars; reading bars ${first}..${fileBars - 1}`);
  return { start: first * bar, length: (Math.min(last, fileBars) - first) * bar };
}

/** A track's notes inside the window, quantized as the reference read MIDI, in window time. */
function notesInWindow(
  notes: QuarterNote[],
  window: { start: number; length: number },
  quantize: boolean,
): QuarterNote[] {
  return notes
    .map((n) => {
      const start = quantize ? snapToQuarterGrid(n.start) : n.start;
      let length = quantize ? snapToQuarterGrid(n.end - n.start) : n.end - n.start;
      // As the reference: a note that quantizes to nothing lasts a sixteenth.
      if (length <= TIME_EPSILON) length = 0.25;
      return { pitch: n.pitch, start: start - window.start, end: start - window.start + length };
    })
    .filter((n) => n.start >= -TIME_EPSILON && n.start < window.length - TIME_EPSILON)
    .map((n) => ({ ...n, start: Math.max(0, n.start), end: Math.min(n.end, window.length) }));
}

/** The melodic line as notes and rests up to `melodyEnd`; short articulation gaps join the note before. */
function melodyWithRests(line: QuarterNote[], melodyEnd: number, bar: number, quantize: boolean): MelodyNote[] {
  const notes: MelodyNote[] = [];
  let cursor = 0;
  for (const note of line) {
    const gap = note.start - cursor;
    const previous = notes[notes.length - 1];
    if (gap > TIME_EPSILON && quantize && previous?.pitch != null && isArticulationGap(previous, gap, bar)) {
      previous.duration += gap;
    } else if (gap > TIME_EPSILON) {
      notes.push({ pitch: null, start: cursor, duration: gap });
    }
    notes.push({ pitch: note.pitch, start: note.start, duration: note.end - note.start });
    cursor = note.end;
  }
  if (melodyEnd > cursor + TIME_EPSILON) notes.push({ pitch: null, start: cursor, duration: melodyEnd - cursor });
  return notes;
}

/** The chords the chord tracks sound at each harmonic span, or none when they sound nothing. */
function chordsFromTracks(
  chordSource: QuarterNote[],
  barStarts: number[],
  meter: Meter,
  melodyEnd: number,
  key: KeySignature,
): TimedChord[] {
  const span = harmonicSpanStarts(barStarts, meter, melodyEnd);
  const chords: TimedChord[] = [];
  const preferFlats = keyPrefersFlats(key);
  for (let i = 0; i < span.length; i++) {
    const length = (i + 1 < span.length ? span[i + 1] : melodyEnd) - span[i];
    const sample = sampleChordNotes(chordSource, span[i], length);
    const chord = chordFromPitchClasses(sample.pcs, sample.lowest, { preferFlats });
    if (!chord) continue;
    const previous = chords[chords.length - 1];
    if (previous && previous.chord.symbol === chord.symbol) continue;
    chords.push({ start: span[i], chord });
  }
  // The first chord holds from the start, so every note has a chord to be judged against.
  if (chords.length > 0) chords[0] = { ...chords[0], start: 0 };
  return chords;
}

/**
 * Reads one MIDI file into one Tune. Throws a UserFacingError for a file that is not MIDI, is truncated,
 * has no tracks or no notes, has only drums, a tempo of 0, an unsupported meter, is implausibly long, or
 * names a track it does not have.
 */
export function readMidiBytes(
  bytes: Uint8Array,
  file: string,
  options: MidiReadOptions = {},
): { tunes: Tune[]; warnings: CorpusWarning[] } {
  const midi = parseMidi(bytes, file);
  const warnings: CorpusWarning[] = [];
  const warn = (message: string): void => {
    warnings.push({ file, line: 1, message });
  };
  const { melodyTrack, chordTracks } = chooseTracks(describeTracks(midi), options, file);
  const timing = readTiming(midi, file, warn);
  const { meter, bar, ppq } = timing;
  const window = readWindow(midi, timing, options, file, warn);
  const quantize = options.quantize ?? true;

  const { line, merged } = mergeVoices(notesInWindow(trackNotes(midi, melodyTrack.index, ppq), window, quantize));
  if (line.length === 0) {
    const where = options.bars ? `bars ${options.bars[0]}..${options.bars[1] - 1}` : 'the file';
    throw new UserFacingError(
      `${file}: track ${melodyTrack.index} "${melodyTrack.name}" has no notes in ${where}`,
      file,
    );
  }
  if (merged > 0) warn(`track "${melodyTrack.name}": ${merged} overlapping notes merged into one melodic line`);

  const melodyEnd = options.bars ? window.length : Math.ceil(line[line.length - 1].end / bar - TIME_EPSILON) * bar;
  const notes = melodyWithRests(line, melodyEnd, bar, quantize);
  const barStarts: number[] = [];
  for (let t = 0; t < Math.min(window.length, melodyEnd) - TIME_EPSILON; t += bar) barStarts.push(t);

  const chordSource = chordTracks.flatMap((t) => notesInWindow(trackNotes(midi, t.index, ppq), window, quantize));
  const key =
    keyFromSignature(midi) ??
    guessKey([...line, ...chordSource].map((n) => ({ pitch: n.pitch, duration: n.end - n.start })));

  const tune: Tune = {
    file,
    id: `track ${melodyTrack.index} "${melodyTrack.name}"${options.bars ? ` bars ${options.bars[0]}-${options.bars[1] - 1}` : ''}`,
    title: midi.name.trim() || basename(file, extname(file)),
    line: 1,
    meter,
    key,
    notes,
    chords: chordsFromTracks(chordSource, barStarts, meter, melodyEnd, key),
    chordsInferred: false,
    barStarts,
  };
  if (timing.tempo !== undefined) tune.tempo = timing.tempo;
  if (tune.chords.length === 0) {
    tune.chords = inferChords(tune);
    tune.chordsInferred = true;
    warn(
      chordTracks.length === 0
        ? 'no chord track; chords inferred from the melody'
        : `no chords sounding in ${chordTracks.map((t) => `"${t.name}"`).join(', ')}; chords inferred from the melody`,
    );
  }
  return { tunes: [tune], warnings };
}
