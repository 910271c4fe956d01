/**
 * "Continue this solo": the notes before the cursor become grammar values, set the LSTM's state,
 * and the values it samples next are realised over the chords at the cursor and written as whole bars
 * of ABC in the tune's key. Everything runs in plain TypeScript (no tfjs), so it answers in milliseconds.
 */
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { writeAbc } from '../core/formats/abcWriter';
import { chordAt, formatValue, tuneToValues } from '../core/solo/grammar';
import { FILLER_VALUE_INDEX, barTicks, realiseSolo } from '../core/solo/realiser';
import {
  TIME_EPSILON,
  barQuarters,
  type GrammarValue,
  type Progression,
  type TimedChord,
  type Tune,
} from '../core/types';
import { parsedValues, type Vocabulary } from '../core/solo/vocabulary';
import { BeatGuide, type BeatGuideStyle } from '../core/solo/beatGuide';
import { tuneAtOffset, unitNoteLength, type AbcAnalysis, type AnalysedTune } from '../core/analysis/document';
import { LstmSampler } from '../model/lstmCell';
import { PARTS, writtenIntervalOfAbc } from '../shared/parts';
import type { NetworkWeights } from '../model/network';
import { generateIndices } from '../model/sampling';

export interface ContinuationModel {
  weights: NetworkWeights;
  vocabulary: Vocabulary;
  /** The model's metadata; its style (measured on its corpus) steers the beat guide, as for a solo. */
  metadata?: { style?: BeatGuideStyle };
}

export interface ContinuationRequest {
  analysis: AbcAnalysis;
  /** Cursor offset into the analysed text. */
  offset: number;
  model: ContinuationModel;
  seed: number;
  /** Whole bars to write (the inline suggestion uses 1); ignored when `steps` is given. */
  bars?: number;
  /** Number of values to sample; the last bar is completed with a rest. */
  steps?: number;
  temperature?: number;
  topK?: number;
  greedy?: boolean;
  /** At most this many values before the cursor prime the network (the most recent ones). */
  maxPrime?: number;
  /** The chords from the cursor on (starting at 0), instead of the tune's own: trading fours takes the form's. */
  progression?: Progression;
  /** Write chord symbols over the new bars (default none: the tune already has its own where it continues). */
  writeChords?: boolean;
}

export interface Continuation {
  ok: true;
  /** Where the text goes (the cursor). */
  insertAt: number;
  /** ABC to insert: whole bars, each ending in a bar line (a leading bar line when the cursor's bar is not closed). */
  text: string;
  bars: number;
  /** The sampled values, as the model's vocabulary writes them. */
  values: string[];
  /** How many values before the cursor primed the network. */
  primed: number;
  /** The chords the continuation was realised over, from the cursor on. */
  chords: string[];
  seed: number;
}

export interface NoContinuation {
  ok: false;
  /** One line for the user: why nothing can be proposed here. */
  reason: string;
}

const DEFAULT_MAX_PRIME = 256;
/** Half the pitch span around the last note: the first new note starts near it, the line stays in reach. */
const RANGE_HALF_SPAN = 15;

