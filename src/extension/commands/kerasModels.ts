/**
 * "Import Keras Model…" and "Export Jazz Model for Keras…": the Coursera notebook's model in and out, as the
 * CLI's import-keras and export-keras do. The import runs in the training worker (it saves a model folder,
 * which needs tfjs); the export reads the model folder and writes HDF5 here.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import type { ModelRegistry } from '../models/modelRegistry';
import { importKerasInWorker } from '../training/kerasImportJob';
import { COMMAND_IDS } from '../../shared/commandIds';
import { safeModelName } from '../../shared/modelName';

const FROM_FILE = "As the file says (model.save() files; Keras 3's default is sigmoid)";
const ACTIVATIONS: Array<{ label: string; detail: string; value?: 'sigmoid' | 'hard_sigmoid' }> = [
  { label: FROM_FILE, detail: 'A save_weights() file of Keras 2 does not say: pick one below for it.' },
  { label: 'sigmoid', detail: 'Keras 2.3 and later, tf.keras', value: 'sigmoid' },
  { label: 'hard_sigmoid', detail: 'Keras before 2.3 (the first versions of the notebook)', value: 'hard_sigmoid' },
];

export class ImportKerasCommand implements Command {
  readonly id = COMMAND_IDS.importKeras;

  constructor(
    private readonly models: ModelRegistry,
    private readonly workerScript: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(clicked?: unknown): Promise<string | undefined> {
    const weights =
      clicked instanceof vscode.Uri
        ? clicked
        : (
            await vscode.window.showOpenDialog({
              title: "The notebook's Keras model (model.save(), save_weights() or .weights.h5)",
              filters: { 'Keras HDF5': ['h5', 'hdf5', 'keras'] },
              canSelectMany: false,
            })
          )?.[0];
    if (!weights) return undefined;
    const values = (
      await vscode.window.showOpenDialog({
        title: "Its indices_values as JSON (json.dump(indices_values, open('indices_values.json', 'w')))",
        defaultUri: vscode.Uri.file(path.dirname(weights.fsPath)),
        filters: { JSON: ['json'] },
        canSelectMany: false,
      })
    )?.[0];
    if (!values) return undefined;
    const activation = await vscode.window.showQuickPick(ACTIVATIONS, {
      title: "The LSTM's recurrent activation",
      ignoreFocusOut: true,
    });
    if (!activation) return undefined;
    const name = safeModelName(path.basename(weights.fsPath).replace(/(\.weights)?\.[^.]+$/, ''));
    const target = this.models.trainedModel(name);
    await fs.mkdir(this.models.trainedModelsRoot, { recursive: true });
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Importing "${name}" from Keras` },
      () =>
        importKerasInWorker(
          this.workerScript,
          {
            weightsFile: weights.fsPath,
            valuesFile: values.fsPath,
            outDir: target.dir,
            name,
            ...(activation.value ? { recurrentActivation: activation.value } : {}),
          },
          { ...process.env, JAZZ_SOLO_WASM_DIR: process.env.JAZZ_SOLO_WASM_DIR ?? path.dirname(this.workerScript) },
        ),
    );
    if (answer.type === 'failed') {
      if (answer.userFacing) this.log.warn(answer.message);
      else this.log.error(`Keras import failed: ${answer.stack ?? answer.message}`);
      void vscode.window.showErrorMessage(
        answer.userFacing ? answer.message : `Keras import failed: ${answer.message}`,
      );
      return undefined;
    }
    const result = answer.result;
    for (const note of result.notes) this.log.info(`Keras import: ${note}`);
    this.log.info(
      `imported "${result.name}" from ${weights.fsPath} (${result.source.layout}, ${result.values} values, ${result.units} units, ${result.recurrentActivation}) → ${result.modelDir}`,
    );
    await this.models.setActive(target);
    void vscode.window.showInformationMessage(
      `Keras model "${result.name}" imported (${result.values} values, ${result.units} units, ${result.recurrentActivation}) and is now active.`,
    );
    return result.modelDir;
  }
}

export class ExportKerasCommand implements Command {
  readonly id = COMMAND_IDS.exportKeras;

  constructor(
    private readonly models: ModelRegistry,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(): Promise<string | undefined> {
    const model = this.models.active;
    const target = await vscode.window.showSaveDialog({
      title: `Export "${model.name}" as Keras weights for model.load_weights()`,
      filters: { 'Keras HDF5': ['h5'] },
      defaultUri: vscode.Uri.file(path.join(homedir(), `${model.name}.h5`)),
    });
    if (!target) return undefined;
    const engine = await loadEngine();
    const result = await engine.exportKerasModel(model.dir, target.fsPath);
    this.log.info(`exported "${model.name}" to ${result.weightsFile} and ${result.valuesFile}`);
    void vscode.window.showInformationMessage(
      `Wrote ${path.basename(result.weightsFile)} and ${path.basename(result.valuesFile)}: in the notebook, LSTM(n_a, return_state=True, recurrent_activation='${result.recurrentActivation}'), then model.load_weights().`,
    );
    return result.weightsFile;
  }
}
