/**
 * "Continue this solo" for the language server: the active model (named by the client, or --model), the
 * sampling settings, and the seed that makes one place in one text always get the same proposal.
 */
import { DEFAULTS } from '../shared/defaults';
import { clampToRange, isInRange, LIMITS } from '../shared/limits';
import { resolve } from 'node:path';
import type { BookAnalysis } from '../core/analysis';
import { continueSolo, DEFAULT_MODEL_DIR, loadModel, type Continuation, type NoContinuation } from '../engine';
import type { ContinuationSettings } from '../shared/abcLanguage';

export const DEFAULT_CONTINUE_STEPS = DEFAULTS.continueSteps;

/** The shape of a continuation: whole bars (completion, ghost text) or a number of values (the command). */
export interface ContinuationShape {
  bars?: number;
  steps?: number;
}

/** A seed from the 2,000 characters before the cursor and the cursor itself (FNV-1a). */
export function contextSeed(text: string, offset: number): number {
  let hash = 2166136261;
  const from = Math.max(0, offset - 2000);
  for (let i = from; i < offset; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash ^ offset) >>> 0;
}

/**
 * Keeps only the well-formed fields of settings sent by a client, clamped to the ranges the CLI and the settings
 * document (LIMITS): a client cannot ask for more work, or wilder sampling, than a user could.
 */
export function cleanSettings(raw: unknown): ContinuationSettings {
  if (!raw || typeof raw !== 'object') return {};
  const value = raw as Record<string, unknown>;
  const settings: ContinuationSettings = {};
  const temperature = clampToRange(LIMITS.temperature, value.temperature);
  if (temperature !== undefined) settings.temperature = temperature;
  const topK = clampToRange(LIMITS.topK, value.topK);
  if (topK !== undefined) settings.topK = Math.floor(topK);
  if (isInRange(LIMITS.seed, value.seed)) settings.seed = value.seed;
  const steps = clampToRange(LIMITS.continueSteps, value.steps);
  if (steps !== undefined) settings.steps = Math.floor(steps);
  return settings;
}

export class ContinuationService {
  private modelDir: string;
  private settings: ContinuationSettings = {};

  constructor(
    modelDir: string | undefined,
    private readonly log: (line: string) => void,
  ) {
    this.modelDir = resolve(modelDir ?? DEFAULT_MODEL_DIR);
  }

  get activeModelDir(): string {
    return this.modelDir;
  }

  setModel(modelDir: string | undefined): void {
    const next = resolve(typeof modelDir === 'string' && modelDir.trim() !== '' ? modelDir : DEFAULT_MODEL_DIR);
    if (next !== this.modelDir) this.log(`continuation model: ${next}`);
    this.modelDir = next;
  }

  /** The client's settings replace the previous ones (a setting the user cleared is gone). */
  updateSettings(settings: ContinuationSettings): void {
    this.settings = settings;
  }

  get defaultSteps(): number {
    return this.settings.steps ?? DEFAULT_CONTINUE_STEPS;
  }

  /** The continuation at a document offset; `overrides` are one request's own sampling settings. */
  async continueAt(
    book: BookAnalysis,
    offset: number,
    shape: ContinuationShape,
    overrides: ContinuationSettings = {},
  ): Promise<Continuation | NoContinuation> {
    const placed = book.tuneAt(offset);
    if (!placed?.tune?.tune) return { ok: false, reason: 'the cursor is not inside a readable tune (X: … with notes)' };
    const settings = { ...this.settings, ...overrides };
    const model = await loadModel(this.modelDir);
    const temperature = settings.temperature;
    const result = continueSolo({
      analysis: placed.analysis,
      offset: offset - placed.shift,
      model,
      seed: settings.seed ?? contextSeed(book.text, offset),
      temperature: temperature !== undefined && temperature > 0 ? temperature : undefined,
      greedy: temperature === 0,
      topK: settings.topK,
      ...shape,
    });
    return result.ok ? { ...result, insertAt: result.insertAt + placed.shift } : result;
  }
}
