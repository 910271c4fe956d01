import { test } from 'node:test';
import { TICKS_PER_QUARTER } from '../../../../src/shared/ticks';
import { UserFacingError } from '../../../../src/shared/errors';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_KEY,
  DEFAULT_PROGRESSION,
  DEFAULT_TEMPO,
  formatProgression,
  keyForProgression,
  parseKeyName,
  parseMeter,
  parseProgression,
} from '../../../../src/core/theory/progression';
import { allowsTriplets, groupingBeatTicks, type Meter } from '../../../../src/shared/meter';
import { barQuarters } from '../../../../src/core/types';

const FOUR_FOUR: Meter = { numerator: 4, denominator: 4 };
const THREE_FOUR: Meter = { numerator: 3, denominator: 4 };
const SIX_EIGHT: Meter = { numerator: 6, denominator: 8 };

const layout = (text: string, meter: Meter = FOUR_FOUR) =>
  parseProgression(text, meter).chords.map((c) => `${c.start}:${c.chord.symbol}`);

test('the default progression is a 12-bar jazz blues in F at 130', () => {
  const blues = parseProgression(DEFAULT_PROGRESSION);
  assert.equal(blues.lengthQuarters, 12 * 4);
  assert.deepEqual(blues.meter, FOUR_FOUR);
  assert.deepEqual(layout(DEFAULT_PROGRESSION), [
    '0:F7',
    '4:Bb7',
    '8:F7',
    '12:Cm7',
    '14:F7',
    '16:Bb7',
    '20:Bdim7',
    '24:F7',
    '28:D7',
    '32:Gm7',
    '36:C7',
    '40:F7',
    '42:D7',
    '44:Gm7',
    '46:C7',
  ]);
  assert.equal(DEFAULT_KEY.tonic, 5);
  assert.equal(DEFAULT_KEY.mode, 'major');
  assert.equal(DEFAULT_TEMPO, 130);
  assert.deepEqual(keyForProgression(blues), DEFAULT_KEY);
});

test('chords in one bar share it beat by beat, the first chords taking the extra beats', () => {
  assert.deepEqual(layout('| Dm7 G7 | Cmaj7 |'), ['0:Dm7', '2:G7', '4:Cmaj7']);
  assert.deepEqual(layout('| C Am7 Dm7 |'), ['0:C', '2:Am7', '3:Dm7']);
  assert.deepEqual(layout('| C A7 Dm7 G7 |'), ['0:C', '1:A7', '2:Dm7', '3:G7']);
  assert.deepEqual(layout('| C G7 | C |', THREE_FOUR), ['0:C', '2:G7', '3:C']);
  assert.deepEqual(layout('| Am E7 | Am |', SIX_EIGHT), ['0:Am', '1.5:E7', '3:Am']);
  // More chords than dotted-quarter beats in 6/8: the bar is counted in eighths.
  assert.deepEqual(layout('| Am Dm E7 |', SIX_EIGHT), ['0:Am', '1:Dm', '2:E7']);
});

test('"%" repeats the previous bar and "/" keeps the previous chord sounding', () => {
  assert.deepEqual(layout('| Dm7 G7 | % | C |'), ['0:Dm7', '2:G7', '4:Dm7', '6:G7', '8:C']);
  assert.deepEqual(layout('| C / / G7 |'), ['0:C', '3:G7']);
  assert.deepEqual(layout('| C | / F |'), ['0:C', '4:C', '6:F']);
  assert.equal(parseProgression('| C | % | % |').lengthQuarters, 12);
});

test('bar-line variants, line breaks and text without bar lines', () => {
  // The repeat is played out: the bar between |: and :| sounds twice.
  assert.deepEqual(layout('|: Dm7 G7 :|\n| Cmaj7 ||  A7 |]'), ['0:Dm7', '2:G7', '4:Dm7', '6:G7', '8:Cmaj7', '12:A7']);
  assert.deepEqual(layout('Dm7 G7 Cmaj7'), ['0:Dm7', '4:G7', '8:Cmaj7']);
});

test('bad progressions raise one clear UserFacingError naming the problem', () => {
  const expectError = (text: string, pattern: RegExp, meter: Meter = FOUR_FOUR) =>
    assert.throws(
      () => parseProgression(text, meter, 'chords.txt'),
      (error: unknown) => {
        assert.ok(error instanceof UserFacingError, `expected a UserFacingError for ${text}`);
        assert.match(error.message, pattern);
        assert.match(error.message, /^chords\.txt: /);
        assert.ok(!error.message.includes('\n'));
        return true;
      },
    );
  expectError('| Dm7 | Hx7 | C |', /"Hx7".*bar 2/);
  expectError('| C | Fmaj7 Qm |', /"Qm".*bar 2/);
  expectError('   ', /empty/);
  expectError('| % | C |', /bar 1/);
  expectError('| / C |', /"\/"/);
  expectError('| C D E F G |', /bar 1 has 5 chords; at most 4/);
  expectError('| C Dm Em |', /at most 2/, { numerator: 2, denominator: 4 });
  expectError('| C |', /unsupported meter 4\/5/, { numerator: 4, denominator: 5 });
});

