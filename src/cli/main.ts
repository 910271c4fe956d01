/**
 * jazz-solo: the engine from a terminal, a well-behaved Unix tool. Results go to stdout (ABC, or one JSON
 * object with --json), progress and messages to stderr. Usage errors and bad input exit with status 2 and
 * one line on stderr; `--help`, `help CMD` and `CMD --help` print usage on stdout with status 0.
 */
import { printable } from '../shared/text';
import { isTrainingCancelled, isUserFacingError, UserFacingError } from '../shared/errors';
import { isMainThread, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { findPackageRoot } from '../engine/paths';
import { commandSynopsis, commandUsage, nearestName, parseArgs } from './args';
import { COMMANDS, findCommand } from './commands/index';
import type { CommandDef } from './commands/common';
import { processIo, type CommandIo } from './io';
import { runInWorker, workerIo, type WorkerInput } from './supervisor';

class UsageError extends UserFacingError {}

function generalUsage(): string {
  const lines = ['jazz-solo: improvise jazz solos with an LSTM (the deepjazz / Coursera model)', '', 'usage:'];
  for (const command of COMMANDS) lines.push(`  ${commandSynopsis(command)}`);
  lines.push(
    '  jazz-solo help COMMAND        the options of COMMAND (also: jazz-solo COMMAND --help)',
    '  jazz-solo --version',
    '',
    'A corpus is .abc, .mid or .midi files, Weimar Jazz Database note tables (.csv), or folders of them.',
    'Without --model, generate and evaluate use the default model. Bad input exits with status 2 and one line',
    'on stderr.',
  );
  return lines.join('\n');
}

function version(): string {
  const manifest = JSON.parse(readFileSync(join(findPackageRoot(), 'package.json'), 'utf8')) as { version: string };
  return `jazz-solo ${manifest.version}`;
}

function unknownCommand(name: string): UsageError {
  const suggestion = nearestName(
    name,
    COMMANDS.map((c) => c.name),
  );
  const names = COMMANDS.map((c) => c.name).join(', ');
  return new UsageError(
    `unknown command "${printable(name)}"${suggestion ? `; did you mean ${suggestion}?` : ` (${names})`}`,
  );
}

function isCancellation(error: unknown, io: CommandIo): boolean {
  return isTrainingCancelled(error) || (io.signal?.aborted === true && !isUserFacingError(error));
}

function stoppedMessage(command: string): string {
  return command === 'train' ? 'training cancelled; no model was written' : `${command} cancelled; nothing was written`;
}

/** Runs one command with its I/O and turns every ending into an exit status and at most one line. */
export async function runCommand(command: CommandDef, argv: string[], io: CommandIo): Promise<number> {
  try {
    const args = parseArgs(argv, command);
    if (args.help) {
      await io.out(`${commandUsage(command)}\n`);
      return 0;
    }
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (isCancellation(error, io)) {
      io.err(`jazz-solo: ${stoppedMessage(command.name)}\n`);
      return 130;
    }
    if (error instanceof UserFacingError) {
      io.err(`jazz-solo: ${printable(error.message)}\n`);
      return 2;
    }
    io.err(`jazz-solo: internal error: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.JAZZ_SOLO_DEBUG) io.err(`${error instanceof Error ? error.stack : ''}\n`);
    return 1;
  }
}

/** stdout closed by its reader (EPIPE) or on a full disk: one line, status 2, no stack. */
function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EPIPE' ? 'the reader closed it' : error.code === 'ENOSPC' ? 'the disk is full' : error.message;
    try {
      process.stderr.write(`jazz-solo: cannot write to stdout: ${reason}\n`);
    } finally {
      process.exit(2);
    }
  });
}

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  const [first, ...rest] = argv;
  const io = processIo();
  try {
    if (first === undefined) {
      process.stderr.write(`${generalUsage()}\n`);
      return 2;
    }
    if (first === '--help' || first === '-h') {
      process.stdout.write(`${generalUsage()}\n`);
      return 0;
    }
    if (first === '--version' || first === '-V') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    if (first === 'help') {
      if (rest.length === 0) {
        process.stdout.write(`${generalUsage()}\n`);
        return 0;
      }
      const command = findCommand(rest[0]);
      if (!command) throw unknownCommand(rest[0]);
      process.stdout.write(`${commandUsage(command)}\n`);
      return 0;
    }
    if (first.startsWith('-')) throw new UsageError(`${printable(first)} goes after a command; see jazz-solo --help`);
    const command = findCommand(first);
    if (!command) throw unknownCommand(first);
    const wantsHelp = rest.some((arg, i) => (arg === '--help' || arg === '-h') && !rest.slice(0, i).includes('--'));
    if (command.interruptible && !wantsHelp) {
      return await runInWorker(__filename, command.name, rest, () =>
        process.stderr.write(`jazz-solo: ${stoppedMessage(command.name)}\n`),
      );
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    if (error instanceof UserFacingError) {
      process.stderr.write(`jazz-solo: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/** The worker thread of an interruptible command (see supervisor.ts). */
async function workerMain(input: WorkerInput): Promise<void> {
  const { io, finish } = workerIo(input);
  const command = findCommand(input.jazzSoloCommand);
  finish(command ? await runCommand(command, input.argv, io) : 1);
}

if (!isMainThread && (workerData as Partial<WorkerInput> | undefined)?.jazzSoloCommand) {
  void workerMain(workerData as WorkerInput);
} else if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
