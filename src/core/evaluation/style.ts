/**
 * The style measures of issue 17 as the evaluation reports them: how a line sounds set beside real jazz,
 * measured the same way for generated solos, for a corpus's tunes and for transcribed solos.
 *
 * The counting itself is core/solo/style.ts (countStyle), the one definition the decoder also learns its
 * targets from (training may not import this room), so a model is judged by exactly what it aims at: interval
 * classes and onset-to-onset distances between consecutive notes of a phrase, chord tone / tension / chromatic
 * on beats 1 and 3 (core/theory/chordClass), chromatic notes of all notes, phrases split by a rest of a beat or
 * more, the time in those rests.
 *
 * What this module adds is the shape of a solo: its range and its pitch-class entropy depend on its length,
 * so a corpus is cut into pieces as long as the solos it is compared with (`cutIntoPieces`): consecutive
 * pieces of that many notes, a last piece shorter than half of it dropped, a tune shorter than that kept
 * whole. Range is highest minus lowest pitch, entropy is in bits over the 12 pitch classes; both are averaged
 * over the pieces.
 */
import { countStyle, emptyStyleCounts, median, profileOfCounts } from '../solo/style';
import { entropyBits, pitchClassCounts } from './metrics';
import type { MusicPiece, PieceNote } from './pieces';

/**
 * `piece` cut into consecutive pieces of `notes` notes (a rest goes with the note after it). A remainder
 * shorter than half of `notes` is dropped, so a short tail does not narrow the ranges; a piece that is
 * shorter than `notes` altogether stays whole.
 */
export function cutIntoPieces(piece: MusicPiece, notes: number): MusicPiece[] {
  const size = Math.max(1, Math.round(notes));
  const pieces: MusicPiece[] = [];
  let current: PieceNote[] = [];
  let pitched = 0;
  const flush = (last: boolean) => {
    const keep = pitched > 0 && (pitched >= size / 2 || (last && pieces.length === 0));
    if (keep) pieces.push({ ...piece, title: `${piece.title} (${pieces.length + 1})`, notes: current });
    current = [];
    pitched = 0;
  };
  for (const note of piece.notes) {
    current.push(note);
    if (note.pitch === null) continue;
    pitched++;
    if (pitched === size) flush(false);
  }
  flush(true);
  return pieces;
}

export interface SoloShape {
  /** Pieces measured (after cutting). */
  pieces: number;
  /** Mean over pieces of highest minus lowest pitch, semitones. */
  range: number | null;
  /** Mean over pieces of each piece's pitch-class entropy, bits. */
  entropy: number | null;
}

