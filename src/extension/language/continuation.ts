import * as vscode from 'vscode';
import { loadEngine } from '../engineLoader';
import { errorMessage } from '../errors';
import { generateOptionsFromSettings } from '../settings';
import { ABC_SELECTOR, analyseDocument, loadAnalysis } from './analysisLoader';

export const CONTINUE_SOLO_COMMAND = 'jazzSolo.continueSolo';
export const CONTINUE_STEPS_SETTING = 'continueSteps';
export const INLINE_SUGGESTIONS_SETTING = 'inlineSuggestions';
const DEFAULT_CONTINUE_STEPS = 32;

/** Where the active model lives (the model registry decides; this side only needs the folder). */
export interface ActiveModelSource {
  activeModelDir(): string;
}

type ContinuationResult = import('../../core/analysis').Continuation | import('../../core/analysis').NoContinuation;

/** A seed for one place in one document version: the same context gives the same suggestion. */
function contextSeed(text: string, offset: number): number {
  let hash = 2166136261;
  const from = Math.max(0, offset - 2000);
  for (let i = from; i < offset; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash ^ offset) >>> 0;
}

/**
 * "Continue this solo" with the active model: ghost text for the next bar at a bar line, and a command
 * that inserts N values. The seed setting makes both reproducible.
 */
export class SoloContinuation implements vscode.InlineCompletionItemProvider {
  constructor(private readonly models: ActiveModelSource) {}

  static register(context: vscode.ExtensionContext, models: ActiveModelSource): SoloContinuation {
    const provider = new SoloContinuation(models);
    context.subscriptions.push(
      vscode.languages.registerInlineCompletionItemProvider(ABC_SELECTOR, provider),
      vscode.commands.registerCommand(CONTINUE_SOLO_COMMAND, (uri?: unknown, offset?: unknown) => provider.insertHere(uri, offset)),
    );
    return provider;
  }

  async continueAt(document: vscode.TextDocument, offset: number, shape: { bars?: number; steps?: number }): Promise<ContinuationResult> {
    const [{ continueSolo }, engine] = await Promise.all([loadAnalysis(), loadEngine()]);
    const model = await engine.loadModel(this.models.activeModelDir());
    const analysis = await analyseDocument(document);
    const settings = generateOptionsFromSettings();
    return continueSolo({
      analysis,
      offset,
      model,
      seed: settings.seed ?? contextSeed(analysis.text, offset),
      temperature: settings.temperature,
      topK: settings.topK,
      greedy: settings.greedy,
      ...shape,
    });
  }

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
  ): Promise<vscode.InlineCompletionItem[] | undefined> {
    if (!vscode.workspace.getConfiguration('jazzSolo').get<boolean>(INLINE_SUGGESTIONS_SETTING, true)) return undefined;
    // While typing, propose only right after a bar line; an explicit request is answered anywhere it can be.
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (context.triggerKind === vscode.InlineCompletionTriggerKind.Automatic && !/[|:]\s*$/.test(before)) return undefined;
    try {
      const result = await this.continueAt(document, document.offsetAt(position), { bars: 1 });
      if (!result.ok) return undefined;
      return [new vscode.InlineCompletionItem(result.text, new vscode.Range(position, position))];
    } catch {
      // No model yet, or a damaged one: the command reports it; ghost text simply does not appear.
      return undefined;
    }
  }

  /** The command: insert `jazzSolo.continueSteps` values at the cursor (or at the offset a code lens gives). */
  async insertHere(uriArgument?: unknown, offsetArgument?: unknown): Promise<void> {
    let editor = vscode.window.activeTextEditor;
    if (uriArgument instanceof vscode.Uri && editor?.document.uri.toString() !== uriArgument.toString()) {
      editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriArgument));
    }
    if (!editor || editor.document.languageId !== 'abc') {
      void vscode.window.showWarningMessage('Continue Solo Here works in an ABC editor: open a .abc file and put the cursor after a bar line.');
      return;
    }
    const document = editor.document;
    const offset = typeof offsetArgument === 'number' ? offsetArgument : document.offsetAt(editor.selection.active);
    const steps = vscode.workspace.getConfiguration('jazzSolo').get<number>(CONTINUE_STEPS_SETTING, DEFAULT_CONTINUE_STEPS);
    try {
      const result = await this.continueAt(document, offset, { steps: Math.max(1, Math.floor(steps)) });
      if (!result.ok) {
        void vscode.window.showWarningMessage(`Cannot continue the solo here: ${result.reason}.`);
        return;
      }
      const at = document.positionAt(result.insertAt);
      await editor.edit((edit) => edit.insert(at, result.text));
      const end = document.positionAt(result.insertAt + result.text.length);
      editor.selection = new vscode.Selection(end, end);
      vscode.window.setStatusBarMessage(`Jazz: ${result.bars} bar${result.bars === 1 ? '' : 's'} over ${[...new Set(result.chords)].join(' ')} (seed ${result.seed})`, 8000);
    } catch (error) {
      void vscode.window.showErrorMessage(`Continue Solo Here failed: ${errorMessage(error)}`);
    }
  }
}
