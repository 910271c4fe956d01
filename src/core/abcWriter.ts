/**
 * Writes a realised Solo as ABC 2.1 text (L:1/8, one line per `barsPerLine` bars).
 *
 * Notation choices:
 * - Pieces of one generated value are tied with '-'; notes are cut at bar lines, at chord changes (so each
 *   chord symbol sits at its own time), at beat cells holding triplets, and where a single note value cannot
 *   show the length (a note starting off the beat is cut at the next beat; five sixteenths are 4 + 1 ...).
 * - A beat cell on the triplet grid becomes "(3abc", or "(3:2:2a2b" / "(3:2:2ab2" for two notes.
 * - Notes of one beat cell are written together (beamed), cells are separated by a space.
 * - Pitches are spelled in the key: diatonic letters first, chord tones after the chord's root, then naturals,
 *   then sharps or flats as the key leans. An accidental is written whenever the sounding pitch differs from
 *   what the key and earlier accidentals in the bar give — under either reading of ABC's accidental scope
 *   (same octave only, as abcjs plays it, or every octave, as ABC 2.1's default says), so both agree.
 */
import { keyPrefersFlats, mod12 } from './chords';
import { ABC_MODE_SUFFIX } from './progression';
import { BeatGrid, SIXTEENTH_TICKS, TRIPLET_EIGHTH_TICKS, barTicks, beatGrid } from './realiser';
import { Chord, KeySignature, RealisedNote, Solo, TICKS_PER_QUARTER, UserFacingError } from './types';

export interface AbcWriteOptions {
  barsPerLine?: number;
  referenceNumber?: number;
}

/** L:1/8 — an eighth note is the unit length. */
const UNIT_TICKS = TICKS_PER_QUARTER / 2;
/** Lengths one note (possibly dotted) can show on the sixteenth grid, longest first. */
const SINGLE_NOTE_TICKS = [72, 48, 36, 24, 18, 12, 9, 6, 3];

const LETTERS = ['C', 'D', 'E', 'F', 'G', 'A', 'B'] as const;
const LETTER_PCS = [0, 2, 4, 5, 7, 9, 11];
/** Circle-of-fifths position of each natural letter (C = 0, G = 1, F = -1). */
const LETTER_FIFTHS = [0, 2, 4, -1, 1, 3, 5];
/** Key signature of each mode relative to the major key on the same tonic, in fifths. */
const MODE_FIFTHS: Record<KeySignature['mode'], number> = {
  lydian: 1, major: 0, mixolydian: -1, dorian: -2, minor: -3, phrygian: -4, locrian: -5,
};
const SHARP_ORDER = [3, 0, 4, 1, 5, 2, 6]; // F C G D A E B as letter indexes
const FLAT_ORDER = [6, 2, 5, 1, 4, 0, 3]; // B E A D G C F

interface Spelling {
  letter: number;
  alter: number;
}

