/**
 * The CLI as a hostile or careless user drives it: targets that are not regular files, failing writes,
 * crafted model folders, signals during a long training, values out of range. Every case ends with status 2
 * and one line naming the file or option (or 130/143 for a stop), leaves every other file as it was, and
 * never hangs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR } from '../../src/engine';
import { assertRefused, CLI, ensureBuilt, IS_ROOT, runCli, runCliWithoutRoot } from '../unit/helpers/cli';
import { REPO_ROOT } from '../unit/helpers/shared';

let root: string;
before(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'jazz-hardening-'));
  // Cases run as "nobody" (when the tests run as root) must reach their folders.
  chmodSync(root, 0o755);
});
after(() => {
  // Folders made read-only by a test must be writable again to be removed.
  spawnSync('chmod', ['-R', 'u+w', root]);
  rmSync(root, { recursive: true, force: true });
});

function scratch(prefix: string): string {
  const dir = mkdtempSync(join(root, `${prefix}-`));
  chmodSync(dir, 0o755);
  return dir;
}

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

/** Names beside a target that a failed write could have left. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.tmp|saving|replaced/.test(name));
}

describe('writing --out, --midi and --html', () => {
  test('a symlink as target is refused; the file it points to keeps its bytes', () => {
    const dir = scratch('symlink');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'solo.abc'));
    assertRefused(runCli(['generate', '--seed', '1', '--out', join(dir, 'solo.abc')]), 'solo.abc', /symbolic link/);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(lstatSync(join(dir, 'solo.abc')).isSymbolicLink());
    assert.deepEqual(leftovers(dir), []);
  });

  test('a device (/dev/full, /dev/null) is refused and stays a device', () => {
    for (const device of ['/dev/full', '/dev/null']) {
      if (!existsSync(device)) continue;
      assertRefused(runCli(['generate', '--seed', '1', '--out', device]), device, /is a device/);
      assertRefused(runCli(['generate', '--seed', '1', '--midi', device]), device, /is a device/);
      assert.ok(statSync(device).isCharacterDevice(), `${device} is still a device`);
    }
  });

  test('a FIFO as target is refused at once (no hang) and stays a FIFO', (t) => {
    const dir = scratch('fifo');
    const fifo = join(dir, 'solo.mid');
    if (!mkfifo(fifo)) return t.skip('skipped: mkfifo is not available');
    const run = runCli(['generate', '--seed', '1', '--midi', fifo], { timeout: 20_000 });
    assertRefused(run, fifo, /named pipe/);
    assert.ok(lstatSync(fifo).isFIFO());
  });

  test('a folder as target is refused', () => {
    const dir = scratch('folder');
    mkdirSync(join(dir, 'solo.abc'));
    assertRefused(runCli(['generate', '--seed', '1', '--out', join(dir, 'solo.abc')]), 'solo.abc', /is a folder/);
    assertRefused(runCli(['evaluate', '--no-heldout', '--solos', '1', '--html', dir]), dir, /is a folder/);
  });

  test('a parent that is a file, or a folder that does not exist: one line, nothing written', () => {
    const dir = scratch('parent');
    writeFileSync(join(dir, 'file'), 'x');
    assertRefused(
      runCli(['generate', '--seed', '1', '--out', join(dir, 'file', 'solo.abc')]),
      'solo.abc',
      /not a folder/,
    );
    assertRefused(
      runCli(['generate', '--seed', '1', '--out', join(dir, 'missing', 'solo.abc')]),
      'missing',
      /does not exist/,
    );
    assert.deepEqual(readdirSync(dir), ['file']);
  });

  test('a read-only folder: "permission denied", no temporary file left', (t) => {
    const dir = scratch('readonly');
    chmodSync(dir, 0o555);
    const run = runCliWithoutRoot(['generate', '--seed', '1', '--out', join(dir, 'solo.abc')]);
    if ('skip' in run) return t.skip(run.skip);
    assertRefused(run, 'solo.abc', /permission denied/);
    chmodSync(dir, 0o755);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('an unreadable file or subfolder in a corpus folder: one line naming it', (t) => {
    const dir = scratch('unreadable');
    writeFileSync(join(dir, 'blues.abc'), 'X:1\nT:Blues\nM:4/4\nL:1/8\nK:F\n"F7"FAcA "Bb7"dcAF|"F7"A2c2 f4|\n');
    writeFileSync(join(dir, 'secret.abc'), 'X:1\nK:C\nCDEF|\n');
    chmodSync(join(dir, 'blues.abc'), 0o644);
    chmodSync(join(dir, 'secret.abc'), 0o000);
    const first = runCliWithoutRoot(['inspect', dir]);
    if ('skip' in first) return t.skip(first.skip);
    assertRefused(first, 'secret.abc', /cannot be read \(permission denied\)/);
    rmSync(join(dir, 'secret.abc'));
    mkdirSync(join(dir, 'private'), { mode: 0o700 });
    chmodSync(join(dir, 'private'), 0o000);
    const second = runCliWithoutRoot(['inspect', dir]);
    if ('skip' in second) return t.skip(second.skip);
    assertRefused(second, 'private', /cannot be read \(permission denied\)/);
    chmodSync(join(dir, 'private'), 0o755);
  });

  test('a read-only filesystem: "read-only", checked before any training starts', (t) => {
    if (!IS_ROOT) return t.skip('skipped: mounting a read-only filesystem needs root');
    const mount = scratch('rofs');
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', mount]).status !== 0) {
      return t.skip('skipped: this container cannot mount a tmpfs');
    }
    try {
      assertRefused(runCli(['generate', '--seed', '1', '--out', join(mount, 'solo.abc')]), 'solo.abc', /read-only/);
      const trained = runCli([
        'train',
        join(REPO_ROOT, 'corpus', 'blues.abc'),
        '--out',
        join(mount, 'model'),
        '--epochs',
        '50',
      ]);
      assertRefused(trained, 'model', /read-only/);
      assert.doesNotMatch(trained.stderr, /epoch/, 'refused before training');
    } finally {
      spawnSync('umount', [mount]);
    }
  });

  test('--out is checked before training: an impossible target is refused before the first epoch', () => {
    const dir = scratch('early');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const corpus = join(REPO_ROOT, 'corpus', 'blues.abc');
    for (const [out, expected] of [
      [join(dir, 'missing', 'model'), /does not exist/],
      [join(dir, 'notes.txt'), /not a folder/],
      [dir, /not a jazz model folder/],
    ] as const) {
      const run = runCli(['train', corpus, '--out', out, '--epochs', '100']);
      assertRefused(run, out, expected);
      assert.doesNotMatch(run.stderr, /epoch|corpus:/);
    }
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'mine');
  });

  test('stdout on a full disk (/dev/full): one line, status 2, no stack', (t) => {
    if (!existsSync('/dev/full')) return t.skip('skipped: no /dev/full');
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'generate', '--seed', '1'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      assertRefused(
        { status: run.status, signal: run.signal, stdout: '', stderr: run.stderr },
        'stdout',
        /disk is full/,
      );
    } finally {
      closeSync(full);
    }
  });

  test('stdout closed by its reader (EPIPE): one line, status 2, no stack', async () => {
    const child = spawn(process.execPath, [CLI, 'generate', '--seed', '1', '--steps', '10000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assertRefused({ status, signal: null, stdout: '', stderr }, 'stdout', /reader closed it/);
  });

  test('--out - writes the ABC to stdout', () => {
    const run = runCli(['generate', '--seed', '7', '--out', '-']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^X:1/m);
  });
});

/** A copy of the default model that a test may break. */
function modelCopy(): string {
  const dir = join(scratch('model'), 'm');
  cpSync(DEFAULT_MODEL_DIR, dir, { recursive: true });
  return dir;
}

