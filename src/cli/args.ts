import { UserFacingError } from '../core/types';

/** What each option takes: a value (string/number) or nothing (flag). */
export type OptionSpec = Record<string, 'string' | 'number' | 'flag' | 'list'>;

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | number | boolean | string[] | undefined>;
}

/** A small strict parser: unknown options and missing values are user errors, so typos never pass silently. */
export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
    const kind = spec[rawName];
    if (!kind) throw new UserFacingError(`unknown option --${rawName}`);
    if (kind === 'flag') {
      options[rawName] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new UserFacingError(`--${rawName} needs a value`);
    if (kind === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new UserFacingError(`--${rawName} needs a number (got "${value}")`);
      options[rawName] = n;
    } else if (kind === 'list') {
      const list = (options[rawName] as string[] | undefined) ?? [];
      list.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
      options[rawName] = list;
    } else {
      options[rawName] = value;
    }
  }
  return { positionals, options };
}

/** "--bars 120:137" → [120, 137]. */
export function parseBarsOption(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):(\d+)$/.exec(text.trim());
  if (!match) throw new UserFacingError(`--bars needs A:B, bars A to B-1 counted from 0 (got "${text}")`);
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (to <= from) throw new UserFacingError(`--bars ${text}: the end must come after the start`);
  return [from, to];
}

/** A track given by index ("3") or by name ("Guitar"). */
export function trackSelector(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}
