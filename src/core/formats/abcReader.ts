/**
 * Reads ABC tune books into `Tune`s with abcjs' own parser, so the corpus, the preview and the editor's
 * diagnostics all agree on what a piece of ABC means.
 *
 * Everything is read from abcjs' parse tree in written order: timing as exact fractions (repeats as
 * written, grace notes ignored) and pitches spelled here with ABC 2.1's rules. abcjs' audio sequence
 * (`setUpAudio`) is not used for pitches: it follows its own playing order through parts and endings,
 * drops notes it does not play and carries keys and accidentals across them (on the Nottingham corpus it
 * had no event for about 400 written notes and a different pitch for 18 notes, each time wrongly).
 */
import type { Meter } from '../../shared/meter';
import { inferChords, parseChordSymbol } from '../theory/chords';
import type { CorpusWarning, KeySignature, MelodyNote, SourceRef, TimedChord, Tune } from '../types';
import { barQuarters } from '../types';
import { validateMeter } from '../theory/progression';
import { transposeKey, transposeTimedChords } from '../theory/transpose';

// abcjs ships no typings for its parser modules; these are the parts of their output this reader uses.
interface AbcjsPitch {
  pitch: number;
  accidental?: string;
  startTie?: object;
  endTie?: boolean;
}
interface AbcjsElement extends Partial<AbcjsKey> {
  el_type: string;
  startChar?: number;
  endChar?: number;
  duration?: number;
  pitches?: AbcjsPitch[];
  rest?: { type: string };
  chord?: { name: string; position?: string }[];
  startTriplet?: number;
  tripletMultiplier?: number;
  tripletR?: number;
  endTriplet?: boolean;
}
interface AbcjsKey {
  root: string;
  acc: string;
  mode: string;
  accidentals?: { acc: string; note: string }[];
}
interface AbcjsClef {
  type?: string;
  /** From `transpose=` on K: or V:, in semitones. */
  transpose?: number;
}
interface AbcjsMeter {
  type: string;
  value?: { num: string; den?: string }[];
}
interface AbcjsStaff {
  voices?: AbcjsElement[][];
  key?: AbcjsKey;
  meter?: AbcjsMeter;
  clef?: AbcjsClef;
}
interface AbcjsTune {
  lines: { staff?: AbcjsStaff[] }[];
  metaText: { title?: string; tempo?: { bpm?: number; duration?: number[] } };
  formatting?: { midi?: { transpose?: number[] } };
}
interface AbcjsWarningObject {
  message: string;
  startChar: number;
}
interface AbcjsParser {
  parse(abc: string, switches: object, startPos: number): void;
  getTune(): AbcjsTune;
  getWarningObjects(): AbcjsWarningObject[] | undefined;
}
interface AbcjsBookTune {
  abc: string;
  pure: string;
  startPos: number;
  id: string;
  title: string;
}

// The parser and book splitter are used directly (rather than `parseOnly`) to get warning positions as
// numbers and to isolate a tune that makes abcjs throw; abcjs is pinned, so these paths are stable.
const AbcjsParse: new () => AbcjsParser = require('abcjs/src/parse/abc_parse');
const splitAbcBook: (text: string) => {
  header: string;
  tunes: AbcjsBookTune[];
} = require('abcjs/src/parse/abc_parse_book');

/** One problem abcjs reported, with its exact position in the file (for editor diagnostics). */
export interface AbcIssue {
  file: string;
  /** Index of the tune in the file (0-based, the order of `tuneInfos`). */
  tuneIndex: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Offsets into the text as given to the reader. */
  startChar: number;
  endChar: number;
  message: string;
}

/** Where one X: tune sits in the file (as abcjs splits the book: a tune ends at the first blank line). */
export interface AbcTuneInfo {
  /** 0-based position in the file. */
  index: number;
  /** The X: number as written ("" when the file has a single tune without X:). */
  id: string;
  title: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** Offsets into the text as given; endChar is exclusive. */
  startChar: number;
  endChar: number;
}

