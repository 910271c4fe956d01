/**
 * Practice loops: a range of bars played over and over, each pass a few beats per minute faster until a target
 * tempo (a tempo trainer), with a click on every beat if wanted and a bar of count-in before each pass. The
 * `jazzSolo.practice.*` settings say how the preview starts; the page's controls change it. Pure: the page, the
 * extension and the tests read it.
 */
import { clampToRange, type NumericRange } from './limits';
import { isRecord } from './validate';

export interface PracticeSettings {
  /** Beats per minute added after each pass; 0 keeps the tempo. */
  tempoStep: number;
  /** The tempo the passes rise to and then stay at. */
  targetTempo: number;
  /** A click on every beat of every pass. */
  click: boolean;
  /** A bar of count-in before every pass (not only the first). */
  countInEachPass: boolean;
}

export const PRACTICE_LIMITS = {
  tempoStep: { min: 0, max: 40, integer: true, what: 'beats per minute added after each pass' },
  targetTempo: { min: 30, max: 400, integer: true, what: 'the tempo the passes rise to' },
} as const satisfies Record<string, NumericRange>;

export const DEFAULT_PRACTICE: PracticeSettings = {
  tempoStep: 0,
  targetTempo: 200,
  click: false,
  // A loop runs on without a break unless asked: the count-in comes before the first pass only.
  countInEachPass: false,
};

/** A rising loop renders every pass ahead of time; this many keeps that within a few seconds and megabytes. */
export const MAX_PRACTICE_PASSES = 24;

/**
 * The tempo of each pass rendered ahead: from `start`, `step` more each pass, the last one at `target` (it then
 * repeats). Without a step, or with a target at or below the start, one pass at `start`.
 */
export function passTempos(start: number, step: number, target: number): number[] {
  if (!(step > 0) || target <= start) return [start];
  const tempos: number[] = [];
  for (let tempo = start; tempo < target && tempos.length < MAX_PRACTICE_PASSES - 1; tempo += step) tempos.push(tempo);
  tempos.push(target);
  return tempos;
}

/** Practice settings as typed, with the defaults for anything missing or malformed. */
export function parsePracticeSettings(value: unknown, fallback: PracticeSettings = DEFAULT_PRACTICE): PracticeSettings {
  const record = isRecord(value) ? value : {};
  return {
    tempoStep: clampToRange(PRACTICE_LIMITS.tempoStep, record.tempoStep) ?? fallback.tempoStep,
    targetTempo: clampToRange(PRACTICE_LIMITS.targetTempo, record.targetTempo) ?? fallback.targetTempo,
    click: typeof record.click === 'boolean' ? record.click : fallback.click,
    countInEachPass: typeof record.countInEachPass === 'boolean' ? record.countInEachPass : fallback.countInEachPass,
  };
}
