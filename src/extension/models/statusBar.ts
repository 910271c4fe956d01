import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../shared/commandIds';
import type { ModelRegistry } from './modelRegistry';

/** Names the active model (or the training in progress); a click opens "Select Jazz Model". */
export class ActiveModelStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jazzSolo.activeModel', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;
  private training: string | undefined;

  constructor(private readonly models: ModelRegistry) {
    this.item.name = 'Jazz Model';
    this.item.command = COMMAND_IDS.selectModel;
    this.subscription = models.onDidChangeActive(() => this.render());
    this.render();
    this.item.show();
  }

  /** Shows a training's progress beside the model name; undefined when it ends. */
  showTraining(progress: string | undefined): void {
    this.training = progress;
    this.render();
  }

  private render(): void {
    const active = this.models.active;
    this.item.text = this.training ? `$(sync~spin) Jazz: ${active.name} · training ${this.training}` : `$(music) Jazz: ${active.name}`;
    this.item.tooltip = `Active jazz model: ${active.name}${active.isDefault ? ' (ships with the extension)' : ''}. Click to select another.`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
