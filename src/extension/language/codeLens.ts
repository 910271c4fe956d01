import * as vscode from 'vscode';
import { ABC_COMMANDS } from '../../shared/abcLanguage';

const LENS_ICONS: Record<string, string> = {
  [ABC_COMMANDS.openPreview]: '$(open-preview)',
  [ABC_COMMANDS.playTune]: '$(play)',
  [ABC_COMMANDS.continueSolo]: '$(sparkle)',
};

const LENS_TOOLTIPS: Record<string, string> = {
  [ABC_COMMANDS.continueSolo]: 'Continue this solo with the active model after its last bar',
  '': 'Notes neither in the chord nor in its scale',
};

/**
 * The server's lenses (Preview, Play, Continue above each tune, and its count of outside notes) name their
 * document by URI string and place by LSP position; this side's commands take a Uri and a Position.
 */
export function adaptServerCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
  const command = lens.command;
  if (!command) return lens;
  const args = (command.arguments ?? []).map((arg: unknown) => {
    if (typeof arg === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(arg)) return vscode.Uri.parse(arg);
    const p = arg as { line?: unknown; character?: unknown } | undefined;
    if (typeof p?.line === 'number' && typeof p.character === 'number') return new vscode.Position(p.line, p.character);
    return arg;
  });
  const icon = LENS_ICONS[command.command];
  lens.command = {
    ...command,
    title: icon ? `${icon} ${command.title}` : command.title,
    tooltip: command.tooltip ?? LENS_TOOLTIPS[command.command],
    arguments: args,
  };
  return lens;
}
