import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKeyName } from '../../../../src/core/theory/progression';
import { abcKey } from '../../../../src/core/theory/spelling';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import {
  letterStepsBetween,
  octaveIntoWrittenRange,
  transposeChordSymbol,
  transposeKey,
  transposeTimedChords,
} from '../../../../src/core/theory/transpose';
import { PARTS, findPart, writtenIntervalOfAbc } from '../../../../src/shared/parts';

test('a tenor part of a tune in F reads in G, one in B♭ reads in C; an alto part of E♭ reads in C', () => {
  assert.equal(transposeKey(parseKeyName('F'), 14).name, 'G');
  assert.equal(transposeKey(parseKeyName('Bb'), 2).name, 'C');
  assert.equal(transposeKey(parseKeyName('Eb'), 9).name, 'C');
  assert.equal(transposeKey(parseKeyName('Cm'), 9).name, 'Am');
  assert.equal(transposeKey(parseKeyName('DDor'), 2).name, 'EDor');
});

test('the key is spelt on the side with fewer accidentals, flats when both have six', () => {
  // Concert A major (3 sharps) for alto: F# major or Gb major, six each: jazz writes Gb.
  assert.equal(transposeKey(parseKeyName('A'), 9).name, 'Gb');
  // Concert E major for a B♭ instrument: F# (6 sharps) or Gb (6 flats).
  assert.equal(transposeKey(parseKeyName('E'), 2).name, 'Gb');
  // Concert B major (5 sharps) for B♭: C# (7 sharps) or Db (5 flats).
  assert.equal(transposeKey(parseKeyName('B'), 2).name, 'Db');
  for (let tonic = 0; tonic < 12; tonic++) {
    for (const mode of ['major', 'minor', 'dorian'] as const) {
      for (const interval of [2, 9, 14, 21, -2, -9]) {
        const key = transposeKey({ tonic, mode, name: '' }, interval);
        const fifths = abcKey(key).fifths;
        assert.ok(Math.abs(fifths) <= 6, `${key.name}: ${fifths} accidentals`);
        assert.equal(key.tonic, (((tonic + interval) % 12) + 12) % 12);
      }
    }
  }
});

test('chord symbols move with the key: root and slash bass respelt, the rest as written', () => {
  const steps = letterStepsBetween(parseKeyName('F'), parseKeyName('G'));
  assert.equal(steps, 1);
  assert.equal(transposeChordSymbol('Bb7', 14, steps), 'C7');
  assert.equal(transposeChordSymbol('Gm7b5', 2, steps), 'Am7b5');
  assert.equal(transposeChordSymbol('C7/E', 2, steps), 'D7/F#');
  assert.equal(transposeChordSymbol('Ebmaj7(#11)', 2, steps), 'Fmaj7(#11)');
  // In F# major (from E for a B♭ part spelt sharp) D# becomes E#, a letter up.
  assert.equal(transposeChordSymbol('D#m7b5', 2, 1), 'E#m7b5');
  // A double sharp is never written: C𝄪 is D.
  assert.equal(transposeChordSymbol('B#7', 2, 1), 'D7');
  assert.equal(transposeChordSymbol('A#7', 2, 1), 'B#7');
  for (const symbol of ['Dm7', 'G7b9', 'F#m7b5', 'Bbmaj7', 'C7/E', 'Abm6', 'E7alt']) {
    for (const interval of [2, 9, 14, 21]) {
      const moved = parseChordSymbol(transposeChordSymbol(symbol, interval, 1));
      const original = parseChordSymbol(symbol)!;
      assert.ok(moved, `${symbol} +${interval} parses`);
      assert.equal(moved.root, (original.root + interval) % 12);
      assert.equal(moved.quality, original.quality);
    }
  }
});

test('parts by family and by instrument, as players name them', () => {
  assert.equal(PARTS['tenor-sax'].interval, 14);
  assert.equal(PARTS['baritone-sax'].interval, 21);
  assert.equal(PARTS['alto-sax'].interval, 9);
  for (const name of ['soprano-sax', 'clarinet', 'trumpet', 'bb'] as const) assert.equal(PARTS[name].interval, 2);
  assert.equal(PARTS.trombone.clef, 'bass');
  assert.equal(findPart('Tenor Sax')?.name, 'tenor-sax');
  assert.equal(findPart('B♭')?.name, 'bb');
  assert.equal(findPart('bass clef')?.name, 'bass-clef');
  assert.equal(findPart('tenor')?.name, 'tenor-sax', 'a horn named without "sax"');
  assert.equal(findPart('Bari')?.name, 'baritone-sax');
  assert.equal(findPart('kazoo'), undefined);
  assert.equal(writtenIntervalOfAbc('X:1\n%%MIDI transpose -14\nK:G\n'), 14);
  assert.equal(writtenIntervalOfAbc('X:1\nK:G\n'), 0);
});

test('a root outside the written key takes the fewer accidentals; one inside keeps the key’s letter', () => {
  // Body and Soul's bridge (D major in a tune in D♭) moved to E is in F, not E♯.
  const inE = parseKeyName('E');
  assert.equal(transposeChordSymbol('Dmaj7', 3, 1, inE), 'Fmaj7');
  assert.equal(transposeChordSymbol('A7', 3, 1, inE), 'C7');
  assert.equal(transposeChordSymbol('Ebm7', 3, 1, inE), 'F#m7');
  assert.equal(transposeChordSymbol('C7', 3, 1, inE), 'D#7', 'D♯ is in E major: the leading tone keeps its letter');
  assert.equal(transposeChordSymbol('Bbm7', 3, 1, inE), 'C#m7');
  // E♯ is in F♯ major's scale: D♯ø7 in E becomes E♯ø7 there.
  assert.equal(transposeChordSymbol('D#m7b5', 2, 1, parseKeyName('F#')), 'E#m7b5');
  const body = [
    { start: 0, chord: parseChordSymbol('Ebm7')! },
    { start: 64, chord: parseChordSymbol('Dmaj7')! },
  ];
  const moved = transposeTimedChords(body, parseKeyName('Db'), 3);
  assert.deepEqual(
    moved.map((timed) => timed.chord.symbol),
    ['F#m7', 'Fmaj7'],
  );
  assert.equal(moved[1].chord.root, 5);
});

test("a part is read in its instrument's octave: a concert line around C5 is an octave lower for a tenor", () => {
  const concertLine = [62, 67, 72, 77, 82]; // D4 to B♭5, where the default model plays
  assert.equal(octaveIntoWrittenRange(concertLine, PARTS.concert), 0);
  assert.equal(octaveIntoWrittenRange(concertLine, PARTS['tenor-sax']), -12, 'written E4 to C6, not E5 to C7');
  assert.equal(octaveIntoWrittenRange(concertLine, PARTS['baritone-sax']), -24);
  assert.equal(octaveIntoWrittenRange(concertLine, PARTS.trumpet), 0);
  assert.equal(octaveIntoWrittenRange([], PARTS['tenor-sax']), 0);
});
