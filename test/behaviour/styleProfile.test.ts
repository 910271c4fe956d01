/** The style a model records at training time (core/solo/style.ts) is the style the report measures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO_ROOT, missingShared, sharedFile } from '../unit/helpers/shared';
import { loadCorpus } from '../../src/core/io/corpus';
import {
  learnCorpusStyle,
  learnStyle,
  RANGE_NOTES,
  STYLE_SHARE_FIELDS,
  type StyleProfile,
} from '../../src/core/solo/style';
import { parseChordSymbol } from '../../src/core/theory/chords';
import { STYLE_RANGES, checkMetadata } from '../../src/model/store/schema';
import { pieceFromTune } from '../../src/core/evaluation/pieces';
import { measureStyle, type StyleMeasures } from '../../src/core/evaluation/style';

const WEIMAR_PARTS = ['data', 'corpora', 'wjazzd'];

/** Each recorded rate beside the report's measure of it. */
const SAME_MEASURE: Array<[keyof StyleProfile, keyof StyleMeasures]> = [
  ['repeatShare', 'repeated'],
  ['stepShare', 'steps'],
  ['skipShare', 'skips'],
  ['leapShare', 'leaps'],
  ['strongBeatChordToneRatio', 'strong_chord_tones'],
  ['strongBeatTensionRatio', 'strong_tensions'],
  ['strongBeatChromaticRatio', 'strong_chromatic'],
  ['chromaticShare', 'chromatic_notes'],
  ['eighthShare', 'eighths'],
  ['sixteenthShare', 'sixteenths'],
  ['tripletShare', 'eighth_triplets'],
  ['phraseMedianNotes', 'phrase_median_notes'],
  ['phraseRestShare', 'time_between_phrases'],
];

async function assertSameStyle(paths: string[]): Promise<void> {
  const corpus = await loadCorpus(paths, {});
  const profile = learnCorpusStyle(corpus.tunes);
  const measured = measureStyle(corpus.tunes.map((tune) => pieceFromTune(tune)));
  for (const [recorded, reported] of SAME_MEASURE) {
    const value = profile[recorded];
    const expected = measured[reported] as number | null;
    assert.ok(value !== undefined && expected !== null, `${recorded} is measured`);
    assert.ok(Math.abs(value - expected) < 0.002, `${recorded} ${value} against the report's ${reported} ${expected}`);
  }
  assert.ok(profile.rangeSemitones! > 0 && profile.pitchSpread! > 0, `range of ${RANGE_NOTES} notes and spread`);
}

test('the bundled corpus: the recorded style is what evaluate reports', () =>
  assertSameStyle([join(REPO_ROOT, 'corpus')]));

test('the Weimar solos: the recorded style is what evaluate reports', async (t) => {
  const weimar = sharedFile(...WEIMAR_PARTS);
  if (!weimar) return t.skip(missingShared(...WEIMAR_PARTS));
  await assertSameStyle([weimar]);
});

test('a model folder keeps the whole profile, checks each rate, and an older model without it still loads', () => {
  const profile = learnStyle([
    {
      meter: { numerator: 4, denominator: 4 },
      notes: [
        { pitch: 60, start: 0, duration: 0.25 },
        { pitch: 62, start: 0.25, duration: 0.25 },
        { pitch: 64, start: 0.5, duration: 0.5 },
        { pitch: 67, start: 1, duration: 3 },
      ],
      chords: [{ start: 0, chord: parseChordSymbol('C7')! }],
      barStarts: [0],
    },
  ]);
  const metadata = { formatVersion: 1, name: 'm', createdAt: '2026-12-07', parameterCount: 1 };
  assert.deepEqual(checkMetadata({ ...metadata, style: profile }, 'metadata.json').style, profile);
  for (const field of STYLE_SHARE_FIELDS) assert.ok(STYLE_RANGES[field], field);
  assert.throws(
    () => checkMetadata({ ...metadata, style: { ...profile, sixteenthShare: 1.5 } }, 'metadata.json'),
    /"style\.sixteenthShare" must be/,
  );
  const older = checkMetadata({ ...metadata, style: { strongBeatChordToneRatio: 0.98, restShare: 0.09 } }, 'm.json');
  assert.equal(older.style?.sixteenthShare, undefined, 'decoded as before: eighths and triplets');
});
