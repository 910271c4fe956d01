/**
 * Turns generated grammar values into notes over a chord progression.
 *
 * Timing rule (what every writer may rely on):
 * - A bar is cut into beat cells: a quarter note (12 ticks) in N/1, N/2 and N/4 meters, a dotted quarter
 *   (18 ticks) in compound meters (6/8, 9/8, 12/8), an eighth (6 ticks) in other N/8 meters, a sixteenth in N/16.
 * - Inside one cell every onset and every end lies on one grid: the sixteenth grid (multiples of 3 ticks from
 *   the cell start) or — in quarter-note cells only — the eighth-triplet grid (multiples of 4 ticks).
 * - Values are placed one after another; each value's end is rounded to the grid of the cell it ends in, the
 *   grid being chosen per cell as the one that changes the durations of the values ending there the least
 *   (the sixteenth grid on a tie). A value shorter than the grid still gets one grid step, so no value is lost.
 *   Rounding is local (each value keeps its own length), so three 0.333 triplet values fill exactly one beat.
 * - A note crossing a bar line is split into tied pieces carrying the same valueIndex; a rest is split too.
 * - The last bar is completed with a rest whose valueIndex is -1, so every bar is exactly barQuarters(meter).
 *
 * Pitch rule: C gives a chord tone of the chord sounding at the onset, S a scale tone that is no chord tone,
 * A a chromatic tone a semitone from a chord tone of the current chord or of the chord at the next onset,
 * X a tone outside chord and scale (not next to a chord tone when the chord leaves any), R a rest.
 * With an interval window <upper,lower> the pitch is drawn among the pitches of that type in
 * [previous + lower, previous + upper] inside the range; when the window lies (partly) beyond the range and holds
 * no such pitch inside it, a pitch of the window folded back into the range by octaves; when the window holds no
 * pitch of the type at all, the pitch of that type nearest the previous one. Every pitch lies in the range.
 * All choices come from the seeded generator.
 */
import { strongBeatOffsets } from './beatGuide';
import { mod12, scaleForChord } from './chords';
import { chordAt, classifyPitch } from './grammar';
import { DEFAULT_TEMPO, isCompoundMeter, keyForProgression, validateMeter } from './progression';
import { Rng, createRng } from './random';
import {
  Chord,
  GrammarValue,
  KeySignature,
  Meter,
  Progression,
  RealisedNote,
  Solo,
  TICKS_PER_QUARTER,
  TimedChord,
  UserFacingError,
  ValueType,
  barQuarters,
} from './types';

export const DEFAULT_RANGE: [number, number] = [55, 84];
const MIDI_RANGE: [number, number] = [0, 127];
export const SIXTEENTH_TICKS = TICKS_PER_QUARTER / 4;
export const TRIPLET_EIGHTH_TICKS = TICKS_PER_QUARTER / 3;
/** valueIndex of the rest that completes the last bar (it comes from no generated value). */
export const FILLER_VALUE_INDEX = -1;

export interface RealiseOptions {
  seed: number;
  key?: KeySignature;
  tempo?: number;
  /** Lowest and highest MIDI pitch, inclusive; default [55, 84]. */
  range?: [number, number];
  title?: string;
  subtitle?: string;
  swing?: number;
}

/** How a bar is cut into beat cells and which grids a cell may use (see the timing rule above). */
export interface BeatGrid {
  cellTicks: number;
  /** Grid steps in ticks, preferred first. */
  steps: number[];
}

export function beatGrid(meter: Progression['meter']): BeatGrid {
  if (meter.denominator <= 4) return { cellTicks: TICKS_PER_QUARTER, steps: [SIXTEENTH_TICKS, TRIPLET_EIGHTH_TICKS] };
  const noteTicks = (4 * TICKS_PER_QUARTER) / meter.denominator;
  return { cellTicks: isCompoundMeter(meter) ? 3 * noteTicks : noteTicks, steps: [SIXTEENTH_TICKS] };
}

export function barTicks(meter: Progression['meter']): number {
  return barQuarters(meter) * TICKS_PER_QUARTER;
}

interface TickSpan {
  start: number;
  end: number;
}

