/**
 * Runs that end badly: a training cancelled at any epoch, a generation while a training runs, a save that
 * crashes half-way, a broken active model in the extension. The previous model must survive each one.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  promises as fsPromises,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { parseWebviewMessage } from '../../src/shared/messages';
import {
  DEFAULT_MODEL_DIR,
  generateSolo,
  trainFromCorpus,
  TrainingCancelledError,
  type TrainRequest,
} from '../../src/engine';
import { loadModelFolder } from '../../src/model/store/load';
import { saveModelFolder } from '../../src/model/store/save';
import { snapshot } from '../unit/helpers/files';
import { fake } from '../unit/helpers/vscodeFake';

const CORPUS = join(REPO_ROOT, 'corpus', 'blues.abc');
const EPOCHS = 4;

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'jazz-reliability-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding one model, `previous` (a copy of the default model), and nothing else. */
function folderWithPreviousModel(): { parent: string; modelDir: string } {
  const parent = mkdtempSync(join(root, 'run-'));
  const modelDir = join(parent, 'previous');
  cpSync(DEFAULT_MODEL_DIR, modelDir, { recursive: true });
  return { parent, modelDir };
}

const smallTraining = (outDir: string): TrainRequest => ({
  corpus: [CORPUS],
  outDir,
  epochs: EPOCHS,
  units: 8,
  seed: 5,
});

describe('cancelling a training', () => {
  for (const cancelAt of [0, 1, 2, EPOCHS]) {
    test(`cancelled ${cancelAt === 0 ? 'before it starts' : `at the end of epoch ${cancelAt} of ${EPOCHS}`}: the previous model is byte-identical, no temp folder`, async () => {
      const { parent, modelDir } = folderWithPreviousModel();
      const before = snapshot(parent);
      const controller = new AbortController();
      if (cancelAt === 0) controller.abort();
      const seen: number[] = [];
      await assert.rejects(
        trainFromCorpus(smallTraining(modelDir), {
          signal: controller.signal,
          onProgress: ({ epoch }) => {
            seen.push(epoch);
            if (epoch === cancelAt) controller.abort();
          },
        }),
        TrainingCancelledError,
      );
      assert.deepEqual(
        seen,
        Array.from({ length: cancelAt }, (_, i) => i + 1),
        'no epoch runs after the cancel',
      );
      assert.deepEqual(snapshot(parent), before);
      assert.deepEqual(readdirSync(parent), ['previous']);
    });
  }
});

test('a generation started while a training runs uses the previous model', async () => {
  const { modelDir } = folderWithPreviousModel();
  const request = { modelDir, seed: 11, steps: 40 };
  const beforeTraining = await generateSolo(request);
  let duringTraining: Promise<Awaited<ReturnType<typeof generateSolo>>> | undefined;
  await trainFromCorpus(smallTraining(modelDir), {
    signal: new AbortController().signal,
    onProgress: ({ epoch }) => {
      if (epoch === 1) duringTraining = generateSolo(request);
    },
  });
  assert.ok(duringTraining, 'the training reported its first epoch');
  const during = await duringTraining;
  assert.equal(during.modelName, 'default');
  assert.deepEqual(during.values, beforeTraining.values);
  const afterTraining = await generateSolo(request);
  assert.equal(afterTraining.modelName, 'blues', 'the new model is used once it is saved');
});

