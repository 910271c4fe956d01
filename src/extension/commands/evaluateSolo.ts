import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Command } from '../commandManager';
import { loadEvaluation } from '../engineLoader';
import type { ModelRegistry } from '../models/modelRegistry';
import type { JazzPreviewManager } from '../preview/previewManager';
import { COMMAND_IDS } from '../../shared/commandIds';

/**
 * "Evaluate Jazz Solo": measures the ABC in the active editor against the active model's corpus
 * (chord tones on strong beats, outside notes, copying, loops, histograms) and shows the report in the preview.
 */
export class EvaluateSoloCommand implements Command {
  readonly id = COMMAND_IDS.evaluate;

  constructor(
    private readonly models: ModelRegistry,
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(): Promise<boolean> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'abc') {
      void vscode.window.showErrorMessage('Evaluate Jazz Solo: open an ABC solo (for example a generated one) first.');
      return false;
    }
    const model = await this.models.modelForGeneration(this.log);
    const evaluation = await loadEvaluation();
    const file = document.isUntitled ? 'solo.abc' : path.basename(document.fileName);
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Evaluating the solo' },
      () =>
        evaluation.evaluateSoloText(document.getText(), {
          file,
          modelDir: model.dir,
          onLog: (line) => this.log.info(line),
        }),
    );
    this.log.info(
      `evaluation of ${file} against model "${model.name}":\n${evaluation.formatEvaluationSummary(report)}`,
    );
    this.preview.show(document, { beside: true });
    return this.preview.showReport(evaluation.evaluationReportHtml(report));
  }
}
