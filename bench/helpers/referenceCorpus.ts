/**
 * The benchmark's training data: the values of original_metheny.mid as the reference read them, or,
 * when that shared file is absent, a seeded synthetic corpus of 78 values (the reference's vocabulary size)
 * so that every timing can still be taken.
 */
import { existsSync } from 'node:fs';
import { loadCorpus } from '../../src/core/io/corpus';
import { buildVocabulary } from '../../src/core/solo/vocabulary';
import { createRng } from '../../src/core/random';

export const METHENY_PATH = process.env.JAZZ_SOLO_SHARED_DATA
  ? `${process.env.JAZZ_SOLO_SHARED_DATA}/reference/original_metheny.mid`
  : '/work/shared/data/reference/original_metheny.mid';

/** How the reference cut its corpus out of the MIDI file (deepjazz: guitar melody, piano chords, the solo's bars). */
export const METHENY_OPTIONS = { melodyTrack: 'Guitar', chordTracks: ['Piano'], bars: [120, 137] as [number, number] };

export interface ReferenceTokens {
  /** The corpus as vocabulary indices. */
  tokens: Int32Array;
  nValues: number;
  /** The value strings of the vocabulary, index order (synthetic names for the synthetic corpus). */
  vocabulary: string[];
  source: 'original_metheny.mid' | 'synthetic';
}

const SYNTHETIC_VALUES = 78;
const SYNTHETIC_LENGTH = 200;

/** 200 tokens over 78 values, every value present, drawn from a fixed seed: same corpus on every machine. */
function syntheticTokens(): ReferenceTokens {
  const rng = createRng(78);
  const tokens = new Int32Array(SYNTHETIC_LENGTH);
  for (let i = 0; i < SYNTHETIC_LENGTH; i++) tokens[i] = i < SYNTHETIC_VALUES ? i : rng.int(SYNTHETIC_VALUES);
  for (let i = tokens.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
  }
  const vocabulary = Array.from({ length: SYNTHETIC_VALUES }, (_, i) => `synthetic-${i}`);
  return { tokens, nValues: SYNTHETIC_VALUES, vocabulary, source: 'synthetic' };
}

export async function loadReferenceTokens(): Promise<ReferenceTokens> {
  if (!existsSync(METHENY_PATH)) return syntheticTokens();
  const corpus = await loadCorpus([METHENY_PATH], METHENY_OPTIONS);
  const vocabulary = buildVocabulary(corpus.values);
  const tokens = Int32Array.from(corpus.values, (value) => vocabulary.indexOf(value));
  return { tokens, nValues: vocabulary.values.length, vocabulary: vocabulary.values, source: 'original_metheny.mid' };
}

/** The corpus repeated `times` times end to end: same vocabulary, `times` as many windows. */
export function tileTokens(tokens: Int32Array, times: number): Int32Array {
  const out = new Int32Array(tokens.length * times);
  for (let k = 0; k < times; k++) out.set(tokens, k * tokens.length);
  return out;
}

/** Prints the child's result as the last line of stdout, where bench/run.mjs looks for it. */
export function reportResult(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

/** Peak resident set size of this process so far, in MB (resourceUsage reports kilobytes). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
