import * as vscode from 'vscode';
import { OPEN_PREVIEW_COMMAND } from '../preview/previewManager';
import { ABC_SELECTOR, analyseDocument, isAbc, loadAnalysis } from './analysisLoader';
import { CONTINUE_SOLO_COMMAND } from './continuation';

export const PLAY_TUNE_COMMAND = 'jazzSolo.playTune';
/** How long a freshly opened preview is given to render before it is asked to play (see PreviewPlayer). */
const FIRST_RENDER_GRACE_MS = 1500;

/** The part of the preview manager the Play lens needs. */
export interface PreviewPlayer {
  show(document: vscode.TextDocument, options?: { beside?: boolean }): void;
  playback(command: 'play' | 'pause' | 'stop'): boolean;
  /** Shows the document and plays it as soon as its first render is done, when the preview offers it. */
  playWhenReady?(document: vscode.TextDocument): void;
}

/** Above each tune: Preview, Play, Continue, and the tune's count of outside notes. */
export class AbcCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  static register(context: vscode.ExtensionContext, preview: PreviewPlayer | undefined): void {
    const provider = new AbcCodeLensProvider();
    context.subscriptions.push(
      provider.changed,
      vscode.languages.registerCodeLensProvider(ABC_SELECTOR, provider),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isAbc(e.document)) provider.changed.fire();
      }),
      vscode.commands.registerCommand(PLAY_TUNE_COMMAND, (uri?: unknown) => playTune(preview, uri)),
    );
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const { abcOutline, harmonyCounts, describeHarmonyCount } = await loadAnalysis();
    const analysis = await analyseDocument(document);
    const counts = harmonyCounts(analysis);
    const lenses: vscode.CodeLens[] = [];
    for (const tune of abcOutline(analysis)) {
      const at = document.positionAt(tune.startChar);
      const range = new vscode.Range(at, at);
      lenses.push(
        new vscode.CodeLens(range, { title: '$(open-preview) Preview', command: OPEN_PREVIEW_COMMAND, arguments: [document.uri] }),
        new vscode.CodeLens(range, { title: '$(play) Play', command: PLAY_TUNE_COMMAND, arguments: [document.uri] }),
      );
      const analysed = analysis.tunes[tune.tuneIndex];
      const lastNote = analysed.notes[analysed.notes.length - 1];
      if (lastNote) {
        lenses.push(new vscode.CodeLens(range, {
          title: '$(sparkle) Continue',
          tooltip: 'Continue this solo with the active model after its last bar',
          command: CONTINUE_SOLO_COMMAND,
          arguments: [document.uri, lastNote.endChar],
        }));
      }
      const count = counts[tune.tuneIndex];
      if (count && count.notes > 0) {
        lenses.push(new vscode.CodeLens(range, {
          title: describeHarmonyCount(count),
          tooltip: `Notes neither in the chord nor in its scale (${count.approach} approach tone${count.approach === 1 ? '' : 's'} besides)`,
          command: '',
        }));
      }
    }
    return lenses;
  }
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
