/**
 * Keras files made at test time by Debian's python3-h5py and python3-numpy (test/fixtures/keras/make_keras_file.py),
 * in the notebook's layouts, with the probabilities a numpy recomputation of Keras' cell gives for them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatValue } from '../../../src/core/solo/grammar';
import { createRng, type Rng } from '../../../src/core/random';
import type { GrammarValue } from '../../../src/core/types';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, '..', '..', 'fixtures', 'keras', 'make_keras_file.py');

/** Why Keras files cannot be made here, or undefined when they can. */
export function h5pyMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import h5py, numpy'], { encoding: 'utf8' });
  return probe.status === 0
    ? undefined
    : 'skipped: /usr/bin/python3 with h5py and numpy is needed (apt-get install python3-h5py python3-numpy)';
}

export interface KerasFileSpec {
  out: string;
  layout: 'save' | 'save_weights' | 'keras3';
  names: [string, string];
  activation: 'sigmoid' | 'hard_sigmoid';
  values: number;
  units: number;
  seed: number;
  /** Value indices fed after x0; one probability row per step comes back (x0's first). */
  inputs: number[];
}

function runPython(spec: object): unknown {
  const run = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(spec), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`make_keras_file.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Writes the file and returns Keras' probabilities, recomputed in numpy, for x0 then each input. */
export function makeKerasFile(spec: KerasFileSpec): number[][] {
  return (runPython(spec) as { probabilities: number[][] }).probabilities;
}

export interface CheckedLayer {
  name: string;
  shape: number[];
  dtype: string;
  values: number[];
}

/** What h5py reads in a Keras 2 weights file: its attributes, layer names and every weight. */
export function readWithH5py(file: string): {
  attrs: Record<string, string>;
  layer_names: string[];
  layers: Record<string, CheckedLayer[]>;
} {
  return runPython({ layout: 'check', out: file }) as never;
}

/**
 * `count` distinct grammar values in a shuffled order, as the notebook's indices_values holds them (a Python
 * set's order): note types, rests, lengths from a sixteenth to a dotted half, interval windows.
 */
export function notebookLikeValues(count: number, seed: number): string[] {
  const values: GrammarValue[] = [];
  const durations = [0.25, 0.333, 0.5, 0.667, 0.75, 1, 1.5, 2, 3];
  for (const duration of durations) values.push({ type: 'R', duration });
  for (const type of ['C', 'S', 'A', 'X'] as const) {
    for (const duration of durations) {
      values.push({ type, duration });
      for (let interval = -5; interval <= 5; interval += 2)
        values.push({ type, duration, window: { upper: interval + 3, lower: interval - 3 } });
    }
  }
  const rng: Rng = createRng(seed);
  const texts = values.map(formatValue);
  for (let i = texts.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [texts[i], texts[j]] = [texts[j], texts[i]];
  }
  if (count > texts.length) throw new RangeError(`at most ${texts.length} values`);
  return texts.slice(0, count);
}
