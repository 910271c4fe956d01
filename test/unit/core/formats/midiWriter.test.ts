import { test } from 'node:test';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Midi } from '@tonejs/midi';
import fc from 'fast-check';
import { parseValue } from '../../../../src/core/solo/grammar';
import { DEFAULT_PROGRESSION, parseKeyName, parseProgression } from '../../../../src/core/theory/progression';
import { mergeTies, realiseSolo } from '../../../../src/core/solo/realiser';
import { midiKeySignature, writeMidi } from '../../../../src/core/formats/midiWriter';
import { GrammarValue, KeySignature, Progression, Solo, ValueType } from '../../../../src/core/types';
import { arrangeBandForSolo, DEFAULT_BAND_OPTIONS, abcToMidi } from '../../../../src/engine';
import { LEAD_INSTRUMENTS, LeadInstrument } from '../../../../src/core/band';

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

const leadNotes = (solo: Solo) => mergeTies(solo.notes).filter((n) => n.pitch !== null);

test('property: the solo alone, read back by @tonejs/midi: one lead track, tempo, meter, every note in place', () => {
  fc.assert(
    fc.property(
      fc.array(valueArbitrary, { minLength: 1, maxLength: 40 }),
      fc.constantFrom(...PROGRESSIONS),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.integer({ min: 60, max: 240 }),
      (values, progression, seed, tempo) => {
        const solo = realiseSolo(values, progression, { seed, tempo, title: 'Property solo' });
        const midi = new Midi(writeMidi(solo));
        assert.equal(Math.round(midi.header.tempos[0].bpm), tempo);
        assert.deepEqual(midi.header.timeSignatures[0].timeSignature, [
          progression.meter.numerator,
          progression.meter.denominator,
        ]);
        assert.equal(midi.header.name, 'Property solo');
        assert.deepEqual(
          midi.tracks.map((t) => t.name),
          ['Lead (Tenor sax)'],
          'the solo alone',
        );
        const ppq = midi.header.ppq;
        const toFileTicks = (ticks: number) => (ticks * ppq) / TICKS_PER_QUARTER;
        assert.deepEqual(
          midi.tracks[0].notes.map((n) => [n.midi, n.ticks, n.durationTicks]),
          leadNotes(solo).map((n) => [n.pitch, toFileTicks(n.startTick), toFileTicks(n.durationTicks)]),
          'the melody straight, ties merged into single notes',
        );
      },
    ),
    { numRuns: 150, seed: 31337 },
  );
});

test('a note tied over three bars is one MIDI note; the subtitle is kept as text', () => {
  const solo = realiseSolo(['R,2.000', 'C,9.000', 'S,1.000'].map(parseValue), PROGRESSIONS[0], {
    seed: 6,
    subtitle: 'model default, seed 6',
  });
  assert.equal(solo.notes.filter((n) => n.valueIndex === 1).length, 3, 'the realiser split it at two bar lines');
  const midi = new Midi(writeMidi(solo));
  assert.equal(midi.tracks[0].notes.length, 2);
  assert.equal(midi.tracks[0].notes[0].durationTicks, 9 * midi.header.ppq);
  assert.ok(
    midi.header.meta.some((m) => m.text === 'model default, seed 6'),
    'the subtitle is kept as text',
  );
});

/** Key name → [sharps (negative: flats), minor], as any key-signature table gives them. */
const KEYS: Array<[string, number, boolean]> = [
  ['C', 0, false],
  ['G', 1, false],
  ['D', 2, false],
  ['A', 3, false],
  ['E', 4, false],
  ['B', 5, false],
  ['F#', 6, false],
  ['C#', 7, false],
  ['F', -1, false],
  ['Bb', -2, false],
  ['Eb', -3, false],
  ['Ab', -4, false],
  ['Db', -5, false],
  ['Gb', -6, false],
  ['Cb', -7, false],
  ['Am', 0, true],
  ['Em', 1, true],
  ['F#m', 3, true],
  ['D#m', 6, true],
  ['Dm', -1, true],
  ['Cm', -3, true],
  ['Bbm', -5, true],
  ['Ebm', -6, true],
  ['Abm', -7, true],
  ['G#m', 5, true],
  ['Ddor', 0, false],
  ['Gmix', 0, false],
  ['Fmix', -2, false],
];

