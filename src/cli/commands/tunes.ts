/**
 * `jazz-solo tunes`: the built-in library of forms and public-domain standards, or the charts of an iReal Pro
 * playlist; and the options with which `generate` plays over one of them (--tune, --ireal, --choruses).
 */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';

import { normaliseTitle } from '../../core/theory/tunes';
import { DEFAULTS } from '../../shared/defaults';
import type { LeadSheet, TuneLookup, TuneSummary } from '../../engine';
import { nearestName, type OptionDef, type ParsedArgs } from '../args';
import { JSON_OPTION, noPositionals, defineCommand } from './common';

const IREAL_OPTION = {
  name: 'ireal',
  kind: 'string',
  valueName: 'FILE_OR_LINK',
  help: "iReal Pro charts: an irealb:// link, a text file holding one, or iReal Pro's HTML playlist export.",
} as const satisfies OptionDef;

/** The options `generate` takes to play over a tune's whole form. */
export const TUNE_OPTIONS = [
  {
    name: 'tune',
    kind: 'string',
    valueName: 'NAME',
    help: 'Play over a tune of the library (`jazz-solo tunes`) or of --ireal, by title (any case; part of it will do).',
  },
  IREAL_OPTION,
  {
    name: 'choruses',
    kind: 'number',
    valueName: 'N',
    range: LIMITS.choruses,
    help: 'Cover the form N times (repeats and endings played out), ending on a resolution; instead of --steps.',
    defaultText: `${DEFAULTS.choruses} with --tune or --ireal`,
  },
] as const satisfies readonly OptionDef[];

/** "no tune ...; did you mean ...": the nearest title by edit distance, compared as titles are matched. */
function notFound(name: string, lookup: TuneLookup, where: string, listing: string): UserFacingError {
  if (lookup.ambiguous?.length) {
    return new UserFacingError(
      `"${printable(name)}" fits several tunes ${where}: ${lookup.ambiguous.join(', ')}; give more of the title`,
    );
  }
  const normalised = lookup.titles.map(normaliseTitle);
  const nearest = nearestName(normaliseTitle(name), normalised);
  const suggestion = nearest === undefined ? '' : `; did you mean "${lookup.titles[normalised.indexOf(nearest)]}"?`;
  return new UserFacingError(`no tune "${printable(name)}" ${where}${suggestion} (${listing} lists them)`);
}

/** The lead sheet --tune / --ireal name, or undefined when neither is given. */
export async function leadSheetFromOptions(options: ParsedArgs['options']): Promise<LeadSheet | undefined> {
  const name = options.tune as string | undefined;
  const ireal = options.ireal as string | undefined;
  if (name === undefined && ireal === undefined) return undefined;
  if (options.chords !== undefined) throw new UserFacingError('give --tune (or --ireal) or --chords, not both');
  if (options.meter !== undefined)
    throw new UserFacingError('--meter: a tune brings its own meter; leave --meter out with --tune or --ireal');
  const engine = await import('../../engine');
  if (ireal !== undefined) {
    const charts = engine.readIrealSource(ireal);
    const picked = engine.pickIrealChart(charts, name);
    if (picked.sheet) return picked.sheet;
    throw notFound(name ?? '', picked.lookup, `in ${ireal}`, `\`jazz-solo tunes --ireal ${ireal}\``);
  }
  const lookup = engine.findTune(name!);
  if (lookup.sheet) return lookup.sheet;
  throw notFound(name!, lookup, 'in the library', '`jazz-solo tunes`');
}

/** --choruses as given; with a tune and no --steps, one chorus (the whole form once). */
export function chorusesFromOptions(options: ParsedArgs['options'], sheet: LeadSheet | undefined): number | undefined {
  const choruses = options.choruses as number | undefined;
  if (choruses !== undefined && options.steps !== undefined)
    throw new UserFacingError('give --steps or --choruses, not both: a whole form decides its own number of values');
  if (choruses !== undefined) return choruses;
  return sheet && options.steps === undefined ? DEFAULTS.choruses : undefined;
}

function describe(tune: TuneSummary): string {
  const who = [tune.composer, tune.year].filter(Boolean).join(', ');
  return (
    `${tune.title}${who ? ` (${who})` : ''}: ${tune.key}, ${tune.meter}, ${tune.tempo} bpm, ` +
    `${tune.bars} bars${tune.form ? ` ${tune.form}` : ''}${tune.style ? `, ${tune.style}` : ''}`
  );
}

export const tunesCommand = defineCommand({
  name: 'tunes',
  summary:
    'List the tunes `generate --tune` plays over: forms (blues, rhythm changes, ...) and public-domain standards, ' +
    'or the charts of an iReal Pro playlist (--ireal).',
  positionals: [],
  options: [IREAL_OPTION, JSON_OPTION],
  async run(args, io) {
    noPositionals(args, 'tunes', 'takes no files (an iReal playlist is --ireal FILE)');
    const engine = await import('../../engine');
    const ireal = args.options.ireal as string | undefined;
    if (ireal === undefined) {
      const tunes = engine.listTunes();
      if (args.options.json) {
        await io.out(`${JSON.stringify({ tunes })}\n`);
        return;
      }
      const lines = ['Forms:', ...tunes.filter((t) => t.kind === 'form').map((t) => `  ${describe(t)}`)];
      lines.push('Standards (public domain in the US):');
      lines.push(...tunes.filter((t) => t.kind === 'standard').map((t) => `  ${describe(t)}`));
      await io.out(`${lines.join('\n')}\n`);
      return;
    }
    const charts = engine.readIrealSource(ireal);
    const entries = engine.irealSummaries(charts);
    if (args.options.json) {
      await io.out(`${JSON.stringify({ playlist: charts.playlist, charts: entries })}\n`);
      return;
    }
    const readable = entries.filter((entry) => !('error' in entry)).length;
    const lines = [
      `${charts.playlist ? `"${printable(charts.playlist)}": ` : ''}${entries.length} chart(s), ${readable} playable`,
    ];
    for (const entry of entries) {
      lines.push(
        'error' in entry
          ? `  ${printable(entry.title)}: cannot play: ${entry.error}`
          : `  ${printable(describe(entry))}`,
      );
    }
    await io.out(`${lines.join('\n')}\n`);
  },
});
