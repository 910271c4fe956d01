/** Walking the first voice of a parsed tune: meter, key, tempo, pitches as sounded, bars and chord symbols. */
import {
  AbcjsBookTune,
  AbcjsClef,
  AbcjsElement,
  AbcjsKey,
  AbcjsMeter,
  AbcjsPitch,
  AbcjsTune,
  splitAbcBook,
} from './abcjs';
import { TextPositions } from './textPositions';
import {
  Fraction,
  QUARTERS_PER_WHOLE,
  ZERO,
  addFractions,
  floatToFraction,
  fraction,
  fractionValue,
  multiplyFractions,
} from './fraction';
import { AbcTuneInfo, WrittenNotation, WrittenSymbol, WrittenTuplet } from './written';
import type { Meter } from '../../../shared/meter';
import type { KeySignature, MelodyNote } from '../../types';

export const LETTER_PITCH_CLASS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

export function readMeter(meter: AbcjsMeter | undefined): Meter | undefined {
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

export function readKey(key: AbcjsKey | undefined): KeySignature {
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

export function readTempo(tempo: AbcjsTune['metaText']['tempo']): number | undefined {
  if (!tempo?.bpm || !(tempo.bpm > 0)) return undefined;
  const beatWholes = (tempo.duration ?? []).reduce((sum, d) => sum + d, 0);
  return beatWholes > 0 ? tempo.bpm * beatWholes * 4 : tempo.bpm;
}

/** abcjs prettifies chord names (b → ♭); the corpus wants the symbol as written. */
export function unprettifyChordName(name: string): string {
  return name.replace(/♭/g, 'b').replace(/♯/g, '#').replace(/♮/g, '=');
}

export const ANNOTATION_MARKS = new Set(['^', '_', '<', '>', '@']);

/** The quoted chord symbols of one element, as written, with their LF offsets (quotes included). */
export function chordSymbolsAsWritten(
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
export function plainMessage(message: string): string {
  return message
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

export function describeTune(info: AbcTuneInfo): string {
  const id = info.id ? `X:${info.id}` : `#${info.index + 1}`;
  return info.title ? `tune ${id} "${info.title}"` : `tune ${id}`;
}

/**
 * Information fields abcjs does not know (the Nottingham files' `Y:AB` part order, `r:` remarks) are read
 * by abcjs as music, which adds notes that are not there; ABC says to ignore unknown fields. Turning the
 * field letter into '%' makes the line a comment and keeps every offset. Letters that can start a line of
 * music followed by a repeat sign (notes, rests) are left alone.
 */
export const UNKNOWN_FIELD_LINE = /^[JYhijklnopqrtuv]:/gm;

export function withUnknownFieldsIgnored(lfText: string): string {
  return lfText.replace(UNKNOWN_FIELD_LINE, (field) => `%${field.slice(1)}`);
}

export function splitBook(positions: TextPositions): { header: string; tunes: AbcjsBookTune[]; infos: AbcTuneInfo[] } {
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

export const ACCIDENTAL_SEMITONES: Record<string, number> = {
  sharp: 1,
  flat: -1,
  natural: 0,
  dblsharp: 2,
  dblflat: -2,
  quartersharp: 0,
  quarterflat: 0,
};
export const STEP_SEMITONES = [0, 2, 4, 5, 7, 9, 11];
/** abcjs' staff step 0 is middle C. */
export const MIDDLE_C = 60;

/**
 * Spells written notes into MIDI pitches the way ABC 2.1 does: the key signature for every octave, an
 * accidental for the rest of its bar at that staff position, octave clefs and `transpose=` /
 * `%%MIDI transpose` (so pitches are the sounding ones).
 */
export class PitchSpeller {
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

export interface PendingChord {
  start: Fraction;
  symbol: string;
  lfStart: number;
  lfEnd: number;
}

/** Walks the first voice of a parsed tune: melody, bar starts and chord symbols in exact time. */
export function walkFirstVoice(
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

export function chordSymbolsOf(
  element: AbcjsElement,
  lfText: string,
): { symbol: string; lfStart: number; lfEnd: number }[] {
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
