/** The key of a melody when its file does not say: the Krumhansl-Schmuckler profiles, correlated over the notes' durations. */
import { TIME_EPSILON } from '../types';
import type { KeySignature } from '../types';
import { mod12 } from './chords';

/** Krumhansl-Kessler key profiles (probe-tone ratings), tonic first. */
export const MAJOR_KEY_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];

export const MINOR_KEY_NAMES = ['Cm', 'C#m', 'Dm', 'Ebm', 'Em', 'Fm', 'F#m', 'Gm', 'G#m', 'Am', 'Bbm', 'Bm'];

export const MAJOR_PROFILE = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
export const MINOR_PROFILE = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];

export function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/** The key whose Krumhansl-Kessler profile best matches how long each pitch class sounds. */
export function guessKey(notes: Array<{ pitch: number; duration: number }>): KeySignature {
  const weights = new Array<number>(12).fill(0);
  for (const note of notes) weights[mod12(note.pitch)] += note.duration;
  let best: KeySignature = { tonic: 0, mode: 'major', name: 'C' };
  let bestScore = -Infinity;
  for (let tonic = 0; tonic < 12; tonic++) {
    const rotated = weights.map((_, i) => weights[mod12(i + tonic)]);
    for (const [mode, profile] of [
      ['major', MAJOR_PROFILE],
      ['minor', MINOR_PROFILE],
    ] as const) {
      const score = correlation(rotated, profile);
      if (score > bestScore + TIME_EPSILON) {
        bestScore = score;
        best = { tonic, mode, name: (mode === 'major' ? MAJOR_KEY_NAMES : MINOR_KEY_NAMES)[tonic] };
      }
    }
  }
  return best;
}
