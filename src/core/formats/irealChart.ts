/**
 * An iReal Pro chart (its unscrambled music, see irealLink.ts) as a lead sheet: one chorus, repeats and endings
 * played out, every chord in our syntax. Written from the format's public description (clean room).
 *
 * How the cells are read:
 * - A chart is a row of cells between bar lines `|`, `[` `]` (double), `{` `}` (repeat), `Z` (final). A chord
 *   fills one cell, a space is an empty cell, a comma separates without a cell. Cells after a closing bar line
 *   that hold no chord are layout (the space before a second ending), not a bar.
 * - Marks fill no cell: `*A` a section, `T44` a time signature (`T12` is 12/8), `N1` `N2` `N3` endings, `S`
 *   segno, `Q` coda, `f` fermata, `Y` spacing, `U` end, `s` `l` chord size, `<...>` text (`<3x>` repeats three
 *   times).
 * - A chord is a root, a quality ("^7", "-7", "h7", "o7", "7b9sus", or free text between stars: "C*7+*"), an
 *   optional slash bass; `x` repeats the bar before, `r` the two bars before (it stands in the first of two bars), `n` is N.C., `p` a
 *   slash (the chord goes on for a beat), `W/E` keeps the chord with a new bass, `(...)` an alternate chord
 *   (left out: the chord under it is played).
 * - A bar with as many cells as its meter has beats places each chord on its cell's beat; otherwise its chords
 *   share the bar as ../theory/progression.ts shares them.
 * - One chorus is the chart from top to bottom with its repeats and endings played; D.C., D.S. and Fine
 *   arrange the head and are not followed, and a coda (from the second coda sign on) is left out. A chart whose
 *   meter changes is reported: a progression has one meter.
 */
import { UserFacingError } from '../../shared/errors';
import { leadSheetChords, type LeadSheet, type LeadSheetSection } from '../theory/tunes';
import { parseProgression } from '../theory/progression';
import { parseChordSymbol } from '../theory/chords';

import { beatsPerBar, type Meter } from '../../shared/meter';
import { irealChordToOurs, irealKeyToOurs, ourQuality } from './irealChords';
import type { IrealSong } from './irealLink';

export interface IrealChart {
  sheet: LeadSheet;
  /** Bars as the chart writes them, before repeats and endings are played out. */
  writtenBars: number;
  /** iReal chords our reader could not take whole, each with what was played instead ("C7b9b9 as C7"). */
  unmappedChords: string[];
  /** What the chorus reads differently from the chart, one line each ("D.C. al Coda not followed"). */
  notes: string[];
}

export interface IrealChartError {
  title: string;
  error: string;
}

type Cell = { kind: 'chord'; symbol: string } | { kind: 'empty' | 'slash' | 'noChord' | 'repeatBar' | 'repeatTwoBars' };

interface WrittenBar {
  cells: Cell[];
  section?: string;
  meter?: Meter;
  opensRepeat: boolean;
  closesRepeat: boolean;
  ending?: number;
  times?: number;
  coda: boolean;
  /** The bar line before it: a bar after a closing one that holds no chord is layout. */
  afterClosing: boolean;
}

