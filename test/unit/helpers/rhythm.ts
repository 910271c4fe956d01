import assert from 'node:assert/strict';
import { mergeTies } from '../../../src/core/solo/realiser';
import { type Solo, TICKS_PER_QUARTER } from '../../../src/core/types';

/**
 * The grid rule, checked from the notes alone: every start and end lies on the eighth-note grid, or on a
 * triplet point inside a quarter-note beat whose inner boundaries are all triplet points (a complete group);
 * meters without quarter-note beats have no triplets at all. A rest starts on a triplet point only when it
 * closes a group a note opened (values a decoder did not choose can ask for that); `guided`: never.
 */
export function assertOnGrid(solo: Solo, guided = false): void {
  const quarterBeats = solo.meter.denominator <= 4;
  const boundaries = new Map<number, boolean>(); // tick → touches a rest
  for (const note of mergeTies(solo.notes)) {
    for (const tick of [note.startTick, note.startTick + note.durationTicks]) {
      boundaries.set(tick, (boundaries.get(tick) ?? false) || note.pitch === null);
    }
  }
  for (const [tick, touchesRest] of boundaries) {
    if (tick % 6 === 0) continue;
    assert.ok(quarterBeats && tick % 4 === 0, `tick ${tick} is off the eighth / triplet grid`);
    if (guided) assert.ok(!touchesRest, `a rest starts or ends on the triplet point ${tick}`);
    const beatStart = tick - (tick % TICKS_PER_QUARTER);
    for (const other of boundaries.keys()) {
      if (other > beatStart && other < beatStart + TICKS_PER_QUARTER)
        assert.ok(other % 6 !== 0, `beat at ${beatStart} mixes eighths and triplets`);
    }
  }
}
