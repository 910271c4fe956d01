/**
 * The Weimar Jazz Database's note tables (MeloSpy CSV): the written rhythm from the metrical grid, chords
 * mapped to the engine's symbols, phrases, pickups and meters; then the real folder, when it is beside the
 * checkout.
 */
import { UserFacingError } from '../../../../src/shared/errors';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../../src/core/io/corpus';
import { chordAt } from '../../../../src/core/solo/grammar';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import { MelodyNote, Tune } from '../../../../src/core/types';
import { parseCsv, readMelospyText, soloTitle } from '../../../../src/core/formats/wjazzd';
import { mapWjazzdChord } from '../../../../src/core/formats/wjazzdChords';
import { inspectCorpus } from '../../../../src/engine/inspect';
import { missingShared, sharedFile } from '../../helpers/shared';

const HEADER =
  'onset,duration,period,division,bar,beat,tatum,beat_duration,signature,pitch,loud_max,loud_median,' +
  'phrase_id,phrase_begin,chorus_id,chord,form,idea';

/** One note as a test writes it: where on the grid, how long it was played (in beats), its phrase and chord. */
interface Spec {
  bar: number;
  beat: number;
  tatum?: number;
  division?: number;
  pitch: number;
  /** Played length in beats (the seconds are this times the beat's 0.5 s). */
  played?: number;
  phrase?: number;
  chord?: string;
  signature?: string;
  period?: number;
}

/** A MeloSpy table whose seconds are deliberately off the grid: the reader must not use them for rhythm. */
function table(specs: Spec[]): string {
  const rows = specs.map((s, i) => {
    const beatSeconds = 0.5;
    const onset = 10 + i * 0.37; // nothing to do with the grid
    const signature = `"""${s.signature ?? '4/4'}"""`;
    return [
      onset,
      (s.played ?? 1) * beatSeconds,
      s.period ?? 4,
      s.division ?? 1,
      s.bar,
      s.beat,
      s.tatum ?? 1,
      beatSeconds,
      signature,
      s.pitch,
      0.1,
      66,
      s.phrase ?? 1,
      0,
      1,
      s.chord ?? 'C7',
      'A1',
      'line:"a, b"',
    ].join(',');
  });
  return `${HEADER}\n${rows.join('\n')}\n`;
}

function readSolo(
  specs: Spec[],
  file = 'Test_Solo_FINAL.csv',
): { tune: Tune; stats: ReturnType<typeof readMelospyText>['stats'] } {
  const read = readMelospyText(table(specs), file);
  assert.equal(read.tunes.length, 1, read.warnings.map((w) => w.message).join('; '));
  return { tune: read.tunes[0], stats: read.stats };
}

/** "pitch@start+duration" (rests as "r"), in quarter notes. */
function written(notes: MelodyNote[]): string {
  const q = (x: number) => Number(x.toFixed(3));
  return notes.map((n) => `${n.pitch ?? 'r'}@${q(n.start)}+${q(n.duration)}`).join(' ');
}

let workDir = '';
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'wjazzd-test-'));
});
after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('CSV cells: quoted fields, doubled quotes, commas inside quotes and CRLF line ends', () => {
  assert.deepEqual(parseCsv('a,"""4/4""","x, y"\r\n1,,"say ""hi"""\r\n'), [
    ['a', '"4/4"', 'x, y'],
    ['1', '', 'say "hi"'],
  ]);
});

