/** What the commands of `jazz-solo` share: the command's shape, common option rows and their readers. */
import { printable } from '../../shared/text';
import { readFileSync, statSync } from 'node:fs';
import { UserFacingError } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';
import { checkWritableFile } from '../../core/io/safeWrite';
import {
  parseBarsOption,
  trackSelector,
  type CommandSyntax,
  type OptionDef,
  type ParsedArgs,
  type TypedArgs,
} from '../args';
import type { CommandIo } from '../io';

import { DEFAULTS } from '../../shared/defaults';

export interface CommandDef extends CommandSyntax {
  /** Runs long (training): main runs it in a worker thread that Ctrl-C or SIGTERM can stop at any moment. */
  readonly interruptible?: boolean;
  run(args: ParsedArgs, io: CommandIo): Promise<void>;
}

/** A command whose `run` sees its options typed by its own table (`OptionsOf`): the parser fills them from it. */
export function defineCommand<const O extends readonly OptionDef[]>(
  command: Omit<CommandDef, 'options' | 'run'> & {
    readonly options: O;
    run(args: TypedArgs<O>, io: CommandIo): Promise<void>;
  },
): CommandDef {
  // The parser only ever sets the options of this table, each parsed to its kind's type.
  return command as unknown as CommandDef;
}

export const JSON_OPTION = {
  name: 'json',
  kind: 'flag',
  help: 'Print one JSON object on stdout instead of text.',
} as const satisfies OptionDef;

export const CORPUS_OPTIONS = [
  { name: 'melody-track', kind: 'string', valueName: 'T', help: 'MIDI: the melody track, by index or name.' },
  { name: 'chord-track', kind: 'list', valueName: 'T', help: 'MIDI: the chord track(s), by index or name.' },
  { name: 'bars', kind: 'string', valueName: 'A:B', help: 'MIDI: only bars A to B-1, counted from 0.' },
  {
    name: 'melody-part',
    kind: 'string',
    valueName: 'P',
    help: 'MusicXML: the melody part, by number (from 1), id or name; default: the first pitched part with chord symbols.',
  },
] as const satisfies readonly OptionDef[];

export const MODEL_OPTION = {
  name: 'model',
  kind: 'string',
  valueName: 'DIR',
  help: 'The model folder.',
  defaultText: 'the bundled default model',
} as const satisfies OptionDef;

export const TEMPERATURE_OPTION = {
  name: 'temperature',
  kind: 'number',
  valueName: 'T',
  range: LIMITS.temperature,
  help: 'Sampling temperature; 0 is greedy decoding.',
  defaultText: String(DEFAULTS.temperature),
} as const satisfies OptionDef;

export const TOP_K_OPTION = {
  name: 'top-k',
  kind: 'number',
  valueName: 'K',
  range: LIMITS.topK,
  help: 'Sample among the K most likely values; 0 = all.',
  defaultText: String(DEFAULTS.topK),
} as const satisfies OptionDef;

export const SAMPLING_OPTIONS = [
  {
    name: 'steps',
    kind: 'number',
    valueName: 'N',
    range: LIMITS.steps,
    help: 'Grammar values (notes and rests) per solo.',
    defaultText: String(DEFAULTS.steps),
  },
  TEMPERATURE_OPTION,
  TOP_K_OPTION,
  { name: 'greedy', kind: 'flag', help: "Always take the most likely value (the reference's decoding; it loops)." },
  {
    name: 'chords',
    kind: 'string',
    valueName: '"| Dm7 G7 | Cmaj7 |"',
    help: 'The progression; N.C. for no chord, |: :| repeats.',
    defaultText: 'a jazz blues in F',
  },
] as const satisfies readonly OptionDef[];

export const SEED_OPTION = {
  name: 'seed',
  kind: 'number',
  valueName: 'N',
  range: LIMITS.seed,
  help: 'Random seed: the same seed gives the same result.',
} as const satisfies OptionDef;

/** --tempo, with what it is when not given. */
export function tempoOption<Default extends string>(defaultText: Default) {
  return {
    name: 'tempo',
    kind: 'number',
    valueName: 'BPM',
    range: LIMITS.tempo,
    help: 'Tempo in quarter notes per minute.',
    defaultText,
  } as const satisfies OptionDef;
}

/** Checked before any work: a target that cannot be written is found out now, not after minutes of training. */
export function checkFileTarget(value: unknown, label: string): string | undefined {
  if (value === undefined) return undefined;
  const path = String(value);
  if (path !== '-') checkWritableFile(path, label);
  return path;
}

export function corpusOptions(options: ParsedArgs['options']) {
  return {
    melodyTrack: options['melody-track'] === undefined ? undefined : trackSelector(String(options['melody-track'])),
    chordTracks: (options['chord-track'] as string[] | undefined)?.map(trackSelector),
    bars: parseBarsOption(options.bars as string | undefined),
    melodyPart: options['melody-part'] === undefined ? undefined : String(options['melody-part']),
  };
}

/** --temperature 0 means greedy decoding, as the settings document; --top-k 0 means every value. */
export function samplingOptions(options: ParsedArgs['options']) {
  const temperature = options.temperature as number | undefined;
  return {
    steps: options.steps as number | undefined,
    greedy: Boolean(options.greedy) || temperature === 0,
    temperature: temperature === 0 ? undefined : temperature,
    topK: options['top-k'] as number | undefined,
    chords: options.chords as string | undefined,
  };
}

/** An ABC file a person writes by hand is a few kilobytes; this keeps a wrong file from being read whole. */
const MAX_ABC_BYTES = 4 * 1024 * 1024;

/** The text of an ABC file a command was given, or one clear line saying why it cannot be read. */
export function readAbcFile(file: string): string {
  const reason = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'read error');
  };
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new UserFacingError(`cannot read ${printable(file)}: ${reason(error)}`);
  }
  if (stat.isDirectory()) throw new UserFacingError(`cannot read ${printable(file)}: it is a folder`);
  if (!stat.isFile()) throw new UserFacingError(`${printable(file)} is not a file`);
  if (stat.size > MAX_ABC_BYTES)
    throw new UserFacingError(`${printable(file)} is larger than an ABC file can be (4 MB)`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserFacingError(`cannot read ${printable(file)}: ${reason(error)}`);
  }
}

export function noPositionals(args: ParsedArgs, command: string, hint: string): void {
  if (args.positionals.length)
    throw new UserFacingError(`${command} ${hint}; unexpected "${printable(args.positionals[0])}"`);
}
