import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Midi } from '@tonejs/midi';
import fc from 'fast-check';
import { mod12, parseChordSymbol } from '../../src/core/chords';
import { parseValue } from '../../src/core/grammar';
import { DEFAULT_PROGRESSION, parseProgression } from '../../src/core/progression';
import { mergeTies, realiseSolo } from '../../src/core/realiser';
import { voiceChord, writeMidi } from '../../src/core/midiWriter';
import { GrammarValue, Progression, Solo, TICKS_PER_QUARTER, ValueType, barQuarters } from '../../src/core/types';

const PROGRESSIONS: Progression[] = [
  parseProgression(DEFAULT_PROGRESSION),
  parseProgression('| Dm7 G7 | Cmaj7 | Bb/D A7b9 |'),
  parseProgression('| Am E7 | Am |', { numerator: 6, denominator: 8 }),
  parseProgression('| Cmaj7 | Dm7 G7 |', { numerator: 3, denominator: 4 }),
];

const valueArbitrary: fc.Arbitrary<GrammarValue> = fc.record({
  type: fc.constantFrom<ValueType>('C', 'S', 'A', 'X', 'R'),
  duration: fc.constantFrom(0.083, 0.25, 0.333, 0.5, 0.667, 1, 1.5, 2.5, 3.667),
});

function checkMidi(solo: Solo): void {
  const midi = new Midi(writeMidi(solo));
  const ppq = midi.header.ppq;
  assert.equal(Math.round(midi.header.tempos[0].bpm), solo.tempo);
  assert.deepEqual(midi.header.timeSignatures[0].timeSignature, [solo.meter.numerator, solo.meter.denominator]);
  assert.equal(midi.header.name, solo.title);

  const melody = midi.tracks.find((t) => t.name === 'Melody');
  const chords = midi.tracks.find((t) => t.name === 'Chords');
  assert.ok(melody && chords, 'a Melody and a Chords track');
  const toFileTicks = (ticks: number) => (ticks * ppq) / TICKS_PER_QUARTER;
  assert.deepEqual(
    melody.notes.map((n) => [n.midi, n.ticks, n.durationTicks]),
    mergeTies(solo.notes)
      .filter((n) => n.pitch !== null)
      .map((n) => [n.pitch, toFileTicks(n.startTick), toFileTicks(n.durationTicks)]),
    'the melody, ties merged into single notes',
  );

  // Every chord sounds its pitch classes from its start to the next chord, in a middle register.
  const end = solo.bars * barQuarters(solo.meter) * ppq;
  solo.chords.forEach((timed, i) => {
    const start = Math.round(timed.start * ppq);
    const stop = i + 1 < solo.chords.length ? Math.round(solo.chords[i + 1].start * ppq) : end;
    const sounding = chords.notes.filter((n) => n.ticks === start);
    assert.deepEqual(
      [...new Set(sounding.map((n) => mod12(n.midi)))].sort((a, b) => a - b),
      [...new Set([...timed.chord.pitchClasses, ...(timed.chord.bass === undefined ? [] : [timed.chord.bass])].map(mod12))].sort((a, b) => a - b),
      `${timed.chord.symbol} at ${timed.start}`,
    );
    for (const note of sounding) {
      assert.equal(note.ticks + note.durationTicks, stop, `${timed.chord.symbol} lasts until the next chord`);
      assert.ok(note.midi >= 36 && note.midi <= 76, `chord note ${note.midi} in a middle register`);
    }
  });
  assert.equal(chords.notes.length, solo.chords.reduce((sum, c) => sum + voiceChord(c.chord).length, 0));
}

test('property: MIDI re-read with @tonejs/midi gives the solo and a chord track', () => {
  fc.assert(
    fc.property(
      fc.array(valueArbitrary, { minLength: 1, maxLength: 40 }),
      fc.constantFrom(...PROGRESSIONS),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.integer({ min: 60, max: 240 }),
      (values, progression, seed, tempo) => checkMidi(realiseSolo(values, progression, { seed, tempo, title: 'Property solo' })),
    ),
    { numRuns: 200, seed: 31337 },
  );
});

test('a note tied over three bars is one MIDI note', () => {
  const solo = realiseSolo(['R,2.000', 'C,9.000', 'S,1.000'].map(parseValue), PROGRESSIONS[0], { seed: 6, subtitle: 'model default, seed 6' });
  assert.equal(solo.notes.filter((n) => n.valueIndex === 1).length, 3, 'the realiser split it at two bar lines');
  const midi = new Midi(writeMidi(solo));
  const melody = midi.tracks.find((t) => t.name === 'Melody')!;
  assert.equal(melody.notes.length, 2);
  assert.equal(melody.notes[0].durationTicks, 9 * midi.header.ppq);
  assert.ok(midi.header.meta.some((m) => m.text === 'model default, seed 6'), 'the subtitle is kept as text');
});

test('chord voicings: root in the octave below middle C, tones stacked above, slash bass below', () => {
  const g7 = voiceChord(parseChordSymbol('G7')!);
  assert.deepEqual(g7, [55, 59, 62, 65]);
  const slash = voiceChord(parseChordSymbol('Bb/D')!);
  assert.equal(slash[0], 38);
  assert.deepEqual(slash.slice(1).map(mod12), [10, 2, 5]);
  for (const symbol of ['C13', 'F#m7b5', 'Ebmaj7#11', 'A7b9']) {
    const voicing = voiceChord(parseChordSymbol(symbol)!);
    assert.ok(voicing.every((p, i) => i === 0 || p > voicing[i - 1]), `${symbol} ascends`);
    assert.ok(voicing[0] >= 48 && voicing[0] < 60 && voicing[voicing.length - 1] < 84, `${symbol}: ${voicing}`);
  }
});
