/**
 * The commands of `jazz-solo`, one file each: its syntax (the option table the parser, the usage and the
 * README check read) and what it runs. Adding an option is one row in its table and its use in `run`;
 * adding a command is one more file here and one more entry in COMMANDS.
 */
import type { CommandDef } from './common';
import { generateCommand } from './generate';
import { trainCommand } from './train';
import { inspectCommand } from './inspect';
import { exportCommand } from './export';
import { evaluateCommand } from './evaluate';
import { lspCommand } from './lsp';
import { lickCommand } from './lick';
import { tradeCommand } from './trade';
import { importKerasCommand, exportKerasCommand } from './keras';
import { tunesCommand } from './tunes';

/** Every command, in the order the usage lists them. */
export const COMMANDS: readonly CommandDef[] = [
  generateCommand,
  tunesCommand,
  trainCommand,
  inspectCommand,
  exportCommand,
  evaluateCommand,
  importKerasCommand,
  exportKerasCommand,
  lickCommand,
  tradeCommand,
  lspCommand,
];

export function findCommand(name: string): CommandDef | undefined {
  return COMMANDS.find((command) => command.name === name);
}
