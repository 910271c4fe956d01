/**
 * The built-in library: forms (the blues, rhythm changes, a Coltrane cycle, a modal form, a bossa, a waltz) and
 * standards in the public domain in the United States (first published in 1930 or earlier). Every chord change
 * is the project's own harmonisation, written in the progression syntax of ../progression.ts.
 *
 * A tune is written as its sections and the order they are played in: "A/1 A/2 B A/2" plays section A with its
 * first ending, A with its second, B, then A with its second ending, which is how a lead sheet with repeats and
 * first and second endings reads once written out.
 */
import { parseMeter } from '../progression';
import { type LeadSheet, type LeadSheetSection } from './leadSheet';
import { FORMS } from './forms';
import { STANDARDS_A_TO_M } from './standardsAtoM';
import { STANDARDS_N_TO_Z } from './standardsNtoZ';
import type { LibraryTune } from './types';

/** The newest publication year in the public domain in the US as of 1 January 2026. */
export const PUBLIC_DOMAIN_LAST_YEAR = 1930;

export const LIBRARY: readonly LibraryTune[] = [...FORMS, ...STANDARDS_A_TO_M, ...STANDARDS_N_TO_Z];

function barsOf(text: string): string[] {
  return text
    .split('|')
    .map((bar) => bar.trim())
    .filter((bar) => bar.length > 0);
}

/** One chorus of a library tune as a lead sheet: sections in form order, each ending in its place. */
export function libraryLeadSheet(tune: LibraryTune): LeadSheet {
  const bars: string[] = [];
  const sections: LeadSheetSection[] = [];
  for (const entry of tune.form.split(/\s+/).filter(Boolean)) {
    const [label, endingText] = entry.split('/');
    const section = tune.sections.find((s) => s.label === label);
    if (!section) throw new Error(`${tune.title}: the form names section ${label}, which is not written`);
    const ending = endingText === undefined ? undefined : section.endings?.[Number(endingText) - 1];
    if (endingText !== undefined && ending === undefined)
      throw new Error(`${tune.title}: section ${label} has no ending ${endingText}`);
    sections.push({ label, bar: bars.length });
    bars.push(...barsOf(section.bars), ...(ending ? barsOf(ending) : []));
  }
  return {
    title: tune.title,
    composer: tune.composer,
    key: tune.key,
    tempo: tune.tempo,
    meter: parseMeter(tune.meter),
    style: tune.style,
    bars,
    sections,
  };
}

/** Titles compared as users type them: case, accents, punctuation and a leading "The" do not count. */
export function normaliseTitle(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.,!?()"-]/g, '')
    .replace(/^the\s+/, '')
    .replace(/,\s*the$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TuneMatch<T> {
  /** The tune, when the name points at exactly one. */
  found?: T;
  /** Several tunes contain the name: the user must say which. */
  ambiguous?: T[];
}

/**
 * The tune a user means: the exact title or alias (any case and punctuation), else the only title containing
 * the name. Nearness for "did you mean" is the caller's (the CLI has the edit distance).
 */
export function matchTune<T>(name: string, tunes: readonly T[], namesOf: (tune: T) => readonly string[]): TuneMatch<T> {
  const wanted = normaliseTitle(name);
  const exact = tunes.filter((tune) => namesOf(tune).some((n) => normaliseTitle(n) === wanted));
  if (exact.length === 1) return { found: exact[0] };
  if (exact.length > 1) return { ambiguous: exact };
  if (wanted.length < 3) return {};
  const containing = tunes.filter((tune) => namesOf(tune).some((n) => normaliseTitle(n).includes(wanted)));
  if (containing.length === 1) return { found: containing[0] };
  return containing.length > 1 ? { ambiguous: containing } : {};
}

export function libraryTuneNames(tune: LibraryTune): readonly string[] {
  return [tune.title, ...(tune.aliases ?? [])];
}
