/**
 * The practice room's commands: "Generate Lick in 12 Keys…" (a lick through every key, as one sheet) and
 * "Trade Fours" (the model answers the last four bars of the ABC editor with four of its own, and the band plays
 * the eight).
 */
import * as vscode from 'vscode';
import type { LickProgressionName } from '../../engine';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import type { ModelRegistry } from '../models/modelRegistry';
import type { JazzPreviewManager } from '../preview/previewManager';
import { isAbcDocument } from '../preview/previewManager';
import { generateOptionsFromSettings, partFromSettings } from '../settings';
import { COMMAND_IDS } from '../../shared/commandIds';
import { UserFacingError } from '../../shared/errors';
import { PARTS } from '../../shared/parts';

const PROGRESSION_LABELS: Record<LickProgressionName, string> = {
  'ii-V-I': 'ii–V–I (Dm7 G7 | Cmaj7 in C)',
  'minor-ii-V-i': 'minor ii–V–i (Dm7♭5 G7♭9 | Cm6 in C minor)',
  turnaround: 'turnaround (Cmaj7 A7 | Dm7 G7 in C)',
};

/** "Generate Lick in 12 Keys…": pick what the lick is played over; the sheet opens beside its preview. */
export class GenerateLickCommand implements Command {
  readonly id = COMMAND_IDS.lick;

  constructor(
    private readonly models: ModelRegistry,
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(progression?: unknown): Promise<vscode.TextDocument | undefined> {
    const engine = await loadEngine();
    let chosen = engine.LICK_PROGRESSION_NAMES.find((name) => name === progression);
    if (!chosen) {
      const picked = await vscode.window.showQuickPick(
        engine.LICK_PROGRESSION_NAMES.map((name) => ({ label: PROGRESSION_LABELS[name], name })),
        { title: 'Generate Lick in 12 Keys', placeHolder: 'What the lick is played over' },
      );
      if (!picked) return undefined;
      chosen = picked.name;
    }
    const model = await this.models.modelForGeneration(this.log);
    const settings = generateOptionsFromSettings();
    const part = partFromSettings();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Writing a lick in 12 keys' },
      () =>
        engine.generateLick({
          modelDir: model.dir,
          progression: chosen,
          part,
          seed: settings.seed,
          temperature: settings.temperature,
          topK: settings.topK,
          greedy: settings.greedy,
          tempo: settings.tempo,
          swing: settings.swing,
        }),
    );
    this.log.info(
      `lick over ${chosen} for ${PARTS[part].label}, seed ${result.seed}: ${result.keys.map((k) => k.writtenKey).join(' ')}`,
    );
    const document = await vscode.workspace.openTextDocument({ language: 'abc', content: result.abc });
    await vscode.window.showTextDocument(document, { preview: false });
    this.preview.show(document, { beside: true });
    return document;
  }
}

/**
 * "Trade Fours" in an ABC editor: the last four bars written prime the model, its four bars follow them over
 * the next four bars of the form, and the preview plays the eight. Run it again after writing the next four.
 */
export class TradeFoursCommand implements Command {
  readonly id = COMMAND_IDS.tradeFours;

  constructor(
    private readonly models: ModelRegistry,
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAbcDocument(editor.document)) {
      void vscode.window.showInformationMessage('Trade Fours works in an ABC editor: write four bars, then trade.');
      return;
    }
    const document = editor.document;
    const engine = await loadEngine();
    const model = await engine.loadModel((await this.models.modelForGeneration(this.log)).dir);
    const settings = generateOptionsFromSettings();
    const text = document.getText();
    const result = engine.tradeBars({
      text,
      file: document.uri.fsPath || document.uri.toString(),
      model,
      seed: settings.seed,
      offset: document.offsetAt(editor.selection.active),
      temperature: settings.temperature,
      topK: settings.topK,
      greedy: settings.greedy,
    });
    const range = new vscode.Range(document.positionAt(result.edit.start), document.positionAt(result.edit.end));
    const applied = await editor.edit((builder) => builder.replace(range, result.edit.insert));
    if (!applied)
      throw new UserFacingError('The editor did not take the answer (the document changed meanwhile); trade again.');
    const end = document.positionAt(result.edit.start + result.edit.insert.length);
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
    this.log.info(
      `traded: bars ${result.userBars.from}-${result.userBars.to} answered in bars ${result.answerBars.from}-` +
        `${result.answerBars.to} over | ${result.answerChords.join(' | ')} |, seed ${result.seed}, ${result.primed} values primed`,
    );
    // The band plays the eight: the user's four and the answer.
    this.preview.playWhenReady(document, { from: result.userBars.from, to: result.answerBars.to });
  }
}

/** "Play / Pause Tune" (a key in ABC editors): pauses the preview when it plays this document, else plays it. */
export class TogglePlaybackCommand implements Command {
  readonly id = COMMAND_IDS.togglePlayback;

  constructor(private readonly preview: JazzPreviewManager) {}

  execute(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isAbcDocument(document)) return;
    if (this.preview.isPlaying(document)) this.preview.playback('pause');
    else this.preview.playWhenReady(document);
  }
}
