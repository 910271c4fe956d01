// iReal Pro charts as lead sheets, construct by construct, from hand-made links: sections, repeats and their
// counts, endings, one- and two-bar repeats, time signatures, keys, N.C., slash chords, alternate chords, the
// chart's style and tempo; every chord quality iReal uses mapped to ours or reported.
import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readIrealLink, type IrealSong } from '../../../../src/core/formats/irealLink';
import { isChartError, readIrealChart, type IrealChart } from '../../../../src/core/formats/irealChart';
import { irealChordToOurs, irealKeyToOurs } from '../../../../src/core/formats/irealChords';
import { leadSheetProgression } from '../../../../src/core/theory/tunes';
import { irealbLink, irealbSong } from '../../helpers/ireal';
import { seededRuns } from '../../helpers/property';

function chartOf(music: string, fields: { key?: string; style?: string; tempo?: number } = {}): IrealChart {
  const link = irealbLink([irealbSong({ title: 'Test', music, ...fields })]);
  const chart = readIrealChart(readIrealLink(link).songs[0] as IrealSong);
  if (isChartError(chart)) assert.fail(`the chart should read: ${chart.error}`);
  return chart;
}

const errorOf = (music: string) => {
  const chart = readIrealChart(readIrealLink(irealbLink([irealbSong({ title: 'T', music })])).songs[0] as IrealSong);
  return isChartError(chart) ? chart.error : undefined;
};

const barsOf = (music: string) => chartOf(music).sheet.bars;

test('bars, sections, the key, the style and the tempo', () => {
  const chart = chartOf('*A[T44C^7XyQ|A-7XyQ|D-7 G7LZC^7XyQ]*B[E-7 A7LZD-7 G7LZC6XyQZ', {
    key: 'C',
    style: 'Up Tempo Swing',
    tempo: 240,
  });
  assert.deepEqual(chart.sheet.bars, ['Cmaj7', 'Am7', 'Dm7 G7', 'Cmaj7', 'Em7 A7', 'Dm7 G7', 'C6']);
  assert.deepEqual(chart.sheet.sections, [
    { label: 'A', bar: 0 },
    { label: 'B', bar: 4 },
  ]);
  assert.equal(chart.sheet.key, 'C');
  assert.equal(chart.sheet.style, 'Up Tempo Swing');
  assert.equal(chart.sheet.composer, 'Some Composer', 'iReal writes "Last First"');
  assert.equal(chart.sheet.tempo, 240);
  assert.deepEqual(chart.sheet.meter, { numerator: 4, denominator: 4 });
  assert.equal(chart.writtenBars, 7);
  assert.equal(leadSheetProgression(chart.sheet).lengthQuarters, 28);
  // A link without a tempo gets its style's.
  assert.equal(chartOf('[C   Z', { style: 'Ballad' }).sheet.tempo, 70);
});

test('keys: major, minor ("A-"), flats and sharps', () => {
  assert.equal(chartOf('[A-   Z', { key: 'A-' }).sheet.key, 'Am');
  assert.equal(irealKeyToOurs('Bb'), 'Bb');
  assert.equal(irealKeyToOurs('F#-'), 'F#m');
  assert.equal(irealKeyToOurs('H'), undefined);
  assert.match(errorOf('[C   Z') ?? '', /^$/);
  const wrongKey = readIrealChart({ title: 'T', composer: '', style: '', key: 'X', music: '[C   Z' });
  assert.ok(isChartError(wrongKey) && /unreadable key "X"/.test(wrongKey.error));
});

test('time signatures: T34, T68 and T12 (12/8); a change of meter is reported in one line', () => {
  assert.deepEqual(chartOf('[T34C   |G7   Z').sheet.meter, { numerator: 3, denominator: 4 });
  assert.deepEqual(chartOf('[T68C   |G7   Z').sheet.meter, { numerator: 6, denominator: 8 });
  assert.deepEqual(chartOf('[T12C   |G7   Z').sheet.meter, { numerator: 12, denominator: 8 });
  assert.equal(
    errorOf('[T44C   |G7   |T24C   Z'),
    'the meter changes from 4/4 to 2/4 at written bar 3: a progression keeps one meter',
  );
});

