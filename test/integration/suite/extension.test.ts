import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JazzSoloApi } from '../../../src/extension/extension';
import { COMMAND_IDS } from '../../../src/shared/commandIds';
import type { TrainOutcome } from '../../../src/extension/training/trainingRunner';

const EXTENSION_ID = 'jazz-solo.jazz-solo-lstm';
const COMMANDS = Object.values(COMMAND_IDS);

function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('jazzSolo');
}

async function generate(): Promise<vscode.TextDocument> {
  const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('jazzSolo.generate');
  assert.ok(document, 'Generate Jazz Solo returned no document (see the "Jazz Solo" output)');
  return document;
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('Jazz Solo extension', () => {
  let api: JazzSoloApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<JazzSoloApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
    api = await extension.activate();
    await settings().update('training.epochs', 2, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    for (const key of ['seed', 'training.epochs'])
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  it('contributes every command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of COMMANDS) assert.ok(registered.has(id), `${id} is not registered`);
  });

  it('generates a solo into a new ABC editor with chord symbols', async () => {
    const document = await generate();
    assert.equal(document.languageId, 'abc');
    assert.match(document.getText(), /^X:/);
    assert.match(document.getText(), /"[A-G][b#]?[^"]*"/, 'no chord symbol in the generated ABC');
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  it('gives a new solo on each run, and the same one for a set seed', async () => {
    const first = (await generate()).getText();
    const second = (await generate()).getText();
    assert.notEqual(first, second);
    await settings().update('seed', '42', vscode.ConfigurationTarget.Global);
    try {
      const seededA = (await generate()).getText();
      const seededB = (await generate()).getText();
      assert.equal(seededA, seededB);
    } finally {
      await settings().update('seed', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  /** Trains on the fixture corpus; every test that needs a trained model makes its own, so order does not matter. */
  async function trainBlues(): Promise<void> {
    const outcome = await vscode.commands.executeCommand<TrainOutcome | undefined>(
      'jazzSolo.train',
      fixture('blues.abc'),
    );
    assert.equal(outcome?.kind, 'done', JSON.stringify(outcome));
  }

  it('trains on an ABC corpus, makes the model active, and generates with it', async () => {
    await trainBlues();
    assert.equal(api.activeModel().name, 'blues');
    assert.match((await generate()).getText(), /model blues/);
  });

  it('refuses a second training while one runs', async () => {
    const first = vscode.commands.executeCommand<TrainOutcome | undefined>('jazzSolo.train', fixture('blues.abc'));
    const second = await vscode.commands.executeCommand<TrainOutcome | undefined>(
      'jazzSolo.train',
      fixture('blues.abc'),
    );
    assert.equal(second, undefined);
    assert.equal((await first)?.kind, 'done');
    assert.equal(api.isTraining(), false);
  });

  it('falls back to the default model when the active one is broken', async () => {
    await trainBlues();
    const active = api.activeModel();
    assert.equal(active.isDefault, false, 'a freshly trained model is the active one');
    for (const name of await fs.readdir(active.dir)) {
      await fs.writeFile(path.join(active.dir, name), '{ truncated');
    }
    const document = await generate();
    assert.match(document.getText(), /^X:/);
    assert.equal(api.activeModel().isDefault, true);
  });
});
