/**
 * Trading fours: the user's last four bars (the last bars holding notes) prime the LSTM, and the model answers
 * with four bars of its own over the next four bars of the form, written right after them. The form is the
 * tune's chords over all its bars, placeholder bars of rests included, and goes round again past its end, so
 * trading can go on chorus after chorus. Nothing the user wrote changes: the answer replaces only the rest
 * bars that held its place, or is added after the last bar.
 */
import { barIndexAt, TIME_EPSILON } from '../core/types';
import { UserFacingError } from '../shared/errors';
import { analyseAbc, type AnalysedTune } from '../core/analysis/document';
import { chordAt, tuneToValues } from '../core/solo/grammar';
import { barQuarters, type Progression, type TimedChord, type Tune } from '../core/types';
import { continueSolo, type ContinuationModel } from './continuation';
import { randomSeed } from '../core/random';

export interface TradeRequest {
  text: string;
  file?: string;
  model: ContinuationModel;
  /** Default: a new seed each time. */
  seed?: number;
  /** Bars each player takes (default 4: trading fours). */
  bars?: number;
  /** Which tune of the text (0-based); default the one holding `offset`, else the last tune with notes. */
  tuneIndex?: number;
  offset?: number;
  temperature?: number;
  topK?: number;
  /** Always take the most likely value (the CLI's --temperature 0). */
  greedy?: boolean;
}

export interface TradeResult {
  /** The whole text with the answer in place. */
  text: string;
  /** The edit that makes it: replace [start, end) of the original text with `insert`. */
  edit: { start: number; end: number; insert: string };
  /** 1-based bars of the tune: the user's bars that primed the model, and the model's answer. */
  userBars: { from: number; to: number };
  answerBars: { from: number; to: number };
  /** The chords the answer was played over, bar by bar ("G7 C7"). */
  answerChords: string[];
  /** Values of the user's bars that primed the network. */
  primed: number;
  seed: number;
}

export const TRADE_BARS = { min: 1, max: 16 } as const;

export function tradeBars(request: TradeRequest): TradeResult {
  const trade = request.bars ?? 4;
  if (!Number.isInteger(trade) || trade < TRADE_BARS.min || trade > TRADE_BARS.max) {
    throw new UserFacingError(`--bars: trade ${TRADE_BARS.min} to ${TRADE_BARS.max} bars at a time (got ${trade})`);
  }
  const file = request.file ?? 'untitled.abc';
  const seed = request.seed ?? randomSeed();
  const analysis = analyseAbc(request.text, file);
  const analysed = pickTune(analysis.tunes, request);
  const tune = analysed.tune!;
  const barLength = barQuarters(tune.meter);
  const lastSounding = [...tune.notes].reverse().find((note) => note.pitch !== null)!;
  const lastUserBar = barIndexAt(tune.barStarts, lastSounding.start);
  const firstUserBar = Math.max(0, lastUserBar - trade + 1);
  const userEnd = tune.barStarts[lastUserBar + 1] ?? tune.barStarts[lastUserBar] + barLength;

  const cut = barLineAfter(request.text, analysed, userEnd);
  const progression = formAfter(tune, analysed, lastUserBar + 1, trade);
  const userNotes = tune.notes.filter((note) => note.start < userEnd - TIME_EPSILON);
  const beforeUserBars = userNotes.filter((note) => note.start < tune.barStarts[firstUserBar] - TIME_EPSILON);
  // The user's bars, and only those, prime the network: their values are the last ones before the cut.
  const primeCount =
    tuneToValues({ ...tune, notes: userNotes }).length - tuneToValues({ ...tune, notes: beforeUserBars }).length;
  const answer = continueSolo({
    analysis,
    offset: cut,
    model: request.model,
    seed,
    bars: trade,
    temperature: request.temperature,
    topK: request.topK,
    greedy: request.greedy,
    maxPrime: Math.max(1, primeCount),
    progression,
    writeChords: true,
  });
  if (!answer.ok) throw new UserFacingError(`cannot trade here: ${answer.reason}`);
  const replaced = placeholders(analysed, userEnd, trade * barLength);
  // The answer takes the place of the rest bars that held it (line breaks before them kept), or starts a line.
  const edit =
    replaced.length > 0
      ? { start: replaced[0].startChar, end: placeholderEnd(request.text, analysed, replaced), insert: answer.text }
      : { start: cut, end: cut, insert: `\n${answer.text}` };
  return {
    text: request.text.slice(0, edit.start) + edit.insert + request.text.slice(edit.end),
    edit,
    userBars: { from: firstUserBar + 1, to: lastUserBar + 1 },
    answerBars: { from: lastUserBar + 2, to: lastUserBar + 1 + trade },
    answerChords: chordsByBar(progression, trade, barLength),
    primed: answer.primed,
    seed,
  };
}

