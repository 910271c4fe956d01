import * as vscode from 'vscode';
import type { GenerateResult } from '../../engine';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import type { ModelRegistry } from '../models/modelRegistry';
import type { JazzPreviewManager } from '../preview/previewManager';
import { generateOptionsFromSettings } from '../settings';

/** "Generate Jazz Solo": the active model and the jazzSolo.* settings → a new ABC editor and its preview. */
export class GenerateSoloCommand implements Command {
  readonly id = 'jazzSolo.generate';

  constructor(
    private readonly models: ModelRegistry,
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(): Promise<vscode.TextDocument> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Generating a jazz solo' },
      () => this.generate(),
    );
    this.log.info(
      `generated ${result.values.length} values with model "${result.modelName}" (${result.modelDir}), seed ${result.seed}, ` +
        `${result.solo.bars} bars, ${(result.seconds * 1000).toFixed(0)} ms`,
    );
    const document = await vscode.workspace.openTextDocument({ language: 'abc', content: result.abc });
    await vscode.window.showTextDocument(document, { preview: false });
    this.preview.show(document, { beside: true });
    return document;
  }

  /** A broken active model was already replaced by the default in modelForGeneration. */
  private async generate(): Promise<GenerateResult> {
    const engine = await loadEngine();
    const model = await this.models.modelForGeneration(this.log);
    return engine.generateSolo({ ...generateOptionsFromSettings(), modelDir: model.dir });
  }
}
