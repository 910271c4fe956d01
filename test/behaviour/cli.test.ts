/**
 * What a user can throw at `jazz-solo` (the built CLI, spawned as a user runs it): bad corpus input, broken
 * model folders and Ctrl-C during training. Every refusal is status 2 with one line on stderr naming the
 * file, never a stack trace, and no model folder is created or changed.
 */
import { UserFacingError } from '../../src/shared/errors';
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Midi } from '@tonejs/midi';
import { REPO_ROOT } from '../unit/helpers/shared';

import { generateSolo, describeModel, DEFAULT_MODEL_DIR } from '../../src/engine';
import { loadModelFolder } from '../../src/model/store/load';
import { saveModelFolder } from '../../src/model/store/save';
import { snapshot } from '../unit/helpers/files';
import { assertRefused, CLI, ensureBuilt, runCli } from '../unit/helpers/cli';

const TUNE_HEADER = 'M:4/4\nL:1/8\nK:C\n';
const GOOD_TUNE = `X:1\nT:Good\n${TUNE_HEADER}"C"CDEF GABc|"G7"dcBA GFED|"C"C2E2 G2c2|"F"A2F2 "G7"G4|"C"c8|\n`;

function midiBytes(build: (midi: Midi) => void): Buffer {
  const midi = new Midi();
  build(midi);
  return Buffer.from(midi.toArray());
}

let root: string;
/** A copy of the default model: what an existing --out folder must still hold, byte for byte, after a refusal. */
let existingModel: string;

before(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'jazz-cli-'));
  existingModel = join(root, 'models', 'existing');
  mkdirSync(join(root, 'models'));
  cpSync(DEFAULT_MODEL_DIR, existingModel, { recursive: true });
});

after(() => rmSync(root, { recursive: true, force: true }));

interface BadCorpus {
  name: string;
  /** Writes the corpus under `dir` and returns the path given to the CLI. */
  make(dir: string): string;
  expected: RegExp;
  /** `inspect` only reads the corpus; these are refused by training alone. */
  inspectAccepts?: boolean;
}

const BAD_CORPORA: BadCorpus[] = [
  { name: 'an empty file', make: (dir) => write(dir, 'empty.abc', ''), expected: /is empty/ },
  {
    name: 'binary bytes in a .abc',
    make: (dir) => write(dir, 'binary.abc', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
    expected: /not UTF-8 text/,
  },
  {
    name: 'binary bytes in a .mid',
    make: (dir) =>
      write(dir, 'binary.mid', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 104729 + 13) % 256))),
    expected: /not a MIDI file/,
  },
  {
    name: 'ABC with no notes',
    make: (dir) => write(dir, 'silent.abc', `X:1\nT:Silence\n${TUNE_HEADER}"C"z8|"F"z8|"G7"z8|\n`),
    expected: /no notes/,
  },
  {
    name: 'a MIDI file with no notes',
    make: (dir) =>
      write(
        dir,
        'silent.mid',
        midiBytes((midi) => (midi.addTrack().name = 'Piano')),
      ),
    expected: /has no notes/,
  },
  {
    name: 'a MIDI file with only drums',
    make: (dir) =>
      write(
        dir,
        'drums.mid',
        midiBytes((midi) => {
          const track = midi.addTrack();
          track.channel = 9;
          for (let i = 0; i < 64; i++) track.addNote({ midi: 36 + (i % 3), ticks: i * 240, durationTicks: 200 });
        }),
      ),
    expected: /only drum tracks/,
  },
  {
    name: 'a corpus shorter than Tx + 1 values',
    make: (dir) => write(dir, 'short.abc', `X:1\nT:Short\n${TUNE_HEADER}"C"CDEF GABc|\n`),
    expected: /training needs at least 31 \(Tx \+ 1\)/,
    inspectAccepts: true,
  },
  {
    name: 'a corpus with one distinct value',
    make: (dir) => write(dir, 'one-value.abc', `X:1\nT:Drone\n${TUNE_HEADER}${'"C"c8|'.repeat(40)}\n`),
    expected: /only one distinct value/,
    inspectAccepts: true,
  },
  {
    name: 'text that is not UTF-8 (Latin-1)',
    make: (dir) => write(dir, 'latin1.abc', Buffer.from(GOOD_TUNE.replace('T:Good', 'T:Caf\u00e9 au lait'), 'latin1')),
    expected: /not UTF-8 text/,
  },
  {
    name: 'a 50 MB file',
    make: (dir) => {
      const tune = Buffer.from(GOOD_TUNE + '\n');
      return write(
        dir,
        'huge.abc',
        Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / tune.length) }, () => tune)),
      );
    },
    expected: /over the 10 MB limit/,
  },
  {
    name: 'a folder without ABC or MIDI files',
    make: (dir) => {
      write(join(dir, 'notes'), 'readme.txt', 'my tunes will go here');
      return join(dir, 'notes');
    },
    expected: /has no \.abc, \.mid, \.midi, \.csv, \.musicxml or \.mxl files/,
  },
  {
    name: 'a folder with nothing usable',
    make: (dir) => {
      const folder = join(dir, 'unusable');
      write(folder, 'readme.txt', 'not music');
      write(folder, 'silent.abc', `X:1\nT:Silence\n${TUNE_HEADER}z8|z8|\n`);
      write(folder, 'words.abc', 'Just some words about jazz, no tunes at all.\n');
      return folder;
    },
    expected: /no notes found/,
  },
];

