import * as vscode from 'vscode';
import { ABC_SELECTOR, analyseDocument, loadAnalysis } from './analysisLoader';

/** A note's name, length and function over its chord; a chord symbol's notes and scale. */
export class AbcHoverProvider implements vscode.HoverProvider {
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider(ABC_SELECTOR, new AbcHoverProvider()));
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { abcHover } = await loadAnalysis();
    const hover = abcHover(await analyseDocument(document), document.offsetAt(position));
    if (!hover) return undefined;
    const range = new vscode.Range(document.positionAt(hover.startChar), document.positionAt(hover.endChar));
    return new vscode.Hover(new vscode.MarkdownString(hover.lines.join('\n\n')), range);
  }
}