/** metadata.json as the tests edit it: the fields they touch, typed loosely on purpose. */
interface MetadataJson {
  [field: string]: unknown;
  options: Record<string, unknown>;
  corpus: { files: Array<Record<string, unknown>> };
}

function editMetadata(dir: string, edit: (json: MetadataJson) => void): void {
  const file = join(dir, 'metadata.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}

describe('hostile model folders', () => {
  const generateWith = (dir: string) => runCli(['generate', '--seed', '1', '--model', dir], { timeout: 20_000 });

  test('weights.bin as a FIFO is refused at once, never waited on', (t) => {
    const dir = modelCopy();
    rmSync(join(dir, 'weights.bin'));
    if (!mkfifo(join(dir, 'weights.bin'))) return t.skip('skipped: mkfifo is not available');
    assertRefused(generateWith(dir), 'weights.bin', /named pipe, not a regular file/);
  });

  test('weights.bin linked to /dev/zero or /etc/passwd is refused as a link, nothing read', () => {
    for (const target of ['/dev/zero', '/etc/passwd']) {
      const dir = modelCopy();
      rmSync(join(dir, 'weights.bin'));
      symlinkSync(target, join(dir, 'weights.bin'));
      const run = generateWith(dir);
      assertRefused(run, 'weights.bin', /symbolic link/);
      assert.doesNotMatch(run.stderr, /\d{4,} bytes/, 'the size of the linked file is not reported');
    }
  });

  test('a metadata.json linked to, or holding, /etc/passwd never shows its contents', () => {
    const passwd = readFileSync('/etc/passwd', 'utf8');
    const firstLine = passwd.split('\n')[0];
    const linked = modelCopy();
    rmSync(join(linked, 'metadata.json'));
    symlinkSync('/etc/passwd', join(linked, 'metadata.json'));
    const run = generateWith(linked);
    assertRefused(run, 'metadata.json', /symbolic link/);
    const copied = modelCopy();
    writeFileSync(join(copied, 'metadata.json'), passwd);
    const copiedRun = generateWith(copied);
    assertRefused(copiedRun, 'metadata.json', /not valid JSON/);
    for (const stderr of [run.stderr, copiedRun.stderr]) assert.ok(!stderr.includes(firstLine.slice(0, 8)), stderr);
  });

  test('a hard link is read as the regular file it is, but sized first and never echoed', () => {
    const dir = modelCopy();
    const outside = join(root, `outside-${Date.now()}.json`);
    writeFileSync(outside, '{"secret": "do not show me"');
    rmSync(join(dir, 'metadata.json'));
    linkSync(outside, join(dir, 'metadata.json'));
    const run = generateWith(dir);
    assertRefused(run, 'metadata.json', /not valid JSON/);
    assert.doesNotMatch(run.stderr, /secret|do not show/);
  });

  test('weights of 1.9 GB and of 2 GB are refused by their size before any reading', () => {
    for (const bytes of [1.9e9, 2 ** 31 + 8]) {
      const dir = modelCopy();
      truncateSync(join(dir, 'weights.bin'), Math.round(bytes));
      const started = Date.now();
      const run = generateWith(dir);
      assertRefused(run, 'weights.bin', /bytes, more than the \d+ a jazz model's weights can need/);
      assert.ok(Date.now() - started < 15_000, 'refused without reading the file');
    }
  });

  test('a weights path outside the folder is refused', () => {
    const dir = modelCopy();
    const file = join(dir, 'model.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.weightsManifest[0].paths = ['../m/weights.bin'];
    writeFileSync(file, JSON.stringify(json));
    assertRefused(generateWith(dir), 'model.json', /outside the model folder/);
  });

  for (const [name, edit, expected] of [
    [
      'units 200000',
      (j: MetadataJson) => (j.options.units = 200000),
      /"options\.units" must be a whole number from 1 to 1024/,
    ],
    [
      'epochs 1e9',
      (j: MetadataJson) => (j.options.epochs = 1e9),
      /"options\.epochs" must be a whole number from 1 to 10000/,
    ],
    [
      'corpus files that are not a list',
      (j: MetadataJson) => ((j.corpus as Record<string, unknown>).files = 'n'),
      /"corpus\.files" must be a list/,
    ],
    ['a corpus path that is a number', (j: MetadataJson) => (j.corpus.files[0].path = 5), /"corpus\.files\[0\]"/],
    ['a loss that is text', (j: MetadataJson) => (j.loss = 'low'), /"loss" must be a list/],
    [
      'a style share of 7',
      (j: MetadataJson) => (j.style = { strongBeatChordToneRatio: 7 }),
      /"style\.strongBeatChordToneRatio"/,
    ],
    ['a name that is an object', (j: MetadataJson) => (j.name = { a: 1 }), /"name" must be a text/],
  ] as const) {
    test(`metadata with ${name}: refused by generate and evaluate with the field named (status 2)`, () => {
      const dir = modelCopy();
      editMetadata(dir, edit);
      assertRefused(generateWith(dir), 'metadata.json', expected);
      assertRefused(
        runCli(['evaluate', '--model', dir, '--solos', '1', '--no-heldout'], { timeout: 20_000 }),
        'metadata.json',
        expected,
      );
    });
  }

  test('a corpus path "/" or a folder in the metadata: evaluate refuses at once, walks nothing', () => {
    for (const path of ['/', join(REPO_ROOT, 'corpus'), '../../../../etc/passwd']) {
      const dir = modelCopy();
      editMetadata(dir, (json: MetadataJson) => (json.corpus.files = [{ path, sha256: 'a'.repeat(64) }]));
      const started = Date.now();
      const run = runCli(['evaluate', '--model', dir, '--solos', '1', '--no-heldout'], { timeout: 20_000 });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /not an \.abc or MIDI file|not a regular file|not there/);
      assert.ok(Date.now() - started < 15_000);
    }
  });

  test('a vocabulary value lasting 100000 quarter notes is refused', () => {
    const dir = modelCopy();
    const file = join(dir, 'vocabulary.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.values[json.values.length - 1] = 'R,100000.000';
    writeFileSync(file, JSON.stringify(json));
    editMetadata(dir, (j: MetadataJson) => delete j.checksums);
    assertRefused(generateWith(dir), 'vocabulary.json', /lasts 100000 quarter notes/);
  });
});

describe('signals and sizes', () => {
  // How soon a signal stops a command (the one-second target) is measured by `npm run bench:signals`: a time
  // limit here would fail by chance on a loaded machine. These check that the signal stops the work cleanly.
  test('SIGINT stops an evaluation in its held-out retraining: status 130, one line, no report written', async () => {
    const dir = scratch('evaluate-signal');
    const html = join(dir, 'report.html');
    const child = spawn(
      process.execPath,
      [CLI, 'evaluate', '--solos', '2', '--heldout-epochs', '200', '--html', html],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    // Resolved on exit too: a command that ends early fails the assertions below instead of hanging the file.
    const retraining = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (/retraining/.test(stderr)) resolve();
      });
      child.on('close', () => resolve());
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await retraining;
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    const code = await closed;
    assert.equal(code, 130, stderr);
    assert.equal(stderr.match(/evaluate cancelled; nothing was written/g)?.length, 1, stderr);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('on a terminal, training progress is one bar redrawn in place', (t) => {
    if (spawnSync('script', ['--version']).status !== 0) return t.skip('skipped: script(1) is not installed');
    const dir = scratch('tty');
    const command = [process.execPath, CLI, 'train', join(REPO_ROOT, 'corpus', 'blues.abc'), '--out', join(dir, 'm')]
      .concat(['--epochs', '3', '--units', '8'])
      .map((part) => `'${part}'`)
      .join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /\r\[#+\.*\] epoch 1\/3 .*\r\[#+\.*\] epoch 2\/3 .*\r\[#+\] epoch 3\/3/s);
    assert.doesNotMatch(run.stdout, /^epoch \d/m, 'no line per epoch on a terminal');
  });

  for (const [signal, status] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    test(`${signal} stops a training of a large model: status ${status}, one line, nothing written`, async () => {
      const dir = scratch('signal');
      const out = join(dir, 'model');
      // 1024 units and batches of 2048 windows: one batch runs for many seconds.
      const child = spawn(
        process.execPath,
        [
          CLI,
          'train',
          join(REPO_ROOT, 'corpus'),
          '--out',
          out,
          '--units',
          '1024',
          '--batch',
          '2048',
          '--tx',
          '60',
          '--epochs',
          '5',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      const started = new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          if (/corpus:/.test(stderr)) resolve();
        });
        child.on('close', () => resolve());
      });
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await started;
      // Let the first batch begin.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.kill(signal);
      const code = await closed;
      assert.equal(code, status, stderr.slice(-1000));
      assert.equal(stderr.match(/training cancelled; no model was written/g)?.length, 1, stderr);
      assert.deepEqual(readdirSync(dir), [], 'no model folder and no temporary folder');
    });
  }

  for (const [option, value] of [
    ['--units', '20000'],
    ['--tx', '5000'],
    ['--batch', '100000'],
    ['--epochs', '1000000000'],
  ] as const) {
    test(`train ${option} ${value} is refused with its range before anything runs`, () => {
      const dir = scratch('sizes');
      assertRefused(
        runCli(['train', join(REPO_ROOT, 'corpus', 'blues.abc'), '--out', join(dir, 'm'), option, value]),
        option,
        /must be a whole number from 1 to/,
      );
      assert.deepEqual(readdirSync(dir), []);
    });
  }
});

describe('values', () => {
  for (const args of [
    ['--tempo', '0'],
    ['--tempo', '-120'],
    ['--tempo', '1e9'],
    ['--tempo='],
    ['--swing', '-5'],
    ['--swing', '2'],
  ]) {
    test(`generate ${args.join(' ')} is refused with the range`, () => {
      const option = args[0].replace('=', '');
      assertRefused(runCli(['generate', ...args]), option, /a (whole )?number from/);
    });
  }

  for (const seed of ['-1', '0.5', '1e30', '4294967296']) {
    test(`seed ${seed} is refused by generate and evaluate alike`, () => {
      assertRefused(runCli(['generate', '--seed', seed]), '--seed', /whole number from 0 to 4294967295/);
      assertRefused(
        runCli(['evaluate', '--seed', seed, '--no-heldout', '--solos', '1']),
        '--seed',
        /whole number from 0 to 4294967295/,
      );
    });
  }

  test('seeds 0 and 4294967295 are accepted and give different solos', () => {
    const low = runCli(['generate', '--seed', '0', '--json']);
    const high = runCli(['generate', '--seed', '4294967295', '--json']);
    assert.equal(low.status, 0, low.stderr);
    assert.equal(high.status, 0, high.stderr);
    assert.notDeepEqual(JSON.parse(low.stdout).values, JSON.parse(high.stdout).values);
  });

  test('--temperature 0 is greedy decoding and --top-k 0 samples among all values, as the settings say', () => {
    const greedy = runCli(['generate', '--greedy', '--seed', '3', '--json']);
    const zero = runCli(['generate', '--temperature', '0', '--seed', '3', '--json']);
    assert.equal(zero.status, 0, zero.stderr);
    assert.deepEqual(JSON.parse(zero.stdout).values, JSON.parse(greedy.stdout).values);
    const all = runCli(['generate', '--top-k', '0', '--seed', '3', '--json']);
    assert.equal(all.status, 0, all.stderr);
  });

  test("evaluate from another folder measures the package's corpus, not the working folder's corpus/", () => {
    const cwd = scratch('cwd');
    mkdirSync(join(cwd, 'corpus'));
    writeFileSync(join(cwd, 'corpus', 'blues.abc'), 'X:1\nT:Decoy\nM:4/4\nL:1/8\nK:C\n"C"CDEF GABc|\n');
    const run = runCli(['evaluate', '--no-heldout', '--solos', '1', '--json'], { cwd, timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { corpus: { paths: string[]; tunes: number } };
    assert.ok(
      report.corpus.paths.every((path) => path.startsWith(join(REPO_ROOT, 'corpus'))),
      report.corpus.paths.join(' '),
    );
    assert.ok(report.corpus.tunes > 1, 'the decoy has one tune');
  });
});
