/** `jazz-solo inspect`: Inspect what a corpus reads as. */
import { basename } from 'node:path';
import { printable } from '../args';
import { UserFacingError } from '../../core/types';
import { JSON_OPTION, CORPUS_OPTIONS, corpusOptions, type CommandDef } from './common';

export const inspectCommand: CommandDef = {
  name: 'inspect',
  summary: 'Show what a corpus turns into: its tunes, grammar values, vocabulary, chords and warnings.',
  positionals: [
    { name: 'corpus', required: true, variadic: true, help: '.abc, .mid or .midi files, or folders of them.' },
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
};
