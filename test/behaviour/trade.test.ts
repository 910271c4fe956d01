/**
 * Trading fours as a player checks it: the model's four bars follow the user's, over the next four bars of
 * the form, whole bars in the meter; the user's bars are untouched; the answer depends on what the user played
 * (their notes prime the LSTM); and trading goes on past the end of the form, from its top.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAbcText } from '../../src/core/formats/abcReader';
import { loadModel, tradeBars, type TradeResult } from '../../src/engine';
import { writeAbc } from '../../src/core/formats/abcWriter';
import { PARTS } from '../../src/shared/parts';

const BLUES_HEAD = `X:1
T:Trading fours
M:4/4
L:1/8
Q:1/4=140
K:F
"F7"FGAc d2c2|"Bb7"_B2AG F4|"F7"A2cA GF D2|"Cm7"C4 "F7"z4|
`;
const BLUES_REST = `"Bb7"z8|"Bdim7"z8|"F7"z8|"D7"z8|
"Gm7"z8|"C7"z8|"F7"z4 "D7"z4|"Gm7"z4 "C7"z4|]
`;
const FORM = ['F7', 'Bb7', 'F7', 'Cm7 F7', 'Bb7', 'Bdim7', 'F7', 'D7', 'Gm7', 'C7', 'F7 D7', 'Gm7 C7'];

function tune(text: string) {
  const { tunes } = readAbcText(text, 'trade.abc');
  assert.equal(tunes.length, 1);
  return tunes[0];
}

/** Chord symbols bar by bar (1-based bars from..to), and the notes of those bars. */
function bars(text: string, from: number, to: number) {
  const read = tune(text);
  const start = (from - 1) * 4;
  const end = to * 4;
  const inside = <T extends { start: number }>(items: T[]) =>
    items.filter((item) => item.start >= start - 1e-9 && item.start < end - 1e-9);
  return {
    chords: Array.from({ length: to - from + 1 }, (_, i) =>
      read.chords
        .filter((c) => c.start >= start + 4 * i - 1e-9 && c.start < start + 4 * (i + 1) - 1e-9)
        .map((c) => c.chord.symbol)
        .join(' '),
    ),
    notes: inside(read.notes).map((n) => [n.start, n.duration, n.pitch]),
    barStarts: read.barStarts,
  };
}

function checkAnswer(before: string, result: TradeResult, chords: string[]): void {
  const { from, to } = result.answerBars;
  assert.equal(to - from + 1, 4, 'four bars');
  const answer = bars(result.text, from, to);
  assert.deepEqual(answer.chords, chords, 'over the next four bars of the form');
  assert.ok(
    answer.notes.some(([, , pitch]) => pitch !== null),
    'the model plays',
  );
  assert.equal(
    answer.notes.reduce((sum, [, duration]) => sum + (duration as number), 0),
    16,
    'four whole bars',
  );
  // The user's bars: the text before the answer and the notes read from it are unchanged.
  assert.equal(result.text.slice(0, result.edit.start), before.slice(0, result.edit.start));
  const userBars = result.userBars;
  assert.deepEqual(bars(result.text, 1, userBars.to).notes, bars(before, 1, userBars.to).notes);
}

test('the model answers the last four bars over the next four of the form, in the rest bars that held them', async () => {
  const model = await loadModel();
  const text = BLUES_HEAD + BLUES_REST;
  const result = tradeBars({ text, model, seed: 7 });
  assert.deepEqual(result.userBars, { from: 1, to: 4 });
  assert.deepEqual(result.answerBars, { from: 5, to: 8 });
  assert.deepEqual(result.answerChords, FORM.slice(4, 8));
  checkAnswer(text, result, FORM.slice(4, 8));
  assert.ok(result.primed > 0);
  // The bars after the answer are still the form's rest bars.
  assert.deepEqual(bars(result.text, 9, 12).chords, FORM.slice(8, 12));
  assert.equal(tune(result.text).barStarts.length, 12, 'still one chorus: the answer took the rest bars');
});

test('what the user played primes the answer: other notes, same seed, another answer', async () => {
  const model = await loadModel();
  const mine = tradeBars({ text: BLUES_HEAD + BLUES_REST, model, seed: 11 });
  const other = BLUES_HEAD.replace('FGAc d2c2', 'c2A2 F2 z2').replace('A2cA GF D2', 'z2 fe dc AF');
  const theirs = tradeBars({ text: other + BLUES_REST, model, seed: 11 });
  assert.notEqual(mine.edit.insert, theirs.edit.insert);
});

test('trading goes round the form: after the last bar the answer is over its first bars', async () => {
  const model = await loadModel();
  let text = BLUES_HEAD + BLUES_REST;
  for (let round = 0; round < 3; round++) text = tradeBars({ text, model, seed: 20 + round }).text;
  // Bars 1–4 user, 5–8 model, 9–12 model, 13–16 model: the third answer is past the end of the form.
  const read = tune(text);
  assert.equal(read.barStarts.length, 16);
  const last = tradeBars({ text, model, seed: 40 });
  assert.deepEqual(last.answerBars, { from: 17, to: 20 });
  checkAnswer(text, last, FORM.slice(4, 8));
  assert.match(last.text, /\|\]\s*$/, 'the tune still ends with its final bar line');
});

test('a B♭ tenor part is answered in its written key, and sounds over the concert chords', async () => {
  const model = await loadModel();
  const concert = BLUES_HEAD + BLUES_REST;
  const solo = tune(concert);
  const written = writeAbc(
    {
      title: solo.title,
      meter: solo.meter,
      key: solo.key,
      tempo: 140,
      bars: 12,
      chords: solo.chords,
      notes: solo.notes.map((n, i) => ({
        pitch: n.pitch,
        startTick: Math.round(n.start * 12),
        durationTicks: Math.round(n.duration * 12),
        valueIndex: i,
      })),
    },
    { part: PARTS['tenor-sax'] },
  );
  const result = tradeBars({ text: written, model, seed: 7 });
  checkAnswer(written, result, FORM.slice(4, 8));
  // Read as written (without %%MIDI transpose) the answer's chords are a ninth up: C7 for B♭7.
  const asWritten = bars(result.text.replace(/^%%MIDI transpose .*\n/m, ''), 5, 8);
  assert.deepEqual(asWritten.chords, ['C7', 'C#dim7', 'G7', 'E7']);
});

test('bad trades are one clear message', async () => {
  const model = await loadModel();
  assert.throws(() => tradeBars({ text: 'X:1\nK:C\n', model, seed: 1 }), /no tune with notes/);
  assert.throws(() => tradeBars({ text: BLUES_HEAD, model, seed: 1, bars: 0 }), /1 to 16 bars/);
});
