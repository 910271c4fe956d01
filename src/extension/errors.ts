import * as vscode from 'vscode';
import { isUserFacingError } from '../shared/errors';

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Bad input is shown as its own one-line message; anything else as a failure with its stack in the log. */
export function reportError(err: unknown, log: vscode.LogOutputChannel): void {
  if (isUserFacingError(err)) {
    log.warn(err.message);
    void vscode.window.showErrorMessage(err.message);
    return;
  }
  log.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  void showFailure(`Jazz Solo: ${errorMessage(err)}`, log);
}

export async function showFailure(message: string, log: vscode.LogOutputChannel): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Show Log');
  if (choice) log.show(true);
}
