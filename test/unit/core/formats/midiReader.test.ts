import { test } from 'node:test';
import { listMidiTracks, defaultMelodyTrack, defaultChordTracks } from '../../../../src/core/formats/midi/tracks';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Midi } from '@tonejs/midi';
import { formatValue, tuneToValues } from '../../../../src/core/solo/grammar';
import { readMidiBytes } from '../../../../src/core/formats/midiReader';
import { MelodyNote } from '../../../../src/core/types';
import { buildVocabulary } from '../../../../src/core/solo/vocabulary';
import { METHENY_PARTS, missingShared, sharedFile } from '../../helpers/shared';

const PPQ = 480;

interface TrackSpec {
  name: string;
  channel: number;
  program?: number;
  /** [pitch, start, duration] in quarter notes. */
  notes: Array<[number, number, number]>;
}

function buildMidi(
  tracks: TrackSpec[],
  header: { key?: string; meter?: [number, number]; tempo?: number } = {},
): Uint8Array {
  const midi = new Midi();
  if (header.tempo !== undefined) midi.header.setTempo(header.tempo);
  if (header.meter) midi.header.timeSignatures.push({ ticks: 0, timeSignature: header.meter });
  if (header.key) midi.header.keySignatures.push({ ticks: 0, key: header.key, scale: 'major' });
  midi.header.update();
  for (const spec of tracks) {
    const track = midi.addTrack();
    track.name = spec.name;
    track.channel = spec.channel;
    if (spec.program !== undefined) track.instrument.number = spec.program;
    for (const [pitch, start, duration] of spec.notes) {
      track.addNote({ midi: pitch, ticks: Math.round(start * PPQ), durationTicks: Math.round(duration * PPQ) });
    }
  }
  return midi.toArray();
}

const LEAD: TrackSpec = {
  name: 'Lead',
  channel: 0,
  program: 65,
  notes: [
    [72, 0, 1], // two voices: C5 is cut when A4 comes in at 0.5
    [69, 0.5, 1],
    [74, 2, 2], // after a half-beat rest
    [76, 4 + 6 / PPQ, 1], // played a hair late: snaps to the bar line
    [77, 6, 1], // after a one-beat rest
    [79, 7, 2], // across the bar line
    [81, 9, 1], // with a lower note struck together: the top note is the melody
    [77, 9, 1],
    [84, 10, 0.5],
  ],
};
const COMP: TrackSpec = {
  name: 'Comp',
  channel: 1,
  program: 0,
  notes: [
    [65, 0, 4],
    [69, 0, 4],
    [72, 0, 4], // F
    [70, 4, 2],
    [74, 4, 2],
    [77, 4, 2], // Bb
    [72, 6, 2],
    [76, 6, 2],
    [79, 6, 2],
    [82, 6, 2], // C7
    [65, 8, 4],
    [69, 8, 4],
    [72, 8, 4], // F
  ],
};
const DRUMS: TrackSpec = {
  name: 'Drums',
  channel: 9,
  notes: [
    [36, 0, 0.5],
    [38, 1, 0.5],
    [36, 2, 0.5],
    [38, 3, 0.5],
  ],
};

const SONG = buildMidi([LEAD, COMP, DRUMS], { key: 'F', meter: [4, 4], tempo: 100 });

const melodyOf = (notes: MelodyNote[]): Array<[number | null, number, number]> =>
  notes.map((n) => [n.pitch, Math.round(n.start * 1000) / 1000, Math.round(n.duration * 1000) / 1000]);

test('listMidiTracks describes each track; the defaults pick the lead line and the comping', () => {
  const tracks = listMidiTracks(SONG, 'song.mid');
  const byName = new Map(tracks.map((t) => [t.name, t]));
  assert.deepEqual([...byName.keys()], ['Lead', 'Comp', 'Drums']);
  assert.equal(byName.get('Lead')?.noteCount, 9);
  assert.equal(byName.get('Lead')?.program, 65);
  assert.equal(byName.get('Drums')?.isDrum, true);
  assert.equal(byName.get('Comp')?.isDrum, false);
  assert.equal(byName.get('Comp')?.monophonicRatio, 0);
  assert.ok(byName.get('Lead')!.monophonicRatio > 0.5 && byName.get('Lead')!.monophonicRatio < 1);
  const melody = defaultMelodyTrack(tracks);
  assert.equal(melody?.name, 'Lead');
  assert.deepEqual(
    defaultChordTracks(tracks, melody).map((t) => t.name),
    ['Comp'],
  );
});

