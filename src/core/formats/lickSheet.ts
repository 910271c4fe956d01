/**
 * A lick in twelve keys: one short line over a ii–V–I (or a minor ii–V–i, or a turnaround), written through
 * every key as one practice sheet. Each key is its own line with its own K: field, so the key signature and
 * the chord symbols are right for that key; the line is the same in each key (every note the same number of
 * semitones above the key's tonic, the same rhythm), moved by whole octaves where that keeps it in the
 * part's written range.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';
import { writeAbc } from './abcWriter';
import { octaveIntoWrittenRange, transposeSolo } from '../theory/transpose';
import { barTicks } from '../../shared/meter';
import { type Solo } from '../types';
import { PARTS, type Part } from '../../shared/parts';

export type LickProgressionName = 'ii-V-I' | 'minor-ii-V-i' | 'turnaround';
export const LICK_PROGRESSION_NAMES: readonly LickProgressionName[] = ['ii-V-I', 'minor-ii-V-i', 'turnaround'];
export type LickKeyOrder = 'all' | 'cycle-of-fourths';
export const LICK_KEY_ORDERS: readonly LickKeyOrder[] = ['all', 'cycle-of-fourths'];
export const LICK_BARS = { min: 1, max: 4 } as const;

/** Each progression in C (or C minor), by its length in bars. */
const PROGRESSIONS: Record<LickProgressionName, { key: string; bars: Record<number, string> }> = {
  'ii-V-I': {
    key: 'C',
    bars: { 1: '| Dm7 G7 |', 2: '| Dm7 G7 | Cmaj7 |', 3: '| Dm7 | G7 | Cmaj7 |', 4: '| Dm7 | G7 | Cmaj7 | Cmaj7 |' },
  },
  'minor-ii-V-i': {
    key: 'Cm',
    bars: {
      1: '| Dm7b5 G7b9 |',
      2: '| Dm7b5 G7b9 | Cm6 |',
      3: '| Dm7b5 | G7b9 | Cm6 |',
      4: '| Dm7b5 | G7b9 | Cm6 | Cm6 |',
    },
  },
  turnaround: {
    key: 'C',
    bars: {
      1: '| Cmaj7 A7 Dm7 G7 |',
      2: '| Cmaj7 A7 | Dm7 G7 |',
      3: '| Cmaj7 A7 | Dm7 G7 | Cmaj7 |',
      4: '| Cmaj7 | A7 | Dm7 | G7 |',
    },
  },
};

export function isLickProgressionName(text: string): text is LickProgressionName {
  return (LICK_PROGRESSION_NAMES as readonly string[]).includes(text);
}

/** The chords of a lick in C (concert) and its key, for `bars` bars. */
export function lickProgression(name: LickProgressionName, bars: number): { chords: string; key: string } {
  if (!Number.isInteger(bars) || bars < LICK_BARS.min || bars > LICK_BARS.max) {
    throw new UserFacingError(`--bars: a lick has ${LICK_BARS.min} to ${LICK_BARS.max} bars (got ${bars})`);
  }
  const progression = PROGRESSIONS[name];
  return { chords: progression.bars[bars], key: progression.key };
}

/** Semitones above C of each key, in the order practised: chromatic, or round the cycle of fourths. */
export function lickKeyOffsets(order: LickKeyOrder): number[] {
  return Array.from({ length: 12 }, (_, i) => (order === 'all' ? i : (i * 5) % 12));
}

/** The first `bars` bars of a solo: notes cut at the last bar line, chords that start before it. */
export function firstBars(solo: Solo, bars: number): Solo {
  const endTick = bars * barTicks(solo.meter);
  return {
    ...solo,
    bars,
    notes: solo.notes
      .filter((note) => note.startTick < endTick)
      .map((note) => ({ ...note, durationTicks: Math.min(note.durationTicks, endTick - note.startTick) })),
    chords: solo.chords.filter((timed) => timed.start * TICKS_PER_QUARTER < endTick),
  };
}

export interface LickInKey {
  /** Semitones the concert lick moved from C (octaves included). */
  shift: number;
  /** The concert key's name ("Eb"), and the written one ("F" for a B♭ part). */
  concertKey: string;
  writtenKey: string;
  /** 1-based first bar of this key on the sheet. */
  firstBar: number;
}

export interface LickSheet {
  abc: string;
  keys: LickInKey[];
}

export interface LickSheetOptions {
  order?: LickKeyOrder;
  part?: Part;
  title?: string;
  /** What the sheet practises, for its subtitle ("ii-V-I"). */
  progressionName?: string;
}

/** The lick (concert, in C) written through the twelve keys as one ABC tune, a line per key. */
export function writeLickSheet(lick: Solo, options: LickSheetOptions = {}): LickSheet {
  const part = options.part ?? PARTS.concert;
  const order = options.order ?? 'cycle-of-fourths';
  const pitches = lick.notes.flatMap((note) => (note.pitch === null ? [] : [note.pitch]));
  const keys: LickInKey[] = [];
  const lines: string[] = [];
  let header: string[] = [];
  lickKeyOffsets(order).forEach((offset, index) => {
    // Keys above F# start below C, so the line moves the short way round before the range decides.
    const toward = offset > 6 ? offset - 12 : offset;
    const shift = toward + octaveIntoWrittenRange(pitches, part, toward);
    const inKey = transposeSolo(lick, shift);
    const text = writeAbc({ ...inKey, title: options.title ?? lick.title }, { part, barsPerLine: lick.bars });
    const all = text.trimEnd().split('\n');
    const keyLine = all.findIndex((line) => line.startsWith('K:'));
    if (index === 0) header = all.slice(0, keyLine);
    const body = all.slice(keyLine + 1).join(' ');
    const last = index === 11;
    lines.push(all[keyLine], last ? body : body.replace(/\|\]$/, '||'));
    keys.push({
      shift,
      concertKey: inKey.key.name,
      writtenKey: all[keyLine].slice(2).replace(/ clef=.*$/, ''),
      firstBar: index * lick.bars + 1,
    });
  });
  const subtitle = `T:${options.progressionName ?? 'lick'} in 12 keys (${order === 'all' ? 'chromatic' : 'cycle of fourths'})`;
  let afterTitles = 0;
  header.forEach((line, i) => {
    if (line.startsWith('T:')) afterTitles = i + 1;
  });
  header.splice(afterTitles, 0, subtitle);
  return { abc: [...header, ...lines].join('\n') + '\n', keys };
}
