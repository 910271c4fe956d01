/**
 * "A lick in twelve keys": the model improvises a few bars over a ii–V–I in C, and the lick is written through
 * every key as one practice sheet (src/core/formats/lickSheet.ts).
 */
import {
  firstBars,
  lickProgression,
  writeLickSheet,
  type LickKeyOrder,
  type LickInKey,
  type LickProgressionName,
} from '../core/formats/lickSheet';
import { PARTS, type PartName } from '../shared/parts';
import { generateSolo, type GenerateOptions } from './generate';
import { randomSeed } from '../core/random';
import { MAX_SEED } from '../shared/limits';

export interface LickOptions extends Pick<
  GenerateOptions,
  'modelDir' | 'temperature' | 'topK' | 'greedy' | 'tempo' | 'swing'
> {
  progression?: LickProgressionName;
  /** Bars of the lick (1 to 4; default 2). */
  bars?: number;
  keys?: LickKeyOrder;
  part?: PartName;
  seed?: number;
  title?: string;
}

export interface LickResult {
  abc: string;
  keys: LickInKey[];
  seed: number;
  modelName: string;
  seconds: number;
}

/** Seeds tried after the first when a draw gives too few notes to practise. */
const MORE_SEEDS = 8;
/** A lick worth practising has at least this many notes. */
const MIN_NOTES = 4;

export async function generateLick(options: LickOptions = {}): Promise<LickResult> {
  const started = performance.now();
  const progressionName = options.progression ?? 'ii-V-I';
  const bars = options.bars ?? 2;
  const { chords, key } = lickProgression(progressionName, bars);
  const firstSeed = options.seed ?? randomSeed();
  let lick;
  let seed = firstSeed;
  for (let attempt = 0; attempt <= MORE_SEEDS; attempt++) {
    seed = (firstSeed + attempt) % (MAX_SEED + 1);
    const result = await generateSolo({
      modelDir: options.modelDir,
      temperature: options.temperature,
      topK: options.topK,
      greedy: options.greedy,
      tempo: options.tempo,
      swing: options.swing,
      seed,
      chords,
      key,
      title: options.title ?? `${progressionName} lick`,
      // Enough values for the bars even if every one were a sixteenth; the lick keeps the first bars.
      steps: bars * 16 + 2,
    });
    lick = { solo: firstBars(result.solo, bars), modelName: result.modelName };
    if (lick.solo.notes.filter((note) => note.pitch !== null).length >= MIN_NOTES) break;
  }
  const sheet = writeLickSheet(lick!.solo, {
    order: options.keys ?? 'cycle-of-fourths',
    part: PARTS[options.part ?? 'concert'],
    progressionName,
  });
  return { ...sheet, seed, modelName: lick!.modelName, seconds: (performance.now() - started) / 1000 };
}
