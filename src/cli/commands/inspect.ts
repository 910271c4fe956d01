/** `jazz-solo inspect`: Inspect what a corpus reads as. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { basename } from 'node:path';

import type { MelospySummary } from '../../core/io/corpus';
import { JSON_OPTION, CORPUS_OPTIONS, corpusOptions, defineCommand } from './common';

/** What the Weimar Jazz Database's note tables gave: solos and meters read, what was left out or adjusted. */
function describeMelospy(summary: MelospySummary): string[] {
  const counts = (record: Record<string, number>): string =>
    Object.entries(record)
      .map(([name, count]) => `${name}: ${count}`)
      .join(', ');
  const unmapped = Object.keys(summary.unmappedChords);
  return [
    `MeloSpy note tables: ${summary.files} file(s) of ${summary.rows} notes; ${summary.solos} solo(s) read, ${summary.notes} notes`,
    `  meters read: ${counts(summary.metersRead) || 'none'}`,
    `  solos skipped: ${counts(summary.skipped) || 'none'}`,
    `  notes snapped to the sixteenth / triplet grid: ${summary.snappedNotes}; merged into a neighbour: ${summary.mergedNotes}`,
    `  notes under NC (the chord before holds): ${summary.noChordNotes}`,
    `  chord symbols not understood: ${unmapped.length ? counts(summary.unmappedChords) : 'none'}`,
  ];
}

export const inspectCommand = defineCommand({
  name: 'inspect',
  summary: 'Show what a corpus turns into: its tunes, grammar values, vocabulary, chords and warnings.',
  positionals: [
    {
      name: 'corpus',
      required: true,
      variadic: true,
      help: '.abc, .mid or .midi files, Weimar Jazz Database note tables (.csv), MusicXML (.musicxml, .mxl), or folders of them.',
    },
  ],
  options: [...CORPUS_OPTIONS, JSON_OPTION],
  async run(args, io) {
    const { options, positionals } = args;
    if (!positionals.length) throw new UserFacingError('inspect needs at least one corpus file or folder');
    const { inspectCorpus, formatWarning } = await import('../../engine');
    const result = await inspectCorpus(positionals, corpusOptions(options));
    if (options.json) {
      await io.out(`${JSON.stringify({ ...result, warnings: result.warnings.map(formatWarning) })}\n`);
      return;
    }
    const out: string[] = [];
    out.push(
      `${result.files.length} file(s), ${result.tunes.length} tune(s), ${result.tokens} values, ` +
        `vocabulary of ${result.vocabulary.length}`,
    );
    if (result.melospy) out.push(...describeMelospy(result.melospy));
    if (result.inferredChordTunes)
      out.push(`${result.inferredChordTunes} tune(s) had no chord symbols: chords inferred`);
    for (const tune of result.tunes) {
      const chords = `${tune.chords.join(' ')}${tune.chordsInferred ? ' (inferred)' : ''}`;
      out.push(
        `  ${printable(basename(tune.file))} ${tune.id} "${tune.title}": ${tune.values} values; chords ${chords}`,
      );
    }
    out.push('values:', `  ${result.values.join(' ')}`);
    out.push('vocabulary:', `  ${result.vocabulary.join('  ')}`);
    for (const warning of result.warnings) out.push(`warning: ${printable(formatWarning(warning))}`);
    await io.out(`${out.join('\n')}\n`);
  },
});