test('readMidiBytes: meter, tempo, key, a monophonic melody with rests, chords per half bar', () => {
  const { tunes, warnings } = readMidiBytes(SONG, 'song.mid');
  assert.equal(tunes.length, 1);
  const tune = tunes[0];
  assert.deepEqual(tune.meter, { numerator: 4, denominator: 4 });
  assert.equal(tune.tempo, 100);
  assert.deepEqual(tune.key, { tonic: 5, mode: 'major', name: 'F' });
  assert.deepEqual(tune.barStarts, [0, 4, 8]);
  assert.deepEqual(melodyOf(tune.notes), [
    [72, 0, 0.5],
    [69, 0.5, 1],
    [null, 1.5, 0.5],
    [74, 2, 2],
    [76, 4, 1],
    [null, 5, 1],
    [77, 6, 1],
    [79, 7, 2],
    [81, 9, 1],
    [84, 10, 0.5],
    [null, 10.5, 1.5],
  ]);
  assert.equal(tune.chordsInferred, false);
  assert.deepEqual(
    tune.chords.map((c) => [c.start, c.chord.symbol]),
    [
      [0, 'F'],
      [4, 'Bb'],
      [6, 'C7'],
      [8, 'F'],
    ],
  );
  assert.ok(warnings.some((w) => /overlapping notes merged/.test(w.message)));
  assert.ok(tune.id.includes('Lead'));
});

test('readMidiBytes: a bar window keeps what starts inside it, shifted to 0 and cut at the end', () => {
  const { tunes } = readMidiBytes(SONG, 'song.mid', { melodyTrack: 'lead', chordTracks: ['Comp'], bars: [1, 2] });
  const tune = tunes[0];
  assert.deepEqual(tune.barStarts, [0]);
  assert.deepEqual(melodyOf(tune.notes), [
    [76, 0, 1],
    [null, 1, 1],
    [77, 2, 1],
    [79, 3, 1],
  ]);
  assert.deepEqual(
    tune.chords.map((c) => [c.start, c.chord.symbol]),
    [
      [0, 'Bb'],
      [2, 'C7'],
    ],
  );
  // E over Bb: a semitone from F; F over C7: mixolydian; G over C7: the fifth.
  assert.deepEqual(tuneToValues(tune).map(formatValue), ['A,1.000', 'R,1.000', 'S,1.000,<M3,M-2>', 'C,1.000,<P4,m-2>']);
});

test('readMidiBytes: tracks chosen by index, chords from no track are inferred', () => {
  const { tunes, warnings } = readMidiBytes(SONG, 'song.mid', { melodyTrack: 0, chordTracks: [] });
  assert.equal(tunes[0].chordsInferred, true);
  assert.ok(tunes[0].chords.length > 0);
  assert.equal(tunes[0].chords[0].start, 0);
  assert.ok(warnings.some((w) => /chords inferred/.test(w.message)));
});

test('readMidiBytes: short staccato gaps are articulation, longer ones rests', () => {
  const bytes = buildMidi([
    {
      name: 'Line',
      channel: 0,
      notes: [
        [60, 0, 0.23],
        [62, 0.5, 0.23],
        [64, 1, 0.23],
        [65, 2, 2],
      ],
    },
  ]);
  const tune = readMidiBytes(bytes, 'staccato.mid').tunes[0];
  assert.deepEqual(melodyOf(tune.notes), [
    [60, 0, 0.5],
    [62, 0.5, 0.5],
    [64, 1, 0.25],
    [null, 1.25, 0.75],
    [65, 2, 2],
  ]);
  assert.deepEqual(tune.meter, { numerator: 4, denominator: 4 });
  const literal = readMidiBytes(bytes, 'staccato.mid', { quantize: false }).tunes[0];
  assert.equal(literal.notes.filter((n) => n.pitch === null).length, 3);
});

test('readMidiBytes guesses the key when the file has no key signature', () => {
  const tonicHeavy: Array<[number, number, number]> = [
    [67, 0, 2],
    [69, 2, 1],
    [71, 3, 1],
    [72, 4, 1],
    [74, 5, 1],
    [76, 6, 2],
    [74, 8, 1],
    [72, 9, 1],
    [71, 10, 1],
    [67, 11, 1],
    [62, 12, 2],
    [67, 14, 2],
  ];
  const tune = readMidiBytes(buildMidi([{ name: 'Tune', channel: 0, notes: tonicHeavy }]), 'g.mid').tunes[0];
  assert.deepEqual(tune.key, { tonic: 7, mode: 'major', name: 'G' });
});

test('bad MIDI input raises one clear UserFacingError naming the file', () => {
  const failsWith = (bytes: Uint8Array, pattern: RegExp, options = {}) =>
    assert.throws(
      () => readMidiBytes(bytes, 'bad.mid', options),
      (error: unknown) =>
        error instanceof UserFacingError && error.message.startsWith('bad.mid: ') && pattern.test(error.message),
      String(pattern),
    );
  failsWith(new TextEncoder().encode('X:1\nT:Not MIDI\nK:C\nCDEF|\n'), /not a MIDI file/);
  failsWith(
    new Uint8Array([0x4d, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, 1, 0, 9, 1, 0xe0, 0x4d]),
    /truncated \(its header announces 9 tracks, 0 are there\)/,
  );
  failsWith(buildMidi([{ name: 'Empty', channel: 0, notes: [] }]), /has no notes/);
  failsWith(buildMidi([DRUMS]), /only drum tracks/);
  failsWith(
    SONG,
    /no track "Guitar"; the tracks with notes are 0 "Lead", 1 "Comp", 2 "Drums \(drums\)"|no track "Guitar".*"Lead".*"Comp"/,
    { melodyTrack: 'Guitar' },
  );
  failsWith(SONG, /no track 7/, { melodyTrack: 7 });
  failsWith(SONG, /no track "Strings"/, { chordTracks: ['Comp', 'Strings'] });
  failsWith(SONG, /past the end of the file \(3 bars\)/, { bars: [5, 8] });
  failsWith(SONG, /two whole numbers/, { bars: [2, 1] });
  assert.throws(() => listMidiTracks(new Uint8Array([1, 2, 3]), 'x.mid'), /x\.mid: not a MIDI file/);
});

