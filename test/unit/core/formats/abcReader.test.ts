import { test } from 'node:test';
import assert from 'node:assert/strict';
import abcjs from 'abcjs';
import fc from 'fast-check';
import { listAbcTunes, readAbcText } from '../../../../src/core/formats/abcReader';
import type { MelodyNote, Tune } from '../../../../src/core/types';

/** Reads text that must hold exactly one usable tune. */
function readOne(text: string, file = 'test.abc'): Tune {
  const result = readAbcText(text, file);
  assert.equal(result.tunes.length, 1, `expected one tune, warnings: ${JSON.stringify(result.warnings)}`);
  return result.tunes[0];
}

const pitched = (tune: Tune): MelodyNote[] => tune.notes.filter((n) => n.pitch !== null);

test('key signature Bb: B sounds 70, E is Eb, octaves follow the case and marks', () => {
  const tune = readOne("X:1\nT:Keys\nM:4/4\nL:1/4\nK:Bb\nB b B, b' | E e c C |\n");
  assert.deepEqual(
    pitched(tune).map((n) => n.pitch),
    [70, 82, 58, 94, 63, 75, 72, 60],
  );
  assert.equal(tune.key.tonic, 10);
  assert.equal(tune.key.mode, 'major');
});

test('an accidental holds to the end of its bar, at its own octave only', () => {
  const tune = readOne('X:1\nT:Acc\nM:4/4\nL:1/4\nK:Bb\n=B B b ^c | B c _d d |\n');
  // =B natural also for the next B of the bar, not for b an octave up; the bar line resets it.
  assert.deepEqual(
    pitched(tune).map((n) => n.pitch),
    [71, 71, 82, 73, 70, 72, 73, 73],
  );
});

test("pitches agree with abcjs' own audio sequence on a tune without repeats", () => {
  const text =
    'X:1\nT:Check\nM:6/8\nL:1/8\nK:Ebm\n' + "e>fg ^a2b | =c'ba g2f | [CEG]3 _G,,3 | ^^F =F E D2 z | (3ABc d3 B, |\n";
  const tune = readOne(text);
  const [parsed] = abcjs.parseOnly(text);
  const audio = (
    parsed as unknown as { setUpAudio(): { tracks: { cmd: string; pitch: number; startChar?: number }[][] } }
  ).setUpAudio();
  const topByChar = new Map<number, number>();
  for (const event of audio.tracks[0]) {
    if (event.cmd !== 'note' || event.startChar === undefined) continue;
    topByChar.set(event.startChar, Math.max(event.pitch, topByChar.get(event.startChar) ?? -1));
  }
  const ours = pitched(tune).map((n) => [n.source!.startChar, n.pitch]);
  const theirs = pitched(tune).map((n) => [n.source!.startChar, topByChar.get(n.source!.startChar!)]);
  assert.deepEqual(ours, theirs);
});

test('durations in quarter notes: L:1/8, broken rhythm, rests and dotted notes', () => {
  const tune = readOne('X:1\nT:Dur\nM:4/4\nL:1/8\nK:C\nA>B c<d z2 e3/2f/2 | g4 z4 |\n');
  assert.deepEqual(
    tune.notes.map((n) => [n.pitch, n.start, n.duration]),
    [
      [69, 0, 0.75],
      [71, 0.75, 0.25],
      [72, 1, 0.25],
      [74, 1.25, 0.75],
      [null, 2, 1],
      [76, 3, 0.75],
      [77, 3.75, 0.25],
      [79, 4, 2],
      [null, 6, 2],
    ],
  );
  assert.deepEqual(tune.barStarts, [0, 4]);
});