/** Places the values' durations (in ticks, real numbers) on the beat grid; see the timing rule. */
export function quantiseDurations(durations: readonly number[], grid: BeatGrid): TickSpan[] {
  const spans: TickSpan[] = [];
  let index = 0;
  let openStart = 0;
  for (let cellStart = 0; index < durations.length; cellStart += grid.cellTicks) {
    const cellEnd = cellStart + grid.cellTicks;
    let best: { cost: number; ends: number[] } | undefined;
    for (const step of grid.steps) {
      const ends: number[] = [];
      let cost = 0;
      let start = openStart;
      for (let j = index; j < durations.length; j++) {
        const wanted = Number.isFinite(durations[j]) && durations[j] > 0 ? durations[j] : 0;
        const idealEnd = start + wanted;
        if (idealEnd >= cellEnd) break;
        let end = cellStart + Math.round((idealEnd - cellStart) / step) * step;
        if (end <= start) end = start < cellStart ? cellStart + step : cellStart + (Math.floor((start - cellStart) / step) + 1) * step;
        cost += Math.abs(end - start - wanted);
        ends.push(end);
        start = end;
        if (end >= cellEnd) break;
      }
      if (!best || cost < best.cost - 1e-9) best = { cost, ends };
    }
    for (const end of best!.ends) {
      spans.push({ start: openStart, end });
      openStart = end;
      index++;
    }
  }
  return spans;
}

/** The chord sounding at `quarters` when the progression repeats cyclically. */
export function chordSoundingAt(progression: Progression, quarters: number): Chord {
  const length = progression.lengthQuarters;
  const position = length > 0 ? ((quarters % length) + length) % length : quarters;
  const chord = chordAt(progression.chords, position);
  if (!chord) throw new UserFacingError('the chord progression has no chords');
  return chord;
}

/** The progression unrolled over `totalQuarters`, as the writers print it. */
export function unrollChords(progression: Progression, totalQuarters: number): TimedChord[] {
  const unrolled: TimedChord[] = [];
  const length = progression.lengthQuarters;
  if (length <= 0) return progression.chords.slice();
  for (let offset = 0; offset < totalQuarters - 1e-9; offset += length) {
    for (const timed of progression.chords) {
      const start = offset + timed.start;
      if (start < totalQuarters - 1e-9) unrolled.push({ ...timed, start });
    }
  }
  return unrolled;
}

/**
 * The pitches in the range that realise `type`, in two tiers: `preferred` first, then `allowed`
 * (only A uses both: approaches to the next chord are preferred, approaches to the current one allowed).
 */
export function candidatePitches(
  type: Exclude<ValueType, 'R'>,
  chord: Chord,
  nextChord: Chord,
  range: [number, number],
): { preferred: number[]; allowed: number[] } {
  const pitches: number[] = [];
  for (let p = range[0]; p <= range[1]; p++) pitches.push(p);
  const chordPcs = new Set(chord.pitchClasses);
  const scalePcs = new Set(scaleForChord(chord));
  const outside = (p: number) => !chordPcs.has(mod12(p)) && !scalePcs.has(mod12(p));
  const firstNonEmpty = (...lists: number[][]) => lists.find((list) => list.length > 0) ?? pitches;
  switch (type) {
    case 'C': {
      const tones = pitches.filter((p) => chordPcs.has(mod12(p)));
      return { preferred: tones, allowed: tones };
    }
    case 'S': {
      const tones = firstNonEmpty(
        pitches.filter((p) => scalePcs.has(mod12(p)) && !chordPcs.has(mod12(p))),
        pitches.filter((p) => scalePcs.has(mod12(p))),
      );
      return { preferred: tones, allowed: tones };
    }
    case 'A': {
      const nextPcs = new Set(nextChord.pitchClasses);
      const nextToNext = (p: number) => nextPcs.has(mod12(p + 1)) || nextPcs.has(mod12(p - 1));
      const nextToCurrent = (p: number) => chordPcs.has(mod12(p + 1)) || chordPcs.has(mod12(p - 1));
      const allowed = firstNonEmpty(
        pitches.filter((p) => outside(p) && (nextToNext(p) || nextToCurrent(p))),
        pitches.filter((p) => !chordPcs.has(mod12(p)) && nextToCurrent(p)),
      );
      const preferred = allowed.filter(nextToNext);
      return { preferred: preferred.length ? preferred : allowed, allowed };
    }
    case 'X': {
      const tones = firstNonEmpty(
        pitches.filter((p) => outside(p) && classifyPitch(p, chord) === 'X'),
        pitches.filter(outside),
        pitches.filter((p) => !chordPcs.has(mod12(p))),
      );
      return { preferred: tones, allowed: tones };
    }
  }
}

