import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ModelSummary } from '../../engine';
import { loadEngine } from '../engineLoader';
import { errorMessage } from '../errors';
import { isSafeModelName } from '../../shared/modelName';

export const DEFAULT_MODEL_NAME = 'default';
const ACTIVE_MODEL_KEY = 'jazzSolo.activeModel';

export interface ModelRef {
  name: string;
  dir: string;
  isDefault: boolean;
}

/** A model folder as listed for the user: its summary, or why it cannot be used. */
export type ListedModel = (ModelRef & { summary: ModelSummary }) | (ModelRef & { broken: string });

/**
 * Which model generation uses. Trained models live in globalStorage/models/<name>; only the folder name
 * is remembered, so the choice survives a move of the storage folder. Nothing is read at activation.
 */
export class ModelRegistry implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ModelRef>();
  readonly onDidChangeActive = this.changed.event;
  readonly trainedModelsRoot: string;

  constructor(
    private readonly state: vscode.Memento,
    globalStorage: vscode.Uri,
    readonly defaultModelDir: string,
  ) {
    this.trainedModelsRoot = path.join(globalStorage.fsPath, 'models');
  }

  get defaultModel(): ModelRef {
    return { name: DEFAULT_MODEL_NAME, dir: this.defaultModelDir, isDefault: true };
  }

  get active(): ModelRef {
    const name = this.state.get<string>(ACTIVE_MODEL_KEY);
    // A remembered name that is not one folder of ours (edited state, an older version) means the default.
    return typeof name === 'string' && isSafeModelName(name) ? this.trainedModel(name) : this.defaultModel;
  }

  /**
   * The folder of the trained model `name`: always one folder directly inside the models folder. A name
   * that would leave it or be the models folder itself ("", ".", "..", hidden, with a separator) is refused.
   */
  trainedModel(name: string): ModelRef {
    if (!isSafeModelName(name)) {
      throw new Error(`"${name}" cannot name a model folder (it must be one plain folder name)`);
    }
    return { name, dir: path.join(this.trainedModelsRoot, name), isDefault: false };
  }

  async setActive(model: ModelRef): Promise<void> {
    await this.state.update(ACTIVE_MODEL_KEY, model.isDefault ? undefined : model.name);
    this.changed.fire(this.active);
  }

  /**
   * The model folder to generate with. A trained model that no longer loads is reported once and the
   * default takes its place, so "Generate" keeps working after a model folder was damaged.
   */
  async modelForGeneration(log: vscode.LogOutputChannel): Promise<ModelRef> {
    const active = this.active;
    if (active.isDefault) return active;
    try {
      await (await loadEngine()).describeModel(active.dir);
      return active;
    } catch (err) {
      await this.fallBackToDefault(active, err, log);
      return this.defaultModel;
    }
  }

  async fallBackToDefault(broken: ModelRef, err: unknown, log: vscode.LogOutputChannel): Promise<void> {
    const message = `Jazz model "${broken.name}" cannot be used (${errorMessage(err)}). Using the default model instead.`;
    log.error(message);
    void vscode.window.showErrorMessage(message);
    if (this.active.dir === broken.dir) await this.setActive(this.defaultModel);
  }

  /** The default model first, then every trained model folder, newest first; broken ones say why. */
  async list(): Promise<ListedModel[]> {
    const engine = await loadEngine();
    const describe = async (ref: ModelRef): Promise<ListedModel> => {
      try {
        return { ...ref, summary: await engine.describeModel(ref.dir) };
      } catch (err) {
        return { ...ref, broken: errorMessage(err) };
      }
    };
    const trained = await Promise.all((await this.trainedFolderNames()).map((name) => describe(this.trainedModel(name))));
    trained.sort((a, b) => createdAt(b).localeCompare(createdAt(a)));
    return [await describe(this.defaultModel), ...trained];
  }

  async delete(model: ModelRef): Promise<void> {
    if (model.isDefault) throw new Error('the default model cannot be deleted');
    // Only folders directly inside our own storage are ever removed.
    if (path.dirname(model.dir) !== this.trainedModelsRoot) throw new Error(`not a trained model folder: ${model.dir}`);
    await fs.rm(model.dir, { recursive: true, force: true });
    if (this.active.dir === model.dir) await this.setActive(this.defaultModel);
  }

  private async trainedFolderNames(): Promise<string[]> {
    try {
      const entries = await fs.readdir(this.trainedModelsRoot, { withFileTypes: true });
      // Dot folders are the engine's unfinished atomic saves.
      return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    } catch {
      return [];
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function createdAt(model: ListedModel): string {
  return 'summary' in model ? model.summary.createdAt : '';
}