export interface AbcReadResult {
  tunes: Tune[];
  warnings: CorpusWarning[];
  issues: AbcIssue[];
  tuneInfos: AbcTuneInfo[];
  /** Tunes left out (abcjs could not read them, or they have no notes). */
  skippedTunes: number;
  /** How each tune of `tunes` is written (same order): its symbols, tuplets and abcjs' complaints. */
  notation: WrittenNotation[];
}

/**
 * One note or rest symbol as written, for measures of the engraving itself (the `Tune` merges ties and
 * keeps no tuplets or letters). Times in quarter notes from the start of the tune.
 */
export interface WrittenSymbol {
  start: number;
  /** The time it takes, tuplet ratio applied. */
  duration: number;
  /** Its length as written, before any tuplet ratio. */
  writtenDuration: number;
  /** Sounding MIDI pitch (the top note of a chord); null for a rest. */
  pitch: number | null;
  /** Letter of the written note, 0 = C to 6 = B; undefined for a rest. */
  letter?: number;
  /** A note that only continues a tie: no new onset. */
  tiedFromPrevious: boolean;
  /** Index into `WrittenNotation.tuplets` of the group holding it. */
  tuplet?: number;
}

export interface WrittenTuplet {
  start: number;
  end: number;
  /** Symbols in the group, and how many its `(p:q:r` asked for. */
  symbols: number;
  expected: number;
}

export interface WrittenNotation {
  symbols: WrittenSymbol[];
  tuplets: WrittenTuplet[];
  /** abcjs' parse warnings for the tune. */
  issues: number;
}

/**
 * abcjs turns CRLF into LF inside each tune but counts the book-level offsets on the text it was given,
 * so positions drift on CRLF files. Parsing an LF copy and mapping offsets back keeps every line, column
 * and offset exact whatever the line endings.
 */
