import { after, before, test } from 'node:test';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertTrainable, loadCorpus } from '../../../../src/core/io/corpus';

import { missingShared, NOTTINGHAM_PARTS, sharedFile } from '../../helpers/shared';

let workDir = '';
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
});
after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A fresh folder under the test's temp dir. */
function folder(name: string): string {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function smallTune(n: number): string {
  const notes = ['C', 'D', 'E', 'F', 'G', 'A', 'B', 'c'];
  const a = notes[n % 8];
  const b = notes[(n * 3 + 1) % 8];
  return `X:${n}\nT:Tune ${n}\nM:4/4\nL:1/8\nK:C\n"C"${a}2 ${b}2 "G7"${b}${a} z2|"Am"${a}4 "Dm7"${b}4|]\n`;
}

/** The rejection of a promise, which must be a UserFacingError. */
async function userError(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UserFacingError, `expected a UserFacingError, got ${String(error)}`);
    assert.doesNotMatch(error.message, /\n/, 'one line');
    return error;
  }
  assert.fail('expected an error');
}

test(
  'the Nottingham corpus: all 14 files load, every tune is used',
  { skip: !sharedFile(...NOTTINGHAM_PARTS) && missingShared(...NOTTINGHAM_PARTS) },
  async () => {
    const dir = sharedFile(...NOTTINGHAM_PARTS)!;
    const abcFiles = readdirSync(dir).filter((f) => f.endsWith('.abc'));
    const texts = abcFiles.map((f) => readFileSync(join(dir, f), 'utf8'));
    const tuneHeaders = texts.reduce((sum, text) => sum + (text.match(/^X:/gm) ?? []).length, 0);
    // Tunes with no quoted chord symbol at all (annotations start with ^ _ < > @).
    const withoutChords = texts
      .flatMap((text) => text.split(/\n(?=X:)/).filter((t) => /^X:/.test(t)))
      .filter((tune) => !/"[^^_<>@"\s][^"]*"/.test(tune)).length;

    const started = Date.now();
    const corpus = await loadCorpus([dir]);
    const seconds = (Date.now() - started) / 1000;

    assert.equal(corpus.files.length, 14);
    assert.ok(corpus.files.every((f) => f.kind === 'abc'));
    assert.deepEqual(
      corpus.files.map((f) => f.path),
      [...corpus.files.map((f) => f.path)].sort(),
    );
    assert.equal(corpus.tunes.length + corpus.skippedTunes, tuneHeaders);
    assert.equal(corpus.inferredChordTunes, withoutChords);
    assert.ok(corpus.values.length > 10 * corpus.tunes.length);
    assert.equal(corpus.tuneValueCounts.length, corpus.tunes.length);
    assert.equal(
      corpus.tuneValueCounts.reduce((a, b) => a + b, 0),
      corpus.values.length,
    );
    for (const warning of corpus.warnings) {
      assert.ok(warning.file.startsWith(dir));
      assert.ok(warning.line !== undefined && warning.line > 0);
    }
    console.log(
      `nottingham: ${corpus.files.length} files, ${corpus.tunes.length} tunes, ${corpus.values.length} values ` +
        `(${new Set(corpus.values).size} distinct), ${corpus.warnings.length} warnings, ` +
        `${corpus.inferredChordTunes} inferred-chord tunes, ${corpus.skippedTunes} skipped, ${seconds.toFixed(2)} s`,
    );
  },
);

test('a folder of 1,000 small files loads in sorted, repeatable order', async () => {
  const dir = folder('thousand');
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < 1000; i++) {
    const where = i % 10 === 0 ? join(dir, 'sub') : dir;
    writeFileSync(join(where, `tune-${i}.abc`), smallTune(i));
  }
  writeFileSync(join(dir, 'notes.txt'), 'not part of the corpus');

  const first = await loadCorpus([dir]);
  assert.equal(first.files.length, 1000);
  assert.equal(first.tunes.length, 1000);
  assert.equal(first.warnings.length, 0, JSON.stringify(first.warnings.slice(0, 3)));
  const relative = first.files.map((f) => f.path.slice(dir.length + 1));
  assert.deepEqual(relative, [...relative].sort());
  assert.ok(relative.includes(join('sub', 'tune-10.abc')));
  // Tunes follow file order.
  assert.deepEqual(
    first.tunes.map((t) => t.file),
    first.files.map((f) => f.path),
  );

  const second = await loadCorpus([dir]);
  assert.deepEqual(second.values, first.values);
  assert.equal(second.sha256, first.sha256);
});

