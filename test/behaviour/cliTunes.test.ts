// `jazz-solo tunes` and `generate --tune / --ireal / --choruses`, run in-process with a recording io: what a
// user types and reads, including "did you mean" for a misspelt title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { findCommand } from '../../src/cli/commands';
import type { CommandIo } from '../../src/cli/io';
import { irealbLink, irealbSong } from '../unit/helpers/ireal';

async function run(command: string, argv: string[]): Promise<{ out: string; err: string }> {
  const def = findCommand(command)!;
  let out = '';
  let err = '';
  const io: CommandIo = {
    out: async (text) => void (out += text),
    err: (text) => void (err += text),
    writeFile: () => assert.fail('no file is written'),
    progressBar: () => undefined,
  };
  await def.run(parseArgs(argv, def), io);
  return { out, err };
}

test('`tunes` lists the forms and the standards with composer, year, key, meter, tempo and form', async () => {
  const { out } = await run('tunes', []);
  assert.match(out, /^Forms:\n {2}Blues \(traditional form\): F, 4\/4, 140 bpm, 12 bars A, Medium Swing$/m);
  assert.match(out, /^ {2}Body and Soul \(Johnny Green, 1930\): Db, 4\/4, 66 bpm, 32 bars A A B A, Ballad$/m);
  assert.match(out, /^Standards \(public domain in the US\):$/m);
  const json = JSON.parse((await run('tunes', ['--json'])).out);
  assert.ok(json.tunes.length >= 39);
  assert.deepEqual(
    json.tunes.find((t: { title: string }) => t.title === 'Jazz Waltz'),
    {
      title: 'Jazz Waltz',
      kind: 'form',
      composer: 'traditional form',
      key: 'Bb',
      tempo: 150,
      meter: '3/4',
      style: 'Jazz Waltz',
      bars: 16,
      form: 'A B',
    },
  );
});

test('`generate --tune` finds the tune in any case, plays its whole form once, and says so', async () => {
  const { out, err } = await run('generate', ['--tune', 'JAZZ waltz', '--seed', '3']);
  assert.match(out, /^T:Jazz Waltz$/m);
  assert.match(out, /^M:3\/4$/m);
  assert.match(out, /^Q:1\/4=150$/m);
  assert.match(err, /, 1 chorus of "Jazz Waltz" \(16 bars\)/);
  const two = await run('generate', ['--tune', 'blues', '--choruses', '2', '--seed', '3', '--json']);
  assert.equal(JSON.parse(two.out).bars, 24);
  assert.equal(JSON.parse(two.out).choruses, 2);
});

test('a misspelt or ambiguous title, or a tune with --chords, --meter or --steps, is one clear message', async () => {
  await assert.rejects(run('generate', ['--tune', 'boddy and sol']), {
    message: 'no tune "boddy and sol" in the library; did you mean "Body and Soul"? (`jazz-solo tunes` lists them)',
  });
  await assert.rejects(
    run('generate', ['--tune', 'xyzzy plugh']),
    /: no tune "xyzzy plugh" in the library \(`jazz-solo tunes` lists them\)$/,
  );
  await assert.rejects(
    run('generate', ['--tune', 'georgia']),
    /fits several tunes in the library: Georgia on My Mind, Sweet Georgia Brown/,
  );
  await assert.rejects(run('generate', ['--tune', 'blues', '--chords', '| C |']), /--chords, not both/);
  await assert.rejects(run('generate', ['--tune', 'blues', '--meter', '3/4']), /a tune brings its own meter/);
  await assert.rejects(run('generate', ['--tune', 'blues', '--steps', '10', '--choruses', '2']), /not both/);
});

test('`--ireal` reads a link or a file; a playlist needs --tune, and `tunes --ireal` lists it', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'jazz-ireal-'));
  try {
    const link = irealbLink(
      [
        irealbSong({ title: 'Tune One', key: 'F', music: '{*AT44F^7XyQ|G-7 C7LZ}', tempo: 140 }),
        irealbSong({ title: 'Meter Change', music: '[T44C   |T24G7   Z' }),
      ],
      'Two Charts',
    );
    const file = join(folder, 'list.html');
    writeFileSync(file, `<html><a href="${link}">Two Charts</a></html>`);
    const listed = await run('tunes', ['--ireal', file]);
    assert.equal(
      listed.out,
      '"Two Charts": 2 chart(s), 1 playable\n' +
        '  Tune One (Some Composer): F, 4/4, 140 bpm, 4 bars A A, Medium Swing\n' +
        '  Meter Change: cannot play: the meter changes from 4/4 to 2/4 at written bar 2: a progression keeps one meter\n',
    );
    await assert.rejects(run('generate', ['--ireal', file]), /holds 2 charts: name one with --tune/);
    const { out } = await run('generate', ['--ireal', file, '--tune', 'tune one', '--seed', '1']);
    assert.match(out, /^T:Tune One$/m);
    assert.match(out, /"Fmaj7"/);
    await assert.rejects(run('generate', ['--ireal', file, '--tune', 'meter']), /"Meter Change": the meter changes/);
    await assert.rejects(run('generate', ['--ireal', file, '--tune', 'tune onne']), /did you mean "Tune One"\?/);
    const single = irealbLink([irealbSong({ title: 'Alone', key: 'Bb', music: '[Bb6XyQ|F7XyQZ' })]);
    assert.match((await run('generate', ['--ireal', single, '--seed', '2'])).out, /^T:Alone$/m);
    await assert.rejects(run('generate', ['--ireal', join(folder, 'missing.txt')]), /no such file/);
    writeFileSync(join(folder, 'empty.txt'), 'nothing to see');
    await assert.rejects(run('tunes', ['--ireal', join(folder, 'empty.txt')]), /no irealb:\/\/ or irealbook:\/\/ link/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