test('rhythm comes from bar, beat, tatum and division, never from the seconds', () => {
  const { tune } = readSolo([
    { bar: 1, beat: 1, pitch: 60 },
    { bar: 1, beat: 2, division: 2, tatum: 1, pitch: 62 },
    { bar: 1, beat: 2, division: 2, tatum: 2, pitch: 64 },
    { bar: 1, beat: 3, division: 4, tatum: 1, pitch: 65 },
    { bar: 1, beat: 3, division: 4, tatum: 2, pitch: 67 },
    { bar: 1, beat: 3, division: 4, tatum: 3, pitch: 69 },
    { bar: 1, beat: 3, division: 4, tatum: 4, pitch: 71 },
    { bar: 1, beat: 4, division: 3, tatum: 1, pitch: 72 },
    { bar: 1, beat: 4, division: 3, tatum: 2, pitch: 71 },
    { bar: 1, beat: 4, division: 3, tatum: 3, pitch: 69 },
    { bar: 2, beat: 1, division: 6, tatum: 1, pitch: 67 },
    { bar: 2, beat: 1, division: 6, tatum: 2, pitch: 65 },
    { bar: 2, beat: 1, division: 6, tatum: 4, pitch: 64, played: 3 },
  ]);
  assert.equal(
    written(tune.notes),
    '60@0+1 62@1+0.5 64@1.5+0.5 65@2+0.25 67@2.25+0.25 69@2.5+0.25 71@2.75+0.25 ' +
      '72@3+0.333 71@3.333+0.333 69@3.667+0.333 67@4+0.167 65@4.167+0.333 64@4.5+3 r@7.5+0.5',
  );
  assert.deepEqual(tune.barStarts, [0, 4]);
  assert.deepEqual(tune.meter, { numerator: 4, denominator: 4 });
});

test('quintuplets and finer runs snap to the nearest sixteenth or eighth triplet and are counted', () => {
  const { tune, stats } = readSolo([
    { bar: 1, beat: 1, division: 5, tatum: 1, pitch: 60 },
    { bar: 1, beat: 1, division: 5, tatum: 2, pitch: 62 }, // 0.2 → 0.25
    { bar: 1, beat: 1, division: 5, tatum: 3, pitch: 64 }, // 0.4 → 0.333
    { bar: 1, beat: 1, division: 5, tatum: 4, pitch: 65 }, // 0.6 → 0.667
    { bar: 1, beat: 1, division: 5, tatum: 5, pitch: 67 }, // 0.8 → 0.75
    { bar: 1, beat: 2, division: 8, tatum: 3, pitch: 69, played: 2 }, // 32nds on the sixteenth grid stay
  ]);
  assert.equal(stats.snappedNotes, 4);
  assert.deepEqual(
    tune.notes.filter((n) => n.pitch !== null).map((n) => Number(n.start.toFixed(3))),
    [0, 0.25, 0.333, 0.667, 0.75, 1.25],
  );
});

test('two notes snapped onto one onset become one, the nearer its transcribed place kept', () => {
  const { tune, stats } = readSolo([
    { bar: 1, beat: 1, pitch: 60, played: 2 },
    { bar: 1, beat: 2, division: 10, tatum: 10, pitch: 61 }, // 9/10 of a beat → the next beat
    { bar: 1, beat: 3, pitch: 62, played: 2 },
  ]);
  assert.equal(stats.mergedNotes, 1);
  assert.equal(written(tune.notes), '60@0+2 62@2+2');
});

test('a note lasts to the next onset; a silence of a beat inside a phrase and a breath between phrases are rests', () => {
  const { tune } = readSolo([
    // Staccato eighths inside a phrase stay eighths (articulation is not a rest).
    { bar: 1, beat: 1, division: 2, tatum: 1, pitch: 60, played: 0.2 },
    { bar: 1, beat: 1, division: 2, tatum: 2, pitch: 62, played: 0.2, phrase: 1 },
    // Played half a beat, next onset two beats later, same phrase: a rest of a beat and a half.
    { bar: 1, beat: 2, pitch: 64, played: 0.5 },
    // Played half a beat, next onset half a beat later... in the same phrase: no rest (less than a beat).
    { bar: 1, beat: 4, pitch: 65, played: 0.5 },
    { bar: 1, beat: 4, division: 2, tatum: 2, pitch: 67, played: 0.4 },
    // The next phrase starts an eighth after the played end: a breath, written as an eighth rest.
    { bar: 2, beat: 1, division: 2, tatum: 2, pitch: 69, played: 0.5, phrase: 2 },
    // The next phrase starts right where this one's played length ends: no room for a rest.
    { bar: 2, beat: 2, pitch: 71, played: 1, phrase: 3 },
    { bar: 2, beat: 3, pitch: 72, played: 1, phrase: 4 },
  ]);
  assert.equal(
    written(tune.notes),
    '60@0+0.5 62@0.5+0.5 64@1+0.5 r@1.5+1.5 65@3+0.5 67@3.5+0.5 r@4+0.5 69@4.5+0.5 71@5+1 72@6+1 r@7+1',
  );
});