test('key signatures: sharps or flats and the minor flag, for every key', () => {
  for (const [name, sharps, minor] of KEYS) {
    assert.deepEqual(midiKeySignature(parseKeyName(name)), { sharps, minor }, name);
  }
});

function soloIn(key: KeySignature, progression = PROGRESSIONS[0]): Solo {
  const values = Array.from({ length: 48 }, (_, i) => parseValue(i % 5 === 4 ? 'R,0.500' : 'C,0.500'));
  return realiseSolo(values, progression, { seed: 3, key, tempo: 150, title: 'Band test', swing: 2 / 3 });
}

test('the band file: lead, bass, comping and drums tracks with names, channels, programs and every note', () => {
  const solo = soloIn(parseKeyName('Bb'));
  const band = arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, countIn: true, seed: 5 });
  for (const lead of Object.keys(LEAD_INSTRUMENTS) as LeadInstrument[]) {
    const midi = new Midi(writeMidi(solo, { band, lead, swing: 0.5 }));
    assert.deepEqual(midi.tracks.map((t) => t.name).slice(1), ['Bass', 'Comping', 'Drums']);
    const [leadTrack, bass, comping, drums] = midi.tracks;
    assert.equal(leadTrack.instrument.number, LEAD_INSTRUMENTS[lead], `${lead} program`);
    assert.equal(bass.instrument.number, 32, 'acoustic bass');
    assert.equal(comping.instrument.number, 0, 'piano');
    assert.equal(drums.channel, 9, 'drums on channel 10');
    assert.ok(drums.instrument.percussion);
    assert.ok(
      [leadTrack, bass, comping].every((t) => t.channel !== 9),
      'only the drums on channel 10',
    );
    assert.equal(midi.header.keySignatures[0].key, 'Bb');
    assert.equal(midi.header.keySignatures[0].scale, 'major');
    for (const [track, part] of [
      [bass, 'bass'],
      [comping, 'comping'],
      [drums, 'drums'],
    ] as const) {
      const expected = band.notes.filter((n) => n.part === part);
      assert.deepEqual(
        track.notes.map((n) => [n.midi, n.ticks, n.velocity]).sort((a, b) => a[1] - b[1] || a[0] - b[0]),
        expected.map((n) => [n.pitch, n.startTick * 40, n.velocity / 127]).sort((a, b) => a[1] - b[1] || a[0] - b[0]),
        part,
      );
    }
    // The lead starts after the count-in bar.
    assert.equal(leadTrack.notes[0].ticks, (band.countInTicks + leadNotes(solo)[0].startTick) * 40);
  }
});

test('swing: the off-beat eighth is played late by the same rule for the lead and the band', () => {
  const solo = soloIn(parseKeyName('F'));
  const band = arrangeBandForSolo(solo, {
    ...DEFAULT_BAND_OPTIONS,
    parts: { bass: false, comping: false, drums: true },
  });
  const midi = new Midi(writeMidi(solo, { band }));
  const ppq = midi.header.ppq;
  // Triplet swing (the solo's own 2/3): an eighth on the 'and' moves from half the beat to two thirds of it.
  const offBeatLead = midi.tracks[0].notes.filter((n) => n.ticks % ppq !== 0);
  assert.ok(offBeatLead.length > 0);
  for (const note of offBeatLead) assert.equal(note.ticks % ppq, 320, 'lead off-beat at 2/3 of the beat');
  const skipNotes = midi.tracks[1].notes.filter((n) => n.midi === 51 && n.ticks % ppq !== 0);
  assert.ok(skipNotes.length > 0);
  for (const note of skipNotes) assert.equal(note.ticks % ppq, 320, 'ride skip note at 2/3 of the beat');
  // In 6/8 nothing swings.
  const compound = realiseSolo(
    Array.from({ length: 12 }, () => parseValue('C,0.500')),
    PROGRESSIONS[2],
    { seed: 1, swing: 0.66 },
  );
  const straight = new Midi(writeMidi(compound));
  assert.ok(straight.tracks[0].notes.every((n) => n.ticks % (ppq / 2) === 0));
});

