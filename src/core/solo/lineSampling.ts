/**
 * Drawing a whole line of pitches at once (melodicLine.ts decides which pitches each note may take and how much
 * each weighs alone): the weight of every interval between neighbours, and forward filtering, backward sampling
 * over the notes.
 */
import type { Rng } from '../random';
import type { GrammarValue, ValueType } from '../types';

/** Weight of a candidate by how far (semitones) it lies from the learned interval's target. */
const TARGET_CLOSENESS = [1, 0.12, 0.04, 0.015];
/** Keeps every transition possible, so that a line always exists. */
const NEGLIGIBLE = 1e-9;
/** How the line moves between notes, in its corpus's style. */
export interface LineMotion {
  /** Weight of each interval size for a note without a learned interval (freeIntervalWeights). */
  free: number[];
  /** How much likelier a step is than a skip equally near the learned interval. */
  stepPreference: number;
  /** How much likelier an outside note's step to an inside note is than its other moves. */
  resolutionBonus: number;
}

/** A note of the line while it is being chosen: its value and the pitches it may take, with their weights. */
export interface NoteState {
  value: GrammarValue & { type: Exclude<ValueType, 'R'> };
  pitches: number[];
  /** Weight of each pitch on its own: register, phrase start, approach direction. */
  own: number[];
  /** A phrase starts here: no previous note, or a breath before it. */
  startsPhrase: boolean;
}

/**
 * Writes into `out` from `offset` the weights of the pitches of `note` after `previous` (the pitch of the note
 * before it), in the order of note.pitches. With a window: the pitches inside it, else inside the mirrored
 * window, else the pitches nearest the learned target. The previous pitch again only when the learned interval
 * is a unison, or when the value has no other pitch at all.
 */
function intervalWeights(
  previousState: NoteState,
  previous: number,
  note: NoteState,
  motion: LineMotion,
  out: Float64Array,
  offset: number,
): void {
  rawIntervalWeights(previousState, previous, note, motion, out, offset);
  const end = offset + note.pitches.length;
  for (let k = offset; k < end; k++) if (out[k] > 0) return;
  // Only a value whose every pitch is the previous one repeats it.
  out.fill(1, offset, end);
}

function rawIntervalWeights(
  previousState: NoteState,
  previous: number,
  note: NoteState,
  { free, stepPreference, resolutionBonus }: LineMotion,
  out: Float64Array,
  offset: number,
): void {
  const { value, pitches } = note;
  const resolves =
    (previousState.value.type === 'A' || previousState.value.type === 'X') &&
    (value.type === 'C' || value.type === 'S');
  // An approach tone approaches by a semitone; an outside tone (a whole step from any chord tone) by a step.
  const approach = previousState.value.type === 'A';
  const resolution = (p: number) => {
    const size = Math.abs(p - previous);
    if (!resolves || size < 1 || size > 2) return 1;
    return approach && size === 2 ? resolutionBonus / 4 : resolutionBonus;
  };
  if (value.window) {
    const learned = (value.window.upper + value.window.lower) / 2;
    const halfWidth = Math.abs(value.window.upper - value.window.lower) / 2;
    const allowed = (p: number) => p !== previous || learned === 0;
    for (let side = 0; side < 2; side++) {
      const target = side === 0 ? previous + learned : previous - learned;
      const inside = (p: number) => Math.abs(p - target) <= halfWidth && allowed(p);
      if (!pitches.some(inside)) continue;
      for (let k = 0; k < pitches.length; k++) {
        const p = pitches[k];
        if (!inside(p)) {
          out[offset + k] = 0;
          continue;
        }
        const step = Math.abs(p - previous) <= 2 ? stepPreference : 1;
        out[offset + k] =
          TARGET_CLOSENESS[Math.min(Math.abs(p - target), TARGET_CLOSENESS.length - 1)] * step * resolution(p);
      }
      return;
    }
    const target = previous + learned;
    let nearest = Infinity;
    for (const p of pitches) if (allowed(p)) nearest = Math.min(nearest, Math.abs(p - target));
    for (let k = 0; k < pitches.length; k++) {
      const p = pitches[k];
      out[offset + k] = allowed(p) && Math.abs(p - target) === nearest ? 1 : 0;
    }
    return;
  }
  for (let k = 0; k < pitches.length; k++) {
    const p = pitches[k];
    if (note.startsPhrase) {
      out[offset + k] = p === previous ? 0 : 1;
      continue;
    }
    const size = Math.abs(p - previous);
    out[offset + k] = (size < free.length ? free[size] : NEGLIGIBLE) * resolution(p);
  }
}

