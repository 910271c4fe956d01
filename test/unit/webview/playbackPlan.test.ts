/** What one Play plays, from the page's controls: the tempo in the tune's own beats, the loop, the practice passes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as abcjs from 'abcjs';
import { DEFAULT_PRACTICE } from '../../../src/shared/practice';
import { initialMixer, type MixerState } from '../../../src/shared/previewSettings';
import { meterOf, playbackSettingsFor, tempoOfTune } from '../../../src/webview/playbackPlan';

const MIXER: MixerState = initialMixer(
  { parts: { bass: true, comping: true, drums: true }, leadInstrument: 'tenor-sax', countIn: true },
  undefined,
);

function tune(meter: string, tempo: string) {
  return abcjs.parseOnly(`X:1\nM:${meter}\nQ:${tempo}\nL:1/8\nK:C\nCDE FGA|\n`)[0];
}

test("the tune's tempo is counted in its own beats: a quarter at 120 in 6/8 is 80 dotted quarters", () => {
  assert.equal(tempoOfTune(tune('4/4', '1/4=120'), 130), 120);
  assert.equal(tempoOfTune(tune('6/8', '1/4=120'), 130), 80);
  assert.equal(tempoOfTune(abcjs.parseOnly('X:1\nK:C\nCDE|\n')[0], 130), 130);
  assert.deepEqual(meterOf(tune('6/8', '3/8=80')), { numerator: 6, denominator: 8 });
});

test('a quarter lasts as long as the tempo says, in simple and in compound meters alike', () => {
  const common = { mixer: MIXER, practice: DEFAULT_PRACTICE, swing: 0.6, soundFontUrl: 'x' };
  const fourFour = playbackSettingsFor({ ...common, tune: tune('4/4', '1/4=120'), tempo: 120 });
  assert.equal(fourFour.secondsPerQuarter, 0.5);
  // 80 dotted quarters a minute is 120 quarters: half a second each, not the 1.125 s a beat-for-quarter mix-up gives.
  const sixEight = playbackSettingsFor({ ...common, tune: tune('6/8', '1/4=120'), tempo: 80 });
  assert.ok(Math.abs(sixEight.secondsPerQuarter - 0.5) < 1e-12, String(sixEight.secondsPerQuarter));
  const threeFour = playbackSettingsFor({ ...common, tune: tune('3/4', '1/4=90'), tempo: 90 });
  assert.ok(Math.abs(threeFour.secondsPerQuarter - 60 / 90) < 1e-12);
  assert.equal(fourFour.swing, 0.6);
  assert.equal(fourFour.countIn, true);
});

test('a loop plays its bars in order; the whole tune (an export) never loops nor practises', () => {
  const looping = { ...MIXER, loop: true, loopFrom: 4, loopTo: 2 };
  const practice = { ...DEFAULT_PRACTICE, tempoStep: 10, targetTempo: 140 };
  const base = { tune: tune('4/4', '1/4=120'), practice, tempo: 120, swing: 0.5, soundFontUrl: 'x' };
  const played = playbackSettingsFor({ ...base, mixer: looping });
  assert.deepEqual(played.bars, { from: 2, to: 4 });
  assert.equal(played.loop, true);
  assert.deepEqual(played.practice?.tempos, [120, 130, 140]);
  const exported = playbackSettingsFor({ ...base, mixer: looping, whole: true });
  assert.equal(exported.loop, false);
  assert.equal(exported.bars, undefined);
  assert.equal(exported.practice, undefined);
});
