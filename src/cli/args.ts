/**
 * The command-line grammar, driven by one table per command (src/cli/commands.ts): the parser, the usage text
 * and the README check all read the same option list, so they cannot drift. Adding an option is one entry.
 */

import { editDistance, printable } from '../shared/text';
import { UserFacingError } from '../shared/errors';
import { checkInRange, describeRange, type NumericRange } from '../shared/limits';

/** What an option takes: a string, a number, nothing (a flag), or a list (repeatable, comma-separated). */
export type OptionKind = 'string' | 'number' | 'flag' | 'list';

export interface OptionDef {
  /** The long name without dashes: "top-k". */
  readonly name: string;
  readonly kind: OptionKind;
  /** The value's placeholder in the usage: "K", "FILE.abc". */
  readonly valueName?: string;
  /** One sentence for the usage. */
  readonly help: string;
  /** Numbers outside it are refused while parsing, naming the option and the range. */
  readonly range?: NumericRange;
  /** The only values a string option accepts. */
  readonly choices?: readonly string[];
  /** The default, as shown in the usage. */
  readonly defaultText?: string;
  /** A file or folder this option writes; its command checks it (checkWritableFile) before any work starts. */
  readonly writesFile?: boolean;
}

export interface PositionalDef {
  readonly name: string;
  readonly help: string;
  readonly required: boolean;
  readonly variadic: boolean;
}

export type OptionValue = string | number | boolean | string[];

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, OptionValue | undefined>;
  /** -h or --help was given: print the command's usage instead of running it. */
  help: boolean;
}

/** The value an option of each kind parses to. */
export type OptionValueOf<K extends OptionKind> = K extends 'flag'
  ? boolean
  : K extends 'number'
    ? number
    : K extends 'list'
      ? string[]
      : string;

/** A command's parsed options, typed by each row of its table: a misspelt name or a wrong type does not compile. */
export type OptionsOf<T extends readonly OptionDef[]> = {
  readonly [D in T[number] as D['name']]?: OptionValueOf<D['kind']>;
};

/** What a command's `run` receives: its positionals and its options, typed by its own option table. */
export interface TypedArgs<T extends readonly OptionDef[]> extends Omit<ParsedArgs, 'options'> {
  options: OptionsOf<T>;
}

export interface CommandSyntax {
  readonly name: string;
  readonly summary: string;
  readonly positionals: readonly PositionalDef[];
  readonly options: readonly OptionDef[];
  /** A few lines after the option list (optional). */
  readonly notes?: string;
}

/** The closest candidate when it is a near miss (a typo or a prefix), for "did you mean". */
export function nearestName(given: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(given) && given.length >= 2 ? 1 : editDistance(given, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(given.length / 3))) ? best : undefined;
}

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** "-120" is a value of a number option; "--key", "-k" are options, never values. */
function looksLikeOption(text: string, kind: OptionKind): boolean {
  if (text === '-' || !text.startsWith('-')) return false;
  return !(kind === 'number' && NUMBER_PATTERN.test(text));
}

function parseNumber(option: OptionDef, text: string): number {
  const trimmed = text.trim();
  if (!NUMBER_PATTERN.test(trimmed)) {
    const expected = option.range ? describeRange(option.range) : 'a number';
    throw new UserFacingError(`--${option.name} needs ${expected} (got ${JSON.stringify(printable(text))})`);
  }
  const value = Number(trimmed);
  return option.range ? checkInRange(option.range, value, `--${option.name}`) : value;
}

function parseValue(option: OptionDef, text: string, previous: OptionValue | undefined): OptionValue {
  switch (option.kind) {
    case 'number':
      return parseNumber(option, text);
    case 'list': {
      const items = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      if (!items.length) throw new UserFacingError(`--${option.name} needs a value`);
      return [...((previous as string[] | undefined) ?? []), ...items];
    }
    default:
      if (option.choices && !option.choices.includes(text)) {
        throw new UserFacingError(
          `--${option.name} is ${option.choices.join(' or ')} (got ${JSON.stringify(printable(text))})`,
        );
      }
      if (text === '') throw new UserFacingError(`--${option.name} needs a value (got an empty one)`);
      return text;
  }
}

function unknownOption(syntax: CommandSyntax, written: string, name: string): UserFacingError {
  const suggestion = nearestName(
    name,
    syntax.options.map((o) => o.name),
  );
  const hint = suggestion ? `; did you mean --${suggestion}?` : `; see jazz-solo help ${syntax.name}`;
  return new UserFacingError(`${syntax.name}: unknown option ${printable(written)}${hint}`);
}