test('damaged MIDI: no tracks, cut short, a tempo of 0, an impossible meter: one line each, never a crash', () => {
  const failsWith = (bytes: Uint8Array, pattern: RegExp) =>
    assert.throws(
      () => readMidiBytes(bytes, 'bad.mid'),
      (error: unknown) => {
        assert.ok(error instanceof UserFacingError, String(error));
        assert.ok(error.message.startsWith('bad.mid: '), error.message);
        assert.match(error.message, pattern);
        assert.doesNotMatch(error.message, /undefined|Cannot read/);
        return true;
      },
    );
  failsWith(new Uint8Array([0x4d, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, 1, 0, 0, 1, 0xe0]), /has no tracks/);
  const whole = buildMidi(
    [
      {
        name: 'Lead',
        channel: 0,
        notes: Array.from({ length: 32 }, (_, i) => [60 + (i % 7), i / 2, 0.5] as [number, number, number]),
      },
    ],
    { tempo: 120 },
  );
  for (const cut of [20, 40, whole.length - 10, whole.length - 1]) failsWith(whole.subarray(0, cut), /truncated/);

  const zeroTempo = Uint8Array.from(whole);
  const tempoAt = Buffer.from(zeroTempo).indexOf(Buffer.from([0xff, 0x51, 0x03]));
  assert.ok(tempoAt > 0, 'the file has a tempo event');
  zeroTempo.set([0, 0, 0], tempoAt + 3);
  failsWith(zeroTempo, /tempo of 0/);

  // MIDI stores the denominator as a power of two, so 7/3 cannot be written; 99/4 can.
  const oddMeter = buildMidi(
    [
      {
        name: 'Lead',
        channel: 0,
        notes: [
          [60, 0, 1],
          [62, 1, 1],
        ],
      },
    ],
    { meter: [99, 4] },
  );
  failsWith(oddMeter, /unsupported meter 99\/4/);
});

const methenyPath = sharedFile(...METHENY_PARTS);

test(
  'fidelity: the reference solo (Guitar over Piano, bars 120-136) gives a reference-sized corpus',
  { skip: methenyPath ? false : missingShared(...METHENY_PARTS) },
  (t) => {
    const bytes = new Uint8Array(readFileSync(methenyPath!));
    const tracks = listMidiTracks(bytes, 'original_metheny.mid');
    assert.equal(defaultMelodyTrack(tracks)?.name, 'Guitar');
    const { tunes } = readMidiBytes(bytes, 'original_metheny.mid', {
      melodyTrack: 'Guitar',
      chordTracks: ['Piano'],
      bars: [120, 137],
    });
    const tune = tunes[0];
    assert.equal(tune.barStarts.length, 17);
    assert.deepEqual(tune.meter, { numerator: 4, denominator: 4 });
    assert.equal(tune.key.name, 'G');
    assert.equal(Math.round(tune.tempo!), 112);
    assert.equal(tune.chordsInferred, false);
    const total = tune.notes.reduce((sum, n) => sum + n.duration, 0);
    assert.ok(Math.abs(total - 68) < 1e-6, `the melody fills the 17 bars exactly (got ${total})`);
    const values = tuneToValues(tune).map(formatValue);
    const distinct = buildVocabulary(values).values.length;
    t.diagnostic(`values ${values.length}, distinct ${distinct}, chords ${tune.chords.length}`);
    assert.ok(values.length >= 190 && values.length <= 210, `values: ${values.length}`);
    assert.ok(distinct >= 70 && distinct <= 100, `distinct values: ${distinct}`);
  },
);

const tune1Parts = ['data', 'reference', 'tune1.midi'];
const tune1Path = sharedFile(...tune1Parts);

test(
  'the reference test tune (tune1.midi) reads as its 10 notes',
  { skip: tune1Path ? false : missingShared(...tune1Parts) },
  () => {
    const { tunes } = readMidiBytes(new Uint8Array(readFileSync(tune1Path!)), 'tune1.midi');
    const notes = tunes[0].notes.filter((n) => n.pitch !== null);
    assert.equal(notes.length, 10);
    assert.equal(tunes[0].chordsInferred, true);
    assert.equal(tuneToValues(tunes[0]).length, tunes[0].notes.length);
  },
);