export function continueSolo(request: ContinuationRequest): Continuation | NoContinuation {
  const { analysis, offset } = request;
  const analysed = tuneAtOffset(analysis, offset);
  if (!analysed?.tune) return { ok: false, reason: 'the cursor is not inside a readable tune (X: … with notes)' };
  const tune = analysed.tune;
  const cursor = cursorInTune(analysis.text, analysed, offset);
  if (!cursor.ok) return cursor;

  const prime = primeIndices(tune, cursor.notesBefore, request.model.vocabulary, request.maxPrime ?? DEFAULT_MAX_PRIME);
  const barLength = barQuarters(tune.meter);
  const wantedBars = Math.max(1, Math.floor(request.bars ?? 1));
  // Enough values to fill the wanted bars even if every one were a sixteenth.
  const steps = request.steps ?? Math.ceil((wantedBars * barLength) / 0.25) + 2;
  const sampler = samplerFor(request.model.weights);
  // The continuation starts on a bar line, where the guide (the solo's clock) starts too; greedy goes through it.
  // Steered by the model's own style (its corpus's chord tones on strong beats, its rest share), as a solo is.
  const guide = new BeatGuide(parsedValues(request.model.vocabulary), tune.meter, request.model.metadata?.style);
  const indices = generateIndices(sampler, {
    steps,
    seed: request.seed,
    prime,
    temperature: request.temperature,
    topK: request.topK,
    greedy: request.greedy,
    guide,
  });
  let values = indices.map((i) => parsedValues(request.model.vocabulary)[i]);
  if (request.steps === undefined) values = valuesFillingBars(values, wantedBars * barLength);

  const totalQuarters = values.reduce((sum, v) => sum + v.duration, 0);
  const passBars = Math.ceil(totalQuarters / barLength + TIME_EPSILON) + 1;
  const progression = request.progression ?? progressionFrom(tune, cursor.time, passBars * barLength);
  const lastPitch = [...cursor.notesBefore].reverse().find((n) => n.pitch !== null)?.pitch ?? 67;
  const centre = Math.min(Math.max(lastPitch, 40 + RANGE_HALF_SPAN), 100 - RANGE_HALF_SPAN);
  const solo = realiseSolo(values, progression, {
    seed: request.seed,
    key: tune.key,
    range: [centre - RANGE_HALF_SPAN, centre + RANGE_HALF_SPAN],
    spans: guide.spans.slice(0, values.length),
    style: request.model.metadata?.style,
  });
  const bars = request.steps === undefined ? Math.min(wantedBars, solo.bars) : solo.bars;
  const keptTicks = bars * barTicks(tune.meter);
  const keptChords = request.writeChords
    ? solo.chords.filter((c) => Math.round(c.start * TICKS_PER_QUARTER) < keptTicks)
    : [];
  const kept = { ...solo, bars, notes: solo.notes.filter((n) => n.startTick < keptTicks), chords: keptChords };
  if (kept.notes.every((n) => n.pitch === null || n.valueIndex === FILLER_VALUE_INDEX)) {
    return { ok: false, reason: 'the model proposed only rests here; try again with another seed' };
  }

  // A transposing part is continued in its own written pitches (it sounds at concert pitch, as the tune is read).
  const interval = writtenIntervalOfAbc(analysis.text.slice(analysed.info.startChar, analysed.info.endChar));
  const part = interval === 0 ? undefined : { ...PARTS.concert, interval };
  const written = abcBody(writeAbc(kept, { barsPerLine: bars + 1, part }));
  const body = barLineFollows(analysis.text, offset) ? written.replace(/\|$/, '') : written;
  const unit = unitNoteLength(analysis.text, analysed);
  // Notes are written in eighths; a tune with another L: gets an inline field around them (ABC 2.1 §3.1.7).
  const unitText = `${unit.num}/${unit.den}`;
  const notes = unitText === '1/8' ? body : `[L:1/8]${body}[L:${unitText}]`;
  return {
    ok: true,
    insertAt: offset,
    text: (cursor.needsBarLine ? '|' : '') + notes,
    bars,
    values: values.map(formatValue),
    primed: prime.length,
    chords: progression.chords.map((c) => c.chord.symbol),
    seed: request.seed,
  };
}

type CursorPlace = { ok: true; time: number; notesBefore: Tune['notes']; needsBarLine: boolean } | NoContinuation;

/** Where the cursor sits in musical time; a continuation starts only where a bar starts. */
function cursorInTune(text: string, analysed: AnalysedTune, offset: number): CursorPlace {
  const tune = analysed.tune!;
  const before = analysed.notes.filter((n) => n.endChar <= offset);
  const notesBefore = before.map((n) => n.note);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (/^[A-Za-z]:/.test(text.slice(lineStart, offset + 2)) || /^\s*%/.test(text.slice(lineStart, offset))) {
    return { ok: false, reason: 'the cursor is on a header or comment line; put it in the music, after a bar line' };
  }
  if (before.length === 0) {
    const header = text.slice(analysed.info.startChar, offset);
    if (!/^K:/m.test(header)) return { ok: false, reason: 'the cursor is before the K: field; put it in the music' };
    return { ok: true, time: 0, notesBefore, needsBarLine: false };
  }
  const last = before[before.length - 1];
  const time = last.note.start + last.note.duration;
  const barLength = barQuarters(tune.meter);
  let barStart = 0;
  for (const start of tune.barStarts) if (start <= time + TIME_EPSILON) barStart = start;
  const into = time - barStart;
  // A full bar, or the end of a pickup (the first bar, shorter than the meter).
  const endsPickup =
    barStart === 0 && tune.barStarts.length > 1 && into > 0 && Math.abs(into - tune.barStarts[1]) < TIME_EPSILON;
  const closesBar = Math.abs(into - barLength) < TIME_EPSILON || endsPickup;
  if (Math.abs(into) > TIME_EPSILON && !closesBar) {
    return { ok: false, reason: 'the cursor is inside a bar; put it after a bar line to continue one bar at a time' };
  }
  const between = text.slice(last.endChar, offset);
  return { ok: true, time, notesBefore, needsBarLine: !between.includes('|') };
}