/**
 * Strict parsing: unknown options, missing values and values out of range are user errors, so a typo never
 * passes silently. `--name=value` and `--name value` both work; `--` ends the options; `-h`/`--help` anywhere
 * before it asks for the usage.
 */
export function parseArgs(argv: readonly string[], syntax: CommandSyntax): ParsedArgs {
  const byName = new Map(syntax.options.map((option) => [option.name, option]));
  const parsed: ParsedArgs = { positionals: [], options: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      parsed.help = true;
      continue;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      parsed.positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw unknownOption(syntax, arg, arg.slice(1));
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    const option = byName.get(name);
    if (!option) throw unknownOption(syntax, equals < 0 ? arg : arg.slice(0, equals), name);
    if (option.kind === 'flag') {
      if (equals >= 0) throw new UserFacingError(`--${name} takes no value`);
      parsed.options[name] = true;
      continue;
    }
    let text: string;
    if (equals >= 0) {
      text = arg.slice(equals + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined)
        throw new UserFacingError(`--${name} needs a value${option.valueName ? ` (${option.valueName})` : ''}`);
      if (looksLikeOption(next, option.kind)) {
        throw new UserFacingError(
          `--${name} needs a value but is followed by the option ${printable(next)}; ` +
            `write --${name}=VALUE for a value starting with "-"`,
        );
      }
      text = next;
      i++;
    }
    parsed.options[name] = parseValue(option, text, parsed.options[name]);
  }
  return parsed;
}

function optionSynopsis(option: OptionDef): string {
  if (option.kind === 'flag') return `--${option.name}`;
  const value = option.choices ? option.choices.join('|') : (option.valueName ?? 'VALUE');
  return `--${option.name} ${value}${option.kind === 'list' ? '...' : ''}`;
}

function positionalSynopsis(positional: PositionalDef): string {
  const text = `${positional.name}${positional.variadic ? '...' : ''}`;
  return positional.required ? `<${text}>` : `[${text}]`;
}

/** "jazz-solo train <corpus...> [options]". */
export function commandSynopsis(syntax: CommandSyntax): string {
  return ['jazz-solo', syntax.name, ...syntax.positionals.map(positionalSynopsis), '[options]'].join(' ');
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** One option's help: its sentence, its range and its default. */
export function optionHelp(option: OptionDef): string {
  const parts = [option.help];
  if (option.range) {
    const text = describeRange(option.range);
    parts.push(`${text[0].toUpperCase()}${text.slice(1)}.`);
  }
  if (option.defaultText !== undefined) parts.push(`Default: ${option.defaultText}.`);
  return parts.join(' ');
}

/** The usage of one command, as `jazz-solo help CMD` and `jazz-solo CMD --help` print it. */
export function commandUsage(syntax: CommandSyntax): string {
  const column = 30;
  const indent = ' '.repeat(column);
  const lines = [`usage: ${commandSynopsis(syntax)}`, '', wrap(syntax.summary, 110, ''), ''];
  for (const positional of syntax.positionals) {
    const head = `  ${positional.name}`;
    lines.push(`${head.padEnd(column)}${wrap(positional.help, 110 - column, indent)}`);
  }
  if (syntax.positionals.length) lines.push('');
  lines.push('options:');
  const all: OptionDef[] = [...syntax.options, { name: 'help', kind: 'flag', help: 'Print this help (also -h).' }];
  for (const option of all) {
    const head = `  ${optionSynopsis(option)}`;
    const separator = head.length >= column ? `\n${indent}` : ' '.repeat(column - head.length);
    lines.push(`${head}${separator}${wrap(optionHelp(option), 110 - column, indent)}`);
  }
  if (syntax.notes) lines.push('', wrap(syntax.notes, 110, ''));
  return lines.join('\n');
}

/** The option names the README's row for a command must list ("out", "epochs", ...), sorted. */
export function readmeOptionNames(syntax: CommandSyntax): string[] {
  return syntax.options.map((option) => option.name).sort();
}

/** "--bars 120:137" → [120, 137]. */
export function parseBarsOption(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):(\d+)$/.exec(text.trim());
  if (!match) throw new UserFacingError(`--bars needs A:B, bars A to B-1 counted from 0 (got "${printable(text)}")`);
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (to <= from) throw new UserFacingError(`--bars ${text}: the end must come after the start`);
  return [from, to];
}

/** A track given by index ("3") or by name ("Guitar"). */
export function trackSelector(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}
