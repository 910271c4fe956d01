/**
 * Tunes by name and iReal Pro charts: the built-in library (core/theory/tunes) and the charts of an iReal link,
 * text file or HTML playlist (core/formats/ireal*), each as a lead sheet the generator plays over
 * (GenerateOptions.sheet).
 */
import { printable } from '../shared/text';
import { UserFacingError, isUserFacingError } from '../shared/errors';
import { readFileSync, statSync } from 'node:fs';

import {
  LIBRARY,
  libraryLeadSheet,
  libraryTuneNames,
  matchTune,
  type LeadSheet,
  type LibraryTune,
} from '../core/theory/tunes';
import { findIrealLinks, isBrokenSong, readIrealLink } from '../core/formats/irealLink';
import { isChartError, readIrealChart, type IrealChart } from '../core/formats/irealChart';

export interface TuneSummary {
  title: string;
  kind: 'form' | 'standard' | 'ireal';
  composer?: string;
  /** Year of first publication (library standards). */
  year?: number;
  key: string;
  tempo: number;
  meter: string;
  style?: string;
  /** Bars in one chorus, repeats and endings played out. */
  bars: number;
  /** Section labels in playing order ("A A B A"). */
  form: string;
}

function summary(sheet: LeadSheet, kind: TuneSummary['kind'], tune?: LibraryTune): TuneSummary {
  return {
    title: sheet.title,
    kind,
    composer: sheet.composer,
    year: tune?.year,
    key: sheet.key,
    tempo: sheet.tempo,
    meter: `${sheet.meter.numerator}/${sheet.meter.denominator}`,
    style: sheet.style,
    bars: sheet.bars.length,
    form: sheet.sections.map((section) => section.label).join(' '),
  };
}

/** Every tune of the built-in library: the forms first, then the standards by title. */
export function listTunes(): TuneSummary[] {
  return LIBRARY.map((tune) => summary(libraryLeadSheet(tune), tune.kind, tune));
}

export interface TuneLookup {
  /** The lead sheet, when the name points at one tune. */
  sheet?: LeadSheet;
  /** Titles the name fits equally (the user must say which). */
  ambiguous?: string[];
  /** Every title, for "did you mean" (the CLI measures nearness). */
  titles: string[];
}

/** A library tune by title or alias: any case, accents and punctuation; a unique part of a title will do. */
export function findTune(name: string): TuneLookup {
  const match = matchTune(name, LIBRARY, libraryTuneNames);
  return {
    sheet: match.found ? libraryLeadSheet(match.found) : undefined,
    ambiguous: match.ambiguous?.map((tune) => tune.title),
    titles: LIBRARY.map((tune) => tune.title),
  };
}

/** One chart of an iReal source, or the one line that says why it cannot be played. */
export type IrealEntry = { title: string; chart: IrealChart; error?: undefined } | { title: string; error: string };

export interface IrealCharts {
  /** The file, or "link". */
  source: string;
  playlist?: string;
  entries: IrealEntry[];
}

/** Largest iReal file read: a playlist of a thousand charts is under a megabyte. */
const MAX_IREAL_BYTES = 20 * 1024 * 1024;

/** The charts of a text holding iReal links (a link, a text file, iReal Pro's HTML export). */
export function readIrealText(text: string, source = 'link'): IrealCharts {
  const links = findIrealLinks(text);
  if (links.length === 0)
    throw new UserFacingError(`${source}: no irealb:// or irealbook:// link in it (paste a link iReal Pro shares)`);
  const entries: IrealEntry[] = [];
  let playlist: string | undefined;
  for (const link of links) {
    const read = readIrealLink(link);
    playlist ??= read.playlist;
    for (const song of read.songs) {
      if (isBrokenSong(song)) entries.push(song);
      else {
        const chart = readIrealChart(song);
        entries.push(isChartError(chart) ? chart : { title: song.title, chart });
      }
    }
  }
  return { source, playlist, entries };
}

/** `--ireal FILE_OR_LINK`: a link as given, or the file that holds one or more. */
export function readIrealSource(fileOrLink: string): IrealCharts {
  if (/^ireal(b|book):\/\//.test(fileOrLink.trim())) return readIrealText(fileOrLink.trim(), 'link');
  const shown = printable(fileOrLink);
  let text: string;
  try {
    const stat = statSync(fileOrLink, { throwIfNoEntry: false });
    if (!stat) throw new UserFacingError(`--ireal ${shown}: no such file (give a file or an irealb:// link)`);
    if (!stat.isFile()) throw new UserFacingError(`--ireal ${shown}: not a file (give a file or an irealb:// link)`);
    if (stat.size > MAX_IREAL_BYTES)
      throw new UserFacingError(`--ireal ${shown}: ${stat.size} bytes is too large for an iReal playlist`);
    text = readFileSync(fileOrLink, 'utf8');
  } catch (error) {
    if (isUserFacingError(error)) throw error;
    // A file that is there but cannot be read (no permission, a folder of the wrong kind): one line, no stack.
    throw new UserFacingError(
      `--ireal ${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'read error'})`,
    );
  }
  return readIrealText(text, shown);
}

/**
 * The chart a user picks from iReal charts: the only one, or the one named (as library names are matched). An
 * unplayable chart is refused with its reason.
 */
export function pickIrealChart(charts: IrealCharts, name?: string): { sheet?: LeadSheet; lookup: TuneLookup } {
  const titles = charts.entries.map((entry) => entry.title);
  let entry: IrealEntry | undefined;
  if (name === undefined) {
    if (charts.entries.length > 1) {
      throw new UserFacingError(
        `${charts.source} holds ${charts.entries.length} charts: name one with --tune (see \`jazz-solo tunes --ireal ${charts.source}\`)`,
      );
    }
    entry = charts.entries[0];
  } else {
    const match = matchTune(name, charts.entries, (e) => [e.title, e.title.replace(/^(.*), The$/, 'The $1')]);
    if (!match.found) return { lookup: { ambiguous: match.ambiguous?.map((e) => e.title), titles } };
    entry = match.found;
  }
  if (entry.error !== undefined) throw new UserFacingError(`${charts.source}: "${entry.title}": ${entry.error}`);
  return { sheet: entry.chart.sheet, lookup: { titles } };
}

/** What `jazz-solo tunes --ireal` lists for each chart. */
export function irealSummaries(charts: IrealCharts): (TuneSummary | { title: string; error: string })[] {
  return charts.entries.map((entry) =>
    entry.error !== undefined ? { title: entry.title, error: entry.error } : summary(entry.chart.sheet, 'ireal'),
  );
}