test('abcToMidi: any ABC tune with its band, or alone', () => {
  const abc = ['X:1', 'T:Blues head', 'M:4/4', 'L:1/8', 'Q:1/4=180', 'K:F', '"F7"FAcA "Bb7"dBGB|"F7"A2F2 z4|', ''].join(
    '\n',
  );
  const banded = new Midi(abcToMidi(abc, 'blues.abc'));
  assert.deepEqual(
    banded.tracks.map((t) => t.name),
    ['Lead (Tenor sax)', 'Bass', 'Comping', 'Drums'],
  );
  assert.equal(Math.round(banded.header.tempos[0].bpm), 180);
  assert.equal(banded.header.keySignatures[0].key, 'F');
  const alone = new Midi(abcToMidi(abc, 'blues.abc', { band: false, lead: 'trumpet' }));
  assert.deepEqual(
    alone.tracks.map((t) => [t.name, t.instrument.number]),
    [['Lead (Trumpet)', 56]],
  );
});

/** Debian's midicsv, installed when missing (the CI runs as root); undefined when it cannot be had. */
function findMidicsv(): string | undefined {
  const has = () => spawnSync('midicsv', ['-u'], { encoding: 'utf8' }).error === undefined;
  if (has()) return 'midicsv';
  const asRoot = process.getuid?.() === 0;
  const install = asRoot
    ? ['apt-get', ['install', '-y', '-q', 'midicsv']]
    : ['sudo', ['-n', 'apt-get', 'install', '-y', '-q', 'midicsv']];
  spawnSync(install[0] as string, install[1] as string[], { stdio: 'ignore', timeout: 120_000 });
  return has() ? 'midicsv' : undefined;
}

const midicsv = findMidicsv();

test(
  'a third-party reader (midicsv) sees the tracks, drums on channel 10, the key signature, tempo and meter',
  { skip: midicsv ? false : 'skipped: midicsv is not installed and could not be installed (apt-get install midicsv)' },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'jazz-midi-'));
    try {
      for (const [name, sharps, minor] of [
        ['Ebm', -6, true],
        ['A', 3, false],
        ['Ddor', 0, false],
      ] as const) {
        const progression = parseProgression('| Dm7 G7 | Cmaj7 | A7 |', { numerator: 3, denominator: 4 });
        const solo = { ...soloIn(parseKeyName(name), progression), tempo: 125 };
        const band = arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, seed: 2 });
        const file = join(folder, `${name}.mid`);
        writeFileSync(file, writeMidi(solo, { band, lead: 'guitar' }));
        const run = spawnSync(midicsv!, [file], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const rows = run.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(',').map((cell) => cell.trim()));
        const of = (type: string) => rows.filter((r) => r[2] === type);
        assert.deepEqual(of('Header')[0].slice(3), ['1', '5', '480'], 'format 1, a tempo track and four players');
        assert.deepEqual(
          of('Key_signature')[0].slice(3),
          [String(sharps), minor ? '"minor"' : '"major"'],
          `${name} key signature`,
        );
        assert.equal(of('Tempo')[0][3], String(Math.round(60_000_000 / 125)), 'tempo in microseconds per quarter');
        assert.deepEqual(of('Time_signature')[0].slice(3, 5), ['3', '2'], '3/4 (denominator as a power of two)');
        assert.deepEqual(
          of('Title_t')
            .slice(1)
            .map((r) => r[3]),
          ['"Lead (Jazz guitar)"', '"Bass"', '"Comping"', '"Drums"'],
        );
        const channelsOf = (track: string) =>
          new Set(
            of('Note_on_c')
              .filter((r) => r[0] === track)
              .map((r) => r[3]),
          );
        assert.deepEqual([...channelsOf('5')], ['9'], 'the drums track plays on channel 10 (9 counted from 0)');
        assert.ok(!channelsOf('2').has('9') && !channelsOf('3').has('9') && !channelsOf('4').has('9'));
        const programs = of('Program_c').map((r) => [r[0], r[4]]);
        assert.deepEqual(
          programs.slice(0, 3),
          [
            ['2', '26'],
            ['3', '32'],
            ['4', '0'],
          ],
          'guitar, acoustic bass, piano',
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
