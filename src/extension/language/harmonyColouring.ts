import * as vscode from 'vscode';
import { decodeHarmonyTokens } from '../../shared/abcLanguage';
import { isAbc, type AbcLanguageClient } from './client';
import { affectsSettings, readConfiguration } from '../settings';

const DEBOUNCE_MS = 200;

/**
 * Marks outside notes (neither chord nor scale tones) in red and approach tones in blue, the colours
 * Impro-Visor uses to give learners feedback; the hover says why. The marks are the language server's
 * semantic tokens, drawn as decorations (a wavy underline says more than a theme colour could).
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

  private constructor(private readonly server: AbcLanguageClient) {}

  static register(context: vscode.ExtensionContext, server: AbcLanguageClient): HarmonyColouring {
    const colouring = new HarmonyColouring(server);
    context.subscriptions.push(
      colouring,
      server.onDidStart(() => colouring.schedule(0)),
      vscode.window.onDidChangeVisibleTextEditors(() => colouring.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isAbc(e.document)) colouring.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsSettings(e, ['harmonyColouring'])) colouring.schedule(0);
      }),
    );
    return colouring;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const enabled = readConfiguration().harmonyColouring;
    const editors = vscode.window.visibleTextEditors.filter((editor) => isAbc(editor.document));
    if (editors.length === 0) return;
    for (const editor of editors) {
      if (!enabled) {
        editor.setDecorations(this.outside, []);
        editor.setDecorations(this.approach, []);
        continue;
      }
      try {
        const client = await this.server.get();
        const version = editor.document.version;
        const answer = await client.sendRequest<{ data: number[] } | null>('textDocument/semanticTokens/full', {
          textDocument: { uri: editor.document.uri.toString() },
        });
        // A newer edit has its own refresh scheduled: ranges of an older version would be off.
        if (editor.document.version !== version) continue;
        const tokens = decodeHarmonyTokens(answer?.data ?? []);
        const ranges = (type: string): vscode.Range[] =>
          tokens
            .filter((t) => t.type === type)
            .map((t) => new vscode.Range(t.line, t.character, t.line, t.character + t.length));
        editor.setDecorations(this.outside, ranges('outsideTone'));
        editor.setDecorations(this.approach, ranges('approachTone'));
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
