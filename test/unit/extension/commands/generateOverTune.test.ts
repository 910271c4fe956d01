// "Generate Jazz Solo over a Tune…" and "… over an iReal Pro Chart…" in the in-memory VS Code: what the quick
// picks offer, and that the solo is asked for over the picked tune's whole form, `jazzSolo.choruses` times.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GenerateFromIrealCommand, GenerateOverTuneCommand } from '../../../../src/extension/commands/generateOverTune';
import type { GenerateOptions } from '../../../../src/engine';
import { fake } from '../../helpers/vscodeFake';
import { irealbLink, irealbSong } from '../../helpers/ireal';

type Window = Record<string, unknown>;
const window = vscode.window as unknown as Window;

function recorder() {
  const calls: Partial<GenerateOptions>[] = [];
  return {
    calls,
    run: async (overrides: Partial<GenerateOptions>) => {
      calls.push(overrides);
      return {} as vscode.TextDocument;
    },
  };
}

/** The quick pick answers with the item `choose` picks, and remembers what it was offered. */
function answerQuickPick(choose: (items: vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined) {
  const offered: vscode.QuickPickItem[][] = [];
  window.showQuickPick = async (items: vscode.QuickPickItem[]) => {
    offered.push(items);
    return choose(items);
  };
  return offered;
}

afterEach(() => {
  for (const key of ['showQuickPick', 'showInputBox', 'showOpenDialog', 'activeTextEditor']) delete window[key];
  fake.reset();
});

test('the tune quick pick offers the library and asks for its whole form, jazzSolo.choruses times', async () => {
  fake.settings.set('jazzSolo.choruses', 3);
  fake.settings.set('jazzSolo.chordProgression', '| C | G7 |');
  const generator = recorder();
  const offered = answerQuickPick((items) => items.find((item) => item.label === 'Body and Soul'));
  await new GenerateOverTuneCommand(generator).execute();
  assert.ok(offered[0].length >= 39, 'forms and standards');
  const body = offered[0].find((item) => item.label === 'Body and Soul')!;
  assert.equal(body.description, 'Db · 4/4 · 32 bars A A B A · 1930');
  assert.equal(body.detail, 'Johnny Green · Ballad');
  assert.equal(offered[0].find((item) => item.label === 'Blues')!.detail, 'form · Medium Swing');
  assert.equal(generator.calls.length, 1);
  const overrides = generator.calls[0];
  assert.equal(overrides.sheet?.title, 'Body and Soul');
  assert.equal(overrides.choruses, 3);
  // The tune's own chords, meter, key and tempo win over the settings'; steps give way to the form.
  for (const key of ['steps', 'chords', 'meter', 'key', 'tempo'] as const) {
    assert.ok(key in overrides && overrides[key] === undefined, `${key} gives way to the tune`);
  }
});

test('dismissing the quick pick generates nothing', async () => {
  const generator = recorder();
  answerQuickPick(() => undefined);
  assert.equal(await new GenerateOverTuneCommand(generator).execute(), undefined);
  assert.equal(generator.calls.length, 0);
});

const PLAYLIST = irealbLink(
  [
    irealbSong({ title: 'Good One', key: 'Bb', music: '[T44Bb^7XyQ|C-7 F7LZBb6XyQZ' }),
    irealbSong({ title: 'Odd Meter', music: '[T44C   |T24G7   Z' }),
  ],
  'Practice',
);

test('a pasted playlist link: a quick pick of its charts, the unplayable ones saying why', async () => {
  window.showInputBox = async () => PLAYLIST;
  const generator = recorder();
  const offered = answerQuickPick((items) => items[0]);
  await new GenerateFromIrealCommand(generator).execute();
  assert.deepEqual(
    offered[0].map((item) => [item.label, item.description]),
    [
      ['Good One', 'Bb · 4/4 · 3 bars'],
      [
        '$(warning) Odd Meter',
        'cannot play: the meter changes from 4/4 to 2/4 at written bar 2: a progression keeps one meter',
      ],
    ],
  );
  assert.equal(generator.calls[0].sheet?.title, 'Good One');
  assert.deepEqual(generator.calls[0].sheet?.bars, ['Bbmaj7', 'Cm7 F7', 'Bb6']);
  assert.equal(generator.calls[0].choruses, 1);
  answerQuickPick((items) => items[1]);
  await assert.rejects(new GenerateFromIrealCommand(generator).execute(), /"Odd Meter" cannot be played: the meter/);
});

test('a link in the open editor (or selected) is used without asking; a single chart needs no pick', async () => {
  const single = irealbLink([irealbSong({ title: 'Only', key: 'G', music: '[G6XyQ|D7XyQZ' })]);
  window.activeTextEditor = {
    selection: 'whole',
    document: {
      fileName: '/tmp/notes.txt',
      getText: (range?: unknown) => (range === undefined ? `my charts: ${single}\n` : ''),
    },
  };
  window.showInputBox = async () => assert.fail('no input box when the editor holds a link');
  const offered = answerQuickPick(() => assert.fail('no pick for one chart'));
  const generator = recorder();
  await new GenerateFromIrealCommand(generator).execute();
  assert.equal(offered.length, 0);
  assert.equal(generator.calls[0].sheet?.title, 'Only');
});
