/** Training without --epochs chooses its epoch by held-out NLL and records the curve; the reference says it is one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainFromCorpus, type TrainProgress } from '../../src/engine';
import { REPO_ROOT, METHENY_PARTS, missingShared, sharedFile } from '../unit/helpers/shared';
import { inTemporaryFolder } from '../unit/helpers/files';

test(
  'automatic epochs: the held-out curve, the epoch kept and its epochs are in the metadata',
  inTemporaryFolder('epoch-choice-', async (dir) => {
    const progress: TrainProgress[] = [];
    const result = await trainFromCorpus(
      {
        corpus: [join(REPO_ROOT, 'corpus', 'blues.abc'), join(REPO_ROOT, 'corpus', 'minor-blues.abc')],
        outDir: join(dir, 'model'),
        units: 8,
        tx: 16,
        windows: 'reference',
        seed: 2,
        patience: 2,
      },
      { onProgress: (p) => void progress.push(p) },
    );
    const metadata = JSON.parse(readFileSync(join(dir, 'model', 'metadata.json'), 'utf8'));
    const curve: number[] = metadata.heldOutLoss;
    assert.equal(curve.length, metadata.loss.length);
    assert.deepEqual(
      curve,
      progress.map((p) => p.heldOutNll),
    );
    const best = curve.indexOf(Math.min(...curve)) + 1;
    assert.equal(metadata.chosenEpoch, best);
    assert.equal(result.epochs, best);
    // What a held-out evaluation retrains with: the epochs that made the weights kept.
    assert.equal(metadata.options.epochs, best);
    assert.equal(metadata.options.patience, 2);
    assert.ok(curve.length === metadata.options.maxEpochs || curve.length === best + 2);
    assert.ok(progress.every((p) => p.referenceCorpus === undefined));
  }),
);

const metheny = sharedFile(...METHENY_PARTS);
test(
  "training on the reference corpus says so, for the reference's loss beside its own",
  { skip: metheny ? false : missingShared(...METHENY_PARTS) },
  inTemporaryFolder('epoch-choice-', async (dir) => {
    const progress: TrainProgress[] = [];
    await trainFromCorpus(
      {
        corpus: [metheny!],
        outDir: join(dir, 'metheny'),
        melodyTrack: 'Guitar',
        chordTracks: ['Piano'],
        bars: [120, 137],
        epochs: 2,
        units: 8,
      },
      { onProgress: (p) => void progress.push(p) },
    );
    assert.equal(progress.length, 2);
    assert.ok(progress.every((p) => p.referenceCorpus === true));
  }),
);
