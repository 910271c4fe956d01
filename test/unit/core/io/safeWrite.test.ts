/**
 * The one function every file write goes through: a fresh, unguessable temporary file beside the target,
 * never a followed link or a replaced device, flushed and renamed, and nothing left behind on any failure.
 */
import { UserFacingError } from '../../../../src/shared/errors';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs, {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import {
  setCommitListener,
  temporaryNameFor,
  writeFailure,
  writeFileSafely,
  writeNewFile,
} from '../../../../src/core/io/safeWrite';

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'jazz-safe-write-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

function folder(): string {
  return mkdtempSync(join(root, 'case-'));
}

function refusal(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof UserFacingError, String(error));
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes('\n'));
    return true;
  });
}

describe('writeFileSafely', () => {
  test('writes and replaces a regular file, leaving only the target', () => {
    const dir = folder();
    const target = join(dir, 'solo.abc');
    writeFileSafely(target, 'first');
    writeFileSafely(target, new Uint8Array([65, 66]));
    assert.equal(readFileSync(target, 'utf8'), 'AB');
    assert.deepEqual(readdirSync(dir), ['solo.abc']);
  });

  test('temporary names are hidden, beside the target, and never the same twice', () => {
    const target = join(folder(), 'solo.abc');
    const names = new Set(Array.from({ length: 50 }, () => temporaryNameFor(target)));
    assert.equal(names.size, 50);
    for (const name of names) {
      assert.equal(dirname(name), dirname(target));
      assert.match(name, /\/\.solo\.abc\.[0-9a-f]{18}\.tmp$/);
      assert.doesNotMatch(name, new RegExp(String(process.pid)), 'the process id does not make it guessable');
    }
  });

  test('an exclusive create never reuses a planted file or follows a planted link', () => {
    const dir = folder();
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep');
    const planted = join(dir, 'planted');
    symlinkSync(victim, planted);
    assert.throws(() => writeNewFile(planted, 'evil'), { code: 'EEXIST' });
    writeFileSync(join(dir, 'existing'), 'old');
    assert.throws(() => writeNewFile(join(dir, 'existing'), 'new'), { code: 'EEXIST' });
    assert.equal(readFileSync(victim, 'utf8'), 'keep');
    assert.equal(readFileSync(join(dir, 'existing'), 'utf8'), 'old');
  });

  test('a symlink, a folder, a FIFO or a device as target is refused and left as it is', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real'), 'real');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    mkdirSync(join(dir, 'sub'));
    refusal(() => writeFileSafely(join(dir, 'link'), 'x', '--out'), /--out .*link: it is a symbolic link/);
    refusal(() => writeFileSafely(join(dir, 'sub'), 'x', '--out'), /it is a folder/);
    const hasFifo = spawnSync('mkfifo', [join(dir, 'pipe')]).status === 0;
    if (hasFifo) {
      refusal(() => writeFileSafely(join(dir, 'pipe'), 'x'), /it is a named pipe/);
      assert.ok(lstatSync(join(dir, 'pipe')).isFIFO());
    }
    refusal(() => writeFileSafely('/dev/null', 'x'), /it is a device/);
    assert.equal(readFileSync(join(dir, 'real'), 'utf8'), 'real');
    assert.ok(lstatSync(join(dir, 'link')).isSymbolicLink());
    assert.deepEqual(readdirSync(dir).sort(), ['link', ...(hasFifo ? ['pipe'] : []), 'real', 'sub']);
  });

  test('a socket as target is refused and left listening', async () => {
    const socketPath = join(folder(), 'jazz.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      refusal(() => writeFileSafely(socketPath, 'x', '--out'), /--out .*jazz\.sock: it is a socket/);
      assert.ok(lstatSync(socketPath).isSocket());
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  for (const [code, expected] of [
    ['ENOSPC', /the disk is full/],
    ['EIO', /input\/output error/],
    ['EDQUOT', /the disk is full/],
  ] as const) {
    test(`a ${code} while writing: one line, the old file kept, no temporary file left`, () => {
      const dir = folder();
      const target = join(dir, 'solo.mid');
      writeFileSync(target, 'old');
      const realWrite = fs.writeSync;
      (fs as { writeSync: unknown }).writeSync = () => {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      };
      try {
        refusal(() => writeFileSafely(target, 'new'), expected);
      } finally {
        (fs as { writeSync: unknown }).writeSync = realWrite;
      }
      assert.equal(readFileSync(target, 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir), ['solo.mid']);
    });
  }

  test('a failing rename (a read-only folder at the last moment) removes the temporary file', () => {
    const dir = folder();
    const target = join(dir, 'report.html');
    const realRename = fs.renameSync;
    (fs as { renameSync: unknown }).renameSync = () => {
      throw Object.assign(new Error('EROFS: simulated'), { code: 'EROFS' });
    };
    try {
      refusal(() => writeFileSafely(target, '<html>'), /the filesystem is read-only/);
    } finally {
      (fs as { renameSync: unknown }).renameSync = realRename;
    }
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a missing folder or a file in the path: one line before anything is created', () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'x');
    refusal(() => writeFileSafely(join(dir, 'missing', 'a.abc'), 'x'), /the folder .*missing does not exist/);
    refusal(() => writeFileSafely(join(dir, 'file', 'a.abc'), 'x'), /is a file, not a folder/);
    refusal(() => writeFileSafely('', 'x'), /file name is empty/);
    assert.deepEqual(readdirSync(dir), ['file']);
  });

  test('a write is announced as one commit, so a stop waits for it', () => {
    const phases: string[] = [];
    setCommitListener((phase) => phases.push(phase));
    try {
      writeFileSafely(join(folder(), 'a.abc'), 'x');
    } finally {
      setCommitListener(undefined);
    }
    assert.deepEqual(phases, ['begin', 'end']);
  });

  test('file names with control characters stay on one line in messages', () => {
    const error = writeFailure(Object.assign(new Error('x'), { code: 'EACCES' }), '/tmp/a\nb.abc');
    assert.ok(error instanceof UserFacingError);
    assert.equal(error.message, 'cannot write /tmp/a\\nb.abc: permission denied; choose a folder you can write to');
  });
});