class TextPositions {
  readonly lfText: string;
  private readonly leadingOffset: number;
  /** LF offsets of the newlines whose preceding CR was dropped, ascending. */
  private readonly droppedCrBefore: number[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.leadingOffset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = this.leadingOffset ? text.slice(1) : text;
    if (body.includes('\r')) {
      let lf = '';
      let chunkStart = 0;
      for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) !== 13) continue;
        lf += body.slice(chunkStart, i);
        if (body.charCodeAt(i + 1) === 10) {
          this.droppedCrBefore.push(lf.length);
          chunkStart = i + 1;
        } else {
          lf += '\n';
          chunkStart = i + 1;
        }
      }
      this.lfText = lf + body.slice(chunkStart);
    } else {
      this.lfText = body;
    }
    for (let i = 0; i < this.lfText.length; i++) {
      if (this.lfText.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** Offset in the original text of an offset in the LF copy. */
  originalOffset(lfOffset: number): number {
    return lfOffset + this.leadingOffset + countBelow(this.droppedCrBefore, lfOffset);
  }

  /** 1-based line of an LF offset. */
  lineOf(lfOffset: number): number {
    return countAtOrBelow(this.lineStarts, lfOffset);
  }

  /** 1-based column of an LF offset. */
  columnOf(lfOffset: number): number {
    return lfOffset - this.lineStarts[this.lineOf(lfOffset) - 1] + 1;
  }

  /** End of the line holding an LF offset (the offset of its newline, or the text length). */
  lineEnd(lfOffset: number): number {
    const line = this.lineOf(lfOffset);
    return line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.lfText.length;
  }

  source(file: string, lfStart: number, lfEnd: number): SourceRef {
    return {
      file,
      line: this.lineOf(lfStart),
      column: this.columnOf(lfStart),
      startChar: this.originalOffset(lfStart),
      endChar: this.originalOffset(lfEnd),
    };
  }
}

/** Number of sorted values < x. */
function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values <= x. */
function countAtOrBelow(sorted: number[], x: number): number {
  return countBelow(sorted, x + 1);
}

/** Exact rational time, so that triplets and other tuplets add up without drift. */
interface Fraction {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

function fraction(num: number, den: number): Fraction {
  const g = gcd(num, den);
  return den < 0 ? { num: -num / g, den: -den / g } : { num: num / g, den: den / g };
}

function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

function fractionValue(f: Fraction): number {
  return f.num / f.den;
}

/** abcjs gives durations as floats; they are small rationals (L: times note multipliers). */
function floatToFraction(x: number): Fraction {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let i = 0; i < 40; i++) {
    const whole = Math.floor(rest);
    [h0, h1] = [h1, whole * h1 + h0];
    [k0, k1] = [k1, whole * k1 + k0];
    if (Math.abs(h1 / k1 - x) < 1e-9 || k1 > 1e6) break;
    rest = 1 / (rest - whole);
    if (!Number.isFinite(rest)) break;
  }
  return fraction(h1, k1);
}

const ZERO: Fraction = { num: 0, den: 1 };
/** abcjs measures durations in whole notes; the corpus in quarter notes. */
const QUARTERS_PER_WHOLE: Fraction = { num: 4, den: 1 };

const LETTER_PITCH_CLASS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

function readMeter(meter: AbcjsMeter | undefined): Meter | undefined {
  if (!meter) return undefined;
  if (meter.type === 'common_time') return { numerator: 4, denominator: 4 };
  if (meter.type === 'cut_time') return { numerator: 2, denominator: 2 };
  const first = meter.value?.[0];
  if (!first) return undefined;
  // Additive meters such as "2+3/8" count every part.
  const numerator = first.num.split('+').reduce((sum, part) => sum + (Number(part) || 0), 0);
  const denominator = Number(first.den ?? 4);
  if (!(numerator > 0) || !(denominator > 0)) return undefined;
  return { numerator, denominator };
}

function readKey(key: AbcjsKey | undefined): KeySignature {
  if (!key || key.root === 'none') return { tonic: 0, mode: 'major', name: key ? 'none' : 'C' };
  // Highland pipe keys sound in A mixolydian.
  if (key.root === 'HP' || key.root === 'Hp') return { tonic: 9, mode: 'mixolydian', name: key.root };
  const letter = LETTER_PITCH_CLASS[key.root.toUpperCase()] ?? 0;
  const shift = key.acc === '#' ? 1 : key.acc === 'b' ? -1 : 0;
  const mode = key.mode.toLowerCase().slice(0, 3);
  const modes: Record<string, KeySignature['mode']> = {
    '': 'major',
    maj: 'major',
    ion: 'major',
    m: 'minor',
    min: 'minor',
    aeo: 'minor',
    dor: 'dorian',
    mix: 'mixolydian',
    lyd: 'lydian',
    phr: 'phrygian',
    loc: 'locrian',
  };
  return {
    tonic: (letter + shift + 12) % 12,
    mode: modes[mode] ?? 'major',
    name: `${key.root}${key.acc}${key.mode}`,
  };
}

function readTempo(tempo: AbcjsTune['metaText']['tempo']): number | undefined {
  if (!tempo?.bpm || !(tempo.bpm > 0)) return undefined;
  const beatWholes = (tempo.duration ?? []).reduce((sum, d) => sum + d, 0);
  return beatWholes > 0 ? tempo.bpm * beatWholes * 4 : tempo.bpm;
}

/** abcjs prettifies chord names (b → ♭); the corpus wants the symbol as written. */
function unprettifyChordName(name: string): string {
  return name.replace(/♭/g, 'b').replace(/♯/g, '#').replace(/♮/g, '=');
}

const ANNOTATION_MARKS = new Set(['^', '_', '<', '>', '@']);

/** The quoted chord symbols of one element, as written, with their LF offsets (quotes included). */
function chordSymbolsAsWritten(
  lfText: string,
  start: number,
  end: number,
): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  let at = lfText.indexOf('"', start);
  while (at >= 0 && at < end) {
    const close = lfText.indexOf('"', at + 1);
    if (close < 0 || close >= end) break;
    const inner = lfText.slice(at + 1, close);
    if (inner.trim().length > 0 && !ANNOTATION_MARKS.has(inner[0])) {
      found.push({ text: inner.trim(), start: at, end: close + 1 });
    }
    at = lfText.indexOf('"', close + 1);
  }
  return found;
}

