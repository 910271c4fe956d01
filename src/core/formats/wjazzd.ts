/**
 * Reads the Weimar Jazz Database's note tables (the MeloSpy CSV export, one file per solo) into a Tune.
 *
 * The written rhythm comes from the metrical grid (bar, beat, tatum of `division` per beat), never from the
 * seconds: a transcription's seconds carry the player's swing and articulation, its grid carries what a
 * reader would write. A note lasts until the next onset (legato, as a lead sheet writes a line); its played
 * length only shortens it where it leaves a real silence: a beat or more inside a phrase, any writable
 * breath between two phrases. Positions on the sixteenth, eighth-triplet and sixteenth-triplet grids are
 * kept; quintuplets, septuplets and finer runs are snapped to the nearest sixteenth or eighth triplet.
 */
import { guessKey } from '../theory/keyFinding';
import { inferChords } from '../theory/inferChords';
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';
import { basename } from 'node:path';
import { parseChordSymbol } from '../theory/chords';
import { validateMeter } from '../theory/progression';
import { clampToRange, LIMITS } from '../../shared/limits';
import { barTicks as ticksInBar, type Meter } from '../../shared/meter';
import { CorpusWarning, MelodyNote, TimedChord, Tune } from '../types';
import { snapToQuarterGrid } from './midiReader';
import { mapWjazzdChord } from './wjazzdChords';

/** The columns the reader needs; the export has more (loudness, form, idea), which it ignores. */
export const MELOSPY_REQUIRED_COLUMNS = [
  'onset',
  'duration',
  'period',
  'division',
  'bar',
  'beat',
  'tatum',
  'beat_duration',
  'signature',
  'pitch',
  'phrase_id',
  'chord',
] as const;

type Column = (typeof MELOSPY_REQUIRED_COLUMNS)[number];

/** What one file gave, for `inspect` and the corpus summary. */
export interface MelospyStats {
  /** Rows (notes) of the table. */
  rows: number;
  /** Notes read into the tune (0 when the solo was skipped). */
  notes: number;
  /** The solo's meter as written ("4/4"), also for a skipped solo when it has one. */
  meter?: string;
  /** Why the solo was left out, when it was. */
  skipped?: string;
  /** Notes off the sixteenth / eighth-triplet grid moved onto it. */
  snappedNotes: number;
  /** Notes that landed on the onset of a neighbour (grace notes, fast runs) and were merged into it. */
  mergedNotes: number;
  /** Notes under `NC`: the chord before holds. */
  noChordNotes: number;
  /** Database chord symbols with no mapping, and how many notes they were on. */
  unmappedChords: Map<string, number>;
}

/** Rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = (): void => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** The required columns the first line of `text` lacks (none: it is a MeloSpy note table). */
export function missingMelospyColumns(text: string): string[] {
  const header = parseCsv(text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length))[0] ?? [];
  const names = new Set(header.map((name) => name.trim()));
  return MELOSPY_REQUIRED_COLUMNS.filter((column) => !names.has(column));
}

interface GridNote {
  line: number;
  pitch: number;
  tick: number;
  /** The start of the beat the note is in, where a chord that changes at this note most likely changed. */
  beatTick: number;
  /** How far snapping moved the onset, in ticks (0 on the grid). */
  shift: number;
  /** Played length in ticks, from the seconds; undefined when the row has no beat length. */
  playedTicks?: number;
  phrase: string;
  chord: string;
}

interface Row {
  line: number;
  cell(column: Column): string;
  integer(column: Column): number;
  number(column: Column): number;
}

function rowsOf(table: string[][], file: string): Row[] {
  const header = table[0].map((name) => name.trim());
  const index = new Map(header.map((name, i) => [name, i]));
  return table.slice(1).map((cells, i) => {
    const line = i + 2;
    const cell = (column: Column): string => (cells[index.get(column)!] ?? '').trim();
    const number = (column: Column): number => {
      const value = Number(cell(column));
      if (cell(column) === '' || !Number.isFinite(value))
        throw new UserFacingError(`${file}:${line}: column "${column}" is "${cell(column)}", not a number`, file);
      return value;
    };
    const integer = (column: Column): number => {
      const value = number(column);
      if (!Number.isInteger(value))
        throw new UserFacingError(`${file}:${line}: column "${column}" is "${cell(column)}", not a whole number`, file);
      return value;
    };
    return { line, cell, integer, number };
  });
}

