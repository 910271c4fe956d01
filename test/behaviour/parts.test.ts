/**
 * A transposing part as a player and a listener check it: the written notes, key signature and chord symbols
 * all sit the part's interval above concert pitch, and what sounds (the reader's tune, the MIDI file, abc2midi)
 * is the same as the concert part's. abcm2ps and abc2midi must read every part.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Midi } from '@tonejs/midi';
import { writeAbc } from '../../src/core/formats/abcWriter';
import { readAbcText } from '../../src/core/formats/abcReader';
import { realiseSolo } from '../../src/core/solo/realiser';
import { parseKeyName, parseProgression, DEFAULT_PROGRESSION } from '../../src/core/theory/progression';
import { parseChordSymbol } from '../../src/core/theory/chords';
import { abcKey } from '../../src/core/theory/spelling';
import { abcToMidi } from '../../src/engine';
import type { GrammarValue, ValueType, Solo } from '../../src/core/types';
import { PARTS, PART_NAMES, type Part } from '../../src/shared/parts';
import { seededRuns } from '../unit/helpers/property';

const PROGRESSIONS = [
  parseProgression(DEFAULT_PROGRESSION),
  parseProgression('| Dm7 G7 | Cmaj7 | F#m7b5 B7 | Em7 A7 |'),
  parseProgression('| Ebmaj7 | Cm7 | Ab7 G7/B | Fm7 Bb7 |'),
  parseProgression('| Cmaj7 A7 | Dm7 | G7 |', { numerator: 3, denominator: 4 }),
];
const KEYS = ['F', 'C', 'Eb', 'A', 'F#m', 'Db', 'DDor', 'B', 'E'].map((name) => parseKeyName(name));
const DURATIONS = [0.167, 0.25, 0.333, 0.5, 0.75, 1, 1.5, 2];

const valueArbitrary: fc.Arbitrary<GrammarValue> = fc
  .record({
    type: fc.constantFrom<ValueType>('C', 'C', 'S', 'A', 'X', 'R'),
    duration: fc.constantFrom(...DURATIONS),
    interval: fc.option(fc.integer({ min: -7, max: 7 }), { freq: 4 }),
  })
  .map(({ type, duration, interval }) =>
    interval === null ? { type, duration } : { type, duration, window: { upper: interval + 3, lower: interval - 3 } },
  );

const soloArbitrary: fc.Arbitrary<Solo> = fc
  .tuple(
    fc.array(valueArbitrary, { minLength: 4, maxLength: 40 }),
    fc.constantFrom(...PROGRESSIONS),
    fc.constantFrom(...KEYS),
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  )
  .map(([values, progression, key, seed]) => realiseSolo(values, progression, { seed, key, range: [52, 84] }));

/** The part as written on the page: the same text without the line that makes it sound at concert pitch. */
function asWritten(abc: string): string {
  return abc.replace(/^%%MIDI transpose .*\n/m, '');
}

function firstTune(abc: string) {
  const { tunes } = readAbcText(abc, 'part.abc');
  assert.equal(tunes.length, 1);
  return tunes[0];
}