function nearest(pitches: number[], target: number, rng: Rng): number {
  let bestDistance = Infinity;
  let closest: number[] = [];
  for (const p of pitches) {
    const distance = Math.abs(p - target);
    if (distance < bestDistance) {
      bestDistance = distance;
      closest = [p];
    } else if (distance === bestDistance) closest.push(p);
  }
  return rng.pick(closest);
}

/** Half-width of the neighbourhood used for a note without an interval window (the first of each bar). */
const FREE_LEAP = 7;

function choosePitch(
  candidates: { preferred: number[]; allowed: number[] },
  previous: number | undefined,
  window: GrammarValue['window'],
  range: [number, number],
  rng: Rng,
): number {
  const centre = previous ?? Math.round((range[0] + range[1]) / 2);
  let low: number;
  let high: number;
  if (window && previous !== undefined) {
    low = previous + Math.min(window.lower, window.upper);
    high = previous + Math.max(window.lower, window.upper);
  } else {
    low = centre - FREE_LEAP;
    high = centre + FREE_LEAP;
  }
  const inRange = (p: number) => p >= range[0] && p <= range[1];
  const inWindow = (p: number) => p >= low && p <= high;
  // The window is the learned interval widened by a minor third each way: its centre is what the corpus
  // played, so pitches near it are favoured (a uniform pick turns most steps into repeats or random skips).
  const hasWindow = window !== undefined && previous !== undefined;
  for (const tier of [candidates.preferred, candidates.allowed]) {
    const inside = tier.filter((p) => inWindow(p) && inRange(p));
    if (inside.length > 0) {
      return hasWindow ? pickNearTarget(inside, (low + high) / 2, previous, rng) : pickFreely(inside, centre, rng);
    }
  }
  // The window lies beyond the range: keep its pitch class and fold it back by octaves, as a player
  // running out of instrument jumps an octave rather than sticking to the edge.
  for (const tier of [candidates.preferred, candidates.allowed]) {
    const inside = tier.filter(inWindow);
    if (inside.length > 0) return foldIntoRange(rng.pick(inside), range);
  }
  return nearest(candidates.allowed.filter(inRange), centre, rng);
}

/** Weighted pick: closeness to the target interval, and a repeated pitch only when the target asks for one. */
function pickNearTarget(pitches: number[], target: number, previous: number | undefined, rng: Rng): number {
  const weights = pitches.map((p) => {
    const closeness = 1 / (1 + Math.abs(p - target)) ** 2;
    const isUnwantedRepeat = p === previous && Math.abs(target - previous) >= 1;
    return isUnwantedRepeat ? closeness * 0.05 : closeness;
  });
  return weightedPick(pitches, weights, rng);
}

/** The first note of a bar has no learned interval: any nearby pitch, but seldom the same one again. */
function pickFreely(pitches: number[], previous: number, rng: Rng): number {
  const weights = pitches.map((p) => (p === previous ? 0.2 : 1) / (1 + Math.abs(p - previous) / 4));
  return weightedPick(pitches, weights, rng);
}

function weightedPick(pitches: number[], weights: number[], rng: Rng): number {
  let draw = rng.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < pitches.length; i++) {
    draw -= weights[i];
    if (draw < 0) return pitches[i];
  }
  return pitches[pitches.length - 1];
}

function foldIntoRange(pitch: number, range: [number, number]): number {
  let folded = pitch;
  while (folded > range[1]) folded -= 12;
  while (folded < range[0]) folded += 12;
  return folded;
}

function validateRange(range: [number, number]): [number, number] {
  const [low, high] = range;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high > 127 || high - low < 11) {
    throw new UserFacingError(
      `pitch range [${low}, ${high}] must be whole MIDI numbers within 0..127 spanning at least an octave`,
    );
  }
  return [low, high];
}

