import assert from 'node:assert/strict';
import { TICKS_PER_QUARTER } from '../../../src/shared/ticks';
import { mergeTies } from '../../../src/core/solo/realiser';
import { type Solo } from '../../../src/core/types';

/**
 * The grid rule, checked from the notes alone: every start and end lies on the eighth-note grid, or on a
 * triplet point inside a quarter-note beat whose inner boundaries are all triplet points (a complete group);
 * meters without quarter-note beats have no triplets at all. A rest starts on a triplet point only when it
 * closes a group a note opened (values a decoder did not choose can ask for that); `guided`: never.
 * `sixteenths` (a model that records its corpus's style, and a corpus that plays sixteenths): the "e" and the
 * "a" of a quarter-note beat are on the grid too, and whatever starts or ends there, or on a triplet point, stays
 * inside that beat (no sixteenth or triplet tied over a beat) but for the middle of a quarter-note triplet.
 */
export function assertOnGrid(solo: Solo, guided = false, sixteenths = false): void {
  const quarterBeats = solo.meter.denominator <= 4;
  const boundaries = new Map<number, boolean>(); // tick → touches a rest
  const merged = mergeTies(solo.notes);
  for (const note of merged) {
    for (const tick of [note.startTick, note.startTick + note.durationTicks]) {
      boundaries.set(tick, (boundaries.get(tick) ?? false) || note.pitch === null);
    }
  }
  for (const [tick, touchesRest] of boundaries) {
    if (tick % 6 === 0) continue;
    const beatStart = tick - (tick % TICKS_PER_QUARTER);
    const inBeat = (other: number) => other > beatStart && other < beatStart + TICKS_PER_QUARTER;
    if (sixteenths && quarterBeats && tick % 3 === 0) {
      for (const note of merged) {
        const end = note.startTick + note.durationTicks;
        if (note.startTick === tick || end === tick)
          assert.ok(
            note.startTick >= beatStart && end <= beatStart + TICKS_PER_QUARTER,
            `the note ${note.startTick}-${end} on the sixteenth ${tick} is tied over a beat`,
          );
      }
      for (const other of boundaries.keys())
        if (inBeat(other)) assert.ok(other % 3 === 0, `beat at ${beatStart} mixes sixteenths and triplets`);
      continue;
    }
    assert.ok(quarterBeats && tick % 4 === 0, `tick ${tick} is off the eighth / triplet grid`);
    if (sixteenths) {
      for (const note of merged) {
        const end = note.startTick + note.durationTicks;
        if (note.startTick !== tick && end !== tick) continue;
        const inside = note.startTick >= beatStart && end <= beatStart + TICKS_PER_QUARTER;
        // The middle note of a quarter-note triplet written as one group from beat 1 or 3.
        const middle = note.durationTicks === 8 && note.startTick % 24 === 8;
        assert.ok(
          inside || middle,
          `the note ${note.startTick}-${end} on the triplet point ${tick} is tied over a beat`,
        );
      }
    }
    if (guided) assert.ok(!touchesRest, `a rest starts or ends on the triplet point ${tick}`);
    for (const other of boundaries.keys()) {
      if (inBeat(other))
        assert.ok(other % 6 !== 0 && other % 3 !== 0, `beat at ${beatStart} mixes eighths and triplets`);
    }
  }
}
