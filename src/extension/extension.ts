import * as vscode from 'vscode';
import { CommandManager } from './commandManager';
import { EvaluateSoloCommand } from './commands/evaluateSolo';
import { ExportMidiCommand } from './commands/exportMidi';
import { ExportWavCommand } from './commands/exportWav';
import { GenerateOverChordsCommand, GenerateSoloCommand } from './commands/generateSolo';
import { ContinueSoloCommand } from './commands/continueSolo';
import { OpenPreviewCommand } from './commands/openPreview';
import { PlayTuneCommand } from './commands/playTune';
import { SelectModelCommand } from './commands/selectModel';
import { TrainModelCommand } from './commands/trainModel';
import { ModelRegistry, type ModelRef } from './models/modelRegistry';
import { ActiveModelStatusBar } from './models/statusBar';
import { JazzPreviewManager } from './preview/previewManager';
import { TrainingRunner } from './training/trainingRunner';
import { registerLanguageFeatures } from './language';

/** What activate() returns: lets the integration tests see state the UI only shows. */
export interface JazzSoloApi {
  activeModel(): ModelRef;
  isTraining(): boolean;
}

/** Composes the adapters; nothing here loads the engine or tfjs (that happens on a command's first use). */
export function activate(context: vscode.ExtensionContext): JazzSoloApi {
  const log = vscode.window.createOutputChannel('Jazz Solo', { log: true });
  const defaultModelDir = vscode.Uri.joinPath(context.extensionUri, 'models', 'default').fsPath;
  const models = new ModelRegistry(context.globalState, context.globalStorageUri, defaultModelDir);
  const statusBar = new ActiveModelStatusBar(models);
  const runner = new TrainingRunner(vscode.Uri.joinPath(context.extensionUri, 'dist', 'trainWorker.js').fsPath, log);
  const preview = JazzPreviewManager.register(context);
  const commands = new CommandManager(log);
  context.subscriptions.push(log, models, statusBar, runner, commands);

  const generate = new GenerateSoloCommand(models, preview, log);
  commands.register(generate);
  commands.register(new GenerateOverChordsCommand(generate));
  commands.register(new TrainModelCommand(models, runner, statusBar, log));
  commands.register(new SelectModelCommand(models, log));
  commands.register(new ExportMidiCommand(log));
  commands.register(new ExportWavCommand(preview, log));
  commands.register(new EvaluateSoloCommand(models, preview, log));
  commands.register(new OpenPreviewCommand(preview));
  commands.register(new PlayTuneCommand(preview));
  const assistant = registerLanguageFeatures(context, {
    activeModelDir: () => models.active.dir,
    onDidChangeActive: models.onDidChangeActive,
  });
  commands.register(new ContinueSoloCommand(assistant.continuation));

  return { activeModel: () => models.active, isTraining: () => runner.running !== undefined };
}

export function deactivate(): void {
  // Disposables in context.subscriptions stop a running training worker.
}