test('file hashes are the sha256 of the bytes and the corpus hash follows the content', async () => {
  const dir = folder('hashes');
  const file = join(dir, 'a.abc');
  writeFileSync(file, smallTune(1));
  const before = await loadCorpus([file]);
  assert.equal(before.files[0].sha256, createHash('sha256').update(readFileSync(file)).digest('hex'));
  assert.equal(before.files[0].bytes, readFileSync(file).length);
  writeFileSync(file, smallTune(2));
  const afterChange = await loadCorpus([file]);
  assert.notEqual(afterChange.sha256, before.sha256);
});

test('UTF-8 BOM and CRLF line ends read like plain LF', async () => {
  const dir = folder('bom');
  const lf = join(dir, 'lf.abc');
  const crlf = join(dir, 'crlf.abc');
  const text = smallTune(3) + '\n' + smallTune(4);
  writeFileSync(lf, text);
  writeFileSync(crlf, '\uFEFF' + text.replace(/\n/g, '\r\n'));
  const a = await loadCorpus([lf]);
  const b = await loadCorpus([crlf]);
  assert.deepEqual(b.values, a.values);
  assert.deepEqual(
    b.tunes.flatMap((t) => t.notes.map((n) => [n.source?.line, n.source?.column])),
    a.tunes.flatMap((t) => t.notes.map((n) => [n.source?.line, n.source?.column])),
  );
});

test('a tune-level problem is a warning while other tunes are usable', async () => {
  const dir = folder('mixed');
  const file = join(dir, 'book.abc');
  const text = `${smallTune(1)}\nX:2\nT:No notes\nK:C\n\n${smallTune(3)}`;
  writeFileSync(file, text);
  const silentLine = text.split('\n').indexOf('X:2') + 1;
  const corpus = await loadCorpus([file]);
  assert.equal(corpus.tunes.length, 2);
  assert.equal(corpus.skippedTunes, 1);
  assert.ok(
    corpus.warnings.some((w) => w.file === file && w.line === silentLine && /no notes/.test(w.message)),
    JSON.stringify(corpus.warnings),
  );
});

test(
  'ABC and MIDI files load together',
  { skip: !sharedFile('data', 'reference', 'tune1.midi') && missingShared('data', 'reference', 'tune1.midi') },
  async () => {
    const dir = folder('both');
    writeFileSync(join(dir, 'a.abc'), smallTune(5));
    writeFileSync(join(dir, 'b.mid'), readFileSync(sharedFile('data', 'reference', 'tune1.midi')!));
    const corpus = await loadCorpus([dir]);
    assert.deepEqual(
      corpus.files.map((f) => f.kind),
      ['abc', 'midi'],
    );
    assert.equal(corpus.tunes.length, 2);
  },
);

test('an unreadable MIDI file among good files is a warning; alone it is an error naming it', async () => {
  const dir = folder('badmidi');
  const good = join(dir, 'good.abc');
  const broken = join(dir, 'broken.mid');
  writeFileSync(good, smallTune(6));
  writeFileSync(broken, Buffer.concat([Buffer.from('MThd'), Buffer.alloc(20, 0xff)]));
  const corpus = await loadCorpus([dir]);
  assert.equal(corpus.tunes.length, 1);
  assert.ok(corpus.warnings.some((w) => w.file === broken));
  const error = await userError(loadCorpus([broken]));
  assert.match(error.message, /broken\.mid/);
});