/**
 * The moment whose chord a note is judged by: its onset, or the last strong beat it is held over. A note
 * tied over beat 1 or 3 into a new chord is heard against that chord, so it is played as an anticipation.
 */
export function harmonicAnchor(start: number, end: number, meter: Meter): number {
  const ticksPerBar = barTicks(meter);
  const strongTicks = strongBeatOffsets(meter).map((q) => Math.round(q * TICKS_PER_QUARTER));
  let anchor = start;
  for (let bar = Math.floor(start / ticksPerBar); bar * ticksPerBar < end; bar++) {
    for (const offset of strongTicks) {
      const at = bar * ticksPerBar + offset;
      if (at > start && at < end) anchor = Math.max(anchor, at);
    }
  }
  return anchor;
}

/** Realises generated values over the progression; see the rules at the top of this file. */
export function realiseSolo(values: GrammarValue[], progression: Progression, options: RealiseOptions): Solo {
  validateMeter(progression.meter);
  if (values.length === 0) throw new UserFacingError('there are no generated values to turn into a solo');
  if (progression.chords.length === 0) throw new UserFacingError('the chord progression has no chords');
  const range = validateRange(options.range ?? DEFAULT_RANGE);
  const rng = createRng(options.seed);
  const grid = beatGrid(progression.meter);
  const ticksPerBar = barTicks(progression.meter);
  const spans = quantiseDurations(
    values.map((v) => v.duration * TICKS_PER_QUARTER),
    grid,
  );

  const notes: RealisedNote[] = [];
  let previous: number | undefined;
  values.forEach((value, valueIndex) => {
    const { start, end } = spans[valueIndex];
    let pitch: number | null = null;
    if (value.type !== 'R') {
      const chord = chordSoundingAt(progression, harmonicAnchor(start, end, progression.meter) / TICKS_PER_QUARTER);
      const nextChord = chordSoundingAt(progression, end / TICKS_PER_QUARTER);
      pitch = choosePitch(candidatePitches(value.type, chord, nextChord, MIDI_RANGE), previous, value.window, range, rng);
      previous = pitch;
    }
    pushSplitAtBars(notes, pitch, start, end, valueIndex, ticksPerBar);
  });

  const lastEnd = spans[spans.length - 1].end;
  const bars = Math.max(1, Math.ceil(lastEnd / ticksPerBar));
  if (lastEnd < bars * ticksPerBar) {
    notes.push({ pitch: null, startTick: lastEnd, durationTicks: bars * ticksPerBar - lastEnd, valueIndex: FILLER_VALUE_INDEX });
  }

  return {
    title: options.title ?? 'Jazz solo',
    subtitle: options.subtitle,
    meter: progression.meter,
    key: options.key ?? keyForProgression(progression),
    tempo: options.tempo ?? DEFAULT_TEMPO,
    swing: options.swing,
    notes,
    chords: unrollChords(progression, (bars * ticksPerBar) / TICKS_PER_QUARTER),
    bars,
  };
}

function pushSplitAtBars(
  notes: RealisedNote[],
  pitch: number | null,
  start: number,
  end: number,
  valueIndex: number,
  ticksPerBar: number,
): void {
  let pieceStart = start;
  while (pieceStart < end) {
    const barEnd = (Math.floor(pieceStart / ticksPerBar) + 1) * ticksPerBar;
    const pieceEnd = Math.min(end, barEnd);
    notes.push({ pitch, startTick: pieceStart, durationTicks: pieceEnd - pieceStart, valueIndex });
    pieceStart = pieceEnd;
  }
}

/** Merges tied pieces (consecutive pieces of one value) back into whole notes, e.g. for MIDI and tests. */
export function mergeTies(notes: readonly RealisedNote[]): RealisedNote[] {
  const merged: RealisedNote[] = [];
  for (const note of notes) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.valueIndex === note.valueIndex &&
      last.valueIndex !== FILLER_VALUE_INDEX &&
      last.pitch === note.pitch &&
      last.startTick + last.durationTicks === note.startTick
    ) {
      last.durationTicks += note.durationTicks;
    } else merged.push({ ...note });
  }
  return merged;
}