test('triplets and other tuplets are exact and the bar after them starts on time', () => {
  const tune = readOne('X:1\nT:Tup\nM:4/4\nL:1/8\nK:C\n(3CDE (3CDE (5:4:5CDEFG | c2 (3:2:4c/d/e/f/ c | A8 |]\n');
  const notes = tune.notes;
  assert.deepEqual(
    notes.slice(0, 6).map((n) => n.duration),
    [1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3],
  );
  assert.equal(notes[2].start, 2 / 3);
  assert.equal(notes[3].start, 1);
  assert.equal(notes[6].start, 2);
  // Five eighths in the time of four: 0.4 quarter notes each, and the bar is exactly four beats.
  assert.deepEqual(
    notes.slice(6, 11).map((n) => n.duration),
    [0.4, 0.4, 0.4, 0.4, 0.4],
  );
  assert.equal(tune.barStarts[1], 4);
  assert.equal(notes[11].start, 4);
  // (3:2:4: three in the time of two, for the next four notes (sixteenths here).
  assert.deepEqual(
    notes.slice(12, 16).map((n) => n.duration),
    [1 / 6, 1 / 6, 1 / 6, 1 / 6],
  );
  assert.equal(notes[16].start, 4 + 1 + 2 / 3);
  assert.equal(notes[16].duration, 0.5);
  assert.equal(tune.barStarts[2], 4 + 1 + 2 / 3 + 0.5);
  assert.equal(notes[17].start, tune.barStarts[2]);
  assert.equal(notes[17].duration, 4);
});

test('tied notes become one note, across a bar line too, keeping the first accidental', () => {
  const tune = readOne('X:1\nT:Ties\nM:4/4\nL:1/4\nK:C\nc2- c ^f- | f2 z2 |\n');
  assert.deepEqual(
    tune.notes.map((n) => [n.pitch, n.start, n.duration]),
    [
      [72, 0, 3],
      [78, 3, 3],
      [null, 6, 2],
    ],
  );
  assert.deepEqual(tune.barStarts, [0, 4]);
});

test('a chord gives its top note, grace notes take no time, the first voice is the melody', () => {
  const tune = readOne('X:1\nT:Poly\nM:4/4\nL:1/4\nK:C\nV:1\n[CEG] {ag}f [Ec]2 |\nV:2\nC, C, C, C, |\n');
  assert.deepEqual(
    tune.notes.map((n) => [n.pitch, n.start, n.duration]),
    [
      [67, 0, 1],
      [77, 1, 1],
      [72, 2, 2],
    ],
  );
});

test('chord symbols are read as written and timed; a pickup gives a short first bar', () => {
  const text = 'X:1\nT:Chords\nM:4/4\nL:1/8\nK:F\nc|"Dm7"d2 f2 "G7b9"g2 f2|"Bb/D"d8|]\n';
  const tune = readOne(text);
  assert.equal(tune.chordsInferred, false);
  assert.deepEqual(
    tune.chords.map((c) => c.chord.symbol),
    ['Dm7', 'G7b9', 'Bb/D'],
  );
  assert.deepEqual(
    tune.chords.map((c) => c.start),
    [0, 2.5, 4.5],
  );
  assert.equal(tune.chords[0].chord.root, 2);
  assert.equal(tune.chords[2].chord.root, 10);
  assert.equal(tune.chords[2].chord.bass, 2);
  const source = tune.chords[1].source!;
  assert.equal(text.slice(source.startChar, source.endChar), '"G7b9"');
  assert.equal(source.line, 6);
  assert.deepEqual(tune.barStarts, [0, 0.5, 4.5]);
  assert.equal(tune.notes[0].start, 0);
  assert.equal(tune.notes[1].start, 0.5);
});

test('repeats and endings are read as written, not expanded', () => {
  const tune = readOne('X:1\nT:Rep\nM:2/4\nL:1/4\nK:C\n|:C D|E F:|[1 G A:|[2 B c|]\n');
  assert.deepEqual(
    pitched(tune).map((n) => n.pitch),
    [60, 62, 64, 65, 67, 69, 71, 72],
  );
  assert.deepEqual(tune.barStarts, [0, 2, 4, 6]);
});

test('a meter change mid-tune is honoured by the bar starts; header fields are read', () => {
  const tune = readOne('X:7\nT:Meters\nM:6/8\nL:1/8\nQ:3/8=40\nK:F#m\nABc def | [M:2/4] A2 B2 | c2 d2 |\n');
  assert.deepEqual(tune.meter, { numerator: 6, denominator: 8 });
  assert.deepEqual(tune.barStarts, [0, 3, 5]);
  assert.equal(tune.tempo, 60);
  assert.equal(tune.id, '7');
  assert.equal(tune.title, 'Meters');
  assert.equal(tune.key.tonic, 6);
  assert.equal(tune.key.mode, 'minor');
  assert.equal(tune.line, 1);
});

