import * as vscode from 'vscode';
import { analyseDocument, isAbc, loadAnalysis } from './analysisLoader';

export const HARMONY_COLOURING_SETTING = 'jazzSolo.harmonyColouring';
const DEBOUNCE_MS = 200;

/**
 * Marks outside notes (neither chord nor scale tones) in red and approach tones in blue, the colours
 * Impro-Visor uses to give learners feedback; the hover says why.
 */
export class HarmonyColouring implements vscode.Disposable {
  private readonly outside = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('editorError.foreground'),
    textDecoration: 'underline wavy',
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.errorForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly approach = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('editorInfo.foreground'),
    textDecoration: 'underline dotted',
  });
  private timer: ReturnType<typeof setTimeout> | undefined;

  static register(context: vscode.ExtensionContext): HarmonyColouring {
    const colouring = new HarmonyColouring();
    context.subscriptions.push(
      colouring,
      vscode.window.onDidChangeVisibleTextEditors(() => colouring.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isAbc(e.document)) colouring.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(HARMONY_COLOURING_SETTING)) colouring.schedule(0);
      }),
    );
    colouring.schedule(0);
    return colouring;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const enabled = vscode.workspace.getConfiguration().get<boolean>(HARMONY_COLOURING_SETTING, true);
    for (const editor of vscode.window.visibleTextEditors) {
      if (!isAbc(editor.document)) continue;
      if (!enabled) {
        editor.setDecorations(this.outside, []);
        editor.setDecorations(this.approach, []);
        continue;
      }
      try {
        const { markedNotes } = await loadAnalysis();
        const marked = markedNotes(await analyseDocument(editor.document));
        const options = (role: 'A' | 'X'): vscode.DecorationOptions[] =>
          // No hover message here: the hover provider already explains every note.
          marked.filter((m) => m.role === role).map((m) => ({
            range: new vscode.Range(editor.document.positionAt(m.startChar), editor.document.positionAt(m.endChar)),
          }));
        editor.setDecorations(this.outside, options('X'));
        editor.setDecorations(this.approach, options('A'));
      } catch {
        // The diagnostics report what cannot be read; colouring just stays as it was.
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outside.dispose();
    this.approach.dispose();
  }
}
