/** The style a model records at training time (core/solo/style.ts) is the style the report measures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO_ROOT, missingShared, sharedFile } from '../unit/helpers/shared';
import { loadCorpus } from '../../src/core/io/corpus';
import { learnCorpusStyle, RANGE_NOTES, type StyleProfile } from '../../src/core/solo/style';
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