test('every chord starts where the realiser grid never splits a beat unevenly, and the progression is whole bars', () => {
  const symbols = ['C', 'Dm7', 'G7', 'Bb7', 'F#m7b5', 'Ebmaj7', '%', '/'];
  const meters: Meter[] = [
    FOUR_FOUR,
    THREE_FOUR,
    SIX_EIGHT,
    { numerator: 5, denominator: 4 },
    { numerator: 7, denominator: 8 },
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...meters),
      fc.array(fc.array(fc.constantFrom(...symbols), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      (meter, bars) => {
        // A progression must not open with a repeat mark.
        const text = '| ' + bars.map((bar, i) => (i === 0 ? ['C', ...bar.slice(1)] : bar).join(' ')).join(' | ') + ' |';
        const progression = parseProgression(text, meter);
        const barLength = barQuarters(meter);
        assert.equal(progression.lengthQuarters, bars.length * barLength);
        // Beats that may hold triplets only change chord at their start; the others on the sixteenth grid.
        const chordStep = allowsTriplets(meter) ? groupingBeatTicks(meter) : TICKS_PER_QUARTER / 4;
        let previous = -1;
        for (const timed of progression.chords) {
          const tick = timed.start * TICKS_PER_QUARTER;
          assert.ok(
            Number.isInteger(tick) && tick % chordStep === 0,
            `${text} in ${meter.numerator}/${meter.denominator}: chord at ${timed.start}`,
          );
          assert.ok(timed.start > previous && timed.start < progression.lengthQuarters);
          previous = timed.start;
        }
        assert.equal(progression.chords[0].start, 0);
      },
    ),
    { numRuns: 300, seed: 7 },
  );
});

test('formatProgression writes text that reads back to the same progression', () => {
  for (const text of [DEFAULT_PROGRESSION, '| Dm7 G7 | % | C A7 Dm7 G7 |']) {
    const progression = parseProgression(text);
    assert.deepEqual(
      parseProgression(formatProgression(progression)).chords.map((c) => [c.start, c.chord.symbol]),
      progression.chords.map((c) => [c.start, c.chord.symbol]),
    );
  }
});

test('keyForProgression finds the home key of common progressions', () => {
  const keyOf = (text: string) => keyForProgression(parseProgression(text)).name;
  assert.equal(keyOf('| Dm7 | G7 | Cmaj7 | Cmaj7 |'), 'C');
  assert.equal(keyOf('| Am7 | Dm7 | E7 | Am7 |'), 'Am');
  assert.equal(keyOf('| Bbmaj7 | Cm7 F7 | Bbmaj7 |'), 'Bb');
  assert.equal(keyOf('| Em7b5 | A7 | Dm7 | Dm7 |'), 'Dm');
  assert.equal(keyOf('| G | C | D7 | G |'), 'G');
  assert.equal(keyOf('| Ebmaj7 | Fm7 Bb7 | Ebmaj7 |'), 'Eb');
  assert.equal(keyOf('| Dm7 | G7 | Cmaj7 | A7 | Dm7 | G7 |'), 'C', 'a turnaround ending on V is not in the key of V');
  assert.equal(keyOf('| F7 | Bb7 | F7 | C7 |'), 'F', 'a blues starts and ends on its tonic seventh');
});

test('parseKeyName reads the usual ways of writing a key', () => {
  assert.deepEqual(parseKeyName('Bb'), { tonic: 10, mode: 'major', name: 'Bb' });
  assert.deepEqual(parseKeyName('F#m'), { tonic: 6, mode: 'minor', name: 'F#m' });
  assert.deepEqual(parseKeyName('d dorian'), { tonic: 2, mode: 'dorian', name: 'DDor' });
  assert.deepEqual(parseKeyName('Eb major'), { tonic: 3, mode: 'major', name: 'Eb' });
  assert.deepEqual(parseKeyName('Gmix'), { tonic: 7, mode: 'mixolydian', name: 'GMix' });
  assert.throws(
    () => parseKeyName('H minor', '--key'),
    (error: unknown) => error instanceof UserFacingError && /--key: unreadable key "H minor"/.test(error.message),
  );
  assert.throws(() => parseKeyName('C blues'), UserFacingError);
});

test('meters: read as users write them, and "M:" at the start of a progression sets its meter', () => {
  assert.deepEqual(parseMeter('3/4'), { numerator: 3, denominator: 4 });
  assert.deepEqual(parseMeter(' 12/8 '), { numerator: 12, denominator: 8 });
  assert.deepEqual(parseMeter('C'), { numerator: 4, denominator: 4 });
  assert.deepEqual(parseMeter('C|'), { numerator: 2, denominator: 2 });
  assert.throws(
    () => parseMeter('waltz', '--meter'),
    (e: unknown) => e instanceof UserFacingError && /--meter: unreadable meter "waltz"/.test(e.message),
  );
  assert.throws(() => parseMeter('3/5'), UserFacingError);

  const waltz = parseProgression('M:3/4 | Dm7 G7 | Cmaj7 |');
  assert.deepEqual(waltz.meter, { numerator: 3, denominator: 4 });
  assert.deepEqual(
    waltz.chords.map((c) => [c.start, c.chord.symbol]),
    [
      [0, 'Dm7'],
      [2, 'G7'],
      [3, 'Cmaj7'],
    ],
    'two chords in 3/4 share it 2 + 1',
  );
  assert.equal(waltz.lengthQuarters, 6);
  const overriding = parseProgression('M:6/8\n| Am | E7 |', { numerator: 4, denominator: 4 });
  assert.deepEqual(overriding.meter, { numerator: 6, denominator: 8 }, 'the progression’s own meter wins');
  assert.equal(overriding.lengthQuarters, 6);
  assert.deepEqual(parseProgression('| C | G7 |', { numerator: 3, denominator: 4 }).meter, {
    numerator: 3,
    denominator: 4,
  });
  assert.throws(() => parseProgression('M:7/5 | C |'), UserFacingError);
});
