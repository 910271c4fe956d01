// Command ids are written once (src/shared/commandIds.ts): package.json contributes exactly those, and
// activating the extension registers each of them, once, through its CommandManager.
import { REPO_ROOT } from '../helpers/shared';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../../src/shared/commandIds';
import { fake } from '../helpers/vscodeFake';

const ROOT = REPO_ROOT;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('package.json contributes exactly the commands of COMMAND_IDS', () => {
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual([...contributed].sort(), Object.values(COMMAND_IDS).sort());
  for (const c of manifest.contributes.commands)
    assert.equal(c.category, 'Jazz', `${c.command} is in the Jazz category`);
});

test('activation registers every command, and a failing command reaches the user as one error message', async () => {
  fake.reset();
  const storage = mkdtempSync(join(tmpdir(), 'jazz-commands-'));
  const context = (
    vscode as unknown as { fakeExtensionContext(root: string, storage: string): vscode.ExtensionContext }
  ).fakeExtensionContext(ROOT, storage);
  try {
    const { activate } = await import('../../../src/extension/extension');
    activate(context);
    assert.deepEqual([...fake.commands.keys()].sort(), Object.values(COMMAND_IDS).sort());
    // Export with no ABC editor open: the command reports it in one message instead of failing silently.
    await vscode.commands.executeCommand(COMMAND_IDS.exportMidi);
    assert.equal(fake.shown.length, 1);
    assert.equal(fake.shown[0].level, 'error');
    assert.match(fake.shown[0].message, /open an ABC file/);
  } finally {
    for (const disposable of context.subscriptions) disposable?.dispose?.();
    fake.reset();
    rmSync(storage, { recursive: true, force: true });
  }
});
