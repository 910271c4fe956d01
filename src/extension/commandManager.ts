import * as vscode from 'vscode';
import { reportError } from './errors';

/** One command of the extension: its id as contributed in package.json and what it does. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/**
 * Registers commands so that every failure reaches the user the same way (one notification, details in
 * the output channel) instead of VS Code's generic "command failed" toast.
 */
export class CommandManager implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  register(command: Command): void {
    this.registrations.push(
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          return await command.execute(...args);
        } catch (err) {
          reportError(err, this.log);
          return undefined;
        }
      }),
    );
  }

  dispose(): void {
    for (const registration of this.registrations.splice(0)) registration.dispose();
  }
}
