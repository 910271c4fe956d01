/** The inspect use case: what a corpus reads as (files, tunes, values, vocabulary, warnings). */
import { loadCorpus, type CorpusOptions, type MelospySummary } from '../core/io/corpus';
import { buildVocabulary } from '../core/solo/vocabulary';
import { type CorpusWarning } from '../core/types';

export function formatWarning(warning: CorpusWarning): string {
  return `${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`;
}

export interface InspectResult {
  files: { path: string; kind: string; bytes: number }[];
  tunes: {
    file: string;
    id: string;
    title: string;
    line: number;
    values: number;
    chordsInferred: boolean;
    chords: string[];
  }[];
  tokens: number;
  values: string[];
  vocabulary: string[];
  warnings: CorpusWarning[];
  inferredChordTunes: number;
  /** What the Weimar Jazz Database's note tables gave, when the corpus has any. */
  melospy?: MelospySummary;
}

export async function inspectCorpus(paths: string[], options: CorpusOptions = {}): Promise<InspectResult> {
  const corpus = await loadCorpus(paths, options);
  const vocabulary = buildVocabulary(corpus.values);
  return {
    files: corpus.files.map(({ path, kind, bytes }) => ({ path, kind, bytes })),
    tunes: corpus.tunes.map((tune, i) => ({
      file: tune.file,
      id: tune.id,
      title: tune.title,
      line: tune.line,
      values: corpus.tuneValueCounts?.[i] ?? 0,
      chordsInferred: tune.chordsInferred,
      chords: [...new Set(tune.chords.map((c) => c.chord.symbol))],
    })),
    tokens: corpus.values.length,
    values: corpus.values,
    vocabulary: vocabulary.values,
    warnings: corpus.warnings,
    inferredChordTunes: corpus.inferredChordTunes,
    ...(corpus.melospy ? { melospy: corpus.melospy } : {}),
  };
}
