// The real iReal Pro playlists users share (../shared/data/ireal, see its SOURCE.md; read at test time, never
// copied): every chart becomes a lead sheet or is reported in one line; the counts of charts and bars hold; and
// the first chorus of a few charts is what a musician reads on the chart (checked by hand against the
// unscrambled music, quoted beside each).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readIrealText, type IrealCharts } from '../../src/engine/tunes';
import { leadSheetProgression } from '../../src/core/theory/tunes';
import { missingShared, sharedFile } from '../unit/helpers/shared';

const IREAL = ['data', 'ireal'];
const folder = sharedFile(...IREAL);
const skip = folder ? false : missingShared(...IREAL);

function charts(file: string): IrealCharts {
  return readIrealText(readFileSync(`${folder}/${file}`, 'utf8'), file);
}

function chart(file: string, title: string) {
  const entry = charts(file).entries.find((e) => e.title === title);
  assert.ok(entry && entry.error === undefined, `${file} has a playable "${title}"`);
  return entry.chart;
}

describe('the shared iReal Pro playlists', { skip }, () => {
  test('every chart of every playlist parses, or is reported in one line; counts of charts and bars', () => {
    // file: charts, playable charts, bars of their choruses, bars as written.
    const expected: Record<string, [number, number, number, number]> = {
      'blues50.txt': [54, 49, 1538, 912],
      'country.txt': [50, 45, 3072, 1615],
      'dixieland1.txt': [233, 231, 8730, 7504],
      'irealbook.txt': [1, 1, 48, 48],
      'playlist.html': [6, 6, 194, 156],
      'strange.html': [1, 0, 0, 0],
    };
    for (const [file, [count, playable, bars, written]] of Object.entries(expected)) {
      const read = charts(file);
      const ok = read.entries.flatMap((entry) => (entry.error === undefined ? [entry.chart] : []));
      assert.equal(read.entries.length, count, `${file}: charts`);
      assert.equal(ok.length, playable, `${file}: playable charts`);
      assert.equal(
        ok.reduce((sum, c) => sum + c.sheet.bars.length, 0),
        bars,
        `${file}: bars of the choruses`,
      );
      assert.equal(
        ok.reduce((sum, c) => sum + c.writtenBars, 0),
        written,
        `${file}: bars as written`,
      );
      for (const entry of read.entries) {
        if (entry.error !== undefined) {
          assert.ok(!entry.error.includes('\n') && entry.error.length < 200, `${file} "${entry.title}": one line`);
          continue;
        }
        // What the generator will read: every chart's chorus is a progression of whole bars.
        const progression = leadSheetProgression(entry.chart.sheet);
        const bar = (progression.meter.numerator * 4) / progression.meter.denominator;
        assert.equal(progression.lengthQuarters, entry.chart.sheet.bars.length * bar, `${entry.title}: whole bars`);
      }
    }
    assert.equal(charts('dixieland1.txt').playlist, 'Dixieland Tunes 1');
    assert.equal(charts('playlist.html').playlist, 'Jazz Combo');
  });

  test('the charts that cannot be played say why: meter changes, a bar with too many chords', () => {
    const errors = Object.fromEntries(
      ['blues50.txt', 'dixieland1.txt', 'strange.html'].flatMap((file) =>
        charts(file).entries.flatMap((e) => (e.error === undefined ? [] : [[e.title, e.error]])),
      ),
    );
    assert.equal(
      errors["Baby Please Don't Go"],
      'the meter changes from 4/4 to 2/4 at written bar 9: a progression keeps one meter',
    );
    assert.match(errors['Strange Times'], /meter changes from 5\/4 to 4\/4/);
    assert.match(errors['Big Chief Battle Axe'], /bar 1 has 8 chords/);
  });

  test('the first chorus of a few charts is what the chart shows', () => {
    // {T44D |G7 |D |D7 |G7 | x |D | x |A7 |G |D7 |N1A7 } |N2D7 Z: twelve bars, twice, the second ending on D7.
    const booze = chart('blues50.txt', 'Blues and Booze');
    const twelve = ['D', 'G7', 'D', 'D7', 'G7', 'G7', 'D', 'D', 'A7', 'G', 'D7'];
    assert.deepEqual(booze.sheet.bars, [...twelve, 'A7', ...twelve, 'D7']);
    assert.equal(booze.sheet.key, 'D');
    assert.equal(booze.sheet.tempo, 91);

    // *A{F^7 | x |G7#11 | x |G-7 |Gb7#11 |N1F^7 |Gb7 } |N2F^7 | x ]*B[F#^7 | x |B7 ... ]*A[...Z: AABA, 40 bars.
    const ipanema = chart('playlist.html', 'Girl From Ipanema, The');
    assert.equal(ipanema.sheet.bars.length, 40);
    assert.deepEqual(ipanema.sheet.bars.slice(0, 16), [
      'Fmaj7',
      'Fmaj7',
      'G7#11',
      'G7#11',
      'Gm7',
      'Gb7#11',
      'Fmaj7',
      'Gb7',
      'Fmaj7',
      'Fmaj7',
      'G7#11',
      'G7#11',
      'Gm7',
      'Gb7#11',
      'Fmaj7',
      'Fmaj7',
    ]);
    assert.deepEqual(ipanema.sheet.bars.slice(16, 20), ['F#maj7', 'F#maj7', 'B7', 'B7']);
    assert.deepEqual(ipanema.sheet.bars.slice(28, 32), ['Am7', 'D7b9b5', 'Gm7', 'C7b9b5']);
    assert.deepEqual(
      ipanema.sheet.sections.map((s) => `${s.label}@${s.bar}`),
      ['A@0', 'A@8', 'B@16', 'A@32'],
    );
    assert.equal(ipanema.sheet.style, 'Bossa Nova');

    // [T34G7 | x | x | x |G7 | x | x | x |C7/G | x | x | x ||G7 ... |D7#9 | x |Eb7#9 |D7#9 |G7 | x | x | x Z
    const allBlues = chart('playlist.html', 'All Blues');
    assert.deepEqual(allBlues.sheet.meter, { numerator: 3, denominator: 4 });
    assert.deepEqual(allBlues.sheet.bars.slice(8, 12), ['C7/G', 'C7/G', 'C7/G', 'C7/G']);
    assert.deepEqual(allBlues.sheet.bars.slice(16, 20), ['D7#9', 'D7#9', 'Eb7#9', 'D7#9']);

    // irealbook://Volare: [*AT44C |C#o7 |D-7 |D-7 G7 |D-7 |G7 |C G7 |C ][*BC/E |Ebo7 |... 48 bars, unscrambled.
    const volare = chart('irealbook.txt', 'Volare');
    assert.equal(volare.sheet.bars.length, 48);
    assert.deepEqual(volare.sheet.bars.slice(0, 10), [
      'C',
      'C#dim7',
      'Dm7',
      'Dm7 G7',
      'Dm7',
      'G7',
      'C G7',
      'C',
      'C/E',
      'Ebdim7',
    ]);
    assert.ok(volare.notes.some((note) => /D\.C\./.test(note)));

    // Boom Boom: "E,n |   r|   |": call and response, the two bars repeated by r; the intro (*i) left out.
    const boom = chart('blues50.txt', 'Boom Boom (1992)');
    assert.deepEqual(boom.sheet.bars.slice(0, 4), ['E E/G E/A', 'E N.C.', 'E E/G E/A', 'E N.C.']);
    assert.ok(boom.notes.some((note) => /intro \(8 bars\)/.test(note)));
  });
});
