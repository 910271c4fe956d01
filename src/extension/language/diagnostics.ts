import * as vscode from 'vscode';
import { analyseDocument, forgetDocument, isAbc, loadAnalysis } from './analysisLoader';

const DEBOUNCE_MS = 250;

/** abcjs warnings, bars that do not fill the meter and unreadable chord symbols, while typing. */
export class AbcDiagnosticsProvider implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('abc');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  static register(context: vscode.ExtensionContext): AbcDiagnosticsProvider {
    const provider = new AbcDiagnosticsProvider();
    context.subscriptions.push(
      provider,
      vscode.workspace.onDidOpenTextDocument((d) => provider.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => provider.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => provider.clear(d)),
    );
    for (const document of vscode.workspace.textDocuments) provider.schedule(document, 0);
    return provider;
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isAbc(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.update(document);
    }, delay));
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const version = document.version;
    try {
      const { abcDiagnostics } = await loadAnalysis();
      const analysis = await analyseDocument(document);
      // A newer edit has its own update scheduled; do not show stale ranges.
      if (document.isClosed || document.version !== version) return;
      this.collection.set(document.uri, abcDiagnostics(analysis).map((problem) => {
        const range = new vscode.Range(document.positionAt(problem.startChar), document.positionAt(problem.endChar));
        const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
        diagnostic.source = problem.kind === 'abcjs' ? 'abcjs' : 'jazz-solo';
        diagnostic.code = problem.kind;
        return diagnostic;
      }));
    } catch (error) {
      this.collection.set(document.uri, [
        new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `The ABC could not be analysed: ${error instanceof Error ? error.message : String(error)}`, vscode.DiagnosticSeverity.Error),
      ]);
    }
  }

  private clear(document: vscode.TextDocument): void {
    this.collection.delete(document.uri);
    forgetDocument(document);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.collection.dispose();
  }
}
