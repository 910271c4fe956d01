/**
 * The drummer: the swing ride pattern (ride on every beat, the skip note on the 'and' of 2 and 4, swung when
 * played) with the hi-hat pedal on 2 and 4 and the bass drum feathered on every beat; in 3/4 the jazz-waltz
 * pattern; an occasional snare or side-stick comment; a fill in the last beats before each new chorus, crash
 * and kick on its downbeat; and the count-in, one bar of closed hi-hat on each beat.
 */
import type { Rng } from '../random';

import { barTicks } from '../solo/realiser';
import { isCompoundMeter, type Meter } from '../../shared/meter';
import { DRUM } from './types';
import { pulsesPerBar, pulseTicks } from './timeline';

export interface DrumHit {
  pitch: number;
  startTick: number;
  velocity: number;
}

/** Drum notes are short: a hit, the kit's sample rings by itself. */
export const DRUM_NOTE_TICKS = 3;
/** Chance of a snare or side-stick comment in a bar. */
const COMMENT_CHANCE = 0.25;

export type DrumStyle = 'swing' | 'waltz' | 'compound';

export function drumStyle(meter: Meter): DrumStyle {
  if (meter.numerator === 3 && meter.denominator === 4) return 'waltz';
  if (isCompoundMeter(meter) || pulseTicks(meter) !== 12) return 'compound';
  return 'swing';
}

/** One bar of time (no fill, no comment), ticks from the bar's start. */
export function timeBar(meter: Meter, rng: Rng): DrumHit[] {
  const pulse = pulseTicks(meter);
  const pulses = pulsesPerBar(meter);
  const hits: DrumHit[] = [];
  const vary = (base: number) => Math.round(base + (rng.next() - 0.5) * 8);
  const style = drumStyle(meter);
  for (let beat = 0; beat < pulses; beat++) {
    const tick = beat * pulse;
    const backbeat = beat % 2 === 1;
    if (style === 'swing') {
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(backbeat ? 84 : 74) });
      // The skip note: the 'and' of 2 and 4, written straight here and swung by whoever plays it.
      if (backbeat) hits.push({ pitch: DRUM.ride, startTick: tick + pulse / 2, velocity: vary(58) });
      if (backbeat) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(72) });
      hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(30) });
    } else if (style === 'waltz') {
      // Jazz waltz: ride on each beat with the skip note after 2, hi-hat on 2 and 3, the bass drum on 1.
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(beat === 0 ? 82 : 72) });
      if (beat === 1) hits.push({ pitch: DRUM.ride, startTick: tick + pulse / 2, velocity: vary(58) });
      if (beat > 0) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(68) });
      else hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(40) });
    } else {
      // Compound or odd meters: ride on each beat and on its last third, hi-hat on the even beats.
      hits.push({ pitch: DRUM.ride, startTick: tick, velocity: vary(beat === 0 ? 82 : 74) });
      const third = Math.round((pulse * 2) / 3);
      if (pulse % 3 === 0) hits.push({ pitch: DRUM.ride, startTick: tick + third, velocity: vary(56) });
      if (backbeat) hits.push({ pitch: DRUM.pedalHat, startTick: tick, velocity: vary(68) });
      if (beat === 0) hits.push({ pitch: DRUM.kick, startTick: tick, velocity: vary(36) });
    }
  }
  return hits;
}

/** How many beats at the end of the bar before a new chorus the fill takes: half the bar, at least one beat. */
export function fillBeats(meter: Meter): number {
  return Math.max(1, Math.floor(pulsesPerBar(meter) / 2));
}

/** A fill over `beats` beats: snare then toms, down the kit, getting louder; triplet or straight eighths. */
function fill(meter: Meter, beats: number, rng: Rng): DrumHit[] {
  const pulse = pulseTicks(meter);
  const step = pulse % 3 === 0 && rng.next() < 0.6 ? pulse / 3 : pulse / 2;
  const length = beats * pulse;
  const count = Math.floor(length / step);
  const voices = [DRUM.snare, DRUM.snare, DRUM.highTom, DRUM.midTom, DRUM.lowTom];
  const hits: DrumHit[] = [];
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    // Some space inside the fill, never at its start or end.
    if (i > 0 && !last && rng.next() < 0.2) continue;
    const voice = voices[Math.min(voices.length - 1, Math.floor((i / count) * voices.length + rng.next() * 0.8))];
    hits.push({ pitch: voice, startTick: i * step, velocity: Math.round(62 + (i / count) * 40) });
  }
  // The bass drum sets up the downbeat on the fill's last beat.
  hits.push({ pitch: DRUM.kick, startTick: length - pulse, velocity: 70 });
  return hits;
}

/**
 * The drums over the solo (ticks from the solo's start): time in every bar, a comment now and then, a fill
 * before each chorus start in `chorusStarts`, and a crash with the kick on the band's first beat (`firstTick`)
 * and on each chorus's.
 */
export function playDrums(
  meter: Meter,
  soloTicks: number,
  chorusStarts: readonly number[],
  rng: Rng,
  firstTick = 0,
): DrumHit[] {
  const bar = barTicks(meter);
  const pulse = pulseTicks(meter);
  const hits: DrumHit[] = [];
  const fillLength = fillBeats(meter) * pulse;
  // The fill's start, by the bar it falls in.
  const fillStarts = new Map(
    chorusStarts
      .filter((start) => start - fillLength >= 0)
      .map((start) => [Math.floor((start - fillLength) / bar), start - fillLength]),
  );
  for (let barStart = 0; barStart < soloTicks; barStart += bar) {
    const fillStart = fillStarts.get(barStart / bar);
    for (const hit of timeBar(meter, rng)) {
      const tick = barStart + hit.startTick;
      // During a fill the hands leave the ride; the feet keep the hi-hat and the bass drum going.
      if (fillStart !== undefined && tick >= fillStart && hit.pitch === DRUM.ride) continue;
      hits.push({ ...hit, startTick: tick });
    }
    if (fillStart !== undefined) {
      for (const hit of fill(meter, fillBeats(meter), rng)) hits.push({ ...hit, startTick: fillStart + hit.startTick });
    } else if (rng.next() < COMMENT_CHANCE) {
      // A comment on an off-beat: the 'and' of a beat (or the last third of it in compound time).
      const beat = rng.int(pulsesPerBar(meter));
      const offset = pulse % 3 === 0 && pulse !== 12 ? Math.round((pulse * 2) / 3) : pulse / 2;
      const pitch = rng.next() < 0.5 ? DRUM.snare : DRUM.sideStick;
      hits.push({ pitch, startTick: barStart + beat * pulse + offset, velocity: Math.round(45 + rng.next() * 20) });
    }
  }
  for (const start of [firstTick, ...chorusStarts]) {
    hits.push(
      { pitch: DRUM.crash, startTick: start, velocity: 96 },
      { pitch: DRUM.kick, startTick: start, velocity: 90 },
    );
  }
  return hits.filter((hit) => hit.startTick < soloTicks);
}

/** The count-in: one bar of closed hi-hat on each beat, the first one accented. Ticks from the count-in's start. */
export function countInHits(meter: Meter): DrumHit[] {
  const pulse = pulseTicks(meter);
  return Array.from({ length: pulsesPerBar(meter) }, (_, beat) => ({
    pitch: DRUM.closedHat,
    startTick: beat * pulse,
    velocity: beat === 0 ? 100 : 88,
  }));
}
