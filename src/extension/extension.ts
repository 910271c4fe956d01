import * as vscode from 'vscode';
import { CommandManager } from './commandManager';
import { EvaluateSoloCommand } from './commands/evaluateSolo';
import { ExportMidiCommand } from './commands/exportMidi';
import { ExportMusicXmlCommand, ExportSheetCommand } from './commands/exportNotation';
import { ExportWavCommand } from './commands/exportWav';
import { GenerateOverChordsCommand, GenerateSoloCommand } from './commands/generateSolo';
import { GenerateFromIrealCommand, GenerateOverTuneCommand } from './commands/generateOverTune';
import { ContinueSoloCommand } from './commands/continueSolo';
import { OpenPreviewCommand } from './commands/openPreview';
import { PlayTuneCommand } from './commands/playTune';
import { GenerateLickCommand, TogglePlaybackCommand, TradeFoursCommand } from './commands/practice';
import { SelectModelCommand } from './commands/selectModel';
import { TrainModelCommand } from './commands/trainModel';
import { ExportKerasCommand, ImportKerasCommand } from './commands/kerasModels';
import { ModelRegistry, type ModelRef } from './models/modelRegistry';
import { ActiveModelStatusBar } from './models/statusBar';
import { JazzPreviewManager } from './preview/previewManager';
import { TrainingRunner } from './training/trainingRunner';
import { TrainingChart } from './training/trainingChartPanel';
import { SoloExplanations } from './language/soloExplanations';
import { registerLanguageFeatures } from './language';
import { DEFAULT_MODEL_FOLDER } from '../shared/defaults';

/** What activate() returns: lets the integration tests see state the UI only shows. */
export interface JazzSoloApi {
  activeModel(): ModelRef;
  isTraining(): boolean;
}

/** Composes the adapters; nothing here loads the engine or tfjs (that happens on a command's first use). */
export function activate(context: vscode.ExtensionContext): JazzSoloApi {
  const log = vscode.window.createOutputChannel('Jazz Solo', { log: true });
  const defaultModelDir = vscode.Uri.joinPath(context.extensionUri, ...DEFAULT_MODEL_FOLDER).fsPath;
  const models = new ModelRegistry(context.globalState, context.globalStorageUri, defaultModelDir);
  const statusBar = new ActiveModelStatusBar(models);
  const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'trainWorker.js').fsPath;
  const runner = new TrainingRunner(workerScript, log);
  const preview = JazzPreviewManager.register(context);
  const commands = new CommandManager(log);
  context.subscriptions.push(log, models, statusBar, runner, commands);

  const explanations = new SoloExplanations();
  const trainingChart = new TrainingChart(context.extensionUri);
  context.subscriptions.push(explanations, trainingChart);
  preview.setConfidenceSource((document) => explanations.confidenceMarks(document));
  const generate = new GenerateSoloCommand(models, preview, log, explanations);
  commands.register(generate);
  commands.register(new GenerateOverChordsCommand(generate));
  commands.register(new GenerateOverTuneCommand(generate));
  commands.register(new GenerateFromIrealCommand(generate));
  commands.register(new TrainModelCommand(models, runner, statusBar, log, trainingChart));
  commands.register(new ImportKerasCommand(models, workerScript, log));
  commands.register(new ExportKerasCommand(models, log));
  commands.register(new SelectModelCommand(models, log));
  commands.register(new ExportMidiCommand(log));
  commands.register(new ExportWavCommand(preview, log));
  commands.register(new ExportMusicXmlCommand(preview, log));
  commands.register(new ExportSheetCommand('svg', preview, log));
  commands.register(new ExportSheetCommand('pdf', preview, log));
  commands.register(new EvaluateSoloCommand(models, preview, log));
  commands.register(new OpenPreviewCommand(preview));
  commands.register(new PlayTuneCommand(preview));
  commands.register(new GenerateLickCommand(models, preview, log));
  commands.register(new TradeFoursCommand(models, preview, log));
  commands.register(new TogglePlaybackCommand(preview));
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
