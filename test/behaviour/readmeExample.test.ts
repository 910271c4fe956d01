// The example solo in the README is what a newcomer's first command prints: it must be what the bundled
// default model really generates for that seed today (after a retraining, regenerate the README's example).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSolo } from '../../src/engine';
import { REPO_ROOT } from '../unit/helpers/shared';

test("the README's example solo is the default model's solo for its seed", async () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const command = /`node bin\/jazz-solo\.js generate --seed (\d+)`/.exec(readme);
  const block = /```abc\n([\s\S]*?)```/.exec(readme);
  assert.ok(command && block, 'the README shows an example solo and the command that wrote it');
  const { abc } = await generateSolo({ seed: Number(command[1]) });
  assert.equal(block[1].trim(), abc.trim());
});