test('no chord symbols: chords are inferred and flagged', () => {
  const tune = readOne('X:1\nT:Bare\nM:4/4\nL:1/4\nK:G\nG B d B | A c e c | G4 |]\n');
  assert.equal(tune.chordsInferred, true);
  assert.ok(tune.chords.length > 0);
  assert.ok(tune.chords[0].start <= tune.notes[0].start);
});

test('a chord symbol that cannot be read is a warning with file and line, and is ignored', () => {
  const result = readAbcText('X:1\nT:Odd\nM:4/4\nL:1/4\nK:C\n"C"C D "Hmm"E F |\n"G7"G4 |]\n', 'odd.abc');
  assert.equal(result.tunes.length, 1);
  assert.deepEqual(
    result.tunes[0].chords.map((c) => c.chord.symbol),
    ['C', 'G7'],
  );
  const warning = result.warnings.find((w) => w.message.includes('Hmm'));
  assert.ok(warning, JSON.stringify(result.warnings));
  assert.equal(warning.file, 'odd.abc');
  assert.equal(warning.line, 6);
});

test('unknown information fields (Y:) add no notes', () => {
  const tune = readOne('X:1\nT:Parts\nY:ABAB\nM:4/4\nL:1/4\nK:C\nC D E F |\nY:ZZ\nG A B c |\n');
  assert.deepEqual(
    pitched(tune).map((n) => n.pitch),
    [60, 62, 64, 65, 67, 69, 71, 72],
  );
});

const BOOK = [
  'X:1',
  'T:Good One',
  'M:4/4',
  'L:1/4',
  'K:C',
  '"C"C D E F|G4|]',
  '',
  'X:2',
  'T:Broken',
  'M:4/4',
  'L:1/4',
  'K:C',
  'C D [E F | G4 |]',
  '',
  'X:3',
  'T:Empty',
  'M:4/4',
  'K:C',
  '',
  'X:4',
  'T:Good Two',
  'M:3/4',
  'L:1/4',
  'K:D',
  'F A d|f3|]',
  '',
].join('\n');

test('a tune with a syntax error among good ones: exact issue positions, the others are used', () => {
  const result = readAbcText(BOOK, 'book.abc');
  assert.deepEqual(
    result.tunes.map((t) => t.title),
    ['Good One', 'Broken', 'Good Two'],
  );
  assert.equal(result.skippedTunes, 1);
  const empty = result.warnings.find((w) => w.message.includes('Empty'));
  assert.ok(empty && /has no notes/.test(empty.message), JSON.stringify(result.warnings));
  assert.equal(empty.line, 15);
  assert.equal(empty.file, 'book.abc');

  assert.ok(result.issues.length > 0);
  for (const issue of result.issues) {
    assert.equal(issue.tuneIndex, 1);
    assert.equal(issue.file, 'book.abc');
    assert.equal(issue.line, 13);
    assert.doesNotMatch(issue.message, /<|&amp;/);
    const lineText = BOOK.split('\n')[issue.line - 1];
    // The offset and the line/column name the same character.
    assert.equal(BOOK[issue.startChar], lineText[issue.column - 1]);
    assert.ok(issue.endChar > issue.startChar);
  }
  assert.ok(result.warnings.some((w) => w.line === 13 && w.message.includes('Broken')));
});