test('a long rest is split at bar lines; a note held for bars stops at the longest value kept', () => {
  const { tune } = readSolo([
    { bar: 1, beat: 3, pitch: 60, played: 1 },
    { bar: 4, beat: 2, pitch: 62, played: 40, phrase: 2 },
  ]);
  assert.equal(written(tune.notes), '60@0+1 r@1+1 r@2+4 r@6+4 r@10+1 62@11+16 r@27+3');
});

test('a pickup starts the tune, its bar shorter; negative bars and a missing bar 0 are read in order', () => {
  const { tune } = readSolo([
    { bar: -1, beat: 4, pitch: 67 },
    { bar: 0, beat: 1, pitch: 72, played: 4 },
  ]);
  assert.equal(written(tune.notes), '67@0+1 72@1+4');
  assert.deepEqual(tune.barStarts, [0, 1]);
  // Benny Goodman's "Handful of Keys" numbers its pickup -1 and its first bar 1.
  const skipped = readSolo([
    { bar: -1, beat: 3, pitch: 67, played: 2 },
    { bar: 1, beat: 1, pitch: 72, played: 4 },
  ]).tune;
  assert.equal(written(skipped.notes), '67@0+2 72@2+4');
  assert.deepEqual(skipped.barStarts, [0, 2]);
});

test("the database's chord symbols map to symbols the engine reads", () => {
  const expected: Record<string, string> = {
    Bbj7: 'Bbmaj7',
    'D-7': 'Dm7',
    Bm7b5: 'Bm7b5',
    Co7: 'Cdim7',
    Co: 'Cdim',
    G79b: 'G7(b9)',
    Gsus7: 'G7sus4',
    Csus: 'Csus4',
    'Eb-7/Bb': 'Ebm7/Bb',
    G7alt: 'G7alt',
    'Fj7911#': 'Fmaj7(9,#11)',
    'A-6': 'Am6',
    'C+': 'Caug',
    'C+7': 'C7#5',
    Bb6: 'Bb6',
    C69: 'C69',
    'D-69': 'Dm69',
    'F-j7': 'Fm(maj7)',
    'E79#': 'E7(#9)',
    A79b13b: 'A7(b9,b13)',
    Dsus7913: 'D7sus4(9,13)',
    'C/G': 'C/G',
    'Ab-': 'Abm',
    'F#7': 'F#7',
  };
  for (const [database, ours] of Object.entries(expected)) {
    assert.deepEqual(mapWjazzdChord(database), { kind: 'chord', symbol: ours }, database);
    assert.ok(parseChordSymbol(ours), ours);
  }
  assert.deepEqual(mapWjazzdChord('NC'), { kind: 'noChord' });
  assert.deepEqual(mapWjazzdChord('H7'), { kind: 'unmapped' });
  assert.deepEqual(mapWjazzdChord('C7x'), { kind: 'unmapped' });
  assert.deepEqual(parseChordSymbol('G7(b9)')!.pitchClasses, [7, 11, 2, 5, 8]);
});

