/**
 * `jazz-solo generate --musicxml --svg --pdf` and `jazz-solo export FILE.abc` as a user runs them: the files
 * written, the ABC and the MusicXML telling the same solo, and every bad target refused in one line before
 * anything is written (a folder, a symbolic link, a device), the old file untouched.
 */
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRefused, ensureBuilt, runCli } from '../unit/helpers/cli';
import { readMusicXmlText } from '../../src/core/formats/musicxml/reader';
import { readAbcText } from '../../src/core/formats/abcReader';

let folder: string;
before(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'jazz-export-cli-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

test('generate writes the ABC, MusicXML with the band, and the sheet as SVG and PDF', () => {
  const file = (name: string) => join(folder, name);
  const run = runCli([
    'generate',
    '--seed',
    '9',
    '--steps',
    '60',
    '--out',
    file('solo.abc'),
    '--musicxml',
    file('solo.musicxml'),
    '--svg',
    file('solo.svg'),
    '--pdf',
    file('solo.pdf'),
    '--paper',
    'letter',
  ]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /wrote .*solo\.abc and .*solo\.musicxml and .*solo\.svg and .*solo\.pdf/);
  const xml = readMusicXmlText(readFileSync(file('solo.musicxml'), 'utf8'), 'solo.musicxml');
  assert.deepEqual(
    xml.parts.map((p) => p.name),
    ['Tenor sax', 'Bass', 'Piano', 'Drums'],
  );
  const abc = readAbcText(readFileSync(file('solo.abc'), 'utf8'), 'solo.abc').tunes[0];
  const pitched = (notes: Array<{ pitch: number | null; start: number; duration: number }>) =>
    notes.filter((n) => n.pitch !== null).map((n) => [n.pitch, +n.start.toFixed(3), +n.duration.toFixed(3)]);
  assert.deepEqual(pitched(xml.tunes[0].notes), pitched(abc.notes));
  assert.ok(readFileSync(file('solo.svg'), 'utf8').startsWith('<svg '));
  assert.ok(readFileSync(file('solo.pdf')).subarray(0, 8).toString('latin1').startsWith('%PDF-1.4'));
});

test('export turns any ABC tune into MusicXML (the lead alone with --no-band) and a PDF sheet', () => {
  const abc = join(folder, 'tune.abc');
  writeFileSync(
    abc,
    'X:1\nT:Blue Monk Sketch\nM:4/4\nL:1/8\nK:Bb\n"Bb7"B2 c^c d2 B2|"Eb7"e2 =e2 f4|"Bb7"(3BcB A2 z4|]\n',
  );
  const out = join(folder, 'tune.musicxml');
  const run = runCli(['export', abc, '--musicxml', out, '--no-band', '--pdf', join(folder, 'tune.pdf')]);
  assert.equal(run.status, 0, run.stderr);
  const read = readMusicXmlText(readFileSync(out, 'utf8'), out);
  assert.equal(read.parts.length, 1);
  assert.equal(read.tunes[0].title, 'Blue Monk Sketch');
  assert.deepEqual(
    read.tunes[0].chords.map((c) => c.chord.symbol),
    ['Bb7', 'Eb7', 'Bb7'],
  );
  assert.ok(existsSync(join(folder, 'tune.pdf')));
});

test('bad targets and missing outputs are refused in one line, before anything is written', () => {
  const abc = join(folder, 'refused.abc');
  writeFileSync(abc, 'X:1\nT:t\nM:4/4\nL:1/8\nK:C\n"C"cdef gabc|]\n');
  const kept = join(folder, 'kept.musicxml');
  writeFileSync(kept, 'old');
  const link = join(folder, 'link.pdf');
  symlinkSync(kept, link);
  const dir = join(folder, 'a-folder.svg');
  mkdirSync(dir);
  const before = readdirSync(folder).sort();
  assertRefused(runCli(['export', abc, '--musicxml', kept, '--pdf', link]), 'link.pdf', /symbolic link/);
  assertRefused(runCli(['export', abc, '--svg', dir]), 'a-folder.svg', /folder/);
  assertRefused(runCli(['export', abc, '--pdf', '/dev/null']), '/dev/null', /device/);
  assertRefused(runCli(['export', abc]), 'export', /--musicxml FILE, --svg FILE, --pdf FILE/);
  assertRefused(runCli(['export', join(folder, 'missing.abc'), '--pdf', join(folder, 'x.pdf')]), 'missing.abc');
  assertRefused(runCli(['generate', '--musicxml', '-']), '--musicxml');
  assert.equal(readFileSync(kept, 'utf8'), 'old');
  assert.deepEqual(readdirSync(folder).sort(), before, 'nothing half-written');
});
