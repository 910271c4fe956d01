import * as vscode from 'vscode';
import * as path from 'node:path';
import { abcDocumentToExport, defaultExportUri, saveExport } from './exportTarget';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import { bandSettingsFromSettings } from '../settings';
import { COMMAND_IDS } from '../../shared/commandIds';

/** "Export Solo as MIDI": the ABC of the active editor (saved or not), with its band → a .mid file the user chooses. */
export class ExportMidiCommand implements Command {
  readonly id = COMMAND_IDS.exportMidi;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  async execute(resource?: unknown): Promise<vscode.Uri | undefined> {
    const document = await abcDocumentToExport(resource);
    if (!document) {
      void vscode.window.showErrorMessage('Export Solo as MIDI: open an ABC file (or a generated solo) first.');
      return undefined;
    }
    const sourceName = document.isUntitled ? 'solo.abc' : path.basename(document.fileName);
    // The band as the settings set it up: its parts, the lead's instrument, the count-in.
    const band = bandSettingsFromSettings();
    const midi = (await loadEngine()).abcToMidi(document.getText(), sourceName, {
      band: { parts: band.parts, countIn: band.countIn },
      lead: band.leadInstrument,
    });
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(document, '.mid'),
      filters: { MIDI: ['mid', 'midi'] },
      saveLabel: 'Export MIDI',
    });
    if (!target) return undefined;
    await saveExport(target, midi, 'MIDI export');
    this.log.info(`exported ${sourceName} as MIDI (${midi.byteLength} bytes) to ${target.fsPath}`);
    void vscode.window.showInformationMessage(`Saved ${path.basename(target.fsPath)}.`);
    return target;
  }
}