test('repeats are played twice, or as often as the text says; endings each on their pass', () => {
  assert.deepEqual(barsOf('{C   |G7   }[F   Z'), ['C', 'G7', 'C', 'G7', 'F']);
  assert.deepEqual(barsOf('{C   |G7 <3x>  }'), ['C', 'G7', 'C', 'G7', 'C', 'G7']);
  assert.deepEqual(
    barsOf('{C   |G7   |}'),
    ['C', 'G7', 'C', 'G7'],
    'a repeat sign after a bar line closes the bar before',
  );
  // First and second endings; the cells before the second ending are layout, not a bar.
  assert.deepEqual(barsOf('{C   |A-7   |N1D-7   |G7   }       |N2D-7 G7|C   Z'), [
    'C',
    'Am7',
    'Dm7',
    'G7',
    'C',
    'Am7',
    'Dm7 G7',
    'C',
  ]);
  // Three endings: three passes.
  assert.deepEqual(barsOf('{C   |N1D-7   }|N2E-7   }|N3F   Z'), ['C', 'Dm7', 'C', 'Em7', 'C', 'F']);
  const sections = chartOf('*A{C   |G7   }*B[F   Z').sheet.sections;
  assert.deepEqual(sections, [
    { label: 'A', bar: 0 },
    { label: 'A', bar: 2 },
    { label: 'B', bar: 4 },
  ]);
});

test('x repeats the bar before, r the two bars before; Kcl is a bar line and an x', () => {
  assert.deepEqual(barsOf('[C   | x |D-7 G7LZ x Z'), ['C', 'C', 'Dm7 G7', 'Dm7 G7']);
  assert.deepEqual(barsOf('[CXyQKcl LZD-7XyQZ'), ['C', 'C', 'Dm7']);
  assert.deepEqual(barsOf('[C   |G7   |   r|   |F   Z'), ['C', 'G7', 'C', 'G7', 'F']);
});

test('N.C., slash chords, invisible roots, slashes (one beat each) and chords placed by their cells', () => {
  assert.deepEqual(barsOf('[n   |C   Z'), ['N.C.', 'C']);
  assert.deepEqual(barsOf('[C,n  |C   Z'), ['C N.C. / /', 'C']);
  assert.deepEqual(barsOf('[C/E   |F^7 W/A|G7/B   Z'), ['C/E', 'Fmaj7 Fmaj7/A', 'G7/B']);
  assert.deepEqual(barsOf('[C,p,p,G7,|C,p,G7|C p G7 Z'), ['C / / G7', 'C / G7 /', 'C / G7 /']);
  // Four cells in 4/4: a chord on its cell's beat; two chords at 1 and 3 read as the usual half and half.
  assert.deepEqual(barsOf('[C  G7|D-7 G7 Z'), ['C / / G7', 'Dm7 G7']);
  // Empty bars keep the chord sounding; before any chord the band lays out.
  assert.deepEqual(barsOf('[    |C   |    Z'), ['N.C.', 'C', '/']);
  const progression = leadSheetProgression(chartOf('[C  G7|    Z').sheet);
  assert.deepEqual(
    progression.chords.map((c) => `${c.start}:${c.chord.symbol}`),
    ['0:C', '3:G7', '4:G7'],
  );
});

