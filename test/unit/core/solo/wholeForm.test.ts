// The whole form's guide: whatever a model proposes, decoding stops exactly at the end of the last chorus, on a
// chord-tone note held to the bar line (or a rest completing the bar after a sixteenth), and no value runs past
// the form. The model is stood in for by seeded random probabilities over a small vocabulary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BeatGuide } from '../../../../src/core/solo/beatGuide';
import { WholeFormGuide, endOnChordTone } from '../../../../src/core/solo/wholeForm';
import { parseValue } from '../../../../src/core/solo/grammar';
import { createRng } from '../../../../src/core/random';
import { parseProgression } from '../../../../src/core/theory/progression';
import { barTicks, type Meter } from '../../../../src/shared/meter';
import type { Solo } from '../../../../src/core/types';
import { seededRuns } from '../../helpers/property';

const VOCABULARY = [
  'C,0.500',
  'S,0.500',
  'A,0.500',
  'X,0.500',
  'R,0.500',
  'C,1.000',
  'S,1.000',
  'R,1.000',
  'C,0.333',
  'S,0.333',
  'C,1.500',
  'C,2.000',
  'S,0.250',
  'R,0.250',
].map(parseValue);

function decode(meter: Meter, bars: number, seed: number) {
  const target = bars * barTicks(meter);
  const guide = new WholeFormGuide(new BeatGuide(VOCABULARY, meter), VOCABULARY, meter, target);
  const rng = createRng(seed);
  const chosen: number[] = [];
  while (!guide.filled) {
    assert.ok(chosen.length < 10 * target, 'decoding ends');
    const probabilities = Float32Array.from(VOCABULARY, () => rng.next());
    guide.adjust(probabilities);
    // The model's draw: any value the guide left possible, else (nothing left) its own choice.
    const possible = [...probabilities.keys()].filter((v) => probabilities[v] > 0);
    const choice = possible.length ? possible[rng.int(possible.length)] : rng.int(VOCABULARY.length);
    guide.accept(choice);
    chosen.push(choice);
  }
  return { chosen, spans: guide.spans, target };
}

test('decoding fills the form exactly and ends on a chord-tone note, in 4/4, 3/4 and 6/8', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<Meter>(
        { numerator: 4, denominator: 4 },
        { numerator: 3, denominator: 4 },
        { numerator: 6, denominator: 8 },
      ),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      (meter, bars, seed) => {
        const { chosen, spans, target } = decode(meter, bars, seed);
        let position = 0;
        for (const span of spans) {
          assert.equal(span.start, position, 'values follow each other');
          assert.ok(span.end > span.start && span.end <= target, 'no value runs past the form');
          position = span.end;
        }
        const last = VOCABULARY[chosen[chosen.length - 1]];
        assert.equal(last.type, 'C', 'the last value is a chord tone');
        const lastSpan = spans[spans.length - 1];
        const onSixteenth = lastSpan.start % 6 === 3;
        if (!onSixteenth) assert.equal(lastSpan.end, target, 'the last note is held to the end of the form');
        assert.ok(target - lastSpan.end < barTicks(meter) / 2, 'at most a short rest completes the last bar');
        assert.ok(lastSpan.start >= target - barTicks(meter), 'the last note sounds in the last bar');
      },
    ),
    seededRuns(150),
  );
});

test('the last note moves to the nearest chord tone of the chord it is heard against', () => {
  const meter: Meter = { numerator: 4, denominator: 4 };
  const progression = parseProgression('| Dm7 G7 | Cmaj7 |');
  const solo: Solo = {
    title: 't',
    meter,
    key: { tonic: 0, mode: 'major', name: 'C' },
    tempo: 120,
    bars: 2,
    chords: progression.chords,
    notes: [
      { pitch: 62, startTick: 0, durationTicks: 48, valueIndex: 0 },
      { pitch: 66, startTick: 48, durationTicks: 36, valueIndex: 1 },
      { pitch: null, startTick: 84, durationTicks: 12, valueIndex: -1 },
    ],
  };
  // F# over Cmaj7: G is a semitone away.
  assert.equal(endOnChordTone(solo, progression).notes[1].pitch, 67);
  // D over C: C and E are as near; the lower wins.
  const overC = parseProgression('| Dm7 G7 | C |');
  const onD = { ...solo, notes: solo.notes.map((n, i) => (i === 1 ? { ...n, pitch: 62 } : n)) };
  assert.equal(endOnChordTone(onD, overC).notes[1].pitch, 60);
  const onTone = { ...solo, notes: solo.notes.map((n, i) => (i === 1 ? { ...n, pitch: 67 } : n)) };
  assert.equal(endOnChordTone(onTone, progression), onTone, 'a chord tone stays');
});
