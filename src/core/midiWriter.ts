/**
 * Writes a realised Solo as a Standard MIDI File (format 1) with @tonejs/midi:
 * tempo and time signature, a "Melody" track (tied pieces merged into one note) and a "Chords" track
 * sounding a close voicing of every chord symbol until the next one.
 *
 * No key-signature event is written: @tonejs/midi 2.0.28 encodes the key number off by the size of its
 * name table (index + 7 instead of index - 7), which would label an F-major solo as seven sharps.
 */
import { Midi } from '@tonejs/midi';
import { mergeTies } from './realiser';
import { mod12 } from './chords';
import { Chord, Solo, TICKS_PER_QUARTER, barQuarters } from './types';

/** Ticks per quarter note in the file (@tonejs/midi's default); the solo's 12 ticks scale by 40. */
const FILE_PPQ = 480;
const SCALE = FILE_PPQ / TICKS_PER_QUARTER;
/** General MIDI programs (0-based): electric guitar (jazz) as in the reference corpus, electric piano 1 for comping. */
const MELODY_PROGRAM = 26;
const CHORD_PROGRAM = 4;
/** The chord root sits in the octave below middle C, the other tones close above it. */
const CHORD_ROOT_LOWEST = 48;

/** MIDI pitches of a close voicing: root in C3..B3, each further tone the next one above; a slash bass below. */
export function voiceChord(chord: Chord): number[] {
  const root = CHORD_ROOT_LOWEST + mod12(chord.root);
  const pitches = [root];
  for (const pitchClass of chord.pitchClasses.slice(1)) {
    let pitch = root + mod12(pitchClass - chord.root);
    while (pitch <= pitches[pitches.length - 1]) pitch += 12;
    pitches.push(pitch);
  }
  if (chord.bass !== undefined && chord.bass !== chord.root) pitches.unshift(CHORD_ROOT_LOWEST - 12 + mod12(chord.bass));
  return pitches;
}

export function writeMidi(solo: Solo): Uint8Array {
  const midi = new Midi();
  midi.header.name = solo.title;
  midi.header.setTempo(solo.tempo);
  midi.header.timeSignatures.push({ ticks: 0, timeSignature: [solo.meter.numerator, solo.meter.denominator], measures: 0 });
  if (solo.subtitle) midi.header.meta.push({ type: 'text', text: solo.subtitle, ticks: 0 });
  midi.header.update();

  const melody = midi.addTrack();
  melody.name = 'Melody';
  melody.channel = 0;
  melody.instrument.number = MELODY_PROGRAM;
  for (const note of mergeTies(solo.notes)) {
    if (note.pitch === null) continue;
    melody.addNote({ midi: note.pitch, ticks: note.startTick * SCALE, durationTicks: note.durationTicks * SCALE, velocity: 0.8 });
  }

  const chords = midi.addTrack();
  chords.name = 'Chords';
  chords.channel = 1;
  chords.instrument.number = CHORD_PROGRAM;
  const endQuarters = solo.bars * barQuarters(solo.meter);
  const timed = [...solo.chords].sort((a, b) => a.start - b.start).filter((c) => c.start < endQuarters);
  timed.forEach((current, index) => {
    const end = index + 1 < timed.length ? timed[index + 1].start : endQuarters;
    const ticks = Math.round(current.start * FILE_PPQ);
    const durationTicks = Math.round(end * FILE_PPQ) - ticks;
    if (durationTicks <= 0) return;
    for (const pitch of voiceChord(current.chord)) chords.addNote({ midi: pitch, ticks, durationTicks, velocity: 0.55 });
  });

  return midi.toArray();
}
