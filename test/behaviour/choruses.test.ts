// The whole form (--choruses N) with the bundled model: the solo covers the tune's form exactly N times, repeats
// and endings played out, ends at the end of the last chorus on a chord tone of the last chord (held, or a rest
// to the bar line), and the band plays the same form. --steps still gives the reference's count of values.
import { TICKS_PER_QUARTER } from '../../src/shared/ticks';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_BAND_OPTIONS, arrangeBandForSolo, findTune, generateSolo, UserFacingError } from '../../src/engine';
import { leadSheetProgression } from '../../src/core/theory/tunes';
import { harmonicAnchor, chordSoundingAt, mergeTies } from '../../src/core/solo/realiser';
import { barTicks } from '../../src/shared/meter';

const CASES: Array<[string, number]> = [
  ['Blues', 3],
  ['Jazz Waltz', 2],
  ['Body and Soul', 1],
  ['St. Louis Blues', 1],
  ['Rhythm Changes', 2],
  ['Coltrane Cycle', 4],
];

test('the solo covers the form N times and ends on a chord tone of the last chord at the end of the last chorus', async () => {
  for (const [name, choruses] of CASES) {
    const sheet = findTune(name).sheet!;
    const progression = leadSheetProgression(sheet);
    const lastChord = progression.chords[progression.chords.length - 1].chord;
    for (const [seed, greedy] of [
      [1, false],
      [2, false],
      [3, true],
    ] as const) {
      const label = `${name} x${choruses}, seed ${seed}${greedy ? ', greedy' : ''}`;
      const result = await generateSolo({ sheet, choruses, seed, greedy });
      const { solo } = result;
      const bar = barTicks(solo.meter);
      const formEnd = choruses * sheet.bars.length * bar;
      assert.equal(solo.bars, choruses * sheet.bars.length, `${label}: bars = choruses x form`);
      assert.equal(result.chorusTicks, sheet.bars.length * bar, `${label}: one chorus is the form`);
      assert.equal(solo.title, sheet.title);
      assert.equal(solo.tempo, sheet.tempo);
      // The chords written over the solo are the form, N times.
      assert.equal(solo.chords.length, choruses * progression.chords.length, `${label}: the form's chords N times`);
      const notes = mergeTies(solo.notes);
      const end = Math.max(...notes.map((n) => n.startTick + n.durationTicks));
      assert.equal(end, formEnd, `${label}: the last bar is complete`);
      const sounding = notes.filter((n) => n.pitch !== null);
      const last = sounding[sounding.length - 1];
      const lastEnd = last.startTick + last.durationTicks;
      assert.ok(last.startTick >= formEnd - bar, `${label}: the last note is in the last bar`);
      assert.ok(
        notes.filter((n) => n.startTick >= lastEnd).every((n) => n.pitch === null),
        `${label}: only a rest after the last note`,
      );
      assert.ok(formEnd - lastEnd < bar / 2, `${label}: held to the bar line, or a short rest`);
      const heardOver = chordSoundingAt(
        progression,
        harmonicAnchor(last.startTick, lastEnd, solo.meter) / TICKS_PER_QUARTER,
      );
      assert.equal(heardOver.symbol, lastChord.symbol, `${label}: heard over the last chord`);
      assert.ok(lastChord.pitchClasses.includes(last.pitch! % 12), `${label}: a chord tone of ${lastChord.symbol}`);
      // The band plays the same form: as long as the solo, its bass in the last bar on the last chord's notes.
      const band = arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, seed }, result.chorusTicks);
      const bass = band.notes.filter((n) => n.part === 'bass');
      const bandEnd = Math.max(...band.notes.map((n) => n.startTick + n.durationTicks));
      assert.ok(bandEnd <= formEnd + bar && bandEnd >= formEnd - bar / 2, `${label}: the band stops with the form`);
      assert.ok(
        bass.some((n) => n.startTick >= formEnd - bar && n.startTick < formEnd),
        `${label}: bass in the last bar`,
      );
    }
  }
});

test('a tune brings its key, and --key moves it; steps and choruses together are refused', async () => {
  const sheet = findTune('Jazz Blues').sheet!;
  const inF = await generateSolo({ sheet, choruses: 1, seed: 5 });
  assert.match(inF.abc, /^K:F$/m);
  const inBb = await generateSolo({ sheet, choruses: 1, seed: 5, key: 'Bb' });
  assert.match(inBb.abc, /^K:Bb$/m);
  assert.equal(inBb.solo.chords[0].chord.symbol, 'Bb7');
  await assert.rejects(generateSolo({ sheet, choruses: 1, steps: 50 }), UserFacingError);
  await assert.rejects(generateSolo({ sheet, chords: '| C |' }), /a tune or chords, not both/);
  await assert.rejects(generateSolo({ sheet, choruses: 99 }), /choruses/);
});

test('--steps stays for the reference: 100 values over the default blues, whatever its form', async () => {
  const result = await generateSolo({ seed: 7, steps: 100 });
  assert.equal(result.values.length, 100);
  const overTune = await generateSolo({ sheet: findTune('Blues').sheet!, seed: 7, steps: 40 });
  assert.equal(overTune.values.length, 40, 'a tune with steps: as many values as asked');
});