function pickTune(tunes: AnalysedTune[], request: TradeRequest): AnalysedTune {
  const playable = (t: AnalysedTune | undefined) => t?.tune?.notes.some((note) => note.pitch !== null) === true;
  let chosen: AnalysedTune | undefined;
  if (request.tuneIndex !== undefined) chosen = tunes[request.tuneIndex];
  else if (request.offset !== undefined)
    chosen = tunes.find((t) => request.offset! >= t.info.startChar && request.offset! <= t.info.endChar);
  if (!chosen || !playable(chosen)) chosen = [...tunes].reverse().find(playable);
  if (!chosen || !playable(chosen))
    throw new UserFacingError('no tune with notes to trade with: write a few bars first');
  return chosen;
}

/**
 * Where the answer goes: right after the bar line that closes the user's last bar. A final bar line `|]` is
 * split so that the answer goes before its `]` and the tune still ends with one.
 */
function barLineAfter(text: string, analysed: AnalysedTune, userEnd: number): number {
  const lastElement = [...analysed.notes].reverse().find((n) => n.note.start < userEnd - TIME_EPSILON)!;
  return afterBarLine(text, lastElement.endChar, analysed.info.endChar) ?? lastElement.endChar;
}

/** The offset after the bar line that follows `at` (after the "|" of a final "|]"), if one does. */
function afterBarLine(text: string, at: number, limit: number): number | undefined {
  while (at < limit && /[ \t]/.test(text[at])) at++;
  const barLine = /^(\|\]|\|\||:\|\]?|\|)/.exec(text.slice(at, at + 3));
  if (!barLine) return undefined;
  return at + (barLine[1] === '|]' ? 1 : barLine[1].length);
}

/** The rest bars after the user's that the answer replaces (those within its length): elements in order. */
function placeholders(analysed: AnalysedTune, userEnd: number, quarters: number): AnalysedTune['notes'] {
  return analysed.notes.filter(
    (n) => n.note.start >= userEnd - TIME_EPSILON && n.note.start < userEnd + quarters - TIME_EPSILON,
  );
}

/** Where the replaced rest bars end: after the last one's bar line (a final "]" stays, so the tune still ends). */
function placeholderEnd(text: string, analysed: AnalysedTune, replaced: AnalysedTune['notes']): number {
  const last = replaced[replaced.length - 1].endChar;
  return afterBarLine(text, last, analysed.info.endChar) ?? last;
}

/**
 * The chords of `bars` bars of the form from bar `first` (0-based), starting at 0. The form is every bar of the
 * tune; past its end it starts again from its first bar.
 */
function formAfter(tune: Tune, analysed: AnalysedTune, first: number, bars: number): Progression {
  const barLength = barQuarters(tune.meter);
  const formBars = formLength(tune, analysed.bars.length);
  const chords: TimedChord[] = [];
  for (let bar = 0; bar < bars; bar++) {
    const at = bar * barLength;
    for (const timed of chordsOfBar(tune, (first + bar) % formBars)) chords.push({ ...timed, start: at + timed.start });
  }
  return { meter: tune.meter, chords, lengthQuarters: bars * barLength };
}

/** The chords sounding in one bar (0-based), starting from the bar's start: the one held over first. */
function chordsOfBar(tune: Tune, bar: number): TimedChord[] {
  const barLength = barQuarters(tune.meter);
  const start = tune.barStarts[bar] ?? bar * barLength;
  const chords: TimedChord[] = [];
  const sounding = chordAt(tune.chords, start);
  if (sounding) chords.push({ start: 0, chord: sounding });
  for (const timed of tune.chords) {
    if (timed.start > start + TIME_EPSILON && timed.start < start + barLength - TIME_EPSILON)
      chords.push({ start: timed.start - start, chord: timed.chord });
  }
  return chords;
}

/**
 * How many bars the form has: the shortest length whose repetition gives the chords of every bar written. A
 * 12-bar blues traded past its end (16 bars, the last four the first four again) is still a 12-bar form.
 */
function formLength(tune: Tune, bars: number): number {
  const signature = Array.from({ length: bars }, (_, bar) =>
    chordsOfBar(tune, bar)
      .map((c) => `${c.start}:${c.chord.root}:${c.chord.quality}`)
      .join(' '),
  );
  for (let length = 1; length < bars; length++) {
    if (signature.every((chords, bar) => bar < length || chords === signature[bar - length])) return length;
  }
  return Math.max(1, bars);
}

function chordsByBar(progression: Progression, bars: number, barLength: number): string[] {
  return Array.from({ length: bars }, (_, bar) =>
    progression.chords
      .filter((c) => c.start >= bar * barLength - TIME_EPSILON && c.start < (bar + 1) * barLength - TIME_EPSILON)
      .map((c) => c.chord.symbol)
      .join(' '),
  );
}