describe('a save that crashes half-way', () => {
  test('a rename that fails leaves the previous model byte-identical (and a new folder absent), no temp folder', async () => {
    const { parent, modelDir } = folderWithPreviousModel();
    const newDir = join(parent, 'new');
    const before = snapshot(parent);
    const realRename = fsPromises.rename;
    fsPromises.rename = async (from, to) => {
      if (String(from).includes('.saving-'))
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      return realRename(from, to);
    };
    try {
      await assert.rejects(
        trainFromCorpus({ ...smallTraining(modelDir), epochs: 1 }),
        /cannot write .*previous: permission denied/,
      );
      await assert.rejects(
        trainFromCorpus({ ...smallTraining(newDir), epochs: 1 }),
        /cannot write .*new: permission denied/,
      );
    } finally {
      fsPromises.rename = realRename;
    }
    assert.deepEqual(snapshot(parent), before);
    assert.deepEqual(readdirSync(parent), ['previous']);
    assert.equal((await loadModelFolder(modelDir)).metadata.name, 'default');
  });

  for (const [moment, patch] of [
    [
      'after the first file is written',
      "const open = fs.openSync; let created = 0; fs.openSync = (file, flags, ...rest) => { if (typeof flags === 'number' && (flags & fs.constants.O_EXCL) && ++created === 2) process.kill(process.pid, 'SIGKILL'); return open(file, flags, ...rest); };",
    ],
    [
      'after every file is written, before the rename',
      "fs.promises.rename = async () => { process.kill(process.pid, 'SIGKILL'); };",
    ],
  ] as const) {
    test(`a process killed ${moment} leaves the previous model intact and loadable`, async () => {
      const { parent, modelDir } = folderWithPreviousModel();
      const before = snapshot(join(parent, 'previous'));
      const script = join(root, `kill-${Date.now()}.ts`);
      writeFileSync(
        script,
        [
          "const fs = require('node:fs');",
          'const { trainFromCorpus } = require(' + JSON.stringify(join(REPO_ROOT, 'src', 'engine')) + ');',
          `trainFromCorpus(${JSON.stringify({ ...smallTraining(modelDir), epochs: 1 })}).then(() => process.exit(0));`,
          // Training loads tfjs first; the fault is armed once the corpus is read so only the save is hit.
          `setTimeout(() => { ${patch} }, 0);`,
        ].join('\n'),
      );
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(
        run.signal,
        'SIGKILL',
        `the process was killed mid-save (status ${run.status}): ${run.stderr.slice(-1000)}`,
      );
      assert.deepEqual(snapshot(join(parent, 'previous')), before);
      const leftovers = readdirSync(parent).filter((name) => name !== 'previous');
      assert.ok(
        leftovers.length === 1 && leftovers[0].startsWith('.previous.saving-'),
        `the kill hit the save: ${leftovers}`,
      );
      const loaded = await loadModelFolder(modelDir);
      assert.equal(loaded.metadata.name, 'default');
      assert.deepEqual(
        readdirSync(parent).sort(),
        [...leftovers, 'previous'].sort(),
        'loading a model deletes nothing',
      );
      await saveModelFolder(modelDir, {
        weights: loaded.weights,
        vocabularyValues: loaded.vocabulary.values,
        metadata: loaded.metadata,
      });
      assert.deepEqual(readdirSync(parent), ['previous'], "the next save removes the dead save's temp folder");
    });
  }
});

describe("the extension's fallback to the default model", () => {
  /** What the user sees and what is logged, through the in-memory vscode of test/fakes. */
  const logged: string[] = [];
  const shownErrors = () => fake.shown.filter((shown) => shown.level === 'error').map((shown) => shown.message);
  let ModelRegistry: typeof import('../../src/extension/models/modelRegistry').ModelRegistry;

  before(async () => {
    fake.reset();
    ({ ModelRegistry } = await import('../../src/extension/models/modelRegistry'));
  });

  test('a damaged active model is reported once and generation falls back to the default model', async () => {
    const storage = mkdtempSync(join(root, 'storage-'));
    const state = new Map<string, unknown>();
    const memento = {
      get: (key: string) => state.get(key),
      update: async (key: string, value: unknown) => void state.set(key, value),
    };
    const log = { error: (line: string) => void logged.push(line) };
    const registry = new ModelRegistry(memento as never, { fsPath: storage } as never, DEFAULT_MODEL_DIR);

    const trained = registry.trainedModel('mine');
    cpSync(DEFAULT_MODEL_DIR, trained.dir, { recursive: true });
    await registry.setActive(trained);
    assert.equal((await registry.modelForGeneration(log as never)).dir, trained.dir, 'an intact trained model is used');

    writeFileSync(join(trained.dir, 'weights.bin'), readFileSync(join(trained.dir, 'weights.bin')).subarray(0, 100));
    const damaged = snapshot(trained.dir);
    const used = await registry.modelForGeneration(log as never);
    assert.ok(used.isDefault);
    assert.equal(registry.active.isDefault, true, 'the default model becomes the active one');
    assert.equal(shownErrors().length, 1);
    assert.match(
      shownErrors()[0],
      /Jazz model "mine" cannot be used \(.*weights\.bin holds 100 bytes.*\)\. Using the default model instead\./,
    );
    assert.equal(logged.length, 1);
    assert.deepEqual(snapshot(trained.dir), damaged, 'the damaged model is left as it is for the user to inspect');
    const listed = await registry.list();
    assert.ok(listed.some((m) => m.name === 'mine' && 'broken' in m && /truncated/.test(m.broken)));
    registry.dispose();
  });
});

