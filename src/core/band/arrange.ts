/**
 * arrangeBand: the rhythm section behind a solo, from its chords, meter and tempo. Each part draws from its
 * own stream of the seed, so switching one part off leaves the others exactly as they were.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';
import { createRng } from '../random';
import { barTicks } from '../solo/realiser';
import { validateMeter } from '../theory/progression';

import type { BandArrangement, BandInput, BandNote, BandOptions } from './types';
import type { BandPart } from '../../shared/bandParts';
import { chordSegments, chorusStarts } from './timeline';
import { walkBass } from './bass';
import { planComping } from './comping';
import { countInHits, DRUM_NOTE_TICKS, playDrums } from './drums';

/** Distinct seeds per part, derived from the user's one seed. */
const PART_SALT: Record<BandPart, number> = { bass: 0x9e3779b1, comping: 0x85ebca6b, drums: 0xc2b2ae35 };

function partRng(seed: number, part: BandPart) {
  return createRng((seed ^ PART_SALT[part]) >>> 0);
}

const PART_ORDER: Record<BandPart, number> = { bass: 0, comping: 1, drums: 2 };

const clampVelocity = (velocity: number) => Math.min(127, Math.max(1, Math.round(velocity)));

export function arrangeBand(input: BandInput, options: BandOptions): BandArrangement {
  const { meter, tempo, soloTicks } = input;
  validateMeter(meter);
  if (!Number.isFinite(tempo) || tempo <= 0)
    throw new UserFacingError(`the band needs a positive tempo (got ${tempo})`);
  if (!Number.isInteger(soloTicks) || soloTicks < 0)
    throw new UserFacingError(`the solo's length must be a whole number of ticks (got ${soloTicks})`);
  const bar = barTicks(meter);
  const countInTicks = options.countIn ? bar : 0;
  // With a pickup the band keeps time from a whole bar earlier, on the tune's bar lines, and comes in on the
  // first full bar: the soloist plays the pickup alone. `shift` is the part of that bar before the pickup.
  const pickup = input.pickupTicks ?? 0;
  const shift = pickup > 0 && pickup < bar ? bar - pickup : 0;
  const timeTicks = soloTicks + shift;
  const segments = chordSegments(
    input.chords.map((timed) => ({ ...timed, start: timed.start + shift / TICKS_PER_QUARTER })),
    timeTicks,
  ).flatMap((segment) => {
    // The band's harmony begins with the first full bar: the chord sounding there starts there.
    if (shift === 0 || segment.startTick >= bar) return [segment];
    return segment.endTick > bar ? [{ ...segment, startTick: bar }] : [];
  });
  const lead = shift ? input.lead.map((note) => ({ ...note, startTick: note.startTick + shift })) : input.lead;
  const notes: BandNote[] = [];
  const add = (part: BandPart, pitch: number, startTick: number, durationTicks: number, velocity: number) => {
    if (shift > 0 && startTick < bar) return;
    notes.push({
      part,
      pitch,
      startTick: startTick - shift + countInTicks,
      durationTicks,
      velocity: clampVelocity(velocity),
    });
  };

  if (options.parts.bass) {
    for (const note of walkBass(segments, meter, timeTicks, partRng(options.seed, 'bass'), options.twoFeel ?? false)) {
      add('bass', note.pitch, note.startTick, note.durationTicks, note.velocity);
    }
  }
  if (options.parts.comping) {
    for (const hit of planComping(segments, meter, timeTicks, lead, partRng(options.seed, 'comping'))) {
      for (const pitch of hit.voicing) add('comping', pitch, hit.startTick, hit.durationTicks, hit.velocity);
    }
  }
  if (options.parts.drums) {
    // Choruses count from the band's first bar (after a pickup, the tune's first full bar).
    const firstBar = shift > 0 ? bar : 0;
    const fromFirstBar = segments.map((s) => ({
      ...s,
      startTick: s.startTick - firstBar,
      endTick: s.endTick - firstBar,
    }));
    const choruses = chorusStarts(fromFirstBar, meter, timeTicks - firstBar, input.chorusTicks).map(
      (t) => t + firstBar,
    );
    // Two hits of one drum at one moment (the crash's kick on a feathered beat) sound as the louder one.
    const loudest = new Map<string, { pitch: number; startTick: number; velocity: number }>();
    for (const hit of playDrums(meter, timeTicks, choruses, partRng(options.seed, 'drums'), firstBar)) {
      const key = `${hit.pitch}@${hit.startTick}`;
      const known = loudest.get(key);
      if (!known || known.velocity < hit.velocity) loudest.set(key, hit);
    }
    for (const hit of loudest.values()) add('drums', hit.pitch, hit.startTick, DRUM_NOTE_TICKS, hit.velocity);
  }
  // The count-in is the drummer's sticks, but it is the band's: it sounds even when the drums are muted.
  if (options.countIn) {
    for (const hit of countInHits(meter)) {
      notes.push({
        part: 'drums',
        pitch: hit.pitch,
        startTick: hit.startTick,
        durationTicks: DRUM_NOTE_TICKS,
        velocity: hit.velocity,
      });
    }
  }
  notes.sort((a, b) => a.startTick - b.startTick || PART_ORDER[a.part] - PART_ORDER[b.part] || a.pitch - b.pitch);
  return { meter, tempo, countInTicks, totalTicks: countInTicks + soloTicks, notes };
}
