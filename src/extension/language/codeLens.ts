import * as vscode from 'vscode';
import { OPEN_PREVIEW_COMMAND } from '../preview/previewManager';
import { ABC_COMMANDS } from '../../shared/abcLanguage';
import { isAbc } from './client';

export const PLAY_TUNE_COMMAND = ABC_COMMANDS.playTune;
/** How long a freshly opened preview is given to render before it is asked to play (see PreviewPlayer). */
const FIRST_RENDER_GRACE_MS = 1500;

/** The part of the preview manager the Play lens needs. */
export interface PreviewPlayer {
  show(document: vscode.TextDocument, options?: { beside?: boolean }): void;
  playback(command: 'play' | 'pause' | 'stop'): boolean;
  /** Shows the document and plays it as soon as its first render is done, when the preview offers it. */
  playWhenReady?(document: vscode.TextDocument): void;
}

const LENS_ICONS: Record<string, string> = {
  [ABC_COMMANDS.openPreview]: '$(open-preview)',
  [ABC_COMMANDS.playTune]: '$(play)',
  [ABC_COMMANDS.continueSolo]: '$(sparkle)',
};

const LENS_TOOLTIPS: Record<string, string> = {
  [ABC_COMMANDS.continueSolo]: 'Continue this solo with the active model after its last bar',
  '': 'Notes neither in the chord nor in its scale',
};

/**
 * The server's lenses (Preview, Play, Continue above each tune, and its count of outside notes) name their
 * document by URI string and place by LSP position; this side's commands take a Uri and a Position.
 */
export function adaptServerCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
  const command = lens.command;
  if (!command) return lens;
  const args = (command.arguments ?? []).map((arg: unknown) => {
    if (typeof arg === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(arg)) return vscode.Uri.parse(arg);
    const p = arg as { line?: unknown; character?: unknown } | undefined;
    if (typeof p?.line === 'number' && typeof p.character === 'number') return new vscode.Position(p.line, p.character);
    return arg;
  });
  const icon = LENS_ICONS[command.command];
  lens.command = {
    ...command,
    title: icon ? `${icon} ${command.title}` : command.title,
    tooltip: command.tooltip ?? LENS_TOOLTIPS[command.command],
    arguments: args,
  };
  return lens;
}

export function registerPlayTuneCommand(context: vscode.ExtensionContext, preview: PreviewPlayer | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand(PLAY_TUNE_COMMAND, (uri?: unknown) => playTune(preview, uri)));
}

async function playTune(preview: PreviewPlayer | undefined, uri: unknown): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isAbc(document)) return;
  if (!preview) {
    await vscode.commands.executeCommand(OPEN_PREVIEW_COMMAND, document.uri);
    return;
  }
  if (preview.playWhenReady) {
    preview.playWhenReady(document);
    return;
  }
  preview.show(document, { beside: true });
  setTimeout(() => preview.playback('play'), FIRST_RENDER_GRACE_MS);
}
