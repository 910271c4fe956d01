/**
 * The editor's exports as a user meets them: "Export Solo as MusicXML" and "Export Sheet as PDF / SVG" write
 * where the save dialog points, through the one safe write; a target that is a symbolic link is refused in
 * one error and the file it points to is left as it was (the MIDI export too, which once used workspace.fs).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { fake } from '../../helpers/vscodeFake';
import { ExportMusicXmlCommand, ExportSheetCommand } from '../../../../src/extension/commands/exportNotation';
import { ExportMidiCommand } from '../../../../src/extension/commands/exportMidi';
import type { JazzPreviewManager } from '../../../../src/extension/preview/previewManager';
import { readMusicXmlText } from '../../../../src/core/formats/musicxml/reader';

const ABC = 'X:1\nT:Dialog Blues\nM:4/4\nL:1/8\nK:F\n"F7"FGAc d2c2|"Bb7"BAGF D4|"F7"(3FGA c2 z4|]\n';
const log = { info: () => undefined } as unknown as vscode.LogOutputChannel;
const preview = { shownDocumentUri: () => undefined, partShownFor: () => undefined } as unknown as JazzPreviewManager;
const window = vscode.window as unknown as Record<string, unknown>;
const workspace = vscode.workspace as unknown as Record<string, unknown>;

let folder: string;
let saveTo: vscode.Uri | undefined;
before(() => {
  fake.reset();
  folder = mkdtempSync(join(tmpdir(), 'jazz-export-commands-'));
  const source = join(folder, 'blues.abc');
  writeFileSync(source, ABC);
  window.showSaveDialog = async () => saveTo;
  window.showQuickPick = async (items: Array<{ label: string }>) => items.find((item) => item.label === 'US Letter');
  workspace.openTextDocument = async (uri: vscode.Uri) => ({
    uri,
    fileName: uri.fsPath,
    isUntitled: false,
    languageId: 'abc',
    getText: () => readFileSync(uri.fsPath, 'utf8'),
  });
});
after(() => {
  for (const stub of ['showSaveDialog', 'showQuickPick']) delete window[stub];
  delete workspace.openTextDocument;
  rmSync(folder, { recursive: true, force: true });
});

test('Export Solo as MusicXML writes the lead sheet with the band where the dialog points', async () => {
  saveTo = vscode.Uri.file(join(folder, 'blues.musicxml'));
  const written = await new ExportMusicXmlCommand(preview, log).execute(vscode.Uri.file(join(folder, 'blues.abc')));
  assert.equal(written?.fsPath, saveTo.fsPath);
  const read = readMusicXmlText(readFileSync(saveTo.fsPath, 'utf8'), 'blues.musicxml');
  assert.equal(read.tunes[0].title, 'Dialog Blues');
  assert.deepEqual(read.parts.map((p) => p.name).slice(1), ['Bass', 'Piano', 'Drums']);
});

test('Export Sheet as PDF and as SVG write pages of the paper picked', async () => {
  saveTo = vscode.Uri.file(join(folder, 'blues.pdf'));
  await new ExportSheetCommand('pdf', preview, log).execute(vscode.Uri.file(join(folder, 'blues.abc')));
  const pdf = readFileSync(saveTo.fsPath).toString('latin1');
  assert.match(pdf, /^%PDF-1\.4/);
  assert.match(pdf, /\/MediaBox \[0 0 612 792\]/);
  assert.match(pdf, /\(Dialog Blues\) Tj/);
  saveTo = vscode.Uri.file(join(folder, 'blues.svg'));
  await new ExportSheetCommand('svg', preview, log).execute(vscode.Uri.file(join(folder, 'blues.abc')));
  assert.match(readFileSync(saveTo.fsPath, 'utf8'), /<svg [^>]*width="612pt" height="792pt"/);
});

test('a symbolic link as the target is refused, and the file it points to is untouched', async () => {
  const victim = join(folder, 'victim.txt');
  writeFileSync(victim, 'keep me');
  for (const [name, command] of [
    ['link.musicxml', new ExportMusicXmlCommand(preview, log)],
    ['link.pdf', new ExportSheetCommand('pdf', preview, log)],
    ['link.mid', new ExportMidiCommand(log)],
  ] as const) {
    const link = join(folder, name);
    symlinkSync(victim, link);
    saveTo = vscode.Uri.file(link);
    await assert.rejects(command.execute(vscode.Uri.file(join(folder, 'blues.abc'))), /symbolic link/);
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  }
});