const SECTION_NAMES: Readonly<Record<string, string>> = { i: 'Intro', V: 'Verse' };
const MAX_PLAYED_BARS = 2000;
const QUALITY = /^(?:sus|add|alt|[-^ho+\d#b])*/;

class ChartReader {
  readonly bars: WrittenBar[] = [];
  readonly unmapped: string[] = [];
  readonly notes = new Set<string>();
  private current: WrittenBar = newBar(true);
  private lastChord: string | undefined;

  constructor(private readonly music: string) {}

  read(): void {
    const text = this.music;
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      const rest = text.slice(i);
      let match: RegExpExecArray | null;
      if (c === '|' || c === '[') {
        this.finish(false);
      } else if (c === '{') {
        this.finish(false);
        this.current.opensRepeat = true;
      } else if (c === ']' || c === 'Z') {
        this.finish(true);
      } else if (c === '}') {
        this.current.closesRepeat = true;
        this.finish(true);
      } else if (c === ' ') {
        this.current.cells.push({ kind: 'empty' });
      } else if ((match = /^\*(.)/.exec(rest))) {
        this.current.section = SECTION_NAMES[match[1]] ?? match[1];
        i += 2;
        continue;
      } else if ((match = /^T(\d)(\d)/.exec(rest))) {
        this.current.meter =
          match[0] === 'T12' ? { numerator: 12, denominator: 8 } : { numerator: +match[1], denominator: +match[2] };
        i += 3;
        continue;
      } else if ((match = /^N(\d)/.exec(rest))) {
        if (match[1] !== '0') this.current.ending = Number(match[1]);
        i += 2;
        continue;
      } else if (c === '<') {
        const end = text.indexOf('>', i);
        this.readText(text.slice(i + 1, end < 0 ? text.length : end));
        i = end < 0 ? text.length : end + 1;
        continue;
      } else if (c === '(') {
        const end = text.indexOf(')', i);
        this.notes.add('alternate chords (in parentheses) left out: the chords under them are played');
        i = end < 0 ? text.length : end + 1;
        continue;
      } else if (c === 'x') {
        this.current.cells.push({ kind: 'repeatBar' });
      } else if (c === 'r') {
        this.current.cells.push({ kind: 'repeatTwoBars' });
      } else if (c === 'n') {
        this.current.cells.push({ kind: 'noChord' });
      } else if (c === 'p') {
        this.current.cells.push({ kind: 'slash' });
      } else if (c === 'Q') {
        this.current.coda = true;
      } else if ((match = /^([A-GW][b#]?)/.exec(rest))) {
        i += this.readChord(rest, match[1]);
        continue;
      } else if (!',SfYUsl/'.includes(c)) {
        this.notes.add(`unknown mark "${c}" skipped`);
      }
      i++;
    }
    this.finish(true);
  }

  /** Reads a chord (or `W/bass`) at the start of `text`; returns how many characters it took. */
  private readChord(text: string, root: string): number {
    let length = root.length;
    // "C*7+*": a quality written as free text between stars.
    const custom = /^\*([^*]*)\*/.exec(text.slice(length));
    const quality = custom ? custom[1] : QUALITY.exec(text.slice(length))![0];
    length += custom ? custom[0].length : quality.length;
    const bass = /^\/([A-G][b#]?)/.exec(text.slice(length));
    if (bass) length += bass[0].length;
    if (root === 'W') {
      // An invisible root: the chord before goes on over a new bass.
      if (this.lastChord && bass) {
        const held = this.lastChord.replace(/\/[A-G][b#]?$/, '');
        this.pushChord(parseChordSymbol(`${held}/${bass[1]}`) ? `${held}/${bass[1]}` : held);
      } else this.current.cells.push({ kind: 'slash' });
      return length;
    }
    const written = `${root}${quality}${bass ? bass[0] : ''}`;
    const ours = irealChordToOurs(root, quality, bass?.[1]);
    if (ours) {
      this.pushChord(ours);
      return length;
    }
    // Not ours whole: the longest start of its quality that reads, so the bar keeps its root and function.
    let fallback = root;
    for (let cut = quality.length - 1; cut >= 0; cut--) {
      const shorter = irealChordToOurs(root, quality.slice(0, cut), bass?.[1]);
      if (shorter) {
        fallback = shorter;
        break;
      }
    }
    this.unmapped.push(`${written} as ${fallback} (iReal quality "${quality}" is "${ourQuality(quality)}" in ours)`);
    this.pushChord(fallback);
    return length;
  }

  private pushChord(symbol: string): void {
    this.current.cells.push({ kind: 'chord', symbol });
    this.lastChord = symbol;
  }

  private readText(raw: string): void {
    // "*NN" at the start of a text is its height above the staff.
    const text = raw.replace(/^\*\d\d/, '').trim();
    const times = /(\d+)\s*x\b/i.exec(text);
    if (times) this.current.times = Number(times[1]);
    if (/D\.\s*[CS]\./i.test(text)) this.notes.add(`"${text}" not followed: a chorus is the form top to bottom`);
    else if (/fine/i.test(text)) this.notes.add(`"${text}" not followed: a chorus is the form top to bottom`);
  }

  /** Ends the bar being read; `closing`: at a closing bar line (what follows may be layout). */
  private finish(closing: boolean): void {
    const bar = this.current;
    // Slashes alone after a closing bar line (or before the first) are layout too: a row of text and slashes.
    const holds = bar.cells.some((cell) => cell.kind !== 'empty' && (cell.kind !== 'slash' || !bar.afterClosing));
    const previous = this.bars[this.bars.length - 1];
    if (bar.cells.length === 0 && bar.closesRepeat && previous) {
      // "|}": the repeat sign closes the bar before.
      previous.closesRepeat = true;
      bar.closesRepeat = false;
    }
    const keep = holds || (bar.cells.length > 0 && !bar.afterClosing) || bar.closesRepeat;
    const next = newBar(closing);
    if (keep) this.bars.push(bar);
    else {
      // Marks written in layout cells belong to the bar that follows.
      next.section = bar.section;
      next.meter = bar.meter;
      next.ending = bar.ending;
      next.times = bar.times;
      next.coda = bar.coda;
      next.opensRepeat = bar.opensRepeat;
    }
    this.current = next;
  }
}

function newBar(afterClosing: boolean): WrittenBar {
  return { cells: [], opensRepeat: false, closesRepeat: false, coda: false, afterClosing };
}

/** The bars in playing order: repeats taken as often as written, each pass with its own ending. */
function playOrder(bars: readonly WrittenBar[]): WrittenBar[] {
  const played: WrittenBar[] = [];
  let repeatStart = 0;
  let pass = 1;
  let i = 0;
  let arrivedByJump = false;
  while (i < bars.length) {
    const bar = bars[i];
    if (bar.opensRepeat && !arrivedByJump) {
      repeatStart = i;
      pass = 1;
    }
    arrivedByJump = false;
    if (bar.ending !== undefined && bar.ending !== pass) {
      // Another pass's ending: go on after the repeat sign that closes it (an ending without one is played).
      const close = bars.findIndex((b, j) => j >= i && b.closesRepeat);
      if (close >= 0) {
        i = close + 1;
        continue;
      }
    }
    played.push(bar);
    if (played.length > MAX_PLAYED_BARS)
      throw new UserFacingError(`the repeats play more than ${MAX_PLAYED_BARS} bars`);
    if (bar.closesRepeat && pass < repeatTimes(bars, repeatStart, i)) {
      pass++;
      i = repeatStart;
      arrivedByJump = true;
      continue;
    }
    i++;
  }
  return played;
}

/** How often a repeat is played: as its text says ("3x"), else as many times as it has endings, at least twice. */
function repeatTimes(bars: readonly WrittenBar[], start: number, close: number): number {
  const written = bars.slice(start, close + 1).find((bar) => bar.times !== undefined)?.times;
  if (written !== undefined) return written;
  let endings = 2;
  for (let j = start; j < bars.length; j++) {
    if (j > start && bars[j].opensRepeat) break;
    if (bars[j].ending !== undefined) endings = Math.max(endings, bars[j].ending!);
  }
  return endings;
}

/** A bar's chords in the progression syntax (see the file comment for how cells become beats). */
function barText(bar: WrittenBar, meter: Meter): string {
  const cells = bar.cells;
  const beats = beatsPerBar(meter);
  const slots = cells.filter((cell) => cell.kind !== 'empty');
  const token = (cell: Cell) => (cell.kind === 'chord' ? cell.symbol : cell.kind === 'noChord' ? 'N.C.' : '/');
  if (slots.length === 0) return '/';
  if (cells.length === beats && cells.some((cell) => cell.kind === 'empty')) {
    const byCell = cells.map(token);
    const byCount = slots.map(token);
    // Written by cell only when the cells say something the count would not (a chord on beat 4).
    return sameShares(byCell, byCount.length) ? byCount.join(' ') : byCell.join(' ');
  }
  const tokens = slots.map(token);
  // A slash is one beat: the beats it leaves go to the last chord ("p p E7" is E7 on beat 3).
  if (slots.some((cell) => cell.kind === 'slash')) while (tokens.length < beats) tokens.push('/');
  return tokens.join(' ');
}

/** Whether chords placed one a cell last as long as the same chords sharing the bar by count would. */
function sameShares(byCell: string[], count: number): boolean {
  const lengths: number[] = [];
  for (const token of byCell) {
    if (token === '/' && lengths.length) lengths[lengths.length - 1]++;
    else lengths.push(1);
  }
  if (byCell[0] === '/' || lengths.length !== count) return false;
  const base = Math.floor(byCell.length / count);
  const extra = byCell.length % count;
  return lengths.every((length, k) => length === base + (k < extra ? 1 : 0));
}

/** Bar texts in playing order, with one- and two-bar repeats written out. */
function playedTexts(played: readonly WrittenBar[], meter: Meter): string[] {
  const texts: string[] = [];
  let chordSeen = false;
  for (let k = 0; k < played.length; k++) {
    const cells = played[k].cells;
    if (!chordSeen && !cells.some((cell) => cell.kind === 'chord')) {
      // Before the first chord nothing can go on sounding: the band lays out (a pickup, horns alone).
      texts.push('N.C.');
      continue;
    }
    if (!chordSeen && cells[0]?.kind !== 'chord') {
      texts.push(barText(played[k], meter).replace(/^\//, 'N.C.'));
      chordSeen = true;
      continue;
    }
    chordSeen = true;
    if (cells.some((cell) => cell.kind === 'repeatTwoBars') && k >= 2) {
      texts.push(texts[k - 2]);
      const next = played[k + 1];
      if (next && next.cells.every((cell) => cell.kind === 'empty')) {
        texts.push(texts[k - 1]);
        k++;
      }
    } else if (cells.some((cell) => cell.kind === 'repeatBar') && k >= 1) {
      texts.push(texts[k - 1]);
    } else {
      texts.push(barText(played[k], meter));
    }
  }
  return texts;
}

/** Bars of an intro (section "i") at the top of the chart, up to the next section mark. */
function introLength(bars: readonly WrittenBar[]): number {
  if (bars[0]?.section !== 'Intro') return 0;
  const next = bars.findIndex((bar, index) => index > 0 && bar.section !== undefined && bar.section !== 'Intro');
  return next < 0 ? 0 : next;
}

/** iReal writes a composer "Last First" ("Rush Otis"); a name of two words is turned round to "Otis Rush". */
function composerName(written: string): string | undefined {
  const words = written.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return words.length === 2 && !/[(),&]/.test(written) ? `${words[1]} ${words[0]}` : written.trim();
}

/** The tempo a style usually has when the link leaves it to the style. */
function tempoForStyle(style: string): number {
  const words = style.toLowerCase();
  if (/ballad/.test(words)) return 70;
  if (/slow/.test(words)) return 80;
  if (/up|fast|bebop/.test(words)) return 200;
  if (/waltz/.test(words)) return 150;
  return 120;
}

/** One song of a link as a chart, or the one line that says why it cannot be one. */
export function readIrealChart(song: IrealSong): IrealChart | IrealChartError {
  try {
    return chartOf(song);
  } catch (err) {
    if (err instanceof UserFacingError) return { title: song.title, error: err.message };
    throw err;
  }
}

function chartOf(song: IrealSong): IrealChart {
  const key = irealKeyToOurs(song.key);
  if (!key) throw new UserFacingError(`unreadable key "${song.key}"`);
  const reader = new ChartReader(song.music);
  reader.read();
  let bars = reader.bars;
  const codaBars = bars.flatMap((bar, index) => (bar.coda ? [index] : []));
  if (codaBars.length >= 2) {
    bars = bars.slice(0, codaBars[codaBars.length - 1]);
    reader.notes.add('the coda is left out: a chorus ends where the form does');
  }
  if (!bars.some((bar) => bar.cells.some((cell) => cell.kind === 'chord')))
    throw new UserFacingError('the chart has no chords');
  const meter = bars.find((bar) => bar.meter)?.meter ?? { numerator: 4, denominator: 4 };
  bars.forEach((bar, index) => {
    if (bar.meter && (bar.meter.numerator !== meter.numerator || bar.meter.denominator !== meter.denominator)) {
      throw new UserFacingError(
        `the meter changes from ${meter.numerator}/${meter.denominator} to ${bar.meter.numerator}/${bar.meter.denominator} ` +
          `at written bar ${index + 1}: a progression keeps one meter`,
      );
    }
  });
  const intro = introLength(bars);
  if (intro > 0) {
    bars = bars.slice(intro);
    reader.notes.add(`the intro (${intro} bars) is left out: a chorus is the form`);
  }
  const played = playOrder(bars);
  const texts = playedTexts(played, meter);
  const sections: LeadSheetSection[] = [];
  played.forEach((bar, index) => {
    if (bar.section && (index === 0 || played[index - 1] !== bar)) sections.push({ label: bar.section, bar: index });
  });
  const sheet: LeadSheet = {
    title: song.title,
    composer: composerName(song.composer),
    key,
    tempo: song.tempo ?? tempoForStyle(song.style),
    meter,
    style: song.style || undefined,
    bars: texts,
    sections,
  };
  // The generator's reader has the last word: a chart it cannot read is reported here, not at generation.
  parseProgression(leadSheetChords(sheet), meter, 'chart');
  return { sheet, writtenBars: bars.length, unmappedChords: reader.unmapped, notes: [...reader.notes] };
}

export function isChartError(chart: IrealChart | IrealChartError): chart is IrealChartError {
  return 'error' in chart;
}
