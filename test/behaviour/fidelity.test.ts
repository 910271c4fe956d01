/**
 * Fidelity to the reference: the Coursera / deepjazz setup on Pat Metheny's "And Then I Knew"
 * (Guitar melody, Piano chords, bars 120 to 136), trained for the reference's 100 epochs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectCorpus, trainFromCorpus, generateSolo } from '../../src/engine';
import { sharedFile, missingShared, METHENY_PARTS } from '../unit/helpers/shared';

const metheny = sharedFile(...METHENY_PARTS);
const referenceChoice = { melodyTrack: 'Guitar', chordTracks: ['Piano'], bars: [120, 137] as [number, number] };

test(
  'the reference window of original_metheny.mid gives about 200 values and a vocabulary of 70 to 100',
  { skip: metheny ? false : missingShared(...METHENY_PARTS) },
  async () => {
    const corpus = await inspectCorpus([metheny!], referenceChoice);
    assert.ok(corpus.tokens >= 190 && corpus.tokens <= 210, `values: ${corpus.tokens}`);
    assert.ok(
      corpus.vocabulary.length >= 70 && corpus.vocabulary.length <= 100,
      `vocabulary: ${corpus.vocabulary.length}`,
    );
    assert.equal(corpus.inferredChordTunes, 0, 'the Piano track gives the chords');
  },
);

test(
  '100 epochs of the reference configuration start near 29·ln(n_values) and end at a summed loss of 10 or less',
  { skip: metheny ? false : missingShared(...METHENY_PARTS) },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jazz-fidelity-'));
    try {
      const outDir = join(dir, 'metheny');
      const result = await trainFromCorpus({
        corpus: [metheny!],
        outDir,
        epochs: 100,
        seed: 3,
        windows: 'reference',
        ...referenceChoice,
      });
      const expectedStart = 29 * Math.log(result.values);
      assert.equal(result.loss.length, 100);
      assert.ok(
        Math.abs(result.loss[0] - expectedStart) / expectedStart < 0.1,
        `first epoch loss ${result.loss[0]} vs 29·ln(${result.values}) = ${expectedStart}`,
      );
      assert.ok(result.loss[99] <= 10, `final loss ${result.loss[99]}`);
      assert.ok(existsSync(join(outDir, 'model.json')));
      const solo = await generateSolo({ modelDir: outDir, seed: 5 });
      assert.equal(solo.values.length, 100);
      assert.match(solo.abc, /^X:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
