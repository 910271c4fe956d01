/**
 * The defaults a user meets, declared once: the engine falls back to them, the extension's settings declare
 * them (package.json's contributes must agree: test/unit/configuration.test.ts), the CLI prints them in its
 * usage. The reference network's own numbers (Tx, units, batch, windows) live with the model
 * (src/model/train.ts DEFAULT_TRAINING_OPTIONS).
 */
export const DEFAULTS = {
  /** Grammar values (notes and rests) in a generated solo: the reference generates 100. */
  steps: 100,
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