function readNoteName(text: string): Spelling | undefined {
  const match = /^([A-G])([#b♯♭]?)/.exec(text);
  if (!match) return undefined;
  const alter = match[2] === '#' || match[2] === '♯' ? 1 : match[2] === '' ? 0 : -1;
  return { letter: LETTERS.indexOf(match[1] as (typeof LETTERS)[number]), alter };
}

/** The tonic as written in K:, and the key signature in fifths (positive sharps, negative flats). */
export function abcKey(key: KeySignature): { text: string; fifths: number } {
  const signatureOf = (s: Spelling) => LETTER_FIFTHS[s.letter] + 7 * s.alter + MODE_FIFTHS[key.mode];
  const named = readNoteName(key.name);
  let tonic: Spelling;
  if (named && mod12(LETTER_PCS[named.letter] + named.alter) === mod12(key.tonic) && Math.abs(signatureOf(named)) <= 7) {
    tonic = named;
  } else {
    // The name does not spell the tonic (or needs more than seven accidentals): take the simplest spelling.
    const options: Spelling[] = [];
    for (let letter = 0; letter < 7; letter++) {
      for (const alter of [0, -1, 1]) if (mod12(LETTER_PCS[letter] + alter) === mod12(key.tonic)) options.push({ letter, alter });
    }
    options.sort((a, b) => Math.abs(signatureOf(a)) - Math.abs(signatureOf(b)));
    tonic = options[0];
  }
  const accidental = tonic.alter > 0 ? '#' : tonic.alter < 0 ? 'b' : '';
  return { text: `${LETTERS[tonic.letter]}${accidental}${ABC_MODE_SUFFIX[key.mode]}`, fifths: signatureOf(tonic) };
}

function keyAlterations(fifths: number): number[] {
  const alters = new Array<number>(7).fill(0);
  const order = fifths >= 0 ? SHARP_ORDER : FLAT_ORDER;
  for (let i = 0; i < Math.min(7, Math.abs(fifths)); i++) alters[order[i]] = fifths >= 0 ? 1 : -1;
  return alters;
}

/** Letter steps above the root for each chord-tone interval (a major third is two letters up, ...). */
function letterStepsForInterval(semitones: number, chord: Chord): number | undefined {
  const diminished = chord.quality === 'dim' || chord.quality === 'dim7' || chord.quality === 'halfDim7';
  const augmented = chord.quality === 'aug' || chord.quality === 'aug7' || chord.quality === 'augMaj7';
  const steps = [0, 1, 1, 2, 2, 3, diminished ? 4 : 3, 4, augmented ? 4 : 5, 5, 6, 6];
  return steps[semitones];
}

/** How a sounding pitch is written: letter, alteration and octave (4 is the octave of middle C). */
function spellPitch(pitch: number, keyAlters: number[], prefersFlats: boolean, chord: Chord | undefined): Spelling & { octave: number } {
  const pitchClass = mod12(pitch);
  const options: Spelling[] = [];
  for (let letter = 0; letter < 7; letter++) {
    const alter = mod12(pitchClass - LETTER_PCS[letter] + 6) - 6;
    if (Math.abs(alter) <= 1) options.push({ letter, alter });
  }
  const choose = (): Spelling => {
    const diatonic = options.find((o) => o.alter === keyAlters[o.letter]);
    if (diatonic) return diatonic;
    const root = chord ? readNoteName(chord.symbol) : undefined;
    if (chord && root && chord.pitchClasses.some((tone) => mod12(tone) === pitchClass)) {
      const steps = letterStepsForInterval(mod12(pitchClass - chord.root), chord);
      const byChord = steps === undefined ? undefined : options.find((o) => o.letter === (root.letter + steps) % 7);
      if (byChord) return byChord;
    }
    // Other chromatic notes: naturals, then the chord root's accidental (Eb over Bb7), then the key's.
    const flats = root && root.alter !== 0 ? root.alter < 0 : prefersFlats;
    return options.find((o) => o.alter === 0) ?? options.find((o) => o.alter === (flats ? -1 : 1)) ?? options[0];
  };
  const spelling = choose();
  const octave = Math.floor((pitch - spelling.alter - LETTER_PCS[spelling.letter]) / 12) - 1;
  return { ...spelling, octave };
}

/** Tracks the accidentals in force inside one bar, under both scopes ABC readers use. */
class BarAccidentals {
  private byOctave = new Map<string, number>();
  private byLetter = new Map<number, number>();
  constructor(private readonly keyAlters: number[]) {}

  reset(): void {
    this.byOctave.clear();
    this.byLetter.clear();
  }

  /** The accidental sign to write before the note ('' when both readings already give its pitch). */
  signFor(spelling: Spelling & { octave: number }): string {
    const key = `${spelling.letter}:${spelling.octave}`;
    const fallback = this.keyAlters[spelling.letter];
    const octaveReading = this.byOctave.get(key) ?? fallback;
    const letterReading = this.byLetter.get(spelling.letter) ?? fallback;
    if (octaveReading === spelling.alter && letterReading === spelling.alter) return '';
    this.byOctave.set(key, spelling.alter);
    this.byLetter.set(spelling.letter, spelling.alter);
    return spelling.alter > 0 ? '^' : spelling.alter < 0 ? '_' : '=';
  }

  /**
   * After a tied continuation written with an accidental nobody can tell what is in force: abcjs lets the tie
   * carry the pitch and does not count the continuation's accidental for later notes of the bar. The next
   * note of that letter therefore always writes its accidental.
   */
  forget(spelling: Spelling & { octave: number }): void {
    this.byOctave.set(`${spelling.letter}:${spelling.octave}`, Number.NaN);
    this.byLetter.set(spelling.letter, Number.NaN);
  }
}

function noteLetters(spelling: Spelling & { octave: number }): string {
  const letter = LETTERS[spelling.letter];
  if (spelling.octave >= 5) return letter.toLowerCase() + "'".repeat(spelling.octave - 5);
  return letter + ','.repeat(Math.max(0, 4 - spelling.octave));
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** ABC length suffix for a written length in ticks, with L:1/8. */
function lengthSuffix(ticks: number): string {
  const divisor = greatestCommonDivisor(ticks, UNIT_TICKS);
  const numerator = ticks / divisor;
  const denominator = UNIT_TICKS / divisor;
  if (denominator === 1) return numerator === 1 ? '' : String(numerator);
  return numerator === 1 && denominator === 2 ? '/' : `${numerator}/${denominator}`;
}

/** A piece of a note or rest as it will be written. */
interface Piece {
  pitch: number | null;
  start: number;
  end: number;
  /** Tied to the following piece. */
  tieToNext: boolean;
  chordSymbol?: string;
}

function chordSymbolText(symbol: string): string {
  // Quotes would end the annotation; ^ _ < > @ at the start would make it a text annotation instead of a chord.
  return symbol.replace(/"/g, '').replace(/^[\^_<>@]+/, '');
}

/** Whole notes in time order covering every bar: gaps become rests, overlaps are refused. */
function coverBars(solo: Solo, totalTicks: number): RealisedNote[] {
  const sorted = [...solo.notes].sort((a, b) => a.startTick - b.startTick);
  const covered: RealisedNote[] = [];
  let position = 0;
  for (const note of sorted) {
    if (!Number.isInteger(note.startTick) || !Number.isInteger(note.durationTicks) || note.durationTicks <= 0) {
      throw new UserFacingError(`solo note at tick ${note.startTick} has an invalid length ${note.durationTicks}`);
    }
    if (note.startTick < position) throw new UserFacingError(`solo notes overlap at tick ${note.startTick}`);
    if (note.startTick > position) covered.push({ pitch: null, startTick: position, durationTicks: note.startTick - position, valueIndex: -1 });
    covered.push(note);
    position = note.startTick + note.durationTicks;
  }
  if (position > totalTicks) throw new UserFacingError(`solo notes run past its last bar (tick ${position} > ${totalTicks})`);
  if (position < totalTicks) covered.push({ pitch: null, startTick: position, durationTicks: totalTicks - position, valueIndex: -1 });
  return covered;
}

/** Grid step of each beat cell: 4 where the notes need the triplet grid, otherwise 3. */
function cellSteps(boundaries: number[], grid: BeatGrid, totalTicks: number): number[] {
  const steps = new Array<number>(Math.ceil(totalTicks / grid.cellTicks)).fill(SIXTEENTH_TICKS);
  for (const tick of boundaries) {
    const cell = Math.floor(tick / grid.cellTicks);
    const offset = tick - cell * grid.cellTicks;
    if (offset === 0) continue;
    const onSixteenths = offset % SIXTEENTH_TICKS === 0;
    const onTriplets = grid.steps.includes(TRIPLET_EIGHTH_TICKS) && offset % TRIPLET_EIGHTH_TICKS === 0;
    if (!onSixteenths && !onTriplets) {
      throw new UserFacingError(`solo rhythm is off the sixteenth / triplet grid at tick ${tick} (realise it with realiseSolo)`);
    }
    if (!onSixteenths) steps[cell] = TRIPLET_EIGHTH_TICKS;
  }
  boundaries.forEach((tick) => {
    const cell = Math.floor(tick / grid.cellTicks);
    const offset = tick - cell * grid.cellTicks;
    if (offset !== 0 && offset % steps[cell] !== 0) {
      throw new UserFacingError(`solo rhythm mixes sixteenths and triplets inside one beat at tick ${tick}`);
    }
  });
  return steps;
}

/** Cuts notes into pieces that single ABC notes (or triplet members) can show. */
function cutIntoPieces(notes: RealisedNote[], solo: Solo, grid: BeatGrid, ticksPerBar: number, totalTicks: number): Piece[] {
  const boundaries = notes.flatMap((n) => [n.startTick, n.startTick + n.durationTicks]);
  const steps = cellSteps(boundaries, grid, totalTicks);
  const cellOf = (tick: number) => Math.floor(tick / grid.cellTicks);
  const isTripletCell = (tick: number) => steps[cellOf(tick)] === TRIPLET_EIGHTH_TICKS;

  // Chord changes cut notes where the cell's grid allows it; elsewhere the symbol goes on the note sounding then.
  const chordCuts = new Map<number, string>();
  for (const timed of solo.chords) {
    const tick = Math.round(timed.start * TICKS_PER_QUARTER);
    if (tick < 0 || tick >= totalTicks) continue;
    chordCuts.set(tick, chordSymbolText(timed.chord.symbol));
  }
  const cutTicks = [...chordCuts.keys()].filter((tick) => (tick % grid.cellTicks) % steps[cellOf(tick)] === 0);

  const pieces: Piece[] = [];
  notes.forEach((note, noteIndex) => {
    const end = note.startTick + note.durationTicks;
    const next = notes[noteIndex + 1];
    const tiedToNext =
      note.pitch !== null && next !== undefined && next.pitch === note.pitch && next.valueIndex === note.valueIndex &&
      note.valueIndex >= 0 && next.startTick === end;
    const cuts = new Set<number>();
    for (let bar = (Math.floor(note.startTick / ticksPerBar) + 1) * ticksPerBar; bar < end; bar += ticksPerBar) cuts.add(bar);
    for (const tick of cutTicks) if (tick > note.startTick && tick < end) cuts.add(tick);
    for (let cell = (cellOf(note.startTick) + 1) * grid.cellTicks; cell < end; cell += grid.cellTicks) {
      // Triplet cells stand alone; a note starting off the beat stops at the next beat.
      if (isTripletCell(cell) || isTripletCell(cell - 1) || (cell === (cellOf(note.startTick) + 1) * grid.cellTicks && note.startTick % grid.cellTicks !== 0)) {
        cuts.add(cell);
      }
    }
    const edges = [note.startTick, ...[...cuts].sort((a, b) => a - b), end];
    for (let i = 0; i + 1 < edges.length; i++) {
      for (const [start, stop] of singleNoteLengths(edges[i], edges[i + 1], grid, isTripletCell(edges[i]))) {
        pieces.push({ pitch: note.pitch, start, end: stop, tieToNext: note.pitch !== null });
      }
    }
    pieces[pieces.length - 1].tieToNext = tiedToNext;
  });

  for (const [tick, symbol] of chordCuts) {
    const piece = pieces.find((p) => p.start <= tick && tick < p.end);
    if (piece) piece.chordSymbol = symbol;
  }
  return pieces;
}

/** Splits [start, end) into lengths one note can show: whole beats first, then dotted and plain values. */
function singleNoteLengths(start: number, end: number, grid: BeatGrid, triplet: boolean): Array<[number, number]> {
  if (triplet) return [[start, end]];
  const parts: Array<[number, number]> = [];
  let position = start;
  while (position < end) {
    const remaining = end - position;
    const onBeat = position % grid.cellTicks === 0;
    const length =
      (onBeat && SINGLE_NOTE_TICKS.find((t) => t <= remaining && t % grid.cellTicks === 0)) ||
      SINGLE_NOTE_TICKS.find((t) => t <= remaining) ||
      remaining;
    parts.push([position, position + length]);
    position += length;
  }
  return parts;
}

/** Writes the solo as one ABC tune. */
export function writeAbc(solo: Solo, options: AbcWriteOptions = {}): string {
  const barsPerLine = Math.max(1, Math.floor(options.barsPerLine ?? 4));
  const grid = beatGrid(solo.meter);
  const ticksPerBar = barTicks(solo.meter);
  const bars = Math.max(1, solo.bars);
  const totalTicks = bars * ticksPerBar;
  const key = abcKey(solo.key);
  const keyAlters = keyAlterations(key.fifths);
  const prefersFlats = key.fifths < 0 || (key.fifths === 0 && keyPrefersFlats(solo.key));
  const pieces = cutIntoPieces(coverBars(solo, totalTicks), solo, grid, ticksPerBar, totalTicks);

  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
  const header = [`X:${options.referenceNumber ?? 1}`, `T:${oneLine(solo.title) || 'Jazz solo'}`];
  if (solo.subtitle) header.push(`T:${oneLine(solo.subtitle)}`);
  header.push('% improvised by jazz-solo-lstm (an LSTM over the deepjazz grammar)');
  header.push(`M:${solo.meter.numerator}/${solo.meter.denominator}`, 'L:1/8', `Q:1/4=${Math.round(solo.tempo)}`);
  if (solo.swing !== undefined && Math.abs(solo.swing - 0.5) > 1e-6) {
    header.push(`% swing ${solo.swing.toFixed(2)}: play the eighth notes swung (they are written straight)`);
  }
  header.push(`K:${key.text}`);

  const accidentals = new BarAccidentals(keyAlters);
  const chordAtTick = (tick: number): Chord | undefined => {
    let found: Chord | undefined;
    for (const timed of solo.chords) if (Math.round(timed.start * TICKS_PER_QUARTER) <= tick) found = timed.chord;
    return found ?? solo.chords[0]?.chord;
  };

  const lines: string[] = [];
  let line = '';
  let tupletLeft = 0;
  let tiedSpelling: ReturnType<typeof spellPitch> | undefined;
  pieces.forEach((piece, index) => {
    const bar = Math.floor(piece.start / ticksPerBar);
    const cellStart = piece.start % grid.cellTicks === 0;
    if (piece.start % ticksPerBar === 0) accidentals.reset();
    else if (cellStart && tupletLeft === 0) line += ' ';

    let text = '';
    if (tupletLeft === 0 && piece.end - piece.start < grid.cellTicks && grid.steps.includes(TRIPLET_EIGHTH_TICKS)) {
      const cellEnd = (Math.floor(piece.start / grid.cellTicks) + 1) * grid.cellTicks;
      const members = pieces.slice(index).filter((p) => p.start < cellEnd);
      if (members.some((p) => p.start % SIXTEENTH_TICKS !== 0 || p.end % SIXTEENTH_TICKS !== 0)) {
        text += members.length === 3 ? '(3' : `(3:2:${members.length}`;
        tupletLeft = members.length;
      }
    }
    if (piece.chordSymbol) text += `"${piece.chordSymbol}"`;
    // Triplet members are written at 3/2 of their sounding length.
    const writtenTicks = tupletLeft > 0 ? ((piece.end - piece.start) * 3) / 2 : piece.end - piece.start;
    if (piece.pitch === null) text += 'z';
    else {
      // A tied continuation keeps the letter of the note it continues, or readers would not join them.
      const spelling = tiedSpelling ?? spellPitch(piece.pitch, keyAlters, prefersFlats, chordAtTick(piece.start));
      const sign = accidentals.signFor(spelling);
      text += sign + noteLetters(spelling);
      if (tiedSpelling && sign) accidentals.forget(spelling);
      tiedSpelling = piece.tieToNext ? spelling : undefined;
    }
    text += lengthSuffix(writtenTicks);
    if (piece.tieToNext) text += '-';
    if (tupletLeft > 0) tupletLeft--;
    line += text;

    if (piece.end % ticksPerBar === 0) {
      const lastBar = bar === bars - 1;
      line += lastBar ? '|]' : '|';
      if (lastBar || (bar + 1) % barsPerLine === 0) {
        lines.push(line.trim());
        line = '';
      }
    }
  });
  return [...header, ...lines].join('\n') + '\n';
}
