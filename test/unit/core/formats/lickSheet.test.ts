import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstBars, lickKeyOffsets, lickProgression, writeLickSheet } from '../../../../src/core/formats/lickSheet';
import { readAbcText } from '../../../../src/core/formats/abcReader';
import { realiseSolo } from '../../../../src/core/solo/realiser';
import { parseKeyName, parseProgression } from '../../../../src/core/theory/progression';
import { parseValue } from '../../../../src/core/solo/grammar';
import { PARTS, PART_NAMES, type Part } from '../../../../src/shared/parts';
import type { Solo } from '../../../../src/core/types';
import { seededRuns } from '../../helpers/property';

const VALUES = ['C,0.500', 'S,0.500', 'A,0.500', 'C,0.500', 'S,0.333', 'S,0.333', 'C,0.333', 'R,0.500', 'C,1.000']
  .concat(['S,0.500', 'C,0.500', 'X,0.250', 'C,0.250', 'S,0.500', 'C,1.500'])
  .map(parseValue);

function lickIn(name: 'ii-V-I' | 'minor-ii-V-i' | 'turnaround', bars: number, seed: number): Solo {
  const { chords, key } = lickProgression(name, bars);
  const solo = realiseSolo([...VALUES, ...VALUES], parseProgression(chords), { seed, key: parseKeyName(key) });
  return firstBars(solo, bars);
}

const mod12 = (n: number) => ((n % 12) + 12) % 12;

/** Checks the sheet as a player reads it: per key the same rhythm, degrees, chords; written keys and range. */
function checkSheet(lick: Solo, part: Part, order: 'all' | 'cycle-of-fourths'): void {
  const sheet = writeLickSheet(lick, { part, order, progressionName: 'ii-V-I' });
  assert.equal(sheet.keys.length, 12);
  const offsets = lickKeyOffsets(order);
  assert.deepEqual(
    sheet.keys.map((k) => mod12(k.shift)),
    offsets,
    'every key once, in the order asked',
  );
  const { tunes, warnings } = readAbcText(sheet.abc, 'lick.abc');
  assert.equal(tunes.length, 1, 'one practice sheet');
  assert.deepEqual(warnings, []);
  const tune = tunes[0];
  const barQuarters = 4;
  const keyQuarters = lick.bars * barQuarters;
  // One line per key: its K: field and its bars.
  const keyLines = sheet.abc.split('\n').filter((line) => line.startsWith('K:'));
  assert.equal(keyLines.length, 12);
  const written = readAbcText(sheet.abc.replace(/^%%MIDI transpose .*\n/m, ''), 'written.abc').tunes[0];

  const segments = offsets.map((offset, index) => {
    const from = index * keyQuarters;
    const inKey = <T extends { start: number }>(items: T[]) =>
      items.filter((item) => item.start >= from - 1e-9 && item.start < from + keyQuarters - 1e-9);
    const notes = inKey(tune.notes);
    const sounding = notes.filter((n) => n.pitch !== null);
    return {
      rhythm: notes.map((n) => [+(n.start - from).toFixed(4), +n.duration.toFixed(4), n.pitch === null]),
      degrees: sounding.map((n) => mod12(n.pitch! - offset)),
      contour: sounding.slice(1).map((n, i) => n.pitch! - sounding[i].pitch!),
      chords: inKey(tune.chords).map((c) => [c.start - from, mod12(c.chord.root - offset), c.chord.quality]),
      writtenPitches: inKey(written.notes).flatMap((n) => (n.pitch === null ? [] : [n.pitch])),
    };
  });
  for (const [index, segment] of segments.entries()) {
    assert.deepEqual(segment.rhythm, segments[0].rhythm, `key ${index + 1}: same rhythm`);
    assert.deepEqual(segment.degrees, segments[0].degrees, `key ${index + 1}: same scale degrees`);
    assert.deepEqual(segment.contour, segments[0].contour, `key ${index + 1}: same intervals`);
    assert.deepEqual(segment.chords, segments[0].chords, `key ${index + 1}: the progression in that key`);
    const writtenTonic = parseKeyName(keyLines[index].slice(2).replace(/ clef=.*$/, '')).tonic;
    assert.equal(writtenTonic, mod12(offsets[index] + part.interval), `${keyLines[index]} for ${part.name}`);
    const span = Math.max(...segment.writtenPitches) - Math.min(...segment.writtenPitches);
    const [low, high] = part.writtenRange;
    if (span <= high - low) {
      for (const pitch of segment.writtenPitches) assert.ok(pitch >= low && pitch <= high, `${pitch} in range`);
    }
  }
  assert.ok(segments[0].degrees.length >= 4, 'the lick has notes');
}

test('a lick through twelve keys: same rhythm, scale degrees and chords in each key, for every part', () => {
  for (const name of PART_NAMES) checkSheet(lickIn('ii-V-I', 2, 4), PARTS[name], 'cycle-of-fourths');
});

test('property: every progression, length and key order keeps the lick the same in each key', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('ii-V-I' as const, 'minor-ii-V-i' as const, 'turnaround' as const),
      fc.integer({ min: 1, max: 4 }),
      fc.constantFrom('all' as const, 'cycle-of-fourths' as const),
      fc.constantFrom(...PART_NAMES),
      fc.integer({ min: 0, max: 1000 }),
      (name, bars, order, part, seed) => checkSheet(lickIn(name, bars, seed), PARTS[part], order),
    ),
    seededRuns(40),
  );
});

test('the keys run round the cycle of fourths or up by semitones', () => {
  assert.deepEqual(lickKeyOffsets('cycle-of-fourths'), [0, 5, 10, 3, 8, 1, 6, 11, 4, 9, 2, 7]);
  assert.deepEqual(lickKeyOffsets('all'), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.throws(() => lickProgression('ii-V-I', 5), /1 to 4 bars/);
});
