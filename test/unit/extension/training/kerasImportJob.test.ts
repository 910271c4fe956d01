import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseFromKerasImportWorker,
  runKerasImportJob,
  type FromKerasImportWorker,
} from '../../../../src/extension/training/kerasImportJob';
import { h5pyMissing, makeKerasFile, notebookLikeValues } from '../../helpers/kerasFiles';

const missing = h5pyMissing();

test(
  'the worker job imports a notebook model and answers with a message the host accepts',
  { skip: missing },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keras-job-'));
    try {
      const weightsFile = join(dir, 'nb.h5');
      makeKerasFile({
        out: weightsFile,
        layout: 'save',
        names: ['lstm', 'dense'],
        activation: 'sigmoid',
        values: 78,
        units: 8,
        seed: 4,
        inputs: [],
      });
      const valuesFile = join(dir, 'values.json');
      writeFileSync(valuesFile, JSON.stringify(notebookLikeValues(78, 2)));
      const answers: FromKerasImportWorker[] = [];
      await runKerasImportJob(
        { kerasImport: { weightsFile, valuesFile, outDir: join(dir, 'model') } },
        (m) => void answers.push(m),
      );
      assert.equal(answers.length, 1);
      const answer = parseFromKerasImportWorker(structuredClone(answers[0]));
      assert.ok(answer?.type === 'imported', JSON.stringify(answers[0]));
      assert.equal(answer.result.values, 78);
      assert.equal(answer.result.recurrentActivation, 'sigmoid');

      answers.length = 0;
      await runKerasImportJob(
        { kerasImport: { weightsFile, valuesFile: join(dir, 'none.json'), outDir: join(dir, 'm2') } },
        (m) => void answers.push(m),
      );
      const failed = parseFromKerasImportWorker(structuredClone(answers[0]));
      assert.ok(failed?.type === 'failed' && failed.userFacing && /cannot read the/.test(failed.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('a malformed answer from the worker is refused', () => {
  assert.equal(parseFromKerasImportWorker({ type: 'imported', result: { modelDir: 1 } }), undefined);
  assert.equal(parseFromKerasImportWorker({ type: 'failed', message: 'x' }), undefined);
  assert.equal(parseFromKerasImportWorker('imported'), undefined);
});
