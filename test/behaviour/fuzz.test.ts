/**
 * Property-based tests: whatever text, bytes or values reach the readers and the realiser, the answer is a
 * result or a UserFacingError, never another exception; and every solo the default model generates is
 * ABC that abcjs reads without a warning, with every bar exactly one meter long.
 */
import { TICKS_PER_QUARTER } from '../../src/shared/ticks';
import { UserFacingError } from '../../src/shared/errors';
import { seededRuns } from '../unit/helpers/property';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import abcjs from 'abcjs';
import { Midi } from '@tonejs/midi';
import { readAbcText } from '../../src/core/formats/abcReader';
import { readMidiBytes } from '../../src/core/formats/midiReader';
import { realiseSolo } from '../../src/core/solo/realiser';
import { parseProgression, DEFAULT_PROGRESSION } from '../../src/core/theory/progression';
import { barQuarters, type GrammarValue, type ValueType } from '../../src/core/types';
import { DEFAULT_MODEL_DIR, generateSolo } from '../../src/engine';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `action`; a UserFacingError is a clean refusal, anything else fails the property. */
function resultOrUserFacingError<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    if (error instanceof UserFacingError) {
      assert.ok(error.message.length > 0 && !error.message.includes('\n'), `one clear line: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

/** Pieces of ABC, so that random strings reach the parser's corners and not only its "no tune" path. */
const abcFragment = fc.oneof(
  fc.constantFrom(
    'X:1\n',
    'T:t\n',
    'M:4/4\n',
    'M:6/8\n',
    'M:none\n',
    'M:0/0\n',
    'L:1/8\n',
    'L:0\n',
    'K:C\n',
    'K:Bbm\n',
    'K:H\n',
    'Q:1/4=120\n',
    '\n\n',
  ),
  fc.constantFrom(
    '"Dm7"',
    '"G7b9"',
    '"^text"',
    '"',
    'C',
    '_B,',
    "^^f'",
    'z',
    'x',
    '2',
    '/',
    '3/2',
    '>',
    '(3',
    '[CEG]',
    '[',
    ']',
    '|',
    '||',
    '|]',
    ':|',
    '|:',
    '-',
    '{g}',
    '!trill!',
    '%',
    '\\',
    'V:2\n',
    '&',
    '[K:G]',
    '[M:3/4]',
    'y',
    '9999999',
    '<script>',
  ),
  fc.string({ maxLength: 8 }),
);
const abcLike = fc.array(abcFragment, { maxLength: 60 }).map((parts) => parts.join(''));

test('readAbcText: any string gives tunes or a UserFacingError', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), abcLike),
      (text) => {
        const read = resultOrUserFacingError(() => readAbcText(text, 'fuzz.abc'));
        for (const tune of read?.tunes ?? []) {
          assert.ok(tune.notes.every((n) => Number.isFinite(n.start) && Number.isFinite(n.duration)));
        }
      },
    ),
    seededRuns(1500),
  );
});

test('readAbcText: a multi-measure rest of 99,999,991 bars skips that tune instead of exhausting memory', () => {
  const read = readAbcText('X:1\nT:Fine\nK:C\nCDEF|\n\nX:2\nT:Endless\nK:C\nCD X99999991 |\n', 'rest.abc');
  assert.deepEqual(
    read.tunes.map((t) => t.title),
    ['Fine'],
  );
  assert.ok(
    read.warnings.some((w) => w.line === 6 && /X:2 .*lasts \d+ bars.*skipped/.test(w.message)),
    JSON.stringify(read.warnings),
  );
});

function sampleMidi(): Uint8Array {
  const midi = new Midi();
  midi.header.setTempo(120);
  midi.header.timeSignatures.push({ ticks: 0, timeSignature: [4, 4] });
  const melody = midi.addTrack();
  melody.name = 'Melody';
  [60, 62, 64, 65, 67, 69, 71, 72].forEach((pitch, i) =>
    melody.addNote({ midi: pitch, ticks: i * 240, durationTicks: 220 }),
  );
  const chords = midi.addTrack();
  for (const pitch of [48, 52, 55]) chords.addNote({ midi: pitch, ticks: 0, durationTicks: 1920 });
  return midi.toArray();
}

test('readMidiBytes: any bytes, and any damage to a real MIDI file, give a tune or a UserFacingError', () => {
  const valid = sampleMidi();
  const damaged = fc
    .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 12,
    })
    .chain((edits) =>
      fc.nat({ max: valid.length }).map((cut) => {
        const bytes = valid.slice(0, Math.max(14, cut));
        for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
        return bytes;
      }),
    );
  const withHeader = fc.uint8Array({ maxLength: 300 }).map((tail) => Uint8Array.from([...valid.slice(0, 14), ...tail]));
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), withHeader, damaged), (bytes) => {
      resultOrUserFacingError(() => readMidiBytes(bytes, 'fuzz.mid'));
    }),
    seededRuns(500),
  );
});

test('readMidiBytes: a note hours away (one damaged delta time) is refused, not read into millions of bars', () => {
  const midi = new Midi();
  const track = midi.addTrack();
  track.addNote({ midi: 60, ticks: 0, durationTicks: 100 });
  track.addNote({ midi: 62, ticks: 2 ** 27, durationTicks: 100 });
  assert.throws(
    () => readMidiBytes(midi.toArray(), 'far.mid'),
    (error: unknown) => {
      assert.ok(error instanceof UserFacingError);
      assert.match(error.message, /^far\.mid: the MIDI file lasts \d+ bars .*probably damaged/);
      return true;
    },
  );
});

const grammarValue: fc.Arbitrary<GrammarValue> = fc.record(
  {
    type: fc.constantFrom<ValueType>('C', 'S', 'A', 'X', 'R'),
    duration: fc.oneof(
      fc.constantFrom(0.001, 0.083, 0.25, 0.333, 0.5, 1, 1.5, 4, 16.5, 250),
      fc.double({ min: 0.001, max: 64, noNaN: true }).map((d) => Math.round(d * 1000) / 1000 || 0.001),
    ),
    window: fc.integer({ min: -36, max: 36 }).map((upper) => ({ upper, lower: upper - 6 })),
  },
  { requiredKeys: ['type', 'duration'] },
);

const PROGRESSIONS = [
  parseProgression(DEFAULT_PROGRESSION),
  parseProgression('| Dm7 G7 | Cmaj7 | Am7b5 D7b9 |', { numerator: 3, denominator: 4 }),
  parseProgression('| F#m7 | B7 E7 |', { numerator: 6, denominator: 8 }),
  parseProgression('| C7 |', { numerator: 5, denominator: 4 }),
];

test('realiseSolo: any value sequence gives a solo with every bar exact, or a UserFacingError', () => {
  fc.assert(
    fc.property(
      fc.array(grammarValue, { maxLength: 60 }),
      fc.constantFrom(...PROGRESSIONS),
      fc.integer(),
      (values, progression, seed) => {
        const solo = resultOrUserFacingError(() => realiseSolo(values, progression, { seed }));
        if (!solo) return;
        const barTicks = barQuarters(progression.meter) * TICKS_PER_QUARTER;
        let end = 0;
        for (const note of solo.notes) {
          assert.equal(note.startTick, end, 'notes follow each other without gap or overlap');
          assert.ok(Number.isInteger(note.durationTicks) && note.durationTicks > 0);
          assert.equal(
            Math.floor(note.startTick / barTicks),
            Math.floor((note.startTick + note.durationTicks - 1) / barTicks),
            'no note crosses a bar line',
          );
          assert.ok(note.pitch === null || (Number.isInteger(note.pitch) && note.pitch >= 0 && note.pitch <= 127));
          end += note.durationTicks;
        }
        assert.equal(end, solo.bars * barTicks);
      },
    ),
    seededRuns(600),
  );
});

test('1,000 seeds of the default model: ABC that abcjs reads without a warning, every bar one meter long', async () => {
  const problems: string[] = [];
  for (let seed = 1; seed <= 1000; seed++) {
    const { abc, solo } = await generateSolo({ seed });
    const [parsed] = abcjs.parseOnly(abc);
    if (parsed.warnings?.length) problems.push(`seed ${seed}: abcjs: ${parsed.warnings[0]}`);
    const read = readAbcText(abc, `seed-${seed}.abc`);
    const tune = read.tunes[0];
    if (read.issues.length || !tune) {
      problems.push(`seed ${seed}: our reader: ${read.warnings[0]?.message ?? 'no tune'}`);
      continue;
    }
    const bar = barQuarters(tune.meter);
    const end = tune.notes.reduce((at, note) => {
      if (Math.abs(note.start - at) > 1e-6) problems.push(`seed ${seed}: a gap or overlap at ${at} quarters`);
      return note.start + note.duration;
    }, 0);
    tune.barStarts.forEach((start, i) => {
      const next = tune.barStarts[i + 1] ?? end;
      if (Math.abs(next - start - bar) > 1e-6)
        problems.push(`seed ${seed}: bar ${i + 1} lasts ${next - start} quarters, not ${bar}`);
    });
    if (tune.barStarts.length !== solo.bars)
      problems.push(`seed ${seed}: ${tune.barStarts.length} bars read, ${solo.bars} written`);
    if (problems.length > 10) break;
  }
  assert.deepEqual(problems, []);
});

/** One change to a model folder: a JSON field set to anything, bytes cut or flipped, a file swapped for another kind. */
type FolderMutation =
  | { kind: 'json'; file: 'metadata.json' | 'model.json' | 'vocabulary.json'; path: string; value: unknown }
  | { kind: 'bytes'; file: string; op: 'truncate' | 'append' | 'flip' | 'empty'; at: number }
  | { kind: 'replace'; file: string; by: 'missing' | 'folder' | 'link-outside' | 'link-inside' | 'fifo' };

const MODEL_FILE_NAMES = ['metadata.json', 'model.json', 'vocabulary.json', 'weights.bin'];
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -1, 0.5, 1e9, 2 ** 31, 2 ** 53, 1e308, 200000, 100000, 1024, 1025),
);
const hostileValue = fc.oneof(
  hostileNumber,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('/', '..', '/etc/passwd', 'R,100000.000', 'C,0.001', 'X,16.000,<P5,P-5>'),
);
const mutation: fc.Arbitrary<FolderMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('json' as const),
    file: fc.constant('metadata.json' as const),
    path: fc.constantFrom(
      'name',
      'createdAt',
      'formatVersion',
      'parameterCount',
      'options',
      'options.units',
      'options.tx',
      'options.epochs',
      'options.batchSize',
      'options.seed',
      'options.windows',
      'corpus',
      'corpus.files',
      'corpus.files.0.path',
      'corpus.values',
      'loss',
      'loss.0',
      'style',
      'style.strongBeatChordToneRatio',
      'checksums',
      'checksums.weights.bin',
      'backend',
    ),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('json' as const),
    file: fc.constant('vocabulary.json' as const),
    path: fc.oneof(
      fc.constantFrom('format', 'values'),
      fc.nat(90).map((i) => `values.${i}`),
    ),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('json' as const),
    file: fc.constant('model.json' as const),
    path: fc.constantFrom(
      'format',
      'modelTopology',
      'weightsManifest',
      'weightsManifest.0.paths',
      'weightsManifest.0.paths.0',
      'weightsManifest.0.weights.0.shape.0',
      'weightsManifest.0.weights.0.shape.1',
      'weightsManifest.0.weights.2.dtype',
      'weightsManifest.0.weights.4.name',
      'modelTopology.config.layers.1.config.units',
    ),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    file: fc.constantFrom(...MODEL_FILE_NAMES),
    op: fc.constantFrom('truncate' as const, 'append' as const, 'flip' as const, 'empty' as const),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    file: fc.constantFrom(...MODEL_FILE_NAMES),
    by: fc.constantFrom(
      'missing' as const,
      'folder' as const,
      'link-outside' as const,
      'link-inside' as const,
      'fifo' as const,
    ),
  }),
);

function setAtPath(json: unknown, path: string, value: unknown): void {
  const keys = path.split('.').reduce<string[]>((all, key) => {
    // "weights.bin" is one key of checksums.
    if (key === 'bin' && all[all.length - 1] === 'weights') all[all.length - 1] = 'weights.bin';
    else all.push(key);
    return all;
  }, []);
  let node = json as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) return;
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function applyMutation(dir: string, outside: string, change: FolderMutation): void {
  const file = join(dir, change.file);
  const isPlainFile = (() => {
    try {
      return lstatSync(file).isFile();
    } catch {
      return false;
    }
  })();
  // A change to a file an earlier change removed, replaced or left unparseable changes nothing more.
  if (change.kind !== 'replace' && !isPlainFile) return;
  if (change.kind === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return;
    }
    setAtPath(json, change.path, change.value);
    writeFileSync(file, JSON.stringify(json));
  } else if (change.kind === 'bytes') {
    const bytes = readFileSync(file);
    const at = bytes.length ? change.at % bytes.length : 0;
    if (change.op === 'truncate') writeFileSync(file, bytes.subarray(0, at));
    else if (change.op === 'append')
      writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(1 + (change.at % 64), 0x7f)]));
    else if (change.op === 'empty') writeFileSync(file, '');
    else if (bytes.length) {
      bytes[at] ^= 0xff;
      writeFileSync(file, bytes);
    }
  } else {
    rmSync(file, { recursive: true, force: true });
    if (change.by === 'folder') mkdirSync(file);
    else if (change.by === 'link-outside') symlinkSync(outside, file);
    else if (change.by === 'link-inside')
      symlinkSync(join(dir, change.file === 'model.json' ? 'metadata.json' : 'model.json'), file);
    else if (change.by === 'fifo' && spawnSync('mkfifo', [file]).status !== 0) writeFileSync(file, '');
  }
}

test('model folders: random damage to metadata, vocabulary, network and files gives a valid solo or one clear error, never touches another file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'jazz-fuzz-models-'));
  // A file beside the folders and the one outside links point to: neither may change.
  const outside = join(root, 'outside.json');
  writeFileSync(outside, '{"formatVersion": 1, "secret": "outside"}');
  let caseNumber = 0;
  /** One damaged copy of the default model: generation gives a valid solo or one clear refusal, and nothing else moves. */
  async function damagedCopy(
    dropChecksums: boolean,
    changes: FolderMutation[],
    seed: number,
  ): Promise<'generated' | 'refused'> {
    const dir = join(root, `model-${caseNumber++}`);
    cpSync(DEFAULT_MODEL_DIR, dir, { recursive: true });
    // Without checksums the damage reaches the checks behind them.
    if (dropChecksums)
      applyMutation(dir, outside, { kind: 'json', file: 'metadata.json', path: 'checksums', value: undefined });
    for (const change of changes) applyMutation(dir, outside, change);
    const before = snapshotLoosely(root);
    let outcome: 'generated' | 'refused';
    try {
      const solo = await generateSolo({ modelDir: dir, steps: 30, seed });
      assert.equal(solo.values.length, 30);
      assert.match(solo.abc, /^K:/m);
      outcome = 'generated';
    } catch (error) {
      assert.ok(error instanceof UserFacingError, `not a clear refusal: ${(error as Error)?.stack ?? String(error)}`);
      assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
      assert.doesNotMatch(error.message, /secret|outside"/, 'the contents of another file are never shown');
      outcome = 'refused';
    }
    assert.deepEqual(snapshotLoosely(root), before, 'nothing was written, moved or removed');
    rmSync(dir, { recursive: true, force: true });
    return outcome;
  }
  try {
    // Both outcomes are reached by construction, whatever the random draw below: a harmless change generates,
    // a missing weights file is refused.
    assert.equal(await damagedCopy(true, [], 1), 'generated');
    assert.equal(await damagedCopy(false, [{ kind: 'replace', file: 'weights.bin', by: 'missing' }], 1), 'refused');
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.nat(1000),
        async (dropChecksums, changes, seed) => {
          await damagedCopy(dropChecksums, changes, seed);
        },
      ),
      seededRuns(Number(process.env.JAZZ_FUZZ_RUNS ?? 200)),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** Every entry under `dir` with its kind and size: FIFOs and links are listed, never opened. */
function snapshotLoosely(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      const stats = lstatSync(full);
      if (stats.isDirectory()) walk(full, `${prefix}${name}/`);
      else
        result[prefix + name] =
          `${stats.isSymbolicLink() ? 'link' : stats.isFIFO() ? 'fifo' : 'file'}:${stats.size}:${stats.mtimeMs}`;
    }
  };
  walk(dir, '');
  return result;
}
