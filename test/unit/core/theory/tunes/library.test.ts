// The built-in library of forms and public-domain standards: every tune reads as the progression the generator
// takes, in its meter, with the form length it documents, and every standard is in the US public domain by its
// recorded year of publication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LIBRARY,
  PUBLIC_DOMAIN_LAST_YEAR,
  leadSheetChords,
  leadSheetProgression,
  libraryLeadSheet,
  libraryTuneNames,
  matchTune,
  normaliseTitle,
  transposeLeadSheet,
} from '../../../../../src/core/theory/tunes';
import { parseChordSymbol } from '../../../../../src/core/theory/chords';
import { parseKeyName, parseMeter } from '../../../../../src/core/theory/progression';
import { barQuarters } from '../../../../../src/core/types';

const chordTokens = (bar: string) => bar.split(/\s+/).filter((token) => !['%', '/', 'N.C.'].includes(token));

test('the library has the forms the issue names and at least 30 public-domain standards', () => {
  const titles = LIBRARY.map((tune) => tune.title);
  for (const form of [
    'Blues',
    'Jazz Blues',
    'Bebop Blues',
    'Minor Blues',
    'Rhythm Changes',
    'Coltrane Cycle',
    'Modal AABA',
    'Bossa Form',
    'Jazz Waltz',
  ])
    assert.ok(titles.includes(form), `the library has ${form}`);
  const standards = LIBRARY.filter((tune) => tune.kind === 'standard');
  assert.ok(standards.length >= 30, `${standards.length} standards`);
  assert.equal(new Set(titles.map(normaliseTitle)).size, titles.length, 'titles are distinct as users type them');
  assert.ok(
    LIBRARY.some((tune) => tune.meter === '3/4' && tune.kind === 'standard'),
    'a waltz among the standards',
  );
});

test('every standard was first published in 1930 or earlier, and names its composer', () => {
  for (const tune of LIBRARY.filter((t) => t.kind === 'standard')) {
    assert.ok(Number.isInteger(tune.year), `${tune.title} records its year`);
    assert.ok(tune.year! <= PUBLIC_DOMAIN_LAST_YEAR, `${tune.title} (${tune.year}) is in the US public domain`);
    assert.ok(tune.year! >= 1890, `${tune.title}: ${tune.year} is a year of publication`);
    assert.ok(tune.composer.trim().length > 0, `${tune.title} names its composer`);
  }
  assert.equal(PUBLIC_DOMAIN_LAST_YEAR, 1930);
});

test('every tune reads as a progression whose bars add up in its meter, over the form length it documents', () => {
  for (const tune of LIBRARY) {
    const sheet = libraryLeadSheet(tune);
    const meter = parseMeter(tune.meter);
    assert.equal(
      sheet.bars.length,
      tune.formBars,
      `${tune.title}: ${sheet.bars.length} bars, documented ${tune.formBars}`,
    );
    const progression = leadSheetProgression(sheet);
    assert.deepEqual(progression.meter, meter, `${tune.title} keeps its meter`);
    assert.equal(progression.lengthQuarters, tune.formBars * barQuarters(meter), `${tune.title}: whole bars`);
    // Every chord starts inside the form, on a beat, and the first bar starts with a chord.
    assert.equal(progression.chords[0].start, 0, `${tune.title} starts with a chord`);
    for (const timed of progression.chords) {
      assert.ok(timed.start < progression.lengthQuarters && Number.isInteger(timed.start), `${tune.title}: on a beat`);
    }
    for (const [index, bar] of sheet.bars.entries()) {
      for (const token of chordTokens(bar))
        assert.ok(parseChordSymbol(token), `${tune.title} bar ${index + 1}: "${token}" is a chord symbol`);
    }
    assert.doesNotThrow(() => parseKeyName(tune.key), `${tune.title}: key ${tune.key}`);
    assert.ok(tune.tempo >= 40 && tune.tempo <= 320, `${tune.title}: tempo ${tune.tempo}`);
    assert.equal(sheet.sections.length, tune.form.split(/\s+/).length, `${tune.title}: one section a form entry`);
  }
});

test('sections play in form order, each ending in its place (rhythm changes: A1 A2 B A2)', () => {
  const rhythm = libraryLeadSheet(LIBRARY.find((tune) => tune.title === 'Rhythm Changes')!);
  assert.deepEqual(
    rhythm.sections.map((s) => `${s.label}@${s.bar}`),
    ['A@0', 'A@8', 'B@16', 'A@24'],
  );
  assert.deepEqual(rhythm.bars.slice(6, 8), ['Dm7 G7', 'Cm7 F7'], 'first ending turns around');
  assert.deepEqual(rhythm.bars.slice(14, 16), ['Cm7 F7', 'Bb6'], 'second ending lands home');
  assert.deepEqual(rhythm.bars.slice(30, 32), ['Cm7 F7', 'Bb6'], 'the last A ends home');
  assert.match(leadSheetChords(rhythm), /^M:4\/4 \| Bb6 G7 \| Cm7 F7 \|/);
  const waltz = libraryLeadSheet(LIBRARY.find((tune) => tune.title === 'Jazz Waltz')!);
  assert.match(leadSheetChords(waltz), /^M:3\/4 \|/);
});

test('a tune is found by any case and punctuation, by an alias or by a unique part of its title', () => {
  const find = (name: string) => matchTune(name, LIBRARY, libraryTuneNames);
  assert.equal(find('body and soul').found?.title, 'Body and Soul');
  assert.equal(find('AINT MISBEHAVIN').found?.title, "Ain't Misbehavin'");
  assert.equal(find('Lady Be Good').found?.title, 'Oh, Lady Be Good!');
  assert.equal(find('stardust').found?.title, 'Star Dust');
  assert.equal(find('man i love').found?.title, 'The Man I Love');
  assert.equal(find('blues').found?.title, 'Blues', 'an exact title wins over the titles containing it');
  assert.deepEqual(
    find('georgia')
      .ambiguous?.map((tune) => tune.title)
      .sort(),
    ['Georgia on My Mind', 'Sweet Georgia Brown'],
  );
  assert.equal(find('zz').found, undefined);
  assert.equal(find('no such tune').found, undefined);
});

test('a tune moves to another key: every chord by the same interval, spelt in the new key', () => {
  const blues = libraryLeadSheet(LIBRARY.find((tune) => tune.title === 'Jazz Blues')!);
  const inBb = transposeLeadSheet(blues, 'Bb');
  assert.equal(inBb.key, 'Bb');
  assert.deepEqual(inBb.bars.slice(0, 4), ['Bb7', 'Eb7', 'Bb7', 'Fm7 Bb7']);
  const body = libraryLeadSheet(LIBRARY.find((tune) => tune.title === 'Body and Soul')!);
  const inE = transposeLeadSheet(body, 'E');
  assert.equal(inE.bars[0], 'F#m7 C#7');
  assert.equal(inE.bars[16], 'Gm7 C7', "the bridge a half step up from E's tonic, spelt without E#");
  const minor = transposeLeadSheet(libraryLeadSheet(LIBRARY.find((tune) => tune.title === 'Minor Blues')!), 'D');
  assert.equal(minor.key, 'Dm', 'a minor tune stays minor');
  assert.equal(minor.bars[0], 'Dm7');
  assert.equal(transposeLeadSheet(blues, 'F'), blues, 'its own key changes nothing');
  for (const bar of inE.bars) for (const token of chordTokens(bar)) assert.ok(parseChordSymbol(token), token);
});