/** The tune's values before the cursor, mapped to the model's vocabulary (unknown ones to the nearest value). */
function primeIndices(tune: Tune, notesBefore: Tune['notes'], vocabulary: Vocabulary, maxPrime: number): number[] {
  if (notesBefore.length === 0) return [];
  const values = tuneToValues({ ...tune, notes: notesBefore });
  return values.slice(-maxPrime).map((v) => nearestVocabularyIndex(v, vocabulary));
}

/** How far apart two values are musically: the type matters most, then length, then the interval. */
function valueDistance(a: GrammarValue, b: GrammarValue): number {
  let distance = 0;
  if (a.type !== b.type) distance += a.type === 'R' || b.type === 'R' ? 100 : 4;
  distance += 8 * Math.abs(Math.log2(a.duration / b.duration));
  if (a.window && b.window) distance += 0.25 * Math.abs(a.window.upper - b.window.upper);
  else if (a.window || b.window) distance += 1;
  return distance;
}

export function nearestVocabularyIndex(value: GrammarValue, vocabulary: Vocabulary): number {
  const exact = vocabulary.indexOf(formatValue(value));
  if (exact >= 0) return exact;
  const parsed = parsedValues(vocabulary);
  let best = 0;
  let bestDistance = Infinity;
  parsed.forEach((candidate, index) => {
    const distance = valueDistance(value, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

const samplers = new WeakMap<NetworkWeights, LstmSampler>();

function samplerFor(weights: NetworkWeights): LstmSampler {
  let sampler = samplers.get(weights);
  if (!sampler) {
    sampler = new LstmSampler(weights);
    samplers.set(weights, sampler);
  }
  return sampler;
}

/** The text after the cursor already closes the last inserted bar ("|", "|]", ":|"). */
function barLineFollows(text: string, offset: number): boolean {
  return /^[ \t]*(\||:\|)/.test(text.slice(offset, offset + 8));
}

/** The first values whose lengths reach `quarters` (the realiser cuts the last one at the bar line). */
function valuesFillingBars(values: GrammarValue[], quarters: number): GrammarValue[] {
  let total = 0;
  const kept: GrammarValue[] = [];
  for (const value of values) {
    if (total >= quarters - TIME_EPSILON) break;
    kept.push(value);
    total += value.duration;
  }
  return kept;
}

/** The tune's chords from `time` on, moved to start at 0; the chord sounding at `time` first. */
function progressionFrom(tune: Tune, time: number, lengthQuarters: number): Progression {
  const sounding = chordAt(tune.chords, time);
  const later = tune.chords.filter(
    (c) => c.start > time + TIME_EPSILON && c.start - time < lengthQuarters - TIME_EPSILON,
  );
  const chords: TimedChord[] = [];
  if (sounding) chords.push({ start: 0, chord: sounding });
  for (const timed of later) chords.push({ start: timed.start - time, chord: timed.chord });
  return { meter: tune.meter, chords, lengthQuarters };
}

/** The music lines of a tune written by writeAbc, on one line, ending in a plain bar line. */
function abcBody(abc: string): string {
  const lines = abc.split('\n');
  const keyLine = lines.findIndex((line) => line.startsWith('K:'));
  return lines
    .slice(keyLine + 1)
    .filter((line) => line.trim() !== '')
    .join(' ')
    .replace(/\|\]\s*$/, '|');
}
