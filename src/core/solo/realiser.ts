/**
 * Turns generated grammar values into notes over a chord progression.
 *
 * Timing rule (what every writer may rely on): values are placed one after another by the solo's one clock,
 * `RhythmClock` (rhythmClock.ts), the same that placed them while decoding; the realiser takes the decoder's spans
 * as they are when it is given them, and never rounds a second time. So every note and rest starts and ends on
 * the eighth-note grid (the sixteenth grid when the corpus plays sixteenths, each sixteenth inside its beat), or
 * on the triplet grid inside a beat that holds a complete triplet group; no rest sits inside a triplet; the last
 * value closes its group.
 * - A note crossing a bar line is split into tied pieces carrying the same valueIndex; a rest is split too.
 * - The last bar is completed with a rest whose valueIndex is -1, so every bar is exactly barQuarters(meter).
 *
 * Pitch rule: see melodicLine.ts.
 * All choices come from the seeded generator.
 */
import { strongBeatTicks } from './style';
import { type TickSpan, clockOptions, placeValues } from './rhythmClock';
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';

import type { StyleProfile } from './style';
import { chordAt } from './grammar';
import { DEFAULT_RANGE, Register, candidatePitches, chooseLine } from './melodicLine';
import { DEFAULT_TEMPO, keyForProgression, validateMeter } from '../theory/progression';
import { barTicks, type Meter } from '../../shared/meter';
import { createRng } from '../random';
import { Chord, GrammarValue, KeySignature, Progression, RealisedNote, Solo, TimedChord } from '../types';
import { DEFAULTS } from '../../shared/defaults';

export { DEFAULT_RANGE, candidatePitches };
/** valueIndex of the rest that completes the last bar (it comes from no generated value). */
export const FILLER_VALUE_INDEX = -1;

export interface RealiseOptions {
  seed: number;
  key?: KeySignature;
  tempo?: number;
  /** Where the corpus's melodies live (from the model's metadata); default: the bundled corpus's register. */
  register?: Register;
  /** Lowest and highest MIDI pitch, inclusive; default: the register widened by a whole step each way. */
  range?: [number, number];
  title?: string;
  subtitle?: string;
  swing?: number;
  /**
   * The training corpus's style (the model's metadata): its grid (sixteenths where it plays them) and the
   * line's intervals and spread. Default: the style of a model that records none (eighths and triplets).
   */
  style?: StyleProfile;
  /**
   * Where each value sits, in ticks (BeatGuide.spans from decoding): used exactly. Without it the values are
   * placed by the same clock (placeValues), which gives the same spans for values the guide chose.
   */
  spans?: readonly TickSpan[];
}

/** How a bar is cut into beat cells and which grids a cell may use (see the timing rule above). */
export { barTicks };

/** Checks spans handed in by a decoder: one per value, back to back from tick 0, each at least a tick long. */
function checkedSpans(spans: readonly TickSpan[], count: number): readonly TickSpan[] {
  let position = 0;
  for (const span of spans) {
    if (span.start !== position || !Number.isInteger(span.end) || span.end <= span.start) {
      throw new UserFacingError(
        `value spans must follow each other from tick 0 (got ${span.start}-${span.end} at ${position})`,
      );
    }
    position = span.end;
  }
  if (spans.length !== count) throw new UserFacingError(`${spans.length} value spans given for ${count} values`);
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
 * The moment whose chord a note is judged by: its onset, or the last strong beat it is held over. A note
 * tied over beat 1 or 3 into a new chord is heard against that chord, so it is played as an anticipation.
 */
export function harmonicAnchor(start: number, end: number, meter: Meter): number {
  const ticksPerBar = barTicks(meter);
  const strongTicks = strongBeatTicks(meter);
  let anchor = start;
  for (let bar = Math.floor(start / ticksPerBar); bar * ticksPerBar < end; bar++) {
    for (const offset of strongTicks) {
      const at = bar * ticksPerBar + offset;
      if (at > start && at < end) anchor = Math.max(anchor, at);
    }
  }
  return anchor;
}

/** Whether a note from `start` to `end` (ticks) sounds on a strong beat: starts on one or is held over one. */
export function soundsOnStrongBeat(start: number, end: number, meter: Meter): boolean {
  const ticksPerBar = barTicks(meter);
  const strongTicks = strongBeatTicks(meter);
  for (let bar = Math.floor(start / ticksPerBar); bar * ticksPerBar < end; bar++) {
    if (strongTicks.some((offset) => bar * ticksPerBar + offset >= start && bar * ticksPerBar + offset < end))
      return true;
  }
  return false;
}

/** Realises generated values over the progression; see the rules at the top of this file. */
export function realiseSolo(values: GrammarValue[], progression: Progression, options: RealiseOptions): Solo {
  validateMeter(progression.meter);
  if (values.length === 0) throw new UserFacingError('there are no generated values to turn into a solo');
  if (progression.chords.length === 0) throw new UserFacingError('the chord progression has no chords');
  const rng = createRng(options.seed);
  const ticksPerBar = barTicks(progression.meter);
  const spans = options.spans
    ? checkedSpans(options.spans, values.length)
    : placeValues(values, progression.meter, clockOptions(options.style ?? {}));

  const lineSteps = values.map((value, valueIndex) => {
    const { start, end } = spans[valueIndex];
    const chord = chordSoundingAt(progression, harmonicAnchor(start, end, progression.meter) / TICKS_PER_QUARTER);
    const onStrongBeat = soundsOnStrongBeat(start, end, progression.meter);
    const onsetChord = chordSoundingAt(progression, start / TICKS_PER_QUARTER);
    const nextChord = chordSoundingAt(progression, end / TICKS_PER_QUARTER);
    return { value, chord, nextChord, onStrongBeat, onsetChord: onsetChord === chord ? undefined : onsetChord };
  });
  const pitches = chooseLine(lineSteps, {
    register: options.register,
    range: options.range,
    style: options.style,
    rng,
  });
  const notes: RealisedNote[] = [];
  values.forEach((_, valueIndex) => {
    const { start, end } = spans[valueIndex];
    pushSplitAtBars(notes, pitches[valueIndex], start, end, valueIndex, ticksPerBar);
  });

  const lastEnd = spans[spans.length - 1].end;
  const bars = Math.max(1, Math.ceil(lastEnd / ticksPerBar));
  if (lastEnd < bars * ticksPerBar) {
    notes.push({
      pitch: null,
      startTick: lastEnd,
      durationTicks: bars * ticksPerBar - lastEnd,
      valueIndex: FILLER_VALUE_INDEX,
    });
  }

  return {
    title: options.title ?? DEFAULTS.title,
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
