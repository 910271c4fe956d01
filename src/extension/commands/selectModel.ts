import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import { errorMessage } from '../errors';
import type { ListedModel, ModelRegistry } from '../models/modelRegistry';
import { COMMAND_IDS } from '../../shared/commandIds';

interface ModelItem extends vscode.QuickPickItem {
  model: ListedModel;
}

const deleteButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('trash'), tooltip: 'Delete this model' };

/** "Select Jazz Model": the default and the trained models, with a delete button on trained ones. */
export class SelectModelCommand implements Command {
  readonly id = COMMAND_IDS.selectModel;

  constructor(
    private readonly models: ModelRegistry,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(): Promise<void> {
    const pick = vscode.window.createQuickPick<ModelItem>();
    pick.title = 'Select Jazz Model';
    pick.placeholder = 'The model "Generate Jazz Solo" uses';
    pick.matchOnDescription = true;
    pick.busy = true;
    pick.show();
    const refresh = async () => {
      const active = this.models.active.dir;
      pick.items = (await this.models.list()).map((model) => toItem(model, model.dir === active));
      pick.activeItems = pick.items.filter((item) => item.model.dir === active);
      pick.busy = false;
    };

    pick.onDidTriggerItemButton(async ({ item }) => {
      pick.ignoreFocusOut = true;
      try {
        if (await this.confirmAndDelete(item.model)) await refresh();
      } catch (err) {
        void vscode.window.showErrorMessage(`Could not delete the model "${item.model.name}": ${errorMessage(err)}`);
      } finally {
        pick.ignoreFocusOut = false;
      }
    });
    pick.onDidAccept(async () => {
      const chosen = pick.selectedItems[0]?.model;
      if (!chosen) return;
      if ('broken' in chosen) {
        void vscode.window.showErrorMessage(`The model "${chosen.name}" cannot be used: ${chosen.broken}`);
        return;
      }
      pick.hide();
      await this.models.setActive(chosen);
      this.log.info(`active model: "${chosen.name}" (${chosen.dir})`);
    });
    pick.onDidHide(() => pick.dispose());
    await refresh();
  }

  private async confirmAndDelete(model: ListedModel): Promise<boolean> {
    const remove = 'Delete';
    const answer = await vscode.window.showWarningMessage(
      `Delete the jazz model "${model.name}"? Its folder is removed from the extension's storage.`,
      { modal: true },
      remove,
    );
    if (answer !== remove) return false;
    await this.models.delete(model);
    this.log.info(`deleted model "${model.name}" (${model.dir})`);
    return true;
  }
}

function toItem(model: ListedModel, isActive: boolean): ModelItem {
  const buttons = model.isDefault ? [] : [deleteButton];
  if ('broken' in model) {
    return { model, buttons, label: `$(warning) ${model.name}`, description: 'cannot be loaded', detail: model.broken };
  }
  const { summary } = model;
  const created = summary.createdAt ? new Date(summary.createdAt).toLocaleString() : 'unknown date';
  const loss = summary.finalLoss === undefined ? '' : ` · final loss ${summary.finalLoss.toFixed(2)}`;
  return {
    model,
    buttons,
    label: `${isActive ? '$(check) ' : ''}${model.name}`,
    description: `${summary.values} values${loss}`,
    detail: `${model.isDefault ? 'ships with the extension · ' : ''}trained ${created}${isActive ? ' · active' : ''}`,
  };
}