test('chords hold across notes, change at the beat of their first note, NC and unknown symbols hold the one before', () => {
  const { tune, stats } = readSolo([
    { bar: 1, beat: 1, pitch: 60, chord: 'NC' },
    { bar: 1, beat: 2, pitch: 62, chord: 'D-7' },
    { bar: 1, beat: 3, pitch: 64, chord: 'D-7' },
    { bar: 1, beat: 4, division: 2, tatum: 2, pitch: 65, chord: 'G7' },
    { bar: 2, beat: 1, pitch: 67, chord: 'NC' },
    { bar: 2, beat: 2, pitch: 69, chord: 'Qx9', played: 3 },
  ]);
  assert.deepEqual(
    tune.chords.map((c) => `${c.start}:${c.chord.symbol}`),
    ['0:Dm7', '3:G7'],
  );
  assert.equal(chordAt(tune.chords, 5)?.symbol, 'G7');
  assert.equal(stats.noChordNotes, 2);
  assert.deepEqual([...stats.unmappedChords], [['Qx9', 1]]);
  assert.equal(tune.chordsInferred, false);
});

test('a solo in 3/4 is read in 3/4; a solo that changes meter, or in the free-time 1/4, is skipped with one line', () => {
  const waltz = readSolo([
    { bar: 1, beat: 1, pitch: 60, signature: '3/4', period: 3 },
    { bar: 1, beat: 3, pitch: 62, signature: '3/4', period: 3 },
    { bar: 2, beat: 1, pitch: 64, signature: '3/4', period: 3, played: 3 },
  ]).tune;
  assert.deepEqual(waltz.meter, { numerator: 3, denominator: 4 });
  assert.deepEqual(waltz.barStarts, [0, 3]);
  const changing = readMelospyText(
    table([
      { bar: 1, beat: 1, pitch: 60 },
      { bar: 2, beat: 1, pitch: 62, signature: '5/4', period: 5 },
    ]),
    'Changing_Meter_FINAL.csv',
  );
  assert.equal(changing.tunes.length, 0);
  assert.deepEqual(
    changing.warnings.map((w) => w.message),
    ['the solo changes meter (4/4, 5/4); skipped'],
  );
  const free = readMelospyText(table([{ bar: 1, beat: 1, pitch: 60, signature: '1/4', period: 1 }]), 'Free.csv');
  assert.equal(free.tunes.length, 0);
  assert.match(free.warnings[0].message, /1\/4.*free time.*skipped/);
});

test('a title from the file name; a tempo from the beat length; the key from the notes', () => {
  assert.equal(soloTitle('/x/ArtPepper_BluesForBlanche_FINAL.csv'), 'Blues For Blanche (Art Pepper)');
  const { tune } = readSolo([
    { bar: 1, beat: 1, pitch: 60 },
    { bar: 1, beat: 2, pitch: 64, played: 3 },
  ]);
  assert.equal(tune.tempo, 120);
  assert.equal(tune.title, 'Solo (Test)');
});

test('bad cells and a CSV that is not MeloSpy are one clear error naming the file', () => {
  assert.throws(
    () => readMelospyText('name,value\na,1\n', 'prices.csv'),
    (error: unknown) =>
      error instanceof UserFacingError &&
      /^prices\.csv is not a MeloSpy note table .*has no onset, duration, period/.test(error.message),
  );
  const badBar = table([{ bar: 1, beat: 1, pitch: 60 }]).replace(',1,1,1,0.5,', ',x,1,1,0.5,');
  assert.throws(
    () => readMelospyText(badBar, 'bad.csv'),
    (error: unknown) => error instanceof UserFacingError && /^bad\.csv:2: column "bar" is "x"/.test(error.message),
  );
});

