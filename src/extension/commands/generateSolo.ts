import * as vscode from 'vscode';
import type { GenerateOptions, GenerateResult } from '../../engine';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import type { ModelRegistry } from '../models/modelRegistry';
import type { JazzPreviewManager } from '../preview/previewManager';
import { generateOptionsFromSettings } from '../settings';
import { COMMAND_IDS } from '../../shared/commandIds';

/** "Generate Jazz Solo": the active model and the jazzSolo.* settings → a new ABC editor and its preview. */
export class GenerateSoloCommand implements Command {
  readonly id = COMMAND_IDS.generate;

  constructor(
    private readonly models: ModelRegistry,
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  execute(): Promise<vscode.TextDocument> {
    return this.run({});
  }

  /** Generates with the settings, `overrides` taking precedence, and shows the solo beside its preview. */
  async run(overrides: Partial<GenerateOptions>): Promise<vscode.TextDocument> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Generating a jazz solo' },
      () => this.generate(overrides),
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
  private async generate(overrides: Partial<GenerateOptions>): Promise<GenerateResult> {
    const engine = await loadEngine();
    const model = await this.models.modelForGeneration(this.log);
    return engine.generateSolo({ ...generateOptionsFromSettings(), ...overrides, modelDir: model.dir });
  }
}

/**
 * "Improvise over Chords…": asks for a progression ("| Dm7 G7 | Cmaj7 |"), checked as it is typed,
 * then generates over it. The last one typed is offered next time.
 */
export class GenerateOverChordsCommand implements Command {
  readonly id = COMMAND_IDS.generateOverChords;
  private lastProgression: string | undefined;

  constructor(private readonly generate: GenerateSoloCommand) {}

  async execute(): Promise<vscode.TextDocument | undefined> {
    const engine = await loadEngine();
    const chords = await vscode.window.showInputBox({
      title: 'Improvise over Chords',
      prompt:
        'Chords, one bar between bar lines; several chords share a bar. The progression repeats until the solo ends.',
      value: this.lastProgression ?? generateOptionsFromSettings().chords ?? engine.DEFAULT_PROGRESSION,
      ignoreFocusOut: true,
      validateInput: (text) => {
        try {
          engine.parseProgression(text);
          return undefined;
        } catch (err) {
          return err instanceof Error ? err.message : String(err);
        }
      },
    });
    if (chords === undefined) return undefined;
    this.lastProgression = chords;
    return this.generate.run({ chords });
  }
}