function write(dir: string, name: string, data: string | Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

describe('bad corpus input through the CLI', () => {
  for (const bad of BAD_CORPORA) {
    test(`${bad.name}: status 2, one line naming the file, no model folder created or changed`, () => {
      const dir = mkdtempSync(join(root, 'corpus-'));
      const corpus = bad.make(dir);
      const newModel = join(root, 'models', `new-${basename(dir)}`);
      const modelsBefore = snapshot(join(root, 'models'));

      assertRefused(
        runCli(['train', corpus, '--out', newModel, '--epochs', '1', '--units', '8']),
        corpus,
        bad.expected,
      );
      assert.ok(!existsSync(newModel), 'no model folder is created');
      assertRefused(
        runCli(['train', corpus, '--out', existingModel, '--epochs', '1', '--units', '8']),
        corpus,
        bad.expected,
      );
      assert.deepEqual(
        snapshot(join(root, 'models')),
        modelsBefore,
        'the existing model keeps its bytes, nothing is added beside it',
      );

      const inspected = runCli(['inspect', corpus]);
      if (bad.inspectAccepts) assert.equal(inspected.status, 0, inspected.stderr);
      else assertRefused(inspected, corpus, bad.expected);
    });
  }

  test('ABC with syntax errors: those tunes are skipped with file and line, the rest are used', () => {
    const dir = mkdtempSync(join(root, 'corpus-'));
    const broken = `X:2\nT:Broken\n${TUNE_HEADER}"C"C[[[D&&(E |]] ]]x{{|\n`;
    const text = `${GOOD_TUNE}\n${broken}\n${GOOD_TUNE.replace('X:1', 'X:3').replace('T:Good', 'T:Also good')}`;
    const corpus = write(dir, 'mixed.abc', text);
    const brokenLine = text.split('\n').indexOf('"C"C[[[D&&(E |]] ]]x{{|') + 1;

    const inspected = runCli(['inspect', corpus, '--json']);
    assert.equal(inspected.status, 0, inspected.stderr);
    const report = JSON.parse(inspected.stdout) as { tunes: { title: string }[]; warnings: string[] };
    assert.deepEqual(
      report.tunes.map((t) => t.title),
      ['Good', 'Also good'],
    );
    assert.ok(
      report.warnings.some((w) => w.startsWith(`${corpus}:${brokenLine}:`) && /X:2/.test(w) && /skipped/.test(w)),
      `a warning names ${corpus}:${brokenLine}: ${report.warnings.join(' | ')}`,
    );

    const out = join(root, 'models', `mixed-${basename(dir)}`);
    const trained = runCli(['train', corpus, '--out', out, '--epochs', '1', '--units', '8', '--tx', '10', '--json']);
    assert.equal(trained.status, 0, trained.stderr);
    assert.equal(JSON.parse(trained.stdout).tunes, 2);
    assert.match(
      trained.stderr,
      new RegExp(`warning: ${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${brokenLine}: .*skipped`),
    );
    assert.ok(existsSync(join(out, 'model.json')));
  });

  test('CRLF line endings read exactly like LF, and train', () => {
    const dir = mkdtempSync(join(root, 'corpus-'));
    const lfText = readFileSync(join(REPO_ROOT, 'corpus', 'blues.abc'), 'utf8').replace(/\r\n/g, '\n');
    const lf = write(join(dir, 'lf'), 'blues.abc', lfText);
    const crlf = write(join(dir, 'crlf'), 'blues.abc', lfText.replace(/\n/g, '\r\n'));
    const values = (file: string) => {
      const run = runCli(['inspect', file, '--json']);
      assert.equal(run.status, 0, run.stderr);
      return JSON.parse(run.stdout).values as string[];
    };
    const fromLf = values(lf);
    assert.ok(fromLf.length > 31);
    assert.deepEqual(values(crlf), fromLf);
    const out = join(root, 'models', `crlf-${basename(dir)}`);
    const trained = runCli(['train', crlf, '--out', out, '--epochs', '1', '--units', '8']);
    assert.equal(trained.status, 0, trained.stderr);
    assert.ok(existsSync(join(out, 'weights.bin')));
  });

  test('a folder of 1,000 files is read whole and trains', () => {
    const folder = join(mkdtempSync(join(root, 'corpus-')), 'thousand');
    const keys = ['C', 'F', 'G', 'D', 'Bb'];
    for (let i = 0; i < 1000; i++) {
      const tune = `X:1\nT:Phrase ${i}\nM:4/4\nL:1/8\nK:${keys[i % 5]}\n"Dm7"DFAc "G7"BGFD|"Cmaj7"E2G2 c${i % 2 ? 'B' : 'd'}AG|\n`;
      write(join(folder, `part-${Math.floor(i / 100)}`), `phrase-${String(i).padStart(4, '0')}.abc`, tune);
    }
    const inspected = runCli(['inspect', folder, '--json']);
    assert.equal(inspected.status, 0, inspected.stderr);
    const report = JSON.parse(inspected.stdout) as { files: unknown[]; tunes: unknown[] };
    assert.equal(report.files.length, 1000);
    assert.equal(report.tunes.length, 1000);
    const out = join(root, 'models', 'thousand');
    const trained = runCli(['train', folder, '--out', out, '--epochs', '1', '--units', '8', '--json']);
    assert.equal(trained.status, 0, trained.stderr);
    assert.equal(JSON.parse(trained.stdout).tunes, 1000);
  });
});

interface BrokenModel {
  name: string;
  breakIt(dir: string): void;
  /** The file the message must name, relative to the model folder ('' = the folder). */
  names: string;
  expected: RegExp;
}

// The breakers reach into arbitrary fields of the JSON files.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const editJson = (file: string, edit: (json: any) => void) => {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
};

