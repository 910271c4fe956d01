import * as vscode from 'vscode';
import { ABC_SELECTOR, analyseDocument, loadAnalysis } from './analysisLoader';

/** One outline symbol per X: tune, and a folding range per tune. */
export class AbcOutlineProvider implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  static register(context: vscode.ExtensionContext): void {
    const provider = new AbcOutlineProvider();
    context.subscriptions.push(
      vscode.languages.registerDocumentSymbolProvider(ABC_SELECTOR, provider, { label: 'ABC tunes' }),
      vscode.languages.registerFoldingRangeProvider(ABC_SELECTOR, provider),
    );
  }

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const { abcOutline } = await loadAnalysis();
    return abcOutline(await analyseDocument(document)).map((tune) => {
      const range = new vscode.Range(document.positionAt(tune.startChar), document.positionAt(tune.endChar));
      const selection = new vscode.Range(document.positionAt(tune.selectionStartChar), document.positionAt(tune.selectionEndChar));
      return new vscode.DocumentSymbol(tune.name, tune.detail, vscode.SymbolKind.Module, range, selection);
    });
  }

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const { abcOutline } = await loadAnalysis();
    return abcOutline(await analyseDocument(document))
      .filter((tune) => tune.endLine > tune.startLine)
      .map((tune) => new vscode.FoldingRange(tune.startLine - 1, tune.endLine - 1, vscode.FoldingRangeKind.Region));
  }
}