test('bad input: one clear error naming the file', async (t) => {
  const dir = folder('bad');

  await t.test('a path that does not exist', async () => {
    const missing = join(dir, 'nope.abc');
    const error = await userError(loadCorpus([missing]));
    assert.equal(error.message, `${missing} does not exist`);
  });

  await t.test('an empty file', async () => {
    const empty = join(dir, 'empty.abc');
    writeFileSync(empty, '');
    assert.equal((await userError(loadCorpus([empty]))).message, `${empty} is empty`);
  });

  await t.test('NUL bytes in a .abc', async () => {
    const binary = join(dir, 'binary.abc');
    writeFileSync(binary, Buffer.from([0x58, 0x3a, 0x31, 0x0a, 0x00, 0x01, 0x02]));
    assert.match((await userError(loadCorpus([binary]))).message, new RegExp(`^${escape(binary)} is not UTF-8 text`));
  });

  await t.test('invalid UTF-8 in a .abc', async () => {
    const latin1 = join(dir, 'latin1.abc');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('X:1\nT:Caf'), Buffer.from([0xe9]), Buffer.from('\nK:C\nCDEF|\n')]),
    );
    assert.match((await userError(loadCorpus([latin1]))).message, new RegExp(`^${escape(latin1)} is not UTF-8 text`));
  });

  await t.test('non-MIDI bytes in .mid and .midi', async () => {
    for (const name of ['text.mid', 'text.MIDI']) {
      const fake = join(dir, name);
      writeFileSync(fake, 'X:1\nT:not midi\nK:C\nCDEF|\n');
      const error = await userError(loadCorpus([fake]));
      assert.match(error.message, new RegExp(`^${escape(fake)} is not a MIDI file`));
    }
  });

  await t.test('a file over the size limit names the limit', async () => {
    const big = join(dir, 'big.abc');
    writeFileSync(big, smallTune(1).repeat(40));
    const error = await userError(loadCorpus([big], { maxFileBytes: 1024 }));
    assert.match(error.message, new RegExp(`^${escape(big)} is .* over the 1 KB limit`));
  });

  await t.test('a 50 MB file is refused with the default 10 MB limit', async () => {
    const huge = join(dir, 'huge.abc');
    writeFileSync(huge, smallTune(1));
    truncateSync(huge, 50 * 1024 * 1024);
    const error = await userError(loadCorpus([huge]));
    assert.equal(error.message, `${huge} is 50 MB, over the 10 MB limit for a corpus file`);
  });

  await t.test('a folder without .abc/.mid/.midi', async () => {
    const empty = folder('bad/nothing');
    writeFileSync(join(empty, 'readme.txt'), 'hello');
    assert.equal(
      (await userError(loadCorpus([empty]))).message,
      `${empty} has no .abc, .mid, .midi, .csv, .musicxml or .mxl files`,
    );
  });

  await t.test('a file of another kind', async () => {
    const text = join(dir, 'tune.txt');
    writeFileSync(text, smallTune(1));
    assert.match(
      (await userError(loadCorpus([text]))).message,
      /tune\.txt is not an ABC, MIDI, MeloSpy or MusicXML file/,
    );
  });

  await t.test('a corpus with no usable tune', async () => {
    const noNotes = join(dir, 'silent.abc');
    writeFileSync(noNotes, 'X:1\nT:Silence\nM:4/4\nL:1/4\nK:C\nz4|z4|]\n');
    assert.match((await userError(loadCorpus([noNotes]))).message, new RegExp(`^no notes found in ${escape(noNotes)}`));
    const words = join(dir, 'words.abc');
    writeFileSync(words, '% just a comment\n');
    assert.match((await userError(loadCorpus([words]))).message, /^no notes found in .*words\.abc/);
  });
});

test('assertTrainable needs Tx + 1 values and more than one distinct value', () => {
  const thirty = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'C,0.500' : 'S,0.250'));
  assert.throws(
    () => assertTrainable(thirty, 30),
    (error: unknown) =>
      error instanceof UserFacingError &&
      error.message === 'the corpus has 30 values; training needs at least 31 (Tx + 1)',
  );
  const same = Array.from({ length: 40 }, () => 'C,0.500');
  assert.throws(
    () => assertTrainable(same, 30),
    (error: unknown) => error instanceof UserFacingError && /only one distinct value/.test(error.message),
  );
  assert.doesNotThrow(() => assertTrainable([...thirty, 'R,1.000'], 30));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('directives abcjs does not know (%%propagate-accidentals, %%abc-include) are ignored with a warning; the tune is kept', async () => {
  const dir = folder('directives');
  const body = 'M:4/4\nL:1/8\nK:C\n"C"CDEF GABc|"G7"dcBA GFED|"C"C2E2 G2c2|\n';
  for (const directive of ['%%propagate-accidentals pitch', '%%abc-include common.abh']) {
    const file = join(dir, `${directive.slice(2, 8)}.abc`);
    writeFileSync(file, `X:1\nT:With a directive\n${directive}\n${body}`);
    const plain = join(dir, 'plain.abc');
    writeFileSync(plain, `X:1\nT:With a directive\n${body}`);
    const corpus = await loadCorpus([file]);
    assert.equal(corpus.tunes.length, 1);
    assert.deepEqual(corpus.values, (await loadCorpus([plain])).values, 'the directive changes nothing read');
    const name = directive.split(' ')[0];
    assert.ok(
      corpus.warnings.some((w) => w.line === 3 && w.message.includes(`${name} is not supported; ignored`)),
      JSON.stringify(corpus.warnings),
    );
  }
});

test('meters such as M:7/3 or M:99/4 are refused with one line naming the file and the meter', async () => {
  const dir = folder('meters');
  for (const meter of ['7/3', '99/4', '5/6']) {
    const file = join(dir, `m${meter.replace('/', '-')}.abc`);
    writeFileSync(file, `X:1\nT:Odd\nM:${meter}\nL:1/8\nK:C\n"C"CDEF GABc|"G7"dcBA GFED|\n`);
    const error = await userError(loadCorpus([file]));
    assert.ok(error.message.includes(file));
    assert.ok(error.message.includes(`M:${meter}, which is not supported`), error.message);
  }
});
