/**
 * Writes a realised Solo as ABC 2.1 text (L:1/8, one line per `barsPerLine` bars).
 *
 * Notation choices:
 * - Rhythm as an engraver writes it (notation.ts decides the symbols): rests merged and grouped by beat and
 *   half bar, ties only where a beat must be shown, at bar lines and where a chord symbol starts, triplet
 *   groups "(3abc" / "(3:2:2a2b", beams by beat (a space between beats).
 * - Pitches are spelled in the key: diatonic letters first, chord tones after the chord's root, then naturals,
 *   then sharps or flats as the key leans. An accidental is written whenever the sounding pitch differs from
 *   what the key and earlier accidentals in the bar give — under either reading of ABC's accidental scope
 *   (same octave only, as abcjs plays it, or every octave, as ABC 2.1's default says), so both agree.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { keyPrefersFlats } from '../theory/chords';
import { layoutSolo, meterLayout } from './notation';
import { LETTERS, Spelling, abcKey, keyAlterations, melodicNeighbours, spellPitch } from '../theory/spelling';
import { Chord, Solo } from '../types';
import { DEFAULTS } from '../../shared/defaults';
import type { Part } from '../../shared/parts';
import { transposeSolo } from '../theory/transpose';

export { abcKey };

export interface AbcWriteOptions {
  barsPerLine?: number;
  referenceNumber?: number;
  /**
   * The part to write (default concert pitch): notes, key signature and chord symbols `part.interval` above
   * concert, in the part's clef; `%%MIDI transpose` keeps what plays at concert pitch.
   */
  part?: Part;
}

/** L:1/8 — an eighth note is the unit length. */
const UNIT_TICKS = TICKS_PER_QUARTER / 2;

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
    return spelling.alter > 0 ? '^'.repeat(spelling.alter) : spelling.alter < 0 ? '_'.repeat(-spelling.alter) : '=';
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

function chordSymbolText(symbol: string): string {
  // Quotes would end the annotation; ^ _ < > @ at the start would make it a text annotation instead of a chord.
  return symbol.replace(/"/g, '').replace(/^[\^_<>@]+/, '');
}

/** Writes the solo as one ABC tune. */
export function writeAbc(concertSolo: Solo, options: AbcWriteOptions = {}): string {
  const part = options.part;
  const solo = part ? transposeSolo(concertSolo, part.interval) : concertSolo;
  const barsPerLine = Math.max(1, Math.floor(options.barsPerLine ?? 4));
  const ticksPerBar = meterLayout(solo.meter).barTicks;
  const bars = Math.max(1, solo.bars);
  const key = abcKey(solo.key);
  const keyAlters = keyAlterations(key.fifths);
  const prefersFlats = key.fifths < 0 || (key.fifths === 0 && keyPrefersFlats(solo.key));
  const pieces = layoutSolo(solo, chordSymbolText);

  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
  const header = [`X:${options.referenceNumber ?? 1}`, `T:${oneLine(solo.title) || DEFAULTS.title}`];
  if (solo.subtitle) header.push(`T:${oneLine(solo.subtitle)}`);
  header.push('% improvised by jazz-solo-lstm (an LSTM over the deepjazz grammar)');
  header.push(`M:${solo.meter.numerator}/${solo.meter.denominator}`, 'L:1/8', `Q:1/4=${Math.round(solo.tempo)}`);
  if (solo.swing !== undefined && Math.abs(solo.swing - 0.5) > 1e-6) {
    header.push(`% swing ${solo.swing.toFixed(2)}: play the eighth notes swung (they are written straight)`);
  }
  if (part && (part.interval !== 0 || part.clef !== 'treble')) {
    header.push(
      `% part: ${part.label}, written ${part.interval} semitones above concert pitch; it sounds at concert pitch`,
    );
    if (part.interval !== 0) header.push(`%%MIDI transpose ${-part.interval}`);
  }
  header.push(`K:${key.text}${part?.clef === 'bass' ? ' clef=bass' : ''}`);

  const accidentals = new BarAccidentals(keyAlters);
  // The pieces come in time order and the chords too: the chord at a piece is found walking forward, not from the start.
  const chordStarts = solo.chords.map((timed) => Math.round(timed.start * TICKS_PER_QUARTER));
  let chordIndex = -1;
  const chordAtTick = (tick: number): Chord | undefined => {
    while (chordIndex + 1 < chordStarts.length && chordStarts[chordIndex + 1] <= tick) chordIndex++;
    return (chordIndex >= 0 ? solo.chords[chordIndex].chord : undefined) ?? solo.chords[0]?.chord;
  };

  const lines: string[] = [];
  let line = '';
  let tiedSpelling: ReturnType<typeof spellPitch> | undefined;
  // Chromatic notes are spelt by where the line goes: sharps rising, flats falling.
  const piecePitches = pieces.map((piece) => piece.pitch);
  pieces.forEach((piece, pieceIndex) => {
    const bar = Math.floor(piece.start / ticksPerBar);
    if (piece.start % ticksPerBar === 0) accidentals.reset();
    // A space between beats breaks the beams: notes are beamed beat by beat.
    else if (piece.beatStart) line += ' ';

    let text = '';
    if (piece.tupletMembers !== undefined) text += piece.tupletMembers === 3 ? '(3' : `(3:2:${piece.tupletMembers}`;
    if (piece.chordSymbol) text += `"${piece.chordSymbol}"`;
    // Triplet members are written at 3/2 of their sounding length.
    const writtenTicks = piece.inTuplet ? ((piece.end - piece.start) * 3) / 2 : piece.end - piece.start;
    if (piece.pitch === null) text += 'z';
    else {
      // A tied continuation keeps the letter of the note it continues, or readers would not join them.
      const motion = melodicNeighbours(piecePitches, pieceIndex);
      const spelling =
        tiedSpelling ?? spellPitch(piece.pitch, keyAlters, prefersFlats, chordAtTick(piece.start), motion);
      const sign = accidentals.signFor(spelling);
      text += sign + noteLetters(spelling);
      if (tiedSpelling && sign) accidentals.forget(spelling);
      tiedSpelling = piece.tieToNext ? spelling : undefined;
    }
    text += lengthSuffix(writtenTicks);
    if (piece.tieToNext) text += '-';
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
