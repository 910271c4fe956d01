/**
 * `jazz-solo generate --midi` as a user runs it: the band by default, `--no-band` for the solo alone,
 * `--lead` for the lead's instrument (its General MIDI program and track name).
 */
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Midi } from '@tonejs/midi';
import { assertRefused, ensureBuilt, runCli } from '../unit/helpers/cli';

let folder: string;
before(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'jazz-band-cli-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

function generateMidi(name: string, ...extra: string[]): Midi {
  const file = join(folder, name);
  const run = runCli([
    'generate',
    '--seed',
    '7',
    '--steps',
    '40',
    '--key',
    'Bb',
    '--out',
    join(folder, `${name}.abc`),
    '--midi',
    file,
    ...extra,
  ]);
  assert.equal(run.status, 0, run.stderr);
  return new Midi(readFileSync(file));
}

test('generate --midi writes the lead with bass, comping and drums, in the right key', () => {
  const midi = generateMidi('band.mid');
  assert.deepEqual(
    midi.tracks.map((t) => t.name),
    ['Lead (Tenor sax)', 'Bass', 'Comping', 'Drums'],
  );
  assert.deepEqual(midi.tracks.map((t) => t.instrument.number).slice(0, 3), [66, 32, 0]);
  assert.equal(midi.tracks[3].channel, 9);
  assert.ok(midi.tracks.every((t) => t.notes.length > 0));
  assert.deepEqual([midi.header.keySignatures[0].key, midi.header.keySignatures[0].scale], ['Bb', 'major']);
});

test('--no-band writes the solo alone; --lead picks the instrument', () => {
  const alone = generateMidi('alone.mid', '--no-band', '--lead', 'trumpet');
  assert.deepEqual(
    alone.tracks.map((t) => [t.name, t.instrument.number]),
    [['Lead (Trumpet)', 56]],
  );
  const guitar = generateMidi('guitar.mid', '--lead', 'guitar');
  assert.equal(guitar.tracks[0].instrument.number, 26);
  assert.equal(guitar.tracks.length, 4);
});

test('an unknown lead instrument is refused in one line', () => {
  assertRefused(runCli(['generate', '--lead', 'banjo', '--midi', join(folder, 'x.mid')]), '--lead', /tenor-sax/);
});