/** Range and pitch-class entropy per piece, the pieces first cut to `notesPerPiece` notes when it is given. */
export function soloShape(pieces: readonly MusicPiece[], notesPerPiece?: number): SoloShape {
  const cut = notesPerPiece === undefined ? pieces : pieces.flatMap((piece) => cutIntoPieces(piece, notesPerPiece));
  const ranges: number[] = [];
  const entropies: number[] = [];
  for (const piece of cut) {
    const pitches = piece.notes.flatMap((note) => (note.pitch === null ? [] : [note.pitch]));
    if (pitches.length === 0) continue;
    ranges.push(Math.max(...pitches) - Math.min(...pitches));
    entropies.push(entropyBits(pitchClassCounts(piece)));
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  return { pieces: ranges.length, range: mean(ranges), entropy: mean(entropies) };
}

/** The style measures of a set of pieces: shares from 0 to 1, null when there was nothing to count. */
export interface StyleMeasures {
  pieces: number;
  notes: number;
  /** Notes per piece, mean: what a corpus is cut to when it is compared with these pieces. */
  mean_piece_notes: number | null;
  repeated: number | null;
  steps: number | null;
  skips: number | null;
  leaps: number | null;
  strong_chord_tones: number | null;
  strong_tensions: number | null;
  strong_chromatic: number | null;
  chromatic_notes: number | null;
  eighths: number | null;
  sixteenths: number | null;
  eighth_triplets: number | null;
  phrase_median_notes: number | null;
  time_between_phrases: number | null;
  /** Notes per piece the range and entropy were measured on (null: every piece whole). */
  shape_piece_notes: number | null;
  range_semitones: number | null;
  pitch_class_entropy: number | null;
}

/**
 * The style measures of `pieces`. `notesPerPiece` cuts them for the range and the entropy (a corpus is cut
 * into pieces as long as the solos it is compared with); without it each piece is measured whole.
 */
export function measureStyle(pieces: readonly MusicPiece[], notesPerPiece?: number): StyleMeasures {
  const counts = emptyStyleCounts();
  for (const piece of pieces) countStyle(piece, counts);
  const profile = profileOfCounts(counts);
  const shape = soloShape(pieces, notesPerPiece);
  return {
    pieces: pieces.length,
    notes: counts.notes,
    mean_piece_notes: pieces.length > 0 ? counts.notes / pieces.length : null,
    repeated: profile.repeatShare ?? null,
    steps: profile.stepShare ?? null,
    skips: profile.skipShare ?? null,
    leaps: profile.leapShare ?? null,
    strong_chord_tones: profile.strongBeatChordToneRatio ?? null,
    strong_tensions: profile.strongBeatTensionRatio ?? null,
    strong_chromatic: profile.strongBeatChromaticRatio ?? null,
    chromatic_notes: profile.chromaticShare ?? null,
    eighths: profile.eighthShare ?? null,
    sixteenths: profile.sixteenthShare ?? null,
    eighth_triplets: profile.tripletShare ?? null,
    phrase_median_notes: median(counts.phraseLengths) ?? null,
    time_between_phrases: profile.phraseRestShare ?? null,
    shape_piece_notes: notesPerPiece ?? null,
    range_semitones: shape.range,
    pitch_class_entropy: shape.entropy,
  };
}

/** How a style figure is read: a share (compared in percentage points), a count, semitones or bits. */
export type StyleUnit = 'share' | 'notes' | 'semitones' | 'bits';

/**
 * What issue 17 asks of a model trained on a corpus, measure by measure: how far from its corpus's figure a
 * generated set may be (points for shares, a share of the corpus's figure for the phrase median). Measures
 * without a tolerance are shown beside the corpus and not judged.
 */
export const STYLE_TOLERANCES = {
  intervalPoints: 5,
  strongBeatPoints: 8,
  onsetPoints: 6,
  betweenPhrasesPoints: 5,
  phraseMedianShare: 0.4,
  rangeSemitones: 4,
} as const;

export interface StyleRow {
  key: keyof StyleMeasures;
  name: string;
  unit: StyleUnit;
  solo: number | null;
  corpus: number | null;
  /** Solo minus corpus: in points for shares, as a share of the corpus's figure for the phrase median. */
  distance: number | null;
  tolerance: string | null;
  /** Whether the distance is within the tolerance; null when not judged or not computable. */
  within: boolean | null;
}

type Judge = { tolerance: number; relative?: boolean } | undefined;
const STYLE_ROWS: ReadonlyArray<[keyof StyleMeasures, string, StyleUnit, Judge]> = [
  ['repeated', 'repeated notes', 'share', { tolerance: STYLE_TOLERANCES.intervalPoints }],
  ['steps', 'steps (1-2 semitones)', 'share', { tolerance: STYLE_TOLERANCES.intervalPoints }],
  ['skips', 'skips (3-4 semitones)', 'share', { tolerance: STYLE_TOLERANCES.intervalPoints }],
  ['leaps', 'leaps (5+ semitones)', 'share', { tolerance: STYLE_TOLERANCES.intervalPoints }],
  ['strong_chord_tones', 'beats 1 and 3: chord tones', 'share', { tolerance: STYLE_TOLERANCES.strongBeatPoints }],
  ['strong_tensions', 'beats 1 and 3: tensions', 'share', { tolerance: STYLE_TOLERANCES.strongBeatPoints }],
  ['strong_chromatic', 'beats 1 and 3: chromatic', 'share', { tolerance: STYLE_TOLERANCES.strongBeatPoints }],
  ['chromatic_notes', 'chromatic notes, all notes', 'share', undefined],
  ['eighths', 'onset to onset: eighths', 'share', { tolerance: STYLE_TOLERANCES.onsetPoints }],
  ['sixteenths', 'onset to onset: sixteenths', 'share', { tolerance: STYLE_TOLERANCES.onsetPoints }],
  ['eighth_triplets', 'onset to onset: eighth triplets', 'share', { tolerance: STYLE_TOLERANCES.onsetPoints }],
  [
    'phrase_median_notes',
    'notes per phrase (median)',
    'notes',
    { tolerance: STYLE_TOLERANCES.phraseMedianShare, relative: true },
  ],
  ['time_between_phrases', 'time between phrases', 'share', { tolerance: STYLE_TOLERANCES.betweenPhrasesPoints }],
  ['range_semitones', 'range per solo (semitones)', 'semitones', { tolerance: STYLE_TOLERANCES.rangeSemitones }],
  ['pitch_class_entropy', 'pitch-class entropy (bits)', 'bits', undefined],
];

const EPSILON = 1e-9;

/** Every style measure of the solos beside the corpus's, with its distance and, where issue 17 sets one, its tolerance. */
export function styleComparison(solo: StyleMeasures, corpus: StyleMeasures): StyleRow[] {
  return STYLE_ROWS.map(([key, name, unit, judge]) => {
    const a = solo[key] as number | null;
    const b = corpus[key] as number | null;
    let distance: number | null = null;
    if (a !== null && b !== null) {
      if (judge?.relative) distance = b > 0 ? a / b - 1 : null;
      else distance = unit === 'share' ? 100 * (a - b) : a - b;
    }
    const tolerance = !judge
      ? null
      : judge.relative
        ? `±${100 * judge.tolerance}%`
        : `±${judge.tolerance}${unit === 'share' ? ' points' : unit === 'semitones' ? ' semitones' : ''}`;
    const within = !judge || distance === null ? null : Math.abs(distance) <= judge.tolerance + EPSILON;
    return { key, name, unit, solo: a, corpus: b, distance, tolerance, within };
  });
}

/** A style figure as text: shares in percent, the median in notes, range in semitones, entropy in bits. */
export function formatStyleFigure(value: number | null, unit: StyleUnit): string {
  if (value === null) return 'n/a';
  if (unit === 'share') return `${(100 * value).toFixed(1)}%`;
  if (unit === 'bits') return value.toFixed(2);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A row's distance as text: points for shares, a percentage for the phrase median. */
export function formatStyleDistance(row: StyleRow): string {
  if (row.distance === null) return 'n/a';
  const sign = row.distance > 0 ? '+' : '';
  if (row.key === 'phrase_median_notes') return `${sign}${(100 * row.distance).toFixed(0)}%`;
  if (row.unit === 'share') return `${sign}${row.distance.toFixed(1)} pt`;
  return `${sign}${row.distance.toFixed(row.unit === 'bits' ? 2 : 1)}`;
}

/** What the report says each style measure means. */
export const STYLE_DEFINITIONS = [
  'Style (issue 17): intervals and onset-to-onset distances between consecutive notes, across rests ' +
    '(repeated 0, steps 1-2 semitones, skips 3-4, leaps 5+; eighths, sixteenths, eighth triplets, other).',
  'Beats 1 and 3 (the strong beats): the note sounding there against the chord sounding there, as a chord ' +
    "tone (1 3 5 7; a 6 chord's 6th; a triad has no 7th), a tension (natural 9 11 13) or chromatic (b9 #9 " +
    '#11 b13, the wrong 3rd or 7th). Chromatic notes: every note against the chord at its onset.',
  'Phrases: split by a rest of a beat or more; the median of notes per phrase; the time in those rests ' +
    'as a share of the time from the first attack to the end of the last note.',
  "Range and pitch-class entropy: per solo, and for the corpus per piece of the solos' mean note count " +
    '(its tunes cut into consecutive pieces of that many notes), averaged.',
];

/** The style section of an evaluation report: the solos, their corpus, and the rows beside each other. */
export interface StyleSection {
  solo: StyleMeasures;
  corpus: StyleMeasures;
  rows: StyleRow[];
}

/** The solos' style beside their corpus's, the corpus cut into pieces of the solos' mean note count. */
export function compareStyle(soloPieces: readonly MusicPiece[], corpusPieces: readonly MusicPiece[]): StyleSection {
  const solo = measureStyle(soloPieces);
  const corpus = measureStyle(corpusPieces, solo.mean_piece_notes ?? undefined);
  return { solo, corpus, rows: styleComparison(solo, corpus) };
}

/**
 * Issue 17's bands for the default model, around the Weimar Jazz Database's bebop solos: [measure, lowest,
 * highest], shares from 0 to 1 (the range is the mean over the solos, each measured whole).
 */
export const BEBOP_BANDS: ReadonlyArray<readonly [keyof StyleMeasures, number, number]> = [
  ['repeated', 0.01, 0.08],
  ['steps', 0.5, 0.66],
  ['leaps', 0.08, 0.18],
  ['strong_chord_tones', 0.45, 0.75],
  ['strong_chromatic', 0.08, 0.3],
  ['chromatic_notes', 0.12, 0.32],
  ['eighths', 0, 0.65],
  ['sixteenths', 0.06, 0.3],
  ['eighth_triplets', 0.05, 0.2],
  ['phrase_median_notes', 8, 22],
  ['time_between_phrases', 0.12, 0.25],
  ['range_semitones', 19, Infinity],
  ['pitch_class_entropy', 3.15, Infinity],
];

/** A row's figure against its bebop band, as text ("50.0%–66.0% inside"); empty when the row has no band. */
export function formatBebopBand(row: StyleRow): string {
  const band = BEBOP_BANDS.find(([key]) => key === row.key);
  if (!band || row.solo === null) return '';
  const [, low, high] = band;
  const inside = row.solo >= low - EPSILON && row.solo <= high + EPSILON;
  const text =
    high === Infinity
      ? `≥ ${formatStyleFigure(low, row.unit)}`
      : low === 0
        ? `≤ ${formatStyleFigure(high, row.unit)}`
        : `${formatStyleFigure(low, row.unit)}–${formatStyleFigure(high, row.unit)}`;
  return `${text} ${inside ? 'inside' : 'OUTSIDE'}`;
}