function checkPart(solo: Solo, part: Part): void {
  const concertAbc = writeAbc(solo);
  const partAbc = writeAbc(solo, { part });
  const concert = firstTune(concertAbc);
  const written = firstTune(asWritten(partAbc));
  const sounding = firstTune(partAbc);

  // Written = concert + interval, note for note, rests and rhythm alike.
  assert.deepEqual(
    written.notes.map((n) => [n.start, n.duration, n.pitch === null ? null : n.pitch - part.interval]),
    concert.notes.map((n) => [n.start, n.duration, n.pitch]),
    `${part.name}: every written note is ${part.interval} semitones above concert`,
  );
  // Chord symbols and the key signature move alike, by the same interval.
  assert.equal(written.chords.length, concert.chords.length);
  written.chords.forEach((chord, i) => {
    const original = concert.chords[i];
    assert.equal(chord.start, original.start);
    assert.equal(
      chord.chord.root,
      (original.chord.root + part.interval) % 12,
      `${chord.chord.symbol} over ${original.chord.symbol}`,
    );
    assert.equal(chord.chord.quality, original.chord.quality);
    assert.ok(parseChordSymbol(chord.chord.symbol), `${chord.chord.symbol} is a chord symbol`);
  });
  assert.equal(written.key.tonic, (concert.key.tonic + part.interval) % 12, `K:${written.key.name}`);
  assert.equal(written.key.mode, concert.key.mode);
  assert.ok(Math.abs(abcKey(written.key).fifths) <= 6, `K:${written.key.name} has at most six accidentals`);
  assert.equal(/^K:.*clef=bass/m.test(partAbc), part.clef === 'bass');

  // What sounds is the concert tune: notes, chords and key read back at concert pitch.
  assert.deepEqual(
    sounding.notes.map((n) => [n.start, n.duration, n.pitch]),
    concert.notes.map((n) => [n.start, n.duration, n.pitch]),
  );
  assert.deepEqual(
    sounding.chords.map((c) => [c.start, c.chord.root, c.chord.quality]),
    concert.chords.map((c) => [c.start, c.chord.root, c.chord.quality]),
  );
  assert.equal(sounding.key.tonic, concert.key.tonic);
  // The MIDI file, band included, is byte for byte the concert one.
  assert.deepEqual(abcToMidi(partAbc, 'part.abc'), abcToMidi(concertAbc, 'part.abc'), `${part.name}: same MIDI`);
}

test('property: every part of random solos is written its interval above concert and sounds at concert pitch', () => {
  fc.assert(
    fc.property(soloArbitrary, fc.constantFrom(...PART_NAMES), (solo, name) => checkPart(solo, PARTS[name])),
    seededRuns(120),
  );
});

function hasTool(name: string): boolean {
  return spawnSync(name, ['-V'], { encoding: 'utf8' }).error === undefined;
}

/**
 * Every note abc2midi writes, sorted: the melody's (channel 1) exactly, the accompaniment it makes from the chord
 * symbols as pitch classes (abc2midi voices chords in a fixed register, so a transposed symbol may land an
 * octave away).
 */
function midiNotes(file: string): string[] {
  const midi = new Midi(readFileSync(file));
  return midi.tracks
    .flatMap((track) =>
      track.notes.map((note) =>
        track.channel === 0 ? `${note.ticks}:${note.midi}` : `${note.ticks}:pc${note.midi % 12}`,
      ),
    )
    .sort();
}

test('abcm2ps engraves and abc2midi plays every part; abc2midi hears the concert notes', (t) => {
  const missing = ['abcm2ps', 'abc2midi'].filter((tool) => !hasTool(tool));
  if (missing.length > 0) {
    t.skip(`${missing.join(' and ')} not installed (Debian packages abcm2ps, abcmidi)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'jazz-parts-'));
  try {
    const solo = fc.sample(soloArbitrary, { seed: 7, numRuns: 1 })[0];
    const concertFile = join(dir, 'concert.abc');
    writeFileSync(concertFile, writeAbc(solo));
    const concertMidi = join(dir, 'concert.mid');
    assert.equal(spawnSync('abc2midi', [concertFile, '-o', concertMidi], { encoding: 'utf8' }).status, 0);
    for (const name of PART_NAMES) {
      const file = join(dir, `${name}.abc`);
      writeFileSync(file, writeAbc(solo, { part: PARTS[name] }));
      const engraved = spawnSync('abcm2ps', ['-q', '-O', join(dir, `${name}.ps`), file], { encoding: 'utf8' });
      assert.equal(engraved.status, 0, `abcm2ps ${name}: ${engraved.stderr}`);
      assert.doesNotMatch(engraved.stdout + engraved.stderr, /error/i, `abcm2ps reads ${name} without errors`);
      const midiFile = join(dir, `${name}.mid`);
      const played = spawnSync('abc2midi', [file, '-o', midiFile], { encoding: 'utf8' });
      assert.equal(played.status, 0, `abc2midi ${name}: ${played.stdout}`);
      assert.doesNotMatch(played.stdout + played.stderr, /error/i, `abc2midi reads ${name} without errors`);
      assert.deepEqual(midiNotes(midiFile), midiNotes(concertMidi), `abc2midi plays ${name} at concert pitch`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