test('messages from the webview: counts beyond safe integers and type names in another case are refused', () => {
  for (const message of [
    { type: 'rendered', version: 1, noteCount: 2 ** 53, warningCount: 0 },
    { type: 'rendered', version: 1, noteCount: 3, warningCount: -1 },
    { type: 'selectSource', version: 2 ** 60, startChar: 0, endChar: 1 },
    { type: 'Ready' },
    { type: ' ready' },
    { type: 'error', message: ['not', 'a', 'string'] },
  ]) {
    assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  }
});

describe('a save killed between its two renames', () => {
  // A dead process id: pid numbers never reach 2^31 - 1 on Linux.
  const DEAD = 2147483646;

  test('the model moved aside comes back on the next load; its dead temp folder is removed by the next save only', async () => {
    const { parent, modelDir } = folderWithPreviousModel();
    const before = snapshot(modelDir);
    const deadSave = `.previous.saving-${DEAD}-1-2`;
    await fsPromises.rename(modelDir, join(parent, `.previous.replaced-${DEAD}-1-1`));
    await fsPromises.mkdir(join(parent, deadSave));
    writeFileSync(join(parent, deadSave, 'weights.bin'), 'half');

    const model = await loadModelFolder(modelDir);
    assert.equal(model.metadata.name, 'default');
    assert.deepEqual(snapshot(modelDir), before);
    assert.deepEqual(readdirSync(parent).sort(), [deadSave, 'previous'].sort(), 'a load deletes nothing');
    await saveModelFolder(modelDir, {
      weights: model.weights,
      vocabularyValues: model.vocabulary.values,
      metadata: model.metadata,
    });
    assert.deepEqual(readdirSync(parent), ['previous']);
  });

  test('generate deletes nothing: look-alike folders without a process id, or of a live process, stay', async () => {
    const { parent, modelDir } = folderWithPreviousModel();
    const lookAlikes = [
      '.previous.saving-',
      '.previous.replaced-x',
      '.previous.saving-abc',
      `.previous.saving-${process.ppid}-1-3`,
    ];
    for (const name of lookAlikes) mkdirSync(join(parent, name));
    const before = snapshot(parent);
    const result = await generateSolo({ modelDir, seed: 3 });
    assert.equal(result.modelName, 'default');
    assert.deepEqual(snapshot(parent), before);
    await saveModelFolder(
      modelDir,
      (({ weights, vocabulary, metadata }) => ({ weights, vocabularyValues: vocabulary.values, metadata }))(
        await loadModelFolder(modelDir),
      ),
    );
    assert.deepEqual(
      readdirSync(parent).sort(),
      [...lookAlikes, 'previous'].sort(),
      'a save removes only its own dead work folders',
    );
  });

  test('a temp folder of a process still running is left alone', async () => {
    const { parent, modelDir } = folderWithPreviousModel();
    const live = `.previous.saving-${process.ppid}-1-3`;
    await fsPromises.mkdir(join(parent, live));
    await loadModelFolder(modelDir);
    assert.deepEqual(readdirSync(parent).sort(), [live, 'previous'].sort());
  });
});

test('a model records corpus files inside the package relative to it, others as absolute paths', async () => {
  const outside = mkdtempSync(join(root, 'outside-corpus-'));
  const copy = join(outside, 'blues.abc');
  cpSync(CORPUS, copy);
  const { parent } = folderWithPreviousModel();
  await trainFromCorpus({ ...smallTraining(join(parent, 'inside')), corpus: [CORPUS], epochs: 1 });
  await trainFromCorpus({ ...smallTraining(join(parent, 'outside')), corpus: [copy], epochs: 1 });
  const recorded = async (name: string) =>
    (await loadModelFolder(join(parent, name))).metadata.corpus?.files.map((f) => f.path);
  assert.deepEqual(
    await recorded('inside'),
    ['corpus/blues.abc'],
    'portable: evaluate finds it from any working folder',
  );
  assert.deepEqual(await recorded('outside'), [copy]);
});