/** The one meter of the solo, or why it cannot be read. */
function soloMeter(rows: Row[]): { meter?: Meter; text?: string; problem?: string } {
  const written = [...new Set(rows.map((row) => row.cell('signature').replace(/"/g, '')))];
  if (written.length > 1) return { problem: `changes meter (${written.join(', ')})` };
  const text = written[0];
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return { text, problem: `has the meter "${text}", which cannot be read` };
  const meter = { numerator: Number(match[1]), denominator: Number(match[2]) };
  // The database writes 1/4 where the transcribers marked no meter (free playing): it has no bars to read.
  if (meter.numerator === 1) return { text, problem: `is in ${text}, the database's mark for free time (no meter)` };
  try {
    validateMeter(meter);
  } catch {
    return { text, problem: `has the meter ${text}, which is not supported` };
  }
  const periods = new Set(rows.map((row) => row.integer('period')));
  if (periods.size > 1 || ticksInBar(meter) % [...periods][0] !== 0)
    return { text, problem: `counts ${[...periods].join(', ')} beats in a bar of ${text}` };
  return { meter, text };
}

/** Ticks on the sixteenth (3), eighth-triplet (4) or sixteenth-triplet (2) grid are written as they are. */
function onWritableGrid(ticks: number): boolean {
  return Number.isInteger(ticks) && (ticks % 3 === 0 || ticks % 4 === 0 || ticks % 2 === 0);
}

function gridNotes(rows: Row[], meter: Meter, stats: MelospyStats, file: string): GridNote[] {
  const barLength = ticksInBar(meter);
  const beatLength = barLength / rows[0].integer('period');
  const bars = new Set(rows.map((row) => row.integer('bar')));
  // A few transcriptions number the pickup bar -1 and the first bar 1, with no bar 0 between them.
  const skipsBarZero = [...bars].some((bar) => bar < 0) && !bars.has(0);
  const notes: GridNote[] = [];
  for (const row of rows) {
    const bar = row.integer('bar');
    const division = row.integer('division');
    const tatum = row.integer('tatum');
    const pitch = row.integer('pitch');
    if (division < 1 || tatum < 1 || tatum > division || row.integer('beat') < 1)
      throw new UserFacingError(
        `${file}:${row.line}: beat ${row.cell('beat')}, tatum ${tatum} of ${division} is not a place in a bar`,
        file,
      );
    if (pitch < 0 || pitch > 127)
      throw new UserFacingError(`${file}:${row.line}: pitch ${pitch} is not a MIDI note`, file);
    const beatStart = (skipsBarZero && bar > 0 ? bar - 1 : bar) * barLength + (row.integer('beat') - 1) * beatLength;
    const exact = (beatLength * (tatum - 1)) / division;
    let offset = exact;
    if (!onWritableGrid(exact)) {
      offset = Math.round(snapToQuarterGrid(exact / TICKS_PER_QUARTER) * TICKS_PER_QUARTER);
      stats.snappedNotes++;
    }
    const beatSeconds = row.number('beat_duration');
    const seconds = row.number('duration');
    notes.push({
      line: row.line,
      pitch,
      tick: beatStart + offset,
      beatTick: beatStart,
      shift: Math.abs(offset - exact),
      playedTicks: beatSeconds > 0 && seconds >= 0 ? (seconds / beatSeconds) * beatLength : undefined,
      phrase: row.cell('phrase_id'),
      chord: row.cell('chord'),
    });
  }
  notes.sort((a, b) => a.tick - b.tick);
  // Two notes on one onset: keep the one nearer its transcribed place (the later one when both are).
  const kept: GridNote[] = [];
  for (const note of notes) {
    const previous = kept[kept.length - 1];
    if (previous && previous.tick === note.tick) {
      stats.mergedNotes++;
      if (note.shift <= previous.shift) kept[kept.length - 1] = note;
    } else kept.push(note);
  }
  return kept;
}

/** The grid a rest before `tick` is measured on: sixteenths, else eighth triplets, else sixteenth triplets. */
function gridUnitBefore(tick: number): number {
  return tick % 3 === 0 ? 3 : tick % 4 === 0 ? 4 : 2;
}

/** Where the note ends: at the next onset, or earlier where the silence is a rest a reader would write. */
function noteEnd(note: GridNote, next: GridNote | undefined, beatLength: number): number {
  const unit = next ? gridUnitBefore(next.tick) : 3;
  const played = note.playedTicks ?? (next ? next.tick - note.tick : beatLength);
  let end = Math.round((note.tick + played) / unit) * unit;
  if (end <= note.tick) end = (Math.floor(note.tick / unit) + 1) * unit;
  // A note held for bars (a fermata, the last note of a solo) is written at the longest value the grammar keeps.
  const longest = note.tick + LIMITS.durationQuarters.max * TICKS_PER_QUARTER;
  if (!next) return Math.min(end, longest);
  const silence = next.tick - end;
  const breath = next.phrase !== note.phrase;
  return Math.min(silence >= (breath ? 3 : beatLength) ? end : next.tick, longest);
}

function toQuarters(ticks: number): number {
  return ticks / TICKS_PER_QUARTER;
}

/** "ArtPepper_Anthropology_FINAL.csv" → "Anthropology (Art Pepper)". */
export function soloTitle(file: string): string {
  const stem = basename(file).replace(/(_FINAL)?\.csv$/i, '');
  const cut = stem.indexOf('_');
  if (cut < 0) return stem;
  const performer = stem.slice(0, cut).replace(/([a-z])([A-Z])/g, '$1 $2');
  const title = stem
    .slice(cut + 1)
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2');
  return `${title} (${performer})`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The melody from the first note to the end of the last bar, rests split at bar lines. */
function melody(notes: GridNote[], origin: number, barLength: number, beatLength: number, file: string): MelodyNote[] {
  const melodyNotes: MelodyNote[] = [];
  const addRest = (from: number, to: number): void => {
    for (let start = from; start < to;) {
      const end = Math.min(to, (Math.floor(start / barLength) + 1) * barLength);
      melodyNotes.push({ pitch: null, start: toQuarters(start - origin), duration: toQuarters(end - start) });
      start = end;
    }
  };
  notes.forEach((note, i) => {
    const next = notes[i + 1];
    const end = noteEnd(note, next, beatLength);
    melodyNotes.push({
      pitch: note.pitch,
      start: toQuarters(note.tick - origin),
      duration: toQuarters(end - note.tick),
      source: { file, line: note.line },
    });
    addRest(end, next ? next.tick : Math.ceil(end / barLength) * barLength);
  });
  return melodyNotes;
}

/** Chord changes at the notes whose chord differs from the one before; NC and unknown symbols hold it. */
function chordChanges(notes: GridNote[], origin: number, file: string, stats: MelospyStats): TimedChord[] {
  const chords: TimedChord[] = [];
  const mapped = new Map<string, ReturnType<typeof mapWjazzdChord>>();
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i];
    if (!mapped.has(note.chord)) mapped.set(note.chord, mapWjazzdChord(note.chord));
    const chord = mapped.get(note.chord)!;
    if (chord.kind === 'noChord') stats.noChordNotes++;
    if (chord.kind === 'unmapped')
      stats.unmappedChords.set(note.chord, (stats.unmappedChords.get(note.chord) ?? 0) + 1);
    if (chord.kind !== 'chord' || chords[chords.length - 1]?.chord.symbol === chord.symbol) continue;
    const previousTick = i > 0 ? notes[i - 1].tick : -Infinity;
    chords.push({
      start: toQuarters((previousTick < note.beatTick ? note.beatTick : note.tick) - origin),
      chord: parseChordSymbol(chord.symbol)!,
      source: { file, line: note.line },
    });
  }
  // The first chord holds from the start, so the notes under a leading NC are judged against it.
  if (chords.length > 0) chords[0] = { ...chords[0], start: 0 };
  return chords;
}

function emptyStats(): MelospyStats {
  return { rows: 0, notes: 0, snappedNotes: 0, mergedNotes: 0, noChordNotes: 0, unmappedChords: new Map() };
}

/**
 * One MeloSpy note table → one tune (or none, with one warning, for a solo in a meter we do not read).
 * Throws a UserFacingError naming the file and line for a table that is not MeloSpy or holds a bad cell.
 */
export function readMelospyText(
  text: string,
  file: string,
): { tunes: Tune[]; warnings: CorpusWarning[]; stats: MelospyStats } {
  const missing = missingMelospyColumns(text);
  if (missing.length > 0)
    throw new UserFacingError(
      `${file} is not a MeloSpy note table (a Weimar Jazz Database CSV): its header has no ${missing.join(', ')}`,
      file,
    );
  const stats = emptyStats();
  const warnings: CorpusWarning[] = [];
  const rows = rowsOf(parseCsv(text), file);
  stats.rows = rows.length;
  if (rows.length === 0) {
    stats.skipped = 'has no notes';
    return { tunes: [], warnings: [{ file, line: 1, message: 'the note table has no notes; skipped' }], stats };
  }
  const { meter, text: meterText, problem } = soloMeter(rows);
  stats.meter = meterText;
  if (!meter) {
    stats.skipped = problem;
    return { tunes: [], warnings: [{ file, line: 2, message: `the solo ${problem}; skipped` }], stats };
  }
  const notes = gridNotes(rows, meter, stats, file);
  const barLength = ticksInBar(meter);
  const beatLength = barLength / rows[0].integer('period');
  const origin = notes[0].tick;
  const barStarts: number[] = [0];
  const lastTick = notes[notes.length - 1].tick;
  for (let bar = (Math.floor(origin / barLength) + 1) * barLength; bar <= lastTick; bar += barLength)
    barStarts.push(toQuarters(bar - origin));
  const melodyNotes = melody(notes, origin, barLength, beatLength, file);
  const tune: Tune = {
    file,
    id: 'solo',
    title: soloTitle(file),
    line: 1,
    meter,
    key: guessKey(melodyNotes.flatMap((n) => (n.pitch === null ? [] : [{ pitch: n.pitch, duration: n.duration }]))),
    notes: melodyNotes,
    chords: chordChanges(notes, origin, file, stats),
    chordsInferred: false,
    barStarts,
  };
  const beatSeconds = median(rows.map((row) => row.number('beat_duration')).filter((s) => s > 0));
  const tempo = beatSeconds
    ? clampToRange(LIMITS.tempo, (60 / beatSeconds) * (beatLength / TICKS_PER_QUARTER))
    : undefined;
  if (tempo !== undefined) tune.tempo = tempo;
  if (tune.chords.length === 0) {
    tune.chords = inferChords(tune);
    tune.chordsInferred = true;
    warnings.push({ file, line: 2, message: 'no chord symbols (all NC or unknown); chords inferred from the melody' });
  }
  stats.notes = notes.length;
  return { tunes: [tune], warnings, stats };
}