test('the corpus reads a folder of note tables, and inspect says what it read', async () => {
  const dir = join(workDir, 'tables');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'A_One_FINAL.csv'),
    table([
      { bar: 1, beat: 1, pitch: 60, chord: 'Cj7' },
      { bar: 1, beat: 2, division: 5, tatum: 2, pitch: 62, chord: 'Cj7' },
      { bar: 1, beat: 3, pitch: 64, chord: 'A-7', played: 6 },
    ]),
  );
  writeFileSync(
    join(dir, 'B_Two_FINAL.csv'),
    table([
      { bar: 1, beat: 1, pitch: 60, signature: '3/4', period: 3, chord: 'F7' },
      { bar: 2, beat: 1, pitch: 62, chord: 'Zz' },
    ]),
  );
  writeFileSync(
    join(dir, 'C_Three_FINAL.csv'),
    table([
      { bar: 1, beat: 1, pitch: 67, chord: 'Dm7b5' },
      { bar: 1, beat: 2, pitch: 65, chord: 'G79b', played: 3 },
    ]),
  );
  const result = await inspectCorpus([dir]);
  assert.equal(result.tunes.length, 2);
  assert.deepEqual(result.melospy, {
    files: 3,
    solos: 2,
    rows: 7,
    notes: 5,
    metersRead: { '4/4': 2 },
    skipped: { 'changes meter (3/4, 4/4)': 1 },
    snappedNotes: 1,
    mergedNotes: 0,
    noChordNotes: 0,
    unmappedChords: {},
  });
  assert.deepEqual(result.tunes[1].chords, ['Dm7b5', 'G7(b9)']);
  assert.ok(result.warnings.some((w) => /B_Two_FINAL\.csv$/.test(w.file) && /changes meter.*skipped/.test(w.message)));
  assert.ok(result.warnings.some((w) => /^1 of 5 notes off the sixteenth/.test(w.message)));

  const other = join(workDir, 'other.csv');
  writeFileSync(other, 'date,price\n2020-01-01,3\n');
  await assert.rejects(loadCorpus([other]), (error: unknown) => {
    assert.ok(error instanceof UserFacingError);
    assert.match(error.message, /other\.csv is not a MeloSpy note table/);
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
});

const WJAZZD_PARTS = ['data', 'corpora', 'wjazzd'];
const wjazzd = sharedFile(...WJAZZD_PARTS);

test(
  'the real Weimar Jazz Database: 456 tables, 200,809 notes, 433 solos in 4/4, Art Pepper read as written',
  { skip: wjazzd ? false : missingShared(...WJAZZD_PARTS) },
  async () => {
    assert.equal(readdirSync(wjazzd!).filter((f) => f.endsWith('.csv')).length, 456);
    const corpus = await loadCorpus([wjazzd!]);
    const summary = corpus.melospy!;
    assert.equal(summary.files, 456);
    assert.equal(summary.rows, 200809);
    assert.equal(summary.metersRead['4/4'], 433);
    assert.equal(summary.solos, 446);
    assert.deepEqual(summary.unmappedChords, {});
    // Every note is read except those of the ten solos left out and the grace notes merged into a neighbour.
    assert.ok(summary.notes > 190000 && summary.notes + summary.mergedNotes < 200809, String(summary.notes));

    // "Anthropology", bars 0 and 1 checked by hand against the table: F quarter, Eb dotted eighth,
    // Bb sixteenth, Db and Eb quarters; Bb quarter, Bb held a beat and a half (0.48 s at 0.31 s a beat,
    // the phrase ends), then rests to the next phrase on beat 3 of bar 3, over Bb6 until then.
    const pepper = corpus.tunes.find((t) => t.file.endsWith('ArtPepper_Anthropology_FINAL.csv'))!;
    assert.equal(pepper.title, 'Anthropology (Art Pepper)');
    assert.equal(
      written(pepper.notes.slice(0, 11)),
      '65@0+1 63@1+0.75 58@1.75+0.25 61@2+1 63@3+1 58@4+1 58@5+1.5 r@6.5+1.5 r@8+4 r@12+2 50@14+1',
    );
    assert.deepEqual(pepper.barStarts.slice(0, 3), [0, 4, 8]);
    assert.deepEqual(
      pepper.chords.slice(0, 4).map((c) => `${c.start}:${c.chord.symbol}`),
      ['0:Bb6', '14:Gm7', '16:Cm7', '18:F7'],
    );
  },
);
