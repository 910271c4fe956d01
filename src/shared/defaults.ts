/**
 * The defaults a user meets, declared once: the engine falls back to them, the extension's settings declare
 * them (package.json's contributes must agree: test/unit/extension/settings.test.ts), the CLI prints them in its usage.
 * Plain data with no imports, so the CLI can print its usage without loading the engine.
 */
export const DEFAULTS = {
  /** Grammar values (notes and rests) in a generated solo: the reference generates 100. */
  steps: 100,
  /** Times a solo over a tune (a library tune, an iReal chart) goes through its form. */
  choruses: 1,
  temperature: 1,
  /** Sampling among the 8 most likely values keeps a solo idiomatic without reciting the corpus. */
  topK: 8,
  /** Quarter notes per minute: a medium swing. */
  tempo: 130,
  /** The first of two eighths takes 60% of the beat: a light swing, between straight (0.5) and triplet (0.67). */
  swing: 0.6,
  meter: '4/4',
  /** Values "continue this solo" inserts: about two bars. */
  continueSteps: 32,
  title: 'Jazz solo',
} as const;

/** The reference's training: Tx = 30, 64 units, Adam 0.01 with decay, 100 epochs of m = 60 windows, batch 32. */
export const REFERENCE_TRAINING = {
  tx: 30,
  units: 64,
  epochs: 100,
  batchSize: 32,
  learningRate: 0.01,
  beta1: 0.9,
  beta2: 0.999,
  decay: 0.01,
  m: 60,
  seed: 1,
} as const;

/** `jazz-solo evaluate`: how many solos it generates (seeds seed, seed + 1, ...), from which seed. */
export const EVALUATION_DEFAULTS = { solos: 20, seed: 1 } as const;

/** Where the bundled default model lives inside the package (the engine and the extension both find it here). */
export const DEFAULT_MODEL_FOLDER: readonly string[] = ['models', 'default'];
