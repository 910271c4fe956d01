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
import { inferChords } from '../theory/inferChords';
import type { AbcTuneInfo, WrittenNotation } from './abc/written';
import { AbcjsParse, AbcjsTune, AbcjsWarningObject } from './abc/abcjs';
import { TextPositions } from './abc/textPositions';
import { fractionValue } from './abc/fraction';
import {
  PendingChord,
  describeTune,
  plainMessage,
  readKey,
  readMeter,
  readTempo,
  splitBook,
  walkFirstVoice,
} from './abc/firstVoice';
import { parseChordSymbol } from '../theory/chords';
import type { CorpusWarning, TimedChord, Tune } from '../types';
import { barQuarters } from '../types';
import { validateMeter } from '../theory/progression';
import { transposeKey, transposeTimedChords } from '../theory/transpose';

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

/** The tunes of an ABC text and where each one is, without parsing the music (fast). */
export function listAbcTunes(text: string): AbcTuneInfo[] {
  return splitBook(new TextPositions(text)).infos;
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