const BROKEN_MODELS: BrokenModel[] = [
  {
    name: 'a truncated weights file',
    breakIt: (dir) => writeFileSync(join(dir, 'weights.bin'), readFileSync(join(dir, 'weights.bin')).subarray(0, 4000)),
    names: 'weights.bin',
    expected: /truncated/,
  },
  {
    name: 'weights of the right size but other bytes',
    breakIt: (dir) => {
      const bytes = readFileSync(join(dir, 'weights.bin'));
      bytes.writeFloatLE(0.125, 64);
      writeFileSync(join(dir, 'weights.bin'), bytes);
    },
    names: 'weights.bin',
    expected: /changed after the model was saved/,
  },
  {
    name: 'a model.json whose weight shapes do not match',
    breakIt: (dir) => editJson(join(dir, 'model.json'), (json) => json.weightsManifest[0].weights[3].shape.reverse()),
    names: 'model.json',
    expected: /has shape .* but the LSTM kernel implies/,
  },
  {
    name: 'a model.json whose topology does not match its weights',
    breakIt: (dir) =>
      editJson(join(dir, 'model.json'), (json) => (json.modelTopology.config.layers[0].config.units += 1)),
    names: 'model.json',
    expected: /does not match its weights/,
  },
  {
    name: 'a missing vocabulary',
    breakIt: (dir) => rmSync(join(dir, 'vocabulary.json')),
    names: 'vocabulary.json',
    expected: /is missing/,
  },
  {
    name: 'a vocabulary with one value edited into another valid value',
    breakIt: (dir) => editJson(join(dir, 'vocabulary.json'), (json) => (json.values[1] = 'R,7.750')),
    names: 'vocabulary.json',
    expected: /changed after the model was saved/,
  },
  {
    name: 'a model of a newer format version',
    breakIt: (dir) => editJson(join(dir, 'metadata.json'), (json) => (json.formatVersion = 2)),
    names: 'metadata.json',
    expected: /newer version of jazz-solo/,
  },
  {
    name: 'a folder that is not a model',
    breakIt: (dir) => {
      for (const name of readdirSync(dir)) rmSync(join(dir, name));
      writeFileSync(join(dir, 'shopping.txt'), 'milk');
    },
    names: '',
    expected: /is not a jazz model folder/,
  },
];