/** Strips the HTML abcjs puts around warning text. */
function plainMessage(message: string): string {
  return message
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function describeTune(info: AbcTuneInfo): string {
  const id = info.id ? `X:${info.id}` : `#${info.index + 1}`;
  return info.title ? `tune ${id} "${info.title}"` : `tune ${id}`;
}

/**
 * Information fields abcjs does not know (the Nottingham files' `Y:AB` part order, `r:` remarks) are read
 * by abcjs as music, which adds notes that are not there; ABC says to ignore unknown fields. Turning the
 * field letter into '%' makes the line a comment and keeps every offset. Letters that can start a line of
 * music followed by a repeat sign (notes, rests) are left alone.
 */
const UNKNOWN_FIELD_LINE = /^[JYhijklnopqrtuv]:/gm;

function withUnknownFieldsIgnored(lfText: string): string {
  return lfText.replace(UNKNOWN_FIELD_LINE, (field) => `%${field.slice(1)}`);
}

function splitBook(positions: TextPositions): { header: string; tunes: AbcjsBookTune[]; infos: AbcTuneInfo[] } {
  const book = splitAbcBook(withUnknownFieldsIgnored(positions.lfText));
  const infos = book.tunes.map((bookTune, index): AbcTuneInfo => {
    const lfStart = bookTune.startPos;
    const lfEnd = bookTune.startPos + bookTune.pure.length;
    return {
      index,
      id: /^X:/.test(bookTune.pure) ? bookTune.id : '',
      title: bookTune.title,
      startLine: positions.lineOf(lfStart),
      endLine: positions.lineOf(Math.max(lfStart, lfEnd - 1)),
      startChar: positions.originalOffset(lfStart),
      endChar: positions.originalOffset(lfEnd),
    };
  });
  return { header: book.header, tunes: book.tunes, infos };
}

/** The tunes of an ABC text and where each one is, without parsing the music (fast). */
export function listAbcTunes(text: string): AbcTuneInfo[] {
  return splitBook(new TextPositions(text)).infos;
}

const ACCIDENTAL_SEMITONES: Record<string, number> = {
  sharp: 1,
  flat: -1,
  natural: 0,
  dblsharp: 2,
  dblflat: -2,
  quartersharp: 0,
  quarterflat: 0,
};
const STEP_SEMITONES = [0, 2, 4, 5, 7, 9, 11];
/** abcjs' staff step 0 is middle C. */
const MIDDLE_C = 60;

/**
 * Spells written notes into MIDI pitches the way ABC 2.1 does: the key signature for every octave, an
 * accidental for the rest of its bar at that staff position, octave clefs and `transpose=` /
 * `%%MIDI transpose` (so pitches are the sounding ones).
 */
class PitchSpeller {
  private keyAlterations = new Map<string, number>();
  private barAlterations = new Map<number, number>();
  private clefShift = 0;

  constructor(private readonly globalTranspose: number) {}

  setKey(key: Partial<AbcjsKey> | undefined): void {
    if (!key?.accidentals) return;
    this.keyAlterations = new Map();
    for (const { acc, note } of key.accidentals) {
      const semitones = ACCIDENTAL_SEMITONES[acc] ?? 0;
      if (semitones !== 0) this.keyAlterations.set(note.toUpperCase(), semitones);
    }
  }

  setClef(clef: AbcjsClef | undefined): void {
    if (!clef) return;
    const octave = /([+-])(8|15)$/.exec(clef.type ?? '');
    const octaveShift = octave ? (octave[1] === '+' ? 1 : -1) * (octave[2] === '8' ? 12 : 24) : 0;
    this.clefShift = octaveShift + (clef.transpose ?? 0);
  }

  newBar(): void {
    this.barAlterations.clear();
  }

  /** Sounding pitch of one written pitch; an explicit accidental holds for the rest of the bar. */
  spell(written: AbcjsPitch): number {
    const octave = Math.floor(written.pitch / 7);
    const step = written.pitch - octave * 7;
    let alteration: number;
    if (written.accidental !== undefined && written.accidental in ACCIDENTAL_SEMITONES) {
      alteration = ACCIDENTAL_SEMITONES[written.accidental];
      this.barAlterations.set(written.pitch, alteration);
    } else {
      alteration = this.barAlterations.get(written.pitch) ?? this.keyAlterations.get('CDEFGAB'[step]) ?? 0;
    }
    return MIDDLE_C + octave * 12 + STEP_SEMITONES[step] + alteration + this.clefShift + this.globalTranspose;
  }
}

interface PendingChord {
  start: Fraction;
  symbol: string;
  lfStart: number;
  lfEnd: number;
}

/** Walks the first voice of a parsed tune: melody, bar starts and chord symbols in exact time. */
function walkFirstVoice(
  parsed: AbcjsTune,
  positions: TextPositions,
  file: string,
): { notes: MelodyNote[]; barStarts: number[]; chords: PendingChord[]; written: Omit<WrittenNotation, 'issues'> } {
  const notes: MelodyNote[] = [];
  const symbols: WrittenSymbol[] = [];
  const tuplets: WrittenTuplet[] = [];
  const chords: PendingChord[] = [];
  const barStarts: Fraction[] = [ZERO];
  let time = ZERO;
  let tupletFactor: Fraction | undefined;
  let tupletNotesLeft = 0;
  let tieOpen = false;
  let lastNoteDuration = ZERO;
  const speller = new PitchSpeller(parsed.formatting?.midi?.transpose?.[0] ?? 0);

  for (const line of parsed.lines) {
    const staff = line.staff?.[0];
    const voice = staff?.voices?.[0];
    if (!voice) continue;
    speller.setKey(staff.key);
    speller.setClef(staff.clef);
    for (const element of voice) {
      if (element.el_type === 'key') {
        speller.setKey(element);
        continue;
      }
      if (element.el_type === 'bar') {
        speller.newBar();
        const lastStart = barStarts[barStarts.length - 1];
        if (fractionValue(time) > fractionValue(lastStart)) barStarts.push(time);
        continue;
      }
      if (element.el_type !== 'note' || element.startChar === undefined || element.endChar === undefined) continue;

      for (const symbol of chordSymbolsOf(element, positions.lfText)) {
        chords.push({ start: time, ...symbol });
      }

      // A spacer only carries decorations and chord symbols; it takes no time.
      if (element.rest?.type === 'spacer') continue;

      if (element.startTriplet) {
        const notesIn = element.tripletR ?? element.startTriplet;
        const playedIn = Math.round((element.tripletMultiplier ?? 1) * element.startTriplet);
        tupletFactor = fraction(playedIn, element.startTriplet);
        tupletNotesLeft = notesIn;
        tuplets.push({ start: fractionValue(time), end: fractionValue(time), symbols: 0, expected: notesIn });
      }
      let duration = multiplyFractions(floatToFraction(element.duration ?? 0), QUARTERS_PER_WHOLE);
      const writtenDuration = fractionValue(duration);
      let tuplet: number | undefined;
      if (tupletFactor && tupletNotesLeft > 0) {
        tuplet = tuplets.length - 1;
        duration = multiplyFractions(duration, tupletFactor);
        tupletNotesLeft--;
        if (tupletNotesLeft === 0 || element.endTriplet) {
          tupletFactor = undefined;
          tupletNotesLeft = 0;
        }
      }
      // abcjs gives a multi-measure rest under a meter such as M:0/0 no length (NaN): it takes no time.
      if (!(fractionValue(duration) > 0 && Number.isFinite(fractionValue(duration)))) continue;

      const source = positions.source(file, element.startChar, element.endChar);
      if (tuplet !== undefined) {
        tuplets[tuplet].symbols++;
        tuplets[tuplet].end = fractionValue(addFractions(time, duration));
      }
      const symbol: WrittenSymbol = {
        start: fractionValue(time),
        duration: fractionValue(duration),
        writtenDuration,
        pitch: null,
        tiedFromPrevious: false,
        tuplet,
      };
      symbols.push(symbol);
      if (element.rest || !element.pitches?.length) {
        notes.push({ pitch: null, start: fractionValue(time), duration: fractionValue(duration), source });
        tieOpen = false;
      } else {
        const continuesTie = tieOpen && element.pitches.some((p) => p.endTie) && notes.length > 0;
        // Spell every note, tied or not, so that its accidentals count for the rest of the bar;
        // a chord [CEG] gives its top note.
        const spelled = element.pitches.map((p) => speller.spell(p));
        const pitch = Math.max(...spelled);
        symbol.pitch = pitch;
        symbol.letter = ((element.pitches[spelled.indexOf(pitch)].pitch % 7) + 7) % 7;
        symbol.tiedFromPrevious = continuesTie;
        if (continuesTie) {
          const tied = notes[notes.length - 1];
          lastNoteDuration = addFractions(lastNoteDuration, duration);
          tied.duration = fractionValue(lastNoteDuration);
        } else {
          notes.push({
            pitch,
            start: fractionValue(time),
            duration: fractionValue(duration),
            source,
          });
          lastNoteDuration = duration;
        }
        tieOpen = element.pitches.some((p) => p.startTie !== undefined);
      }
      time = addFractions(time, duration);
    }
  }

  const end = fractionValue(time);
  return {
    notes,
    chords,
    barStarts: barStarts.map(fractionValue).filter((start, i) => i === 0 || start < end),
    written: { symbols, tuplets },
  };
}

function chordSymbolsOf(element: AbcjsElement, lfText: string): { symbol: string; lfStart: number; lfEnd: number }[] {
  const named = (element.chord ?? []).filter((c) => (c.position ?? 'default') === 'default' && c.name.trim() !== '');
  if (named.length === 0) return [];
  const written = chordSymbolsAsWritten(lfText, element.startChar!, element.endChar!);
  if (written.length > 0) return written.map((w) => ({ symbol: w.text, lfStart: w.start, lfEnd: w.end }));
  return named.map((c) => ({
    symbol: unprettifyChordName(c.name),
    lfStart: element.startChar!,
    lfEnd: element.endChar!,
  }));
}

/** The same bound as a MIDI file's (about 11 hours of 4/4 at 120 bpm). */
export const MAX_TUNE_BARS = 20_000;

/**
 * Reads every X: tune of an ABC text. Tune-level problems become warnings (the tune is skipped when it
 * cannot be read or has no notes); abcjs' own complaints become `issues` with exact positions.
 */
export function readAbcText(text: string, file: string): AbcReadResult {
  const positions = new TextPositions(text);
  const book = splitBook(positions);
  const result: AbcReadResult = {
    tunes: [],
    warnings: [],
    issues: [],
    tuneInfos: book.infos,
    skippedTunes: 0,
    notation: [],
  };
  const parser = new AbcjsParse();

  book.tunes.forEach((bookTune, index) => {
    const info = book.infos[index];
    const tuneLine = info.startLine;
    const skip = (why: string): void => {
      result.skippedTunes++;
      result.warnings.push({ file, line: tuneLine, message: `${describeTune(info)} ${why}; skipped` });
    };

    let parsed: AbcjsTune;
    let issueCount = 0;
    try {
      // abcjs prepends the book's file-wide directives to each tune and expects the start shifted back by them.
      parser.parse(bookTune.abc, {}, bookTune.startPos - book.header.length);
      parsed = parser.getTune();
      for (const warning of parser.getWarningObjects() ?? []) {
        const issue = makeIssue(warning, positions, file, index);
        // A directive abcjs does not know (%%propagate-accidentals, %%abc-include) changes nothing it reads:
        // the tune is kept and the directive ignored, said once.
        const directive = /^Unknown directive: ?(.*)$/.exec(issue.message);
        if (directive) {
          result.warnings.push({
            file,
            line: issue.line,
            message: `${describeTune(info)}: the directive %%${directiveName(positions, issue) ?? directive[1]} is not supported; ignored`,
          });
          continue;
        }
        result.issues.push(issue);
        issueCount++;
      }
    } catch (error) {
      skip(`cannot be read by abcjs (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (issueCount > 0) {
      const first = result.issues[result.issues.length - issueCount];
      result.warnings.push({
        file,
        line: first.line,
        message:
          `${describeTune(info)}, column ${first.column}: ${first.message}` +
          (issueCount > 1 ? ` (and ${issueCount - 1} more problem${issueCount > 2 ? 's' : ''})` : ''),
      });
    }

    const walked = walkFirstVoice(parsed, positions, file);
    if (!walked.notes.some((n) => n.pitch !== null)) {
      skip('has no notes');
      return;
    }

    const firstStaff = parsed.lines.find((l) => l.staff?.length)?.staff?.[0];
    const meter = readMeter(parsed.lines.map((l) => l.staff?.[0]?.meter).find((m) => m !== undefined)) ?? {
      numerator: 4,
      denominator: 4,
    };
    try {
      validateMeter(meter);
    } catch {
      skip(
        `has the meter M:${meter.numerator}/${meter.denominator}, which is not supported (use N/1, N/2, N/4, N/8 or N/16 with N from 1 to 32)`,
      );
      return;
    }
    // A multi-measure rest such as Z99999999 would make every per-bar step (chords, values) exhaust memory.
    const lastNote = walked.notes[walked.notes.length - 1];
    const tuneBars = (lastNote.start + lastNote.duration) / barQuarters(meter);
    if (!(tuneBars <= MAX_TUNE_BARS)) {
      skip(`lasts ${Math.ceil(tuneBars)} bars, more than the ${MAX_TUNE_BARS} a tune may have`);
      return;
    }
    const title =
      String(parsed.metaText.title ?? info.title ?? '')
        .split('\n')[0]
        .trim() || describeTune(info);

    const tune: Tune = {
      file,
      id: info.id,
      title,
      line: tuneLine,
      meter,
      key: readKey(firstStaff?.key),
      tempo: readTempo(parsed.metaText.tempo),
      notes: walked.notes,
      chords: [],
      chordsInferred: false,
      barStarts: walked.barStarts,
    };
    tune.chords = readChords(walked.chords, positions, file, info, result.warnings);
    // A transposing part (`%%MIDI transpose`, `transpose=`) writes its key and chord symbols where it reads
    // them: the tune is what sounds, so they move back to concert pitch with the notes.
    const sounding = (parsed.formatting?.midi?.transpose?.[0] ?? 0) + (firstStaff?.clef?.transpose ?? 0);
    if (sounding % 12 !== 0) {
      tune.chords = transposeTimedChords(tune.chords, tune.key, sounding);
      tune.key = transposeKey(tune.key, sounding);
    }
    if (tune.chords.length === 0) {
      tune.chords = inferChords(tune);
      tune.chordsInferred = true;
    }
    result.tunes.push(tune);
    result.notation.push({ ...walked.written, issues: issueCount });
  });
  return result;
}

/** The whole name of the directive an issue points at ("propagate-accidentals"; abcjs cuts it at the dash). */
function directiveName(positions: TextPositions, issue: AbcIssue): string | undefined {
  const lineText = positions.lfText.split('\n')[issue.line - 1] ?? '';
  return /^\s*(?:%%|I:)\s*([A-Za-z][\w-]*)/.exec(lineText)?.[1];
}

function makeIssue(warning: AbcjsWarningObject, positions: TextPositions, file: string, tuneIndex: number): AbcIssue {
  const lfStart = Math.min(Math.max(0, warning.startChar), positions.lfText.length);
  const lfEnd = Math.min(lfStart + 1, positions.lineEnd(lfStart));
  return {
    file,
    tuneIndex,
    line: positions.lineOf(lfStart),
    column: positions.columnOf(lfStart),
    startChar: positions.originalOffset(lfStart),
    endChar: positions.originalOffset(Math.max(lfEnd, lfStart)),
    message: plainMessage(warning.message),
  };
}

function readChords(
  pending: PendingChord[],
  positions: TextPositions,
  file: string,
  info: AbcTuneInfo,
  warnings: CorpusWarning[],
): TimedChord[] {
  const chords: TimedChord[] = [];
  for (const item of pending) {
    const chord = parseChordSymbol(item.symbol);
    const source = positions.source(file, item.lfStart, item.lfEnd);
    if (!chord) {
      warnings.push({
        file,
        line: source.line,
        message: `column ${source.column}: cannot read the chord symbol "${item.symbol}" in ${describeTune(info)}; ignored`,
      });
      continue;
    }
    const start = fractionValue(item.start);
    // Stacked symbols on one note ("Em""C") give the chord and then an alternative: the first one is played.
    if (chords.length > 0 && chords[chords.length - 1].start === start) continue;
    chords.push({ start, chord, source });
  }
  // A pickup usually has no symbol of its own; it is heard against the first chord.
  if (chords.length > 0 && chords[0].start > 0) chords[0] = { ...chords[0], start: 0 };
  return chords;
}
