import * as vscode from 'vscode';
import { errorMessage } from '../errors';
import { ABC_COMMANDS, type ContinueSoloOptions, type ContinueSoloResult } from '../../shared/abcLanguage';
import { ABC_SELECTOR, continuationSettings, type AbcLanguageClient } from './client';
import { readConfiguration } from '../settings';

/**
 * "Continue this solo" with the active model, computed by the language server: ghost text for the next bar
 * at a bar line, and a command that inserts `jazzSolo.continueSteps` values at the cursor (or where a code
 * lens points). The seed setting makes both reproducible.
 */
export class SoloContinuation implements vscode.InlineCompletionItemProvider {
  constructor(private readonly server: AbcLanguageClient) {}

  static register(context: vscode.ExtensionContext, server: AbcLanguageClient): SoloContinuation {
    const provider = new SoloContinuation(server);
    context.subscriptions.push(vscode.languages.registerInlineCompletionItemProvider(ABC_SELECTOR, provider));
    return provider;
  }

  /** Asks the server for the continuation at a position; the extension inserts it itself. */
  async continueAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    shape: { bars?: number; steps?: number },
    token?: vscode.CancellationToken,
  ): Promise<ContinueSoloResult> {
    const client = await this.server.get();
    const options: ContinueSoloOptions = { ...continuationSettings(), ...shape, apply: false };
    if (shape.bars !== undefined) delete options.steps;
    // A request the editor no longer needs (the user typed on) is cancelled, and the server drops it.
    return client.sendRequest<ContinueSoloResult>(
      'workspace/executeCommand',
      {
        command: ABC_COMMANDS.continueSolo,
        arguments: [document.uri.toString(), { line: position.line, character: position.character }, options],
      },
      token,
    );
  }

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
    token?: vscode.CancellationToken,
  ): Promise<vscode.InlineCompletionItem[] | undefined> {
    if (!readConfiguration().inlineSuggestions) return undefined;
    // While typing, propose only right after a bar line; an explicit request is answered anywhere it can be.
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (context.triggerKind === vscode.InlineCompletionTriggerKind.Automatic && !/[|:]\s*$/.test(before))
      return undefined;
    try {
      const result = await this.continueAt(document, position, { bars: 1 }, token);
      if (!result.ok || token?.isCancellationRequested) return undefined;
      return [new vscode.InlineCompletionItem(result.text, new vscode.Range(position, position))];
    } catch {
      // No model yet, or a damaged one: the command reports it; ghost text simply does not appear.
      return undefined;
    }
  }

  /** The command: insert at the cursor, or at the position (or offset) a code lens gives. */
  async insertHere(uriArgument?: unknown, placeArgument?: unknown): Promise<void> {
    let editor = vscode.window.activeTextEditor;
    const uri = typeof uriArgument === 'string' ? vscode.Uri.parse(uriArgument) : uriArgument;
    if (uri instanceof vscode.Uri && editor?.document.uri.toString() !== uri.toString()) {
      editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    }
    if (!editor || editor.document.languageId !== 'abc') {
      void vscode.window.showWarningMessage(
        'Continue Solo Here works in an ABC editor: open a .abc file and put the cursor after a bar line.',
      );
      return;
    }
    const document = editor.document;
    const position =
      placeArgument instanceof vscode.Position
        ? placeArgument
        : typeof placeArgument === 'number'
          ? document.positionAt(placeArgument)
          : isPositionLike(placeArgument)
            ? new vscode.Position(placeArgument.line, placeArgument.character)
            : editor.selection.active;
    try {
      const result = await this.continueAt(document, position, { steps: continuationSettings().steps });
      if (!result.ok) {
        void vscode.window.showWarningMessage(`Cannot continue the solo here: ${result.reason}.`);
        return;
      }
      const at = new vscode.Position(result.position.line, result.position.character);
      const startOffset = document.offsetAt(at);
      await editor.edit((edit) => edit.insert(at, result.text));
      const end = document.positionAt(startOffset + result.text.length);
      editor.selection = new vscode.Selection(end, end);
      const chords = [...new Set(result.chords)].join(' ');
      vscode.window.setStatusBarMessage(
        `Jazz: ${result.bars} bar${result.bars === 1 ? '' : 's'} over ${chords} (seed ${result.seed})`,
        8000,
      );
    } catch (error) {
      void vscode.window.showErrorMessage(`Continue Solo Here failed: ${errorMessage(error)}`);
    }
  }
}

function isPositionLike(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}
