/**
 * The preview's practice room: a looped range whose tempo rises pass by pass to a target, with a click and a
 * count-in before every pass; and the part the page shows (transposed drawing, offsets mapped back).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BandData } from '../../../src/shared/messages';
import { MAX_PRACTICE_PASSES, parsePracticeSettings, passTempos } from '../../../src/shared/practice';
import { PARTS } from '../../../src/shared/parts';
import { CLICK_KEY, buildPracticeSchedule, passAt } from '../../../src/webview/practice';
import type { LeadEvent } from '../../../src/webview/schedule';
import { partView } from '../../../src/webview/part';

const FOUR_FOUR = { numerator: 4, denominator: 4 };
/** A quarter note on every beat of four bars: pitch 60 + bar. */
const LEAD: LeadEvent[] = Array.from({ length: 16 }, (_, i) => ({
  pitch: 60 + Math.floor(i / 4),
  startTick: i * 12,
  durationTicks: 12,
  velocity: 90,
}));
/** A count-in bar of hi-hats, then the four bars. */
const BAND: BandData = {
  meter: FOUR_FOUR,
  countInTicks: 48,
  totalTicks: 48 * 5,
  notes: [0, 12, 24, 36].map((startTick) => ({
    part: 'drums' as const,
    pitch: 42,
    startTick,
    durationTicks: 6,
    velocity: 80,
  })),
};

test('the tempo rises by the step each pass until the target, which then repeats', () => {
  assert.deepEqual(passTempos(100, 8, 130), [100, 108, 116, 124, 130]);
  assert.deepEqual(passTempos(120, 0, 200), [120], 'no step: one tempo');
  assert.deepEqual(passTempos(160, 10, 140), [160], 'a target below the start: the start');
  assert.equal(passTempos(30, 1, 400).length, MAX_PRACTICE_PASSES);
  assert.equal(passTempos(30, 1, 400).at(-1), 400, 'the last pass is always at the target');
  assert.deepEqual(parsePracticeSettings({ tempoStep: 99, targetTempo: 'fast', click: 'yes' }), {
    tempoStep: 40,
    targetTempo: 200,
    click: false,
    countInEachPass: false,
  });
});

test('two bars looped from 120 up to 140 BPM by 10: three passes, each after its count-in, each faster', () => {
  const practice = buildPracticeSchedule(LEAD, BAND, FOUR_FOUR, {
    tempos: passTempos(120, 10, 140),
    quartersPerBeat: 1,
    swing: 50,
    countIn: true,
    countInEachPass: true,
    click: false,
    bars: { from: 2, to: 3 },
  });
  assert.deepEqual(
    practice.passes.map((p) => p.tempo),
    [120, 130, 140],
  );
  let expectedStart = 0;
  for (const pass of practice.passes) {
    const beat = 60 / pass.tempo;
    assert.ok(Math.abs(pass.startSeconds - expectedStart) < 1e-9, 'the passes follow each other');
    assert.ok(Math.abs(pass.schedule.countInSeconds - 4 * beat) < 1e-9, 'a bar of count-in at the pass tempo');
    assert.ok(Math.abs(pass.schedule.passSeconds - 8 * beat) < 1e-9, 'two bars at the pass tempo');
    const lead = practice.parts.lead.filter(
      (n) => n.start >= pass.startSeconds - 1e-9 && n.start < pass.startSeconds + 12 * beat - 1e-9,
    );
    assert.deepEqual(
      lead.map((n) => n.pitch),
      [61, 61, 61, 61, 62, 62, 62, 62],
      'bars 2 and 3 only',
    );
    assert.ok(Math.abs(lead[0].start - (pass.startSeconds + 4 * beat)) < 1e-9, 'after the count-in');
    const countIn = practice.parts.drums.filter(
      (n) => n.start >= pass.startSeconds - 1e-9 && n.start < pass.startSeconds + 4 * beat - 1e-9,
    );
    assert.equal(countIn.length, 4, 'the count-in before every pass');
    expectedStart += 12 * beat;
  }
  const last = practice.passes[2];
  assert.equal(practice.loopStartSeconds, last.startSeconds, 'the target pass repeats, with its count-in');
  assert.ok(Math.abs(practice.loopEndSeconds - expectedStart) < 1e-9);
  const located = passAt(practice, last.startSeconds + last.schedule.countInSeconds + 0.1);
  assert.equal(located.index, 2);
  assert.ok(Math.abs(located.intoRange! - 0.1) < 1e-9);
  assert.equal(passAt(practice, 0.1).intoRange, null, 'in the first count-in');
});

test('the click sounds on every beat, the first of each bar louder; a plain loop counts in once', () => {
  const practice = buildPracticeSchedule(LEAD, BAND, FOUR_FOUR, {
    tempos: [120],
    quartersPerBeat: 1,
    swing: 50,
    countIn: true,
    countInEachPass: false,
    click: true,
    bars: { from: 1, to: 2 },
  });
  const clicks = practice.parts.drums.filter((n) => n.pitch === CLICK_KEY);
  assert.equal(clicks.length, 4 + 8, 'the count-in bar and the two looped bars');
  const accents = clicks.filter((n) => n.velocity > 100).length;
  assert.equal(accents, 3, 'beat one of each bar');
  assert.ok(Math.abs(practice.loopStartSeconds - 2) < 1e-9, 'the loop repeats the bars, not the count-in');
  assert.ok(Math.abs(practice.loopEndSeconds - 6) < 1e-9);
});

test('a part is drawn transposed, with a bass clef where it reads one, and offsets map back to the document', () => {
  const abc = 'X:1\nT:Blues\nM:4/4\nL:1/8\nK:F % the key\n"F7"FGAc d2c2|\n';
  const tenor = partView(abc, PARTS['tenor-sax']);
  assert.equal(tenor.visualTranspose, 14);
  assert.equal(tenor.text, abc, 'a treble part draws the text as it is');
  // A document already written for tenor, shown for alto: only the difference is drawn.
  assert.equal(partView(abc.replace('K:F', '%%MIDI transpose -14\nK:G'), PARTS['alto-sax']).visualTranspose, -5);
  const trombone = partView(abc, PARTS.trombone);
  assert.equal(trombone.visualTranspose, 0);
  assert.match(trombone.text, /^K:F clef=bass % the key$/m);
  const note = abc.indexOf('FGAc');
  assert.equal(trombone.text.slice(trombone.toShown(note), trombone.toShown(note) + 4), 'FGAc');
  for (let offset = 0; offset <= abc.length; offset++) {
    assert.equal(trombone.toSource(trombone.toShown(offset)), offset, `offset ${offset} maps back`);
  }
  assert.equal(trombone.toSource(abc.indexOf(' % the key') + 3), abc.indexOf(' % the key'), 'inside the insertion');
});
