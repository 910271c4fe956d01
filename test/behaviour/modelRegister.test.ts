import { test } from 'node:test';
import { UserFacingError } from '../../src/shared/errors';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadModelFolder } from '../../src/model/store/load';
import { saveModelFolder } from '../../src/model/store/save';
import { type ModelContents } from '../../src/model/store/folder';
import { initialWeights } from '../../src/model/train';

const VALUES = ['C,0.250', 'C,0.500', 'S,0.250', 'S,0.500,<m2,P-4>', 'R,0.500'];

function contents(register?: ModelContents['metadata']['register']): ModelContents {
  return {
    weights: initialWeights(VALUES.length, 4, 1),
    vocabularyValues: VALUES,
    metadata: { name: 'register test', ...(register ? { register } : {}) },
  };
}

test("the corpus's register is kept in the model's metadata; older models without it still load", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jazz-register-'));
  try {
    const register = { low: 62, high: 83, centre: 72, phraseStart: 71 };
    await saveModelFolder(join(dir, 'with'), contents(register));
    assert.deepEqual((await loadModelFolder(join(dir, 'with'))).metadata.register, register);
    await saveModelFolder(join(dir, 'without'), contents());
    assert.equal((await loadModelFolder(join(dir, 'without'))).metadata.register, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a register edited into nonsense is refused with one clear line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jazz-register-'));
  try {
    await saveModelFolder(join(dir, 'model'), contents({ low: 62, high: 83, centre: 72, phraseStart: 71 }));
    const file = join(dir, 'model', 'metadata.json');
    const metadata = JSON.parse(readFileSync(file, 'utf8'));
    metadata.register = { low: 90, high: 20, centre: 72, phraseStart: 71 };
    // The metadata itself is not checksummed, so the edit reaches the register check.
    writeFileSync(file, JSON.stringify(metadata));
    await assert.rejects(loadModelFolder(join(dir, 'model')), (error: unknown) => {
      assert.ok(error instanceof UserFacingError);
      assert.match(error.message, /"register"/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
