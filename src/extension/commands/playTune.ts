import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import type { JazzPreviewManager } from '../preview/previewManager';
import { isAbcDocument } from '../preview/previewManager';
import { COMMAND_IDS } from '../../shared/commandIds';

/** "Play Tune in Preview" (also the Play lens above each tune): shows the tune beside the editor and plays it. */
export class PlayTuneCommand implements Command {
  readonly id = COMMAND_IDS.playTune;

  constructor(private readonly preview: JazzPreviewManager) {}

  async execute(resource?: unknown): Promise<void> {
    const document =
      resource instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(resource)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isAbcDocument(document)) return;
    this.preview.playWhenReady(document);
  }
}