test('alternate chords in parentheses are left out and said so; the coda and an intro are not the chorus', () => {
  const alternate = chartOf('[C^7(A-7)   |D-7 G7 Z');
  assert.deepEqual(alternate.sheet.bars, ['Cmaj7', 'Dm7 G7']);
  assert.ok(alternate.notes.some((note) => /alternate chords/.test(note)));
  const coda = chartOf('[C   |F   Q|G7<D.C. al Coda>   ]Y[QC   |C7   Z');
  assert.deepEqual(coda.sheet.bars, ['C', 'F', 'G7']);
  assert.ok(coda.notes.some((note) => /coda is left out/.test(note)));
  assert.ok(coda.notes.some((note) => /D\.C\. al Coda/.test(note)));
  const intro = chartOf('*i[G7   |G7   ]*A[C   |F   Z');
  assert.deepEqual(intro.sheet.bars, ['C', 'F']);
  assert.ok(intro.notes.some((note) => /intro \(2 bars\)/.test(note)));
});

test('every chord quality iReal uses reads as ours; a quality that does not is played by its root and reported', () => {
  const qualities = [
    '',
    '5',
    '2',
    'add9',
    '+',
    'o',
    'h',
    'sus',
    '^',
    '-',
    '^7',
    '-7',
    '7',
    '7sus',
    'h7',
    'o7',
    '^9',
    '^13',
    '6',
    '69',
    '^7#11',
    '^9#11',
    '^7#5',
    '-6',
    '-69',
    '-^7',
    '-^9',
    '-9',
    '-11',
    '-7b5',
    'h9',
    '-b6',
    '-#5',
    '9',
    '7b9',
    '7#9',
    '7#11',
    '7b5',
    '7#5',
    '9#11',
    '9b5',
    '9#5',
    '7b13',
    '7#9#5',
    '7#9b5',
    '7#9#11',
    '7b9#11',
    '7b9b5',
    '7b9#5',
    '7b9#9',
    '7b9b13',
    '7alt',
    '13',
    '13#11',
    '13b9',
    '13#9',
    '7b9sus',
    '7susadd3',
    '9sus',
    '13sus',
    '7b13sus',
    '11',
  ];
  for (const quality of qualities) assert.ok(irealChordToOurs('C', quality), `iReal "C${quality}" reads as ours`);
  assert.equal(irealChordToOurs('Bb', '^7'), 'Bbmaj7');
  assert.equal(irealChordToOurs('F#', 'h7'), 'F#m7b5');
  assert.equal(irealChordToOurs('D', '-^7'), 'Dm(maj7)');
  assert.equal(irealChordToOurs('G', '7b9sus'), 'G7sus4b9');
  assert.equal(irealChordToOurs('E', 'o7', 'G'), 'Edim7/G');
  const odd = chartOf('[C*zz*   |G7   Z');
  assert.deepEqual(odd.sheet.bars, ['C', 'G7']);
  assert.deepEqual(odd.unmappedChords, ['Czz as C (iReal quality "zz" is "zz" in ours)']);
  assert.deepEqual(chartOf('[C*7+*   Z').sheet.bars, ['C7+'], 'a quality written between stars');
});

test('a chart with more chords in a bar than its meter holds, or without chords, is reported in one line', () => {
  assert.match(errorOf('[C,D,E,F,G,   Z') ?? '', /bar 1 has 5 chords; at most 4 fit/);
  assert.equal(errorOf('[    |    Z'), 'the chart has no chords');
});

test('any music, however broken, gives a chart or one line, never a crash', () => {
  const pieces = [
    '|',
    '[',
    ']',
    '{',
    '}',
    'Z',
    ' ',
    ',',
    '*A',
    'T44',
    'T34',
    'N1',
    'N2',
    'x',
    'r',
    'n',
    'p',
    'Q',
    'S',
    '<3x>',
    '<D.C. al Coda>',
    '(',
    ')',
    'C',
    'F^7',
    'G7b9',
    'D-7',
    'Bbh7',
    'W/E',
    'Y',
    'l',
    's',
    '*i',
    'Eo7/G',
    '*',
    '<',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const chart = readIrealChart({ title: 'Fuzz', composer: '', style: '', key: 'C', music: parts.join('') });
      if (isChartError(chart)) assert.ok(!chart.error.includes('\n'));
      else assert.ok(chart.sheet.bars.length > 0);
    }),
    seededRuns(500),
  );
});
