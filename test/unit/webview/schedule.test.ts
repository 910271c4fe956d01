/**
 * What the preview plays when: the lead and the band on one swung time line, the count-in before the solo,
 * a loop of some bars, and the mixer's effect on the mix the WAV export writes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as abcjs from 'abcjs';
import { arrangeBandForAbc } from '../../../src/engine';
import { parseBandData, type BandData } from '../../../src/shared/messages';
import { BASS_SOUND, COMPING_SOUND, SHIPPED_DRUM_KEYS } from '../../../src/shared/soundFont';
import {
  LeadEvent,
  MASTER_GAIN,
  buildSchedule,
  channelGain,
  leadEventsFromAudioTracks,
  mixParts,
} from '../../../src/webview/schedule';

const FOUR_FOUR = { numerator: 4, denominator: 4 };
/** 120 quarter notes a minute. */
const HALF_SECOND = 0.5;

/** Eight eighth notes: one bar of 4/4. */
const EIGHTHS: LeadEvent[] = Array.from({ length: 8 }, (_, i) => ({
  pitch: 60 + i,
  startTick: i * 6,
  durationTicks: 6,
  velocity: 90,
}));

/** A count-in bar of hi-hats on the beats, then a bass note on every beat of two bars. */
const BAND: BandData = {
  meter: FOUR_FOUR,
  countInTicks: 48,
  totalTicks: 48 * 3,
  notes: [
    ...[0, 12, 24, 36].map((startTick) => ({
      part: 'drums' as const,
      pitch: 42,
      startTick,
      durationTicks: 6,
      velocity: 80,
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      part: 'bass' as const,
      pitch: 40 + i,
      startTick: 48 + i * 12,
      durationTicks: 12,
      velocity: 100,
    })),
  ],
};

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} instead of ${expected}`);

describe('the band on one time line', () => {
  test('the count-in bar comes first and the solo starts after it, lead and bass together', () => {
    const schedule = buildSchedule(EIGHTHS, BAND, FOUR_FOUR, {
      secondsPerQuarter: HALF_SECOND,
      swing: 0.5,
      countIn: true,
    });
    close(schedule.countInSeconds, 2, 'one bar of 4/4 at 120');
    assert.deepEqual(
      schedule.parts.drums.map((note) => note.start),
      [0, 0.5, 1, 1.5],
    );
    close(schedule.parts.lead[0].start, 2, 'the first lead note');
    close(schedule.parts.bass[0].start, 2, 'the first bass note');
    close(schedule.passSeconds, 4, 'the solo lasts two bars');
  });

  test('without the count-in its notes are dropped and the solo starts at once', () => {
    const schedule = buildSchedule(EIGHTHS, BAND, FOUR_FOUR, {
      secondsPerQuarter: HALF_SECOND,
      swing: 0.5,
      countIn: false,
    });
    assert.equal(schedule.countInSeconds, 0);
    assert.deepEqual(schedule.parts.drums, []);
    close(schedule.parts.lead[0].start, 0, 'the first lead note');
    close(schedule.parts.bass[0].start, 0, 'the first bass note');
  });

  test('swing moves the off-beat eighths to the swing ratio of the beat; beats stay where they are', () => {
    const schedule = buildSchedule(EIGHTHS, undefined, FOUR_FOUR, {
      secondsPerQuarter: HALF_SECOND,
      swing: 2 / 3,
      countIn: true,
    });
    const starts = schedule.parts.lead.map((note) => note.start);
    for (let beat = 0; beat < 4; beat++) {
      close(starts[2 * beat], beat * HALF_SECOND, `beat ${beat + 1}`);
      close(starts[2 * beat + 1], (beat + 2 / 3) * HALF_SECOND, `the "and" of beat ${beat + 1}`);
    }
    close(schedule.parts.lead[0].duration, (2 / 3) * HALF_SECOND, 'the long eighth');
    close(schedule.parts.lead[1].duration, (1 / 3) * HALF_SECOND, 'the short eighth');
  });

  test('a meter counted in eighths is not swung', () => {
    const sixEight = { numerator: 6, denominator: 8 };
    const lead = EIGHTHS.slice(0, 6);
    const schedule = buildSchedule(lead, undefined, sixEight, {
      secondsPerQuarter: HALF_SECOND,
      swing: 0.75,
      countIn: false,
    });
    assert.deepEqual(
      schedule.parts.lead.map((note) => note.start),
      [0, 0.25, 0.5, 0.75, 1, 1.25],
    );
  });

  test('a loop of bars plays only the notes that start in them, from the first beat of the first one', () => {
    const options = { secondsPerQuarter: HALF_SECOND, swing: 0.5, countIn: true, bars: { from: 2, to: 2 } };
    const schedule = buildSchedule(EIGHTHS, BAND, FOUR_FOUR, options);
    assert.deepEqual(schedule.parts.lead, [], 'the lead plays in bar 1 only');
    assert.deepEqual(
      schedule.parts.bass.map((note) => note.pitch),
      [44, 45, 46, 47],
      'the bass notes of bar 2',
    );
    close(schedule.parts.bass[0].start, 2, 'bar 2 starts after the count-in');
    close(schedule.passSeconds, 2, 'one bar');
    assert.equal(schedule.fromTick, 48);
    assert.equal(schedule.toTick, 96);
  });

  test("the lead comes from abcjs' audio events at the project's ticks", () => {
    const [tune] = abcjs.parseOnly('X:1\nM:4/4\nL:1/8\nK:Bb\nBcde f2 g2|\n');
    const audio = tune.setUpAudio({ chordsOff: true });
    const lead = leadEventsFromAudioTracks(audio.tracks as unknown as unknown[][]);
    assert.deepEqual(
      lead.map((note) => note.startTick),
      [0, 6, 12, 18, 24, 36],
    );
    assert.deepEqual(
      lead.map((note) => note.durationTicks),
      [6, 6, 6, 6, 12, 12],
    );
    assert.deepEqual(
      lead.map((note) => note.pitch),
      [70, 72, 74, 75, 77, 79],
      'B and E are flat in B♭',
    );
  });
});

describe('the mixer', () => {
  const ALL_ON = { lead: true, bass: true, comping: true, drums: true };
  const FULL = { lead: 100, bass: 100, comping: 100, drums: 100 };

  test('a channel switched off contributes nothing; the others are untouched', () => {
    const parts = { lead: new Float32Array([0.1, 0.1]), drums: new Float32Array([0.2, -0.2, 0.3]) };
    const both = mixParts(parts, { on: ALL_ON, volume: FULL });
    const noDrums = mixParts(parts, { on: { ...ALL_ON, drums: false }, volume: FULL });
    assert.equal(both.length, 3, 'as long as the longest part');
    close(noDrums[0], 0.1 * MASTER_GAIN, 'the lead');
    close(noDrums[1], 0.1 * MASTER_GAIN, 'the lead');
    assert.equal(noDrums[2], 0, 'nothing of the drums');
    close(both[2], 0.3 * MASTER_GAIN, 'the drums alone at the end');
  });

  test("volume follows a fader's square law and silence at zero", () => {
    const half = channelGain({ on: ALL_ON, volume: { ...FULL, bass: 50 } }, 'bass');
    close(half, MASTER_GAIN * 0.25, 'half the fader');
    assert.equal(channelGain({ on: ALL_ON, volume: { ...FULL, bass: 0 } }, 'bass'), 0);
    assert.equal(channelGain({ on: { ...ALL_ON, bass: false }, volume: FULL }, 'bass'), 0);
  });
});

describe("the engine's band as the preview receives it", () => {
  const SOLO = [
    'X:1',
    'T:Blues',
    'M:4/4',
    'L:1/8',
    'Q:1/4=140',
    'K:F',
    '"F7"A2 cA FGAc|"Bb7"d2 fd BcdB|"F7"A2 cA FGAc|"Cm7"G2 Bc "F7"AGFE|',
    '"Bb7"D2 FA dcBA|"Bdim7"B2 dB GABd|"F7"c2 AF "D7"^FA d2|"Gm7"G2 Bd "C7"edcB|]',
  ].join('\n');
  const arrangement = arrangeBandForAbc(SOLO, 0, {
    parts: { bass: true, comping: true, drums: true },
    countIn: true,
    seed: 7,
  });
  const received = parseBandData(JSON.parse(JSON.stringify(arrangement)));

  test("the arrangement passes the page's check whole", () => {
    assert.ok(received, 'the arrangement is well formed');
    assert.equal(received.notes.length, arrangement.notes.length);
    assert.equal(received.countInTicks, 48, 'one bar of count-in');
  });

  test('every note is one the shipped samples play: drum keys of the kit, bass and comping in range', () => {
    assert.ok(received);
    for (const note of received.notes) {
      if (note.part === 'drums') assert.ok(SHIPPED_DRUM_KEYS.includes(note.pitch), `drum key ${note.pitch} is shipped`);
      const sound = note.part === 'bass' ? BASS_SOUND : note.part === 'comping' ? COMPING_SOUND : undefined;
      if (sound)
        assert.ok(note.pitch >= sound.lowest && note.pitch <= sound.highest, `${note.part} ${note.pitch} in range`);
    }
  });

  test('on the time line the bass enters with the lead, after the count-in', () => {
    assert.ok(received);
    const [tune] = abcjs.parseOnly(SOLO);
    const lead = leadEventsFromAudioTracks(tune.setUpAudio({ chordsOff: true }).tracks as unknown as unknown[][]);
    const schedule = buildSchedule(lead, received, FOUR_FOUR, {
      secondsPerQuarter: 60 / 140,
      swing: 0.6,
      countIn: true,
    });
    close(schedule.countInSeconds, (4 * 60) / 140, 'one bar at 140');
    close(schedule.parts.bass[0].start, schedule.parts.lead[0].start, 'bass and lead start together');
    assert.ok(schedule.parts.drums[0].start < 1e-9, 'the drums count in from the start');
  });
});
