/** Chords for a tune written without chord symbols: the key's diatonic chords that best explain each span of the melody. */
import { chordFromPitchClasses, keyPrefersFlats, keyScale, mod12 } from './chords';
import { barQuarters, Chord, KeySignature, Tune, TimedChord } from '../types';
import { beatsPerBar, type Meter } from '../../shared/meter';

/**
 * Preference among chords that cover a span equally well, by scale degree: the triads I, V, IV, ii, vi,
 * iii first, then the sevenths V7, ii7, IV7, I7, vi7, iii7, and the leading-tone chords last. So a
 * triad is never displaced by a seventh that explains no more of the melody, and V7 beats vii°.
 */
const TRIAD_PREFERENCE = [0, 4, 3, 1, 5, 2];
const SEVENTH_PREFERENCE = [4, 1, 3, 0, 5, 2];

function preferenceRank(degree: number, isSeventh: boolean): number {
  if (degree === 6) return 100 + (isSeventh ? 1 : 0);
  return isSeventh ? 10 + SEVENTH_PREFERENCE.indexOf(degree) : TRIAD_PREFERENCE.indexOf(degree);
}

interface Candidate {
  chord: Chord;
  /** preferenceRank (lower is preferred). */
  strength: number;
}

function diatonicCandidates(key: KeySignature): Candidate[] {
  const scale = keyScale(key);
  const preferFlats = keyPrefersFlats(key);
  const candidates: Candidate[] = [];
  const add = (pcs: number[], degree: number): void => {
    const chord = chordFromPitchClasses(pcs, pcs[0], { preferFlats });
    if (chord && chord.root === pcs[0]) candidates.push({ chord, strength: preferenceRank(degree, pcs.length > 3) });
  };
  for (let degree = 0; degree < 7; degree++) {
    const stack = [0, 2, 4, 6].map((step) => scale[(degree + step) % 7]);
    add(stack.slice(0, 3), degree);
    add(stack, degree);
  }
  if (key.mode === 'minor') {
    // The dominant of a minor key is major (harmonic minor): E7 in A minor.
    const dominant = mod12(key.tonic + 7);
    add([dominant, mod12(dominant + 4), mod12(dominant + 7)], 4);
    add([dominant, mod12(dominant + 4), mod12(dominant + 7), mod12(dominant + 10)], 4);
  }
  return candidates;
}

/**
 * Length of the harmonic span used when chords are inferred or sampled: half a bar when the bar
 * has an even number of beats (4/4, 2/4, 2/2, 6/8, 12/8: in 6/8 the half bar is the dotted-quarter
 * beat, the usual harmonic rhythm of jigs), the whole bar when the halves would split a beat
 * (3/4, 9/8, 5/4 ...).
 */
export function harmonicSpanQuarters(meter: Meter): number {
  const bar = barQuarters(meter);
  return beatsPerBar(meter) % 2 === 0 ? bar / 2 : bar;
}

/** Start times of the harmonic spans of a tune, over its bars (a short pickup bar is one span). */
export function harmonicSpanStarts(barStarts: number[], meter: Meter, end: number): number[] {
  const bar = barQuarters(meter);
  const span = harmonicSpanQuarters(meter);
  const starts: number[] = [];
  const bars = barStarts.length > 0 ? barStarts : [0];
  for (let i = 0; i < bars.length; i++) {
    const barEnd = i + 1 < bars.length ? bars[i + 1] : Math.max(end, bars[i] + bar);
    const length = barEnd - bars[i];
    starts.push(bars[i]);
    if (length >= bar - 1e-6) for (let t = bars[i] + span; t < barEnd - 1e-6; t += span) starts.push(t);
  }
  return starts.filter((t) => t < end - 1e-6 || t === bars[0]);
}

const EPSILON = 1e-6;

/**
 * Chords for a tune that has none: per harmonic span (see harmonicSpanQuarters), the diatonic triad
 * or seventh of tune.key covering the most melody duration in the span. Ties go to the stronger function
 * (see preferenceRank: triads I, V, IV, ii, vi, iii, then sevenths, V7 first, then vii). A span without notes keeps the
 * chord before it; only changes of chord are emitted, the first at the tune's start.
 */
export function inferChords(tune: Tune): TimedChord[] {
  const notes = tune.notes.filter((n) => n.pitch !== null && n.duration > 0);
  if (notes.length === 0) return [];
  const end = Math.max(...tune.notes.map((n) => n.start + n.duration));
  const starts = harmonicSpanStarts(tune.barStarts, tune.meter, end);
  const candidates = diatonicCandidates(tune.key);
  const chords: TimedChord[] = [];
  for (let i = 0; i < starts.length; i++) {
    const spanStart = starts[i];
    const spanEnd = i + 1 < starts.length ? starts[i + 1] : end;
    const weightByPc = new Array<number>(12).fill(0);
    for (const note of notes) {
      const overlap = Math.min(spanEnd, note.start + note.duration) - Math.max(spanStart, note.start);
      if (overlap > EPSILON) weightByPc[mod12(note.pitch as number)] += overlap;
    }
    if (weightByPc.every((w) => w === 0)) continue;
    let best: { candidate: Candidate; covered: number } | undefined;
    for (const candidate of candidates) {
      const covered = candidate.chord.pitchClasses.reduce((sum, pc) => sum + weightByPc[pc], 0);
      if (!best || isBetterFit(candidate, covered, best.candidate, best.covered)) best = { candidate, covered };
    }
    const chord = best!.candidate.chord;
    const previous = chords[chords.length - 1];
    if (previous && previous.chord.symbol === chord.symbol) continue;
    chords.push({ start: chords.length === 0 ? Math.min(spanStart, tune.notes[0]?.start ?? 0) : spanStart, chord });
  }
  return chords;
}

function isBetterFit(a: Candidate, coveredA: number, b: Candidate, coveredB: number): boolean {
  if (Math.abs(coveredA - coveredB) > EPSILON) return coveredA > coveredB;
  return a.strength < b.strength;
}