describe('broken models through the engine and `generate --model`', () => {
  let freshModel: string;

  before(async () => {
    // Saved by this version, so it carries the checksums a valid-looking edit is caught by.
    freshModel = join(root, 'fresh-model');
    const loaded = await loadModelFolder(DEFAULT_MODEL_DIR);
    await saveModelFolder(freshModel, {
      weights: loaded.weights,
      vocabularyValues: loaded.vocabulary.values,
      metadata: loaded.metadata,
    });
    const ok = runCli(['generate', '--model', freshModel, '--seed', '3', '--steps', '20']);
    assert.equal(ok.status, 0, `the intact copy generates: ${ok.stderr}`);
  });

  for (const broken of BROKEN_MODELS) {
    test(`${broken.name}: a clear message, status 2, nothing overwritten`, async () => {
      const scratch = mkdtempSync(join(root, 'broken-'));
      const modelDir = join(scratch, 'model');
      cpSync(freshModel, modelDir, { recursive: true });
      broken.breakIt(modelDir);
      const abcOut = write(scratch, 'solo.abc', 'X:1\nT:my earlier solo\nK:C\nCDEF|\n');
      const midiOut = write(scratch, 'solo.mid', Buffer.from('an earlier MIDI file'));
      const before = snapshot(scratch);
      const named = join(modelDir, broken.names).replace(/\/$/, '');

      for (const attempt of [generateSolo({ modelDir, seed: 1, steps: 10 }), describeModel(modelDir)]) {
        await assert.rejects(attempt, (error: unknown) => {
          assert.ok(error instanceof UserFacingError, `not a UserFacingError: ${error}`);
          assert.ok(error.message.includes(named), `"${error.message}" names ${named}`);
          assert.match(error.message, broken.expected);
          return true;
        });
      }
      assertRefused(
        runCli(['generate', '--model', modelDir, '--out', abcOut, '--midi', midiOut]),
        named,
        broken.expected,
      );
      assert.deepEqual(snapshot(scratch), before, 'the model folder and the output files keep their bytes');
    });
  }
});

describe('Ctrl-C during `train`', () => {
  test('SIGINT stops the training: status 130, the previous model byte-identical, no temp folder beside it', async () => {
    const modelsDir = mkdtempSync(join(root, 'sigint-'));
    const modelDir = join(modelsDir, 'previous');
    cpSync(DEFAULT_MODEL_DIR, modelDir, { recursive: true });
    const before = snapshot(modelsDir);

    const child = spawn(
      process.execPath,
      [CLI, 'train', join(REPO_ROOT, 'corpus'), '--out', modelDir, '--epochs', '500', '--units', '16'],
      {
        cwd: REPO_ROOT,
      },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    await new Promise<void>((resolveEpoch, rejectEpoch) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/epoch 2\/500/.test(stderr)) resolveEpoch();
      });
      child.on('exit', () => rejectEpoch(new Error(`the training ended before epoch 2:\n${stderr.slice(-2000)}`)));
    });
    child.kill('SIGINT');
    assert.equal(await exited, 130, stderr.slice(-2000));
    assert.match(stderr, /training cancelled; no model was written/);
    assert.deepEqual(snapshot(modelsDir), before);
    assert.deepEqual(readdirSync(modelsDir), ['previous']);
  });
});
