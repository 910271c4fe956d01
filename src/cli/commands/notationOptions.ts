/** `--musicxml`, `--svg`, `--pdf` and `--paper`: the notation files `generate` and `export` write beside the ABC. */
import { UserFacingError } from '../../shared/errors';
import type { Solo } from '../../core/types';
import type { PartName } from '../../shared/parts';
import type { LeadInstrument } from '../../core/band/types';
import type { ParsedArgs, OptionDef } from '../args';
import type { CommandIo } from '../io';
import { checkFileTarget } from './common';

export const NOTATION_OPTIONS = [
  {
    name: 'musicxml',
    kind: 'string',
    valueName: 'FILE.musicxml',
    writesFile: true,
    help: 'Write MusicXML 4.0 for notation programs: the lead sheet, with bass, piano and drums parts unless --no-band.',
  },
  {
    name: 'svg',
    kind: 'string',
    valueName: 'FILE.svg',
    writesFile: true,
    help: 'Write the lead sheet as SVG (its pages one under the other).',
  },
  {
    name: 'pdf',
    kind: 'string',
    valueName: 'FILE.pdf',
    writesFile: true,
    help: 'Write the lead sheet as a PDF.',
  },
  {
    name: 'paper',
    kind: 'string',
    choices: ['a4', 'letter'],
    help: 'The page size of --svg and --pdf.',
    defaultText: 'a4',
  },
] as const satisfies readonly OptionDef[];

export interface NotationTargets {
  musicxml?: string;
  svg?: string;
  pdf?: string;
}

/** The notation files asked for, checked before any work starts (never -: they are files). */
export function notationTargets(options: ParsedArgs['options']): NotationTargets {
  const targets: NotationTargets = {};
  for (const name of ['musicxml', 'svg', 'pdf'] as const) {
    const path = checkFileTarget(options[name], `--${name}`);
    if (path === '-') throw new UserFacingError(`--${name} writes a file: give a file name, not -`);
    targets[name] = path;
  }
  return targets;
}

/** Writes the notation files asked for (each through the safe-write path); returns the paths written. */
export async function writeNotation(
  targets: NotationTargets,
  options: ParsedArgs['options'],
  io: CommandIo,
  solo: Solo,
  context: { seed?: number; chorusTicks?: number; part?: PartName; lead?: LeadInstrument },
): Promise<string[]> {
  const written: string[] = [];
  if (!targets.musicxml && !targets.svg && !targets.pdf) return written;
  const { soloToMusicXml, soloToSheetSvg, soloToSheetPdf } = await import('../../engine');
  const paper = (options.paper as 'a4' | 'letter' | undefined) ?? 'a4';
  if (targets.musicxml) {
    io.writeFile(targets.musicxml, soloToMusicXml(solo, { ...context, band: !options['no-band'] }), '--musicxml');
    written.push(targets.musicxml);
  }
  if (targets.svg) {
    io.writeFile(targets.svg, soloToSheetSvg(solo, { paper, part: context.part }), '--svg');
    written.push(targets.svg);
  }
  if (targets.pdf) {
    io.writeFile(targets.pdf, soloToSheetPdf(solo, { paper, part: context.part }), '--pdf');
    written.push(targets.pdf);
  }
  return written;
}
