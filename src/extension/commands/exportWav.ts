import * as vscode from 'vscode';
import * as path from 'node:path';
import { abcDocumentToExport, defaultExportUri, saveExport, tuneAtCursor } from './exportTarget';
import type { Command } from '../commandManager';
import type { JazzPreviewManager } from '../preview/previewManager';
import { COMMAND_IDS } from '../../shared/commandIds';

/**
 * "Export Solo as WAV": the preview renders the tune under the cursor offline as the band plays it — the
 * shipped samples, the mixer's parts and volumes, lead instrument, tempo, swing and count-in (what Play
 * sounds like, the whole solo once) — and the file goes where the user chooses. Audio needs Web Audio,
 * which only the webview has, so the preview opens if it is not.
 */
export class ExportWavCommand implements Command {
  readonly id = COMMAND_IDS.exportWav;

  constructor(
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(resource?: unknown): Promise<vscode.Uri | undefined> {
    const document = await abcDocumentToExport(resource);
    if (!document) {
      void vscode.window.showErrorMessage('Export Solo as WAV: open an ABC file (or a generated solo) first.');
      return undefined;
    }
    const tuneIndex = await tuneAtCursor(document);
    let wav;
    try {
      wav = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Rendering the solo as WAV', cancellable: true },
        (_progress, token) => this.preview.exportWav(document, tuneIndex, token),
      );
    } catch (error) {
      if (error instanceof vscode.CancellationError) return undefined;
      throw error;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(document, '.wav'),
      filters: { 'WAV audio': ['wav'] },
      saveLabel: 'Export WAV',
    });
    if (!target) return undefined;
    await saveExport(target, wav.bytes, 'WAV export');
    const { info } = wav;
    this.log.info(
      `exported ${document.uri.toString()} (tune ${(tuneIndex ?? 0) + 1}) as WAV: ${info.durationSeconds.toFixed(2)} s, ` +
        `${info.sampleRate} Hz, ${info.channels} channel(s), ${wav.bytes.byteLength} bytes, to ${target.fsPath}`,
    );
    void vscode.window.showInformationMessage(
      `Saved ${path.basename(target.fsPath)} (${info.durationSeconds.toFixed(1)} s).`,
    );
    return target;
  }
}