/**
 * Forward filtering, backward sampling over the notes' pitches. Every note's forward weights, and every pair of
 * neighbours' transition weights, live in one buffer each (`forward` from forwardAt[i], `transitions` from
 * transitionAt[i]): a solo's hundred notes would otherwise allocate two hundred small arrays.
 */
export function sampleLine(notes: readonly NoteState[], rng: Rng, motion: LineMotion): number[] {
  if (notes.length === 0) return [];
  const forwardAt = new Int32Array(notes.length + 1);
  const transitionAt = new Int32Array(notes.length + 1);
  let widest = 0;
  for (let i = 0; i < notes.length; i++) {
    const size = notes[i].pitches.length;
    widest = Math.max(widest, size);
    forwardAt[i + 1] = forwardAt[i] + size;
    transitionAt[i + 1] = transitionAt[i] + (i > 0 ? notes[i - 1].pitches.length * size : 0);
  }
  // forward[forwardAt[i] + k]: weight of all lines up to note i that end on notes[i].pitches[k] (normalised).
  const forward = new Float64Array(forwardAt[notes.length]);
  // transitions[transitionAt[i] + j * K + k]: weight of notes[i - 1].pitches[j] followed by notes[i].pitches[k].
  const transitions = new Float64Array(transitionAt[notes.length]);
  forward.set(notes[0].own);
  normalise(forward, 0, notes[0].pitches.length);
  for (let i = 1; i < notes.length; i++) {
    const note = notes[i];
    const before = notes[i - 1];
    const size = note.pitches.length;
    const rows = transitionAt[i];
    for (let j = 0; j < before.pitches.length; j++)
      intervalWeights(before, before.pitches[j], note, motion, transitions, rows + j * size);
    const previous = forwardAt[i - 1];
    const here = forwardAt[i];
    for (let k = 0; k < size; k++) {
      let sum = 0;
      for (let j = 0; j < before.pitches.length; j++) sum += forward[previous + j] * transitions[rows + j * size + k];
      forward[here + k] = sum * note.own[k];
    }
    normalise(forward, here, size);
  }
  const chosen = new Array<number>(notes.length);
  const last = notes.length - 1;
  let k = drawIndex(forward.subarray(forwardAt[last], forwardAt[last + 1]), rng);
  chosen[last] = notes[last].pitches[k];
  const weights = new Float64Array(widest);
  for (let i = last; i > 0; i--) {
    const size = notes[i].pitches.length;
    const count = notes[i - 1].pitches.length;
    for (let j = 0; j < count; j++)
      weights[j] = forward[forwardAt[i - 1] + j] * transitions[transitionAt[i] + j * size + k];
    k = drawIndex(weights.subarray(0, count), rng);
    chosen[i - 1] = notes[i - 1].pitches[k];
  }
  return chosen;
}

/**
 * Scales `count` weights from `offset` to sum 1, in place; all-zero (or broken) weights become uniform so that a
 * line always exists.
 */
function normalise(weights: Float64Array, offset: number, count: number): void {
  let total = 0;
  for (let k = offset; k < offset + count; k++) total += weights[k];
  if (!(total > 0) || !Number.isFinite(total)) weights.fill(1 / count, offset, offset + count);
  else for (let k = offset; k < offset + count; k++) weights[k] /= total;
}

function drawIndex(weights: Float64Array, rng: Rng): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0) || !Number.isFinite(total)) return rng.int(weights.length);
  let draw = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    draw -= weights[i];
    if (draw < 0) return i;
  }
  return weights.length - 1;
}