test('CRLF text gives the same lines and columns as LF, and offsets into its own text', () => {
  const lf = readAbcText(BOOK, 'lf.abc');
  const crlfText = BOOK.replace(/\n/g, '\r\n');
  const crlf = readAbcText(crlfText, 'crlf.abc');
  assert.deepEqual(
    crlf.issues.map((i) => [i.line, i.column, i.message]),
    lf.issues.map((i) => [i.line, i.column, i.message]),
  );
  const crlfLines = crlfText.split('\r\n');
  for (const issue of crlf.issues) {
    assert.equal(crlfText[issue.startChar], crlfLines[issue.line - 1][issue.column - 1]);
  }
  const lfNotes = lf.tunes.flatMap((t) => t.notes);
  const crlfNotes = crlf.tunes.flatMap((t) => t.notes);
  assert.equal(crlfNotes.length, lfNotes.length);
  crlfNotes.forEach((note, i) => {
    const other = lfNotes[i];
    assert.deepEqual([note.pitch, note.start, note.duration], [other.pitch, other.start, other.duration]);
    assert.equal(note.source!.line, other.source!.line);
    assert.equal(note.source!.column, other.source!.column);
    assert.equal(
      crlfText.slice(note.source!.startChar, note.source!.endChar),
      BOOK.slice(other.source!.startChar, other.source!.endChar),
    );
  });
  assert.deepEqual(
    listAbcTunes(crlfText).map((t) => [t.startLine, t.endLine]),
    listAbcTunes(BOOK).map((t) => [t.startLine, t.endLine]),
  );
});

test("every note's source covers its own text", () => {
  const tune = readAbcText(BOOK, 'book.abc').tunes[2];
  const texts = tune.notes.map((n) => BOOK.slice(n.source!.startChar, n.source!.endChar).trim());
  assert.deepEqual(texts, ['F', 'A', 'd', 'f3']);
  assert.deepEqual(
    tune.notes.map((n) => n.source!.line),
    [25, 25, 25, 25],
  );
  assert.deepEqual(
    tune.notes.map((n) => n.source!.column),
    [1, 3, 5, 7],
  );
});

test("listAbcTunes gives each tune's id, title and range", () => {
  const infos = listAbcTunes(BOOK);
  assert.deepEqual(
    infos.map((t) => [t.index, t.id, t.title, t.startLine, t.endLine]),
    [
      [0, '1', 'Good One', 1, 6],
      [1, '2', 'Broken', 8, 13],
      [2, '3', 'Empty', 15, 18],
      [3, '4', 'Good Two', 20, 25],
    ],
  );
  for (const info of infos) assert.ok(BOOK.slice(info.startChar, info.endChar).startsWith(`X:${info.id}`));
  assert.deepEqual(readAbcText(BOOK, 'b.abc').tuneInfos, infos);
});

test('a UTF-8 BOM does not shift lines or columns', () => {
  const plain = readAbcText(BOOK, 'a.abc');
  const bomText = '\uFEFF' + BOOK;
  const withBom = readAbcText(bomText, 'a.abc');
  for (const tune of withBom.tunes) {
    for (const note of tune.notes) {
      // Offsets count in the text as given (BOM included), so they still pick out the note.
      assert.equal(
        bomText.slice(note.source!.startChar, note.source!.endChar),
        BOOK.slice(note.source!.startChar! - 1, note.source!.endChar! - 1),
      );
    }
  }
  assert.deepEqual(
    withBom.tunes.flatMap((t) => t.notes.map((n) => [n.source!.line, n.source!.column, n.pitch])),
    plain.tunes.flatMap((t) => t.notes.map((n) => [n.source!.line, n.source!.column, n.pitch])),
  );
});

test('text without tunes gives no tunes and no crash', () => {
  const result = readAbcText('% only a comment\n', 'c.abc');
  assert.equal(result.tunes.length, 0);
});

test('garbage in one tune never throws, keeps positions inside the text and spares the next tune', () => {
  const alphabet = 'ABCDEFGabcdefgzxyZ,\'^_=/23456789|:[]()-<>{}"!.~HTLMKVX: \n\r%&\\+'.split('');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 100 }), (body) => {
      const text = `X:1\nT:F\nM:4/4\nL:1/8\nK:C\n${body}\n\nX:2\nT:Next\nK:C\nCDEF|\n`;
      const result = readAbcText(text, 'fuzz.abc');
      for (const issue of result.issues) {
        assert.ok(issue.startChar >= 0 && issue.endChar <= text.length && issue.line >= 1 && issue.column >= 1);
      }
      for (const note of result.tunes.flatMap((t) => t.notes)) {
        assert.ok(note.duration > 0 && Number.isFinite(note.start));
      }
      assert.ok(result.tunes.some((t) => t.title === 'Next'));
    }),
    { numRuns: 200, seed: 7 },
  );
});
