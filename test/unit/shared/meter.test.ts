// What a meter says about time, as every part of the project reads it (src/shared/meter.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowsTriplets,
  barTicks,
  beatQuarters,
  beatsPerBar,
  groupingBeatTicks,
  isCompoundMeter,
} from '../../../src/shared/meter';

const meter = (text: string) => {
  const [numerator, denominator] = text.split('/').map(Number);
  return { numerator, denominator };
};

test('bar length, counted beats, grouping beat and triplets for the meters jazz and folk use', () => {
  // meter, bar ticks, compound, counted beats, counted beat (quarters), grouping beat (ticks), triplets
  const table: Array<[string, number, boolean, number, number, number, boolean]> = [
    ['4/4', 48, false, 4, 1, 12, true],
    ['3/4', 36, false, 3, 1, 12, true],
    ['2/2', 48, false, 2, 2, 12, true],
    ['6/8', 36, true, 2, 1.5, 18, false],
    ['12/8', 72, true, 4, 1.5, 18, false],
    ['9/8', 54, true, 3, 1.5, 18, false],
    ['6/16', 18, true, 2, 0.75, 9, false],
    ['5/8', 30, false, 5, 0.5, 6, false],
    ['3/8', 18, false, 3, 0.5, 6, false],
  ];
  for (const [text, ticks, compound, beats, beat, grouping, triplets] of table) {
    const m = meter(text);
    assert.equal(barTicks(m), ticks, `${text}: bar ticks`);
    assert.equal(isCompoundMeter(m), compound, `${text}: compound`);
    assert.equal(beatsPerBar(m), beats, `${text}: counted beats`);
    assert.equal(beatQuarters(m), beat, `${text}: counted beat`);
    assert.equal(groupingBeatTicks(m), grouping, `${text}: grouping beat`);
    assert.equal(allowsTriplets(m), triplets, `${text}: triplets`);
  }
});
