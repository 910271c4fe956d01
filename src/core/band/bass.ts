/**
 * The walking bass: one note per beat, the chord's root (a slash chord's bass, or on a repeated chord another
 * chord tone) on the first beat of each chord, chord and scale tones in between, and the last beat of a chord
 * stepping (one or two semitones, chromatic or in the scale) into the next chord's first note. Everything in
 * the upright bass's range E1–C3 with no leap wider than a major sixth. The two-feel plays the same line on
 * half notes (one note a bar in odd meters).
 */
import type { Meter } from '../../shared/meter';
import { mod12, scaleForChord } from '../theory/chords';
import type { Rng } from '../random';
import type { Chord } from '../types';
import { barTicks } from '../solo/realiser';
import { pulsesPerBar, pulseTicks, segmentAt, type ChordSegment } from './timeline';

export const BASS_LOWEST = 28;
export const BASS_HIGHEST = 48;
/** A major sixth: the widest leap a walking line takes here. */
export const MAX_BASS_LEAP = 9;
/** Where the line starts and what it drifts back towards: D2, the middle of the range. */
const BASS_CENTRE = 38;

export interface BassNote {
  pitch: number;
  startTick: number;
  durationTicks: number;
  velocity: number;
}

/** Consecutive beats on one chord segment. */
interface Run {
  segment: ChordSegment;
  beatTicks: number[];
}

/** Ticks between the bass's notes: the beat, or for the two-feel two beats (a whole bar in odd meters). */
export function bassPulseTicks(meter: Meter, twoFeel: boolean): number {
  const pulse = pulseTicks(meter);
  if (!twoFeel) return pulse;
  const pulses = pulsesPerBar(meter);
  return pulses % 2 === 0 ? pulse * 2 : pulse * pulses;
}

/** The beats of the line grouped by the chord each one falls on. */
export function bassRuns(segments: readonly ChordSegment[], soloTicks: number, pulse: number): Run[] {
  const runs: Run[] = [];
  // A chord that arrives before the middle of a beat is played on that beat.
  const lookAhead = Math.max(0, Math.ceil(pulse / 2) - 1);
  for (let tick = 0; tick < soloTicks; tick += pulse) {
    const segment = segmentAt(segments, Math.min(soloTicks - 1, tick + lookAhead));
    if (!segment) continue;
    const last = runs[runs.length - 1];
    if (last && last.segment === segment) last.beatTicks.push(tick);
    else runs.push({ segment, beatTicks: [tick] });
  }
  return runs;
}

const inRange = (pitch: number) => pitch >= BASS_LOWEST && pitch <= BASS_HIGHEST;

/** Every pitch of the bass's range with one of these pitch classes. */
function pitchesOf(pitchClasses: readonly number[]): number[] {
  const wanted = new Set(pitchClasses.map(mod12));
  const pitches: number[] = [];
  for (let pitch = BASS_LOWEST; pitch <= BASS_HIGHEST; pitch++) if (wanted.has(mod12(pitch))) pitches.push(pitch);
  return pitches;
}

/** The note a chord is announced with: a slash chord's bass, else its root. */
function foundation(chord: Chord): number {
  return chord.bass ?? chord.root;
}

function weightedPick<T>(rng: Rng, items: ReadonlyArray<{ item: T; weight: number }>): T {
  const total = items.reduce((sum, entry) => sum + entry.weight, 0);
  let threshold = rng.next() * total;
  for (const entry of items) {
    threshold -= entry.weight;
    if (threshold < 0) return entry.item;
  }
  return items[items.length - 1].item;
}

/**
 * The first note of a chord: its foundation in the octave that suits the line (near the previous first note,
 * pulled towards the middle of the range), or a nearer chord tone when the foundation is out of reach.
 * `beatsBefore` is how many beats the line has to get there (1: a direct leap).
 */
function chooseArrival(chord: Chord, previous: number, beatsBefore: number, repeated: boolean, rng: Rng): number {
  const reach = beatsBefore <= 1 ? MAX_BASS_LEAP : MAX_BASS_LEAP + 2 + MAX_BASS_LEAP * (beatsBefore - 2);
  let pitchClasses = [foundation(chord)];
  // On the same chord again (a new bar of it) a walking bassist often starts from the third or the fifth.
  if (repeated && rng.next() < 0.35)
    pitchClasses = [chord.pitchClasses[1] ?? chord.root, chord.pitchClasses[2] ?? chord.root];
  for (const classes of [pitchClasses, chord.pitchClasses]) {
    const options = pitchesOf(classes).filter(
      (p) => Math.abs(p - previous) <= reach && (beatsBefore > 1 || p !== previous),
    );
    if (options.length === 0) continue;
    const scored = options.map((pitch) => ({
      item: pitch,
      weight: Math.exp(-Math.abs(pitch - previous) / 3 - Math.abs(pitch - BASS_CENTRE) / 6),
    }));
    return weightedPick(rng, scored);
  }
  // A one-note chord repeated on one beat: the same note again is all that is left.
  return previous;
}

