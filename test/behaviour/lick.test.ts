/**
 * `jazz-solo lick` as a student checks the sheet the model writes: twelve keys, a line each, the same lick in
 * every key (rhythm, and each note's distance from the key's tonic), for every progression and a few parts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLick, LICK_PROGRESSION_NAMES } from '../../src/engine';
import { readAbcText } from '../../src/core/formats/abcReader';
import { lickKeyOffsets } from '../../src/core/formats/lickSheet';

const mod12 = (n: number) => ((n % 12) + 12) % 12;

test("the model's lick is the same lick in each of the twelve keys, for every progression", async () => {
  for (const progression of LICK_PROGRESSION_NAMES) {
    for (const part of ['concert', 'tenor-sax', 'trombone'] as const) {
      const lick = await generateLick({ progression, part, seed: 12, bars: 2 });
      const { tunes, warnings } = readAbcText(lick.abc, 'lick.abc');
      assert.deepEqual(warnings, [], `${progression} for ${part} reads cleanly`);
      assert.equal(lick.abc.split('\n').filter((line) => line.startsWith('K:')).length, 12, 'a line per key');
      const offsets = lickKeyOffsets('cycle-of-fourths');
      const perKey = offsets.map((offset, index) => {
        const notes = tunes[0].notes.filter((n) => n.start >= index * 8 - 1e-9 && n.start < (index + 1) * 8 - 1e-9);
        return {
          rhythm: notes.map((n) => [+(n.start - index * 8).toFixed(3), +n.duration.toFixed(3)]),
          degrees: notes.flatMap((n) => (n.pitch === null ? [] : [mod12(n.pitch - offset)])),
        };
      });
      assert.ok(perKey[0].degrees.length >= 4, `${progression}: a lick of at least four notes`);
      for (const key of perKey) assert.deepEqual(key, perKey[0], `${progression} for ${part}: same lick in every key`);
    }
  }
});
