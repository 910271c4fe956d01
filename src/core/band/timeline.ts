/**
 * The solo's harmony and pulse as the rhythm section reads them: chord segments in ticks, the beats the bass
 * and drums play on, and where each chorus (pass of the progression) starts.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { barTicks, groupingBeatTicks, type Meter } from '../../shared/meter';
import type { Chord, TimedChord } from '../types';

/** A chord from `startTick` to `endTick` (ticks from the solo's start). */
export interface ChordSegment {
  chord: Chord;
  startTick: number;
  endTick: number;
}

/**
 * The beat the band plays on, in ticks: the quarter note in N/1, N/2 and N/4, the dotted quarter in 6/8, 9/8
 * and 12/8, the written note in other N/8 and N/16 meters (the realiser's cell).
 */
export function pulseTicks(meter: Meter): number {
  return groupingBeatTicks(meter);
}

export function pulsesPerBar(meter: Meter): number {
  return Math.max(1, Math.round(barTicks(meter) / pulseTicks(meter)));
}

/**
 * The chords as segments over [0, soloTicks): each lasts until the next one starts; the first one also covers
 * a stretch before it (a pickup); two timed chords at the same moment keep the later one.
 */
export function chordSegments(chords: readonly TimedChord[], soloTicks: number): ChordSegment[] {
  const timed = chords
    .map((c) => ({ chord: c.chord, startTick: Math.round(c.start * TICKS_PER_QUARTER) }))
    .filter((c) => c.startTick < soloTicks)
    .sort((a, b) => a.startTick - b.startTick);
  const segments: ChordSegment[] = [];
  for (const [index, current] of timed.entries()) {
    const next = timed[index + 1];
    const startTick = index === 0 ? 0 : current.startTick;
    const endTick = next ? next.startTick : soloTicks;
    if (endTick <= startTick) continue;
    segments.push({ chord: current.chord, startTick, endTick });
  }
  return segments;
}

/** The segment sounding at `tick`, or undefined outside them. */
export function segmentAt(segments: readonly ChordSegment[], tick: number): ChordSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (tick < segment.startTick) high = middle - 1;
    else if (tick >= segment.endTick) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/** Shortest chorus the drummer marks with a fill: a progression of one or two bars is a vamp, not a chorus. */
const MIN_CHORUS_BARS = 4;

/**
 * Where each chorus after the first starts (ticks from the solo's start). With `chorusTicks` the caller
 * knows (a progression shorter than four bars counts as many passes as make four bars or more); otherwise
 * the shortest whole number of bars (at least four) after which the chord symbols repeat, when they repeat
 * at least once.
 */
export function chorusStarts(
  segments: readonly ChordSegment[],
  meter: Meter,
  soloTicks: number,
  chorusTicks?: number,
): number[] {
  const given = chorusTicks && chorusTicks > 0 ? chorusTicks : undefined;
  // A progression of one or two bars repeats as a vamp: the fills mark every few of its passes instead.
  const shortest = MIN_CHORUS_BARS * barTicks(meter);
  const period = given ? given * Math.ceil(shortest / given) : detectChorusTicks(segments, meter, soloTicks);
  if (!period) return [];
  const starts: number[] = [];
  for (let tick = period; tick < soloTicks; tick += period) starts.push(tick);
  return starts;
}

function detectChorusTicks(segments: readonly ChordSegment[], meter: Meter, soloTicks: number): number | undefined {
  const bar = barTicks(meter);
  const bars = Math.floor(soloTicks / bar);
  const symbolAt = (tick: number) => segmentAt(segments, tick)?.chord.symbol;
  // Compared pulse by pulse: enough to tell progressions apart, cheap enough for long solos.
  const step = pulseTicks(meter);
  for (let periodBars = MIN_CHORUS_BARS; periodBars * 2 <= bars; periodBars++) {
    const period = periodBars * bar;
    let repeats = true;
    for (let tick = period; tick < soloTicks && repeats; tick += step)
      repeats = symbolAt(tick) === symbolAt(tick - period);
    if (repeats) return period;
  }
  return undefined;
}