/** A note a step away from `target` that leads into it: chromatic, or a step of the current or next chord's scale. */
function chooseApproach(target: number, from: number, current: Chord, next: Chord, rng: Rng): number {
  const scaleTones = new Set([...scaleForChord(current), ...scaleForChord(next)].map(mod12));
  const options: Array<{ item: number; weight: number }> = [];
  for (const offset of [-2, -1, 1, 2]) {
    const pitch = target + offset;
    if (!inRange(pitch) || Math.abs(pitch - from) > MAX_BASS_LEAP || pitch === from) continue;
    // Half steps and whole steps of the scale are the usual approaches; a whole step outside it is a last resort.
    const kind = Math.abs(offset) === 1 ? 1.5 : scaleTones.has(mod12(pitch)) ? 1 : 0.05;
    // Arriving in the direction the line already moves sounds like one phrase.
    const sameDirection = Math.sign(target - from) === Math.sign(-offset) ? 2 : 1;
    options.push({ item: pitch, weight: kind * sameDirection });
  }
  if (options.length > 0) return weightedPick(rng, options);
  // Only possible at the very edge of the range with a repeated note: any in-range neighbour will do.
  return [target - 1, target + 1, target - 2, target + 2].find(inRange) ?? target;
}

/** Notes between the first beat and the approach: chord tones on strong beats, scale tones between, moving on. */
function walkBetween(
  from: number,
  to: number | undefined,
  steps: number,
  chord: Chord,
  beatInBar: (i: number) => number,
  rng: Rng,
): number[] {
  const chordTones = new Set(chord.pitchClasses.map(mod12));
  const scale = scaleForChord(chord);
  const line: number[] = [];
  let previous = from;
  for (let step = 0; step < steps; step++) {
    const remaining = steps - step;
    const strong = beatInBar(step) % 2 === 0;
    const options: Array<{ item: number; weight: number }> = [];
    for (const pitch of pitchesOf(scale)) {
      const leap = Math.abs(pitch - previous);
      if (leap > MAX_BASS_LEAP || leap === 0) continue;
      if (to !== undefined && (Math.abs(pitch - to) > MAX_BASS_LEAP * remaining || (remaining === 1 && pitch === to)))
        continue;
      let weight = chordTones.has(mod12(pitch)) ? (strong ? 4 : 2) : strong ? 0.7 : 1.5;
      // Walking lines move mostly by step; thirds and fourths now and then, wider leaps rarely.
      weight /= (1 + leap / 2) ** 2;
      if (to !== undefined) {
        // Head for the approach note, spreading the distance over the beats left.
        const ideal = previous + (to - previous) / (remaining + 1);
        weight /= (1 + Math.abs(pitch - ideal) / 3) ** 2;
      } else {
        weight /= 1 + Math.abs(pitch - BASS_CENTRE) / 8;
      }
      options.push({ item: pitch, weight });
    }
    const pitch = options.length > 0 ? weightedPick(rng, options) : previous;
    line.push(pitch);
    previous = pitch;
  }
  return line;
}

/** The bass line over the solo (ticks from the solo's start). */
export function walkBass(
  segments: readonly ChordSegment[],
  meter: Meter,
  soloTicks: number,
  rng: Rng,
  twoFeel = false,
): BassNote[] {
  const pulse = bassPulseTicks(meter, twoFeel);
  const runs = bassRuns(segments, soloTicks, pulse);
  if (runs.length === 0) return [];
  const bar = barTicks(meter);
  const pitches: number[][] = [];
  let arrival = chooseArrival(runs[0].segment.chord, BASS_CENTRE, 2, false, rng);
  for (const [index, run] of runs.entries()) {
    const chord = run.segment.chord;
    const next = runs[index + 1];
    const beats = run.beatTicks.length;
    const line = [arrival];
    if (next) {
      const repeated = next.segment.chord.symbol === chord.symbol;
      const nextArrival = chooseArrival(next.segment.chord, arrival, beats, repeated, rng);
      if (beats >= 2) {
        // Chosen before the notes between, so that they can head for it.
        const approach = chooseApproach(nextArrival, arrival, chord, next.segment.chord, rng);
        const middle = walkBetween(
          arrival,
          approach,
          beats - 2,
          chord,
          (i) => beatIndexInBar(run.beatTicks[i + 1], bar, pulse),
          rng,
        );
        // A middle note may have ended too far from the approach: then step into it from the middle note's side.
        const lastMiddle = middle.length > 0 ? middle[middle.length - 1] : arrival;
        const fixedApproach =
          Math.abs(approach - lastMiddle) <= MAX_BASS_LEAP && approach !== lastMiddle
            ? approach
            : chooseApproach(nextArrival, lastMiddle, chord, next.segment.chord, rng);
        line.push(...middle, fixedApproach);
      }
      arrival = nextArrival;
    } else {
      line.push(
        ...walkBetween(
          arrival,
          undefined,
          beats - 1,
          chord,
          (i) => beatIndexInBar(run.beatTicks[i + 1], bar, pulse),
          rng,
        ),
      );
    }
    pitches.push(line);
  }
  const notes: BassNote[] = [];
  runs.forEach((run, runIndex) => {
    run.beatTicks.forEach((tick, beat) => {
      const length = Math.min(pulse, soloTicks - tick);
      const downbeat = tick % bar === 0;
      notes.push({
        pitch: pitches[runIndex][beat],
        startTick: tick,
        // Legato but re-struck: each note stops a hair before the next.
        durationTicks: Math.max(1, length - 1),
        velocity: Math.round((downbeat ? 88 : 80) + (rng.next() - 0.5) * 10),
      });
    });
  });
  return notes;
}

function beatIndexInBar(tick: number, bar: number, pulse: number): number {
  return Math.floor((tick % bar) / pulse);
}
