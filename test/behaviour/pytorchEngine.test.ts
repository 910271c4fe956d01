/**
 * `train --engine pytorch`: the same network on the same windows in PyTorch (Debian's python3-torch), its
 * model folder read and played like the built-in engine's; torchrun's processes; a stop that ends them all
 * and writes nothing; and one clear line where there is no torch.
 */
import { torchMissing } from '../unit/helpers/torch';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/core/io/corpus';
import { buildVocabulary } from '../../src/core/solo/vocabulary';
import { UserFacingError } from '../../src/shared/errors';
import { scoreNetworkHeldOut } from '../../src/model/heldOutScore';
import { trainWithPytorch } from '../../src/model/pytorch/pytorchTrainer';
import { trainNetwork } from '../../src/model/train';
import { generateSolo, trainFromCorpus } from '../../src/engine';
import { CLI, ensureBuilt } from '../unit/helpers/cli';
import { METHENY_PARTS, missingShared, sharedFile } from '../unit/helpers/shared';

const noTorch = torchMissing();
const metheny = sharedFile(...METHENY_PARTS);
const skipReason = noTorch || (metheny ? false : missingShared(...METHENY_PARTS));
const METHENY_OPTIONS = { melodyTrack: 'Guitar', chordTracks: ['Piano'], bars: [120, 137] as [number, number] };

let workDir = '';
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'pytorch-engine-'));
});
after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('without torch, one line says how to get it', async () => {
  const fakePython = join(workDir, 'python-without-torch');
  writeFileSync(fakePython, '#!/bin/sh\necho "ModuleNotFoundError: No module named \'torch\'" >&2\nexit 1\n');
  chmodSync(fakePython, 0o755);
  for (const python of [fakePython, join(workDir, 'no-such-python')]) {
    await assert.rejects(
      trainWithPytorch({ tokens: Int32Array.from([0, 1, 2, 1, 0, 2, 1]), nValues: 3 }, { tx: 3, python }),
      (error: unknown) => {
        assert.ok(error instanceof UserFacingError);
        assert.match(
          error.message,
          /install python3-torch \(Debian\) or choose another Python \(--python, or the setting jazzSolo\.training\.pythonPath\)$/,
        );
        assert.doesNotMatch(error.message, /\n/);
        return true;
      },
    );
  }
  // Training says so before it reads a corpus (here one that does not exist), and leaves no model folder.
  const outDir = join(workDir, 'never-written');
  await assert.rejects(
    trainFromCorpus({ corpus: [join(workDir, 'no-such-corpus.abc')], outDir, engine: 'pytorch', python: fakePython }),
    /training with PyTorch needs a Python with torch/,
  );
  assert.ok(!existsSync(outDir));
});

/** The reference corpus as tokens: the first 90% to train on, the rest held out. */
async function methenySplit() {
  const corpus = await loadCorpus([metheny!], METHENY_OPTIONS);
  const vocabulary = buildVocabulary(corpus.values);
  const tokens = Int32Array.from(corpus.values, (value) => vocabulary.indexOf(value));
  const cut = Math.floor(tokens.length * 0.9);
  return {
    train: { tokens: tokens.slice(0, cut), nValues: vocabulary.values.length },
    heldOut: [{ prime: [] as number[], target: Array.from(tokens.slice(cut)) }],
  };
}

const REFERENCE = { tx: 30, units: 64, batchSize: 32, m: 60, windows: 'reference' as const, seed: 1, epochs: 20 };

test(
  'PyTorch trains the reference on the same batches: the same losses, a held-out NLL within 2% of the built-in engine',
  { skip: skipReason },
  async () => {
    const { train, heldOut } = await methenySplit();
    const builtin = await trainNetwork(train, { ...REFERENCE, workers: 1 });
    const torch = await trainWithPytorch(train, REFERENCE);
    assert.match(torch.backend, /^pytorch .*\(cpu, 1 process/);
    builtin.loss.forEach((loss, i) =>
      assert.ok(Math.abs(loss - torch.loss[i]) <= 1e-3 * loss, `epoch ${i + 1}: ${loss} vs ${torch.loss[i]}`),
    );
    const nll = (weights: typeof torch.weights) => scoreNetworkHeldOut(weights, heldOut).nll;
    const [ours, theirs] = [nll(builtin.weights), nll(torch.weights)];
    assert.ok(Math.abs(theirs - ours) <= 0.02 * ours, `held-out NLL ${theirs} vs ${ours}`);
  },
);

test(
  'a model trained with --engine pytorch --nproc 2 (two gloo processes) is one folder that loads and plays',
  { skip: skipReason },
  async () => {
    const outDir = join(workDir, 'torch-model');
    const result = await trainFromCorpus({
      corpus: [metheny!],
      ...METHENY_OPTIONS,
      outDir,
      epochs: 5,
      engine: 'pytorch',
      nproc: 2,
    });
    assert.match(result.backend, /^pytorch .*2 process/);
    assert.equal(result.loss.length, 5);
    assert.ok(existsSync(join(outDir, 'metadata.json')));
    const solo = await generateSolo({ modelDir: outDir, steps: 40, seed: 3 });
    assert.ok(solo.abc.includes('K:'), 'an ABC tune');
  },
);

test('SIGTERM stops the CLI, torchrun and its processes, and writes nothing', { skip: skipReason }, async () => {
  ensureBuilt();
  const scratch = join(workDir, 'stop');
  mkdirSync(scratch);
  const outDir = join(scratch, 'never-written');
  const child = spawn(
    process.execPath,
    [
      CLI,
      'train',
      metheny!,
      '--melody-track',
      'Guitar',
      '--chord-track',
      'Piano',
      '--bars',
      '120:137',
      '--out',
      outDir,
      '--epochs',
      '10000',
      '--engine',
      'pytorch',
      '--nproc',
      '2',
    ],
    // The exchange folder lives under TMPDIR: its unique path finds every process of this run.
    { env: { ...process.env, TMPDIR: scratch }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (/epoch 1\//.test(stderr)) resolve();
    });
    child.once('exit', () => reject(new Error(`the CLI ended before its first epoch:\n${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 143);
  assert.equal(existsSync(outDir), false, 'no model folder');
  // Give the group's SIGTERM a moment to land, then no process of the run may be left.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const left = spawnSync('pgrep', ['-f', scratch], { encoding: 'utf8' }).stdout.trim();
  assert.equal(left, '', `processes left: ${left}`);
});
