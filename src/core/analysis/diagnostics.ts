/**
 * Problems shown while an ABC file is edited: abcjs' own warnings, bars whose notes do not fill the
 * meter, and chord symbols the engine cannot read.
 */

import type { Meter } from '../../shared/meter';
import { tuneBarQuarters, unitNoteLength, type AbcAnalysis, type AnalysedTune } from './document';
import { TIME_EPSILON } from '../types';
import { respellChordSymbol, restText, type AbcFix } from './fixes';
import { withLfLineEndings } from '../../shared/text';

export type AbcDiagnosticKind = 'abcjs' | 'barLength' | 'chordSymbol' | 'lineEndings';

export interface AbcDiagnostic {
  kind: AbcDiagnosticKind;
  severity: 'error' | 'warning';
  /** Offsets into the analysed text; endChar exclusive. */
  startChar: number;
  endChar: number;
  message: string;
  /** Quick fixes, the preferred one first. */
  fixes?: AbcFix[];
}

export function abcDiagnostics(analysis: AbcAnalysis): AbcDiagnostic[] {
  const found: AbcDiagnostic[] = analysis.read.issues.map((issue) => ({
    kind: 'abcjs',
    severity: 'warning',
    startChar: issue.startChar,
    endChar: Math.max(issue.endChar, issue.startChar + 1),
    message: issue.message,
  }));
  for (const tune of analysis.tunes) found.push(...barLengthDiagnostics(analysis.text, tune));
  found.push(...chordSymbolDiagnostics(analysis));
  return found.sort((a, b) => a.startChar - b.startChar);
}

const UNIT_NAMES: Record<number, string> = {
  1: 'whole notes',
  2: 'half notes',
  4: 'quarter notes',
  8: 'eighth notes',
  16: 'sixteenth notes',
  32: '32nd notes',
};

function formatAmount(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(rounded);
}

/** "3.5 quarter notes" in the unit of the meter's denominator. */
function inMeterUnits(quarters: number, meter: Meter): string {
  const count = (quarters * meter.denominator) / 4;
  const unit = UNIT_NAMES[meter.denominator] ?? `1/${meter.denominator} notes`;
  return `${formatAmount(count)} ${Math.abs(count - 1) < 1e-9 ? unit.replace(/s$/, '') : unit}`;
}

/** Section ends and starts (repeats, double bars) between two bars, where a bar may be split in two. */
const SECTION_BOUNDARY = /:\||\|:|::|\|\||\|\]|\[\|/;

/**
 * A meter change inside the tune (M: on a later line or inline [M:...]) or free meter: the reader keeps
 * one meter per tune, so bar lengths are not judged there rather than judged wrongly.
 */
function hasVariableMeter(text: string, tune: AnalysedTune): boolean {
  const body = text.slice(tune.info.startChar, tune.info.endChar);
  const meterFields = body.match(/^M:.*$/gm) ?? [];
  return meterFields.length > 1 || /\[M:/.test(body) || meterFields.some((m) => /^M:\s*none/i.test(m));
}

function barLengthDiagnostics(text: string, analysed: AnalysedTune): AbcDiagnostic[] {
  const tune = analysed.tune;
  const bars = analysed.bars;
  if (!tune || bars.length === 0 || hasVariableMeter(text, analysed)) return [];
  const full = tuneBarQuarters(tune);
  const lengths = bars.map((bar) => bar.end - bar.start);
  const isFull = (i: number) => Math.abs(lengths[i] - full) < TIME_EPSILON;
  const accepted = new Set<number>();
  const pickup = lengths[0] < full - TIME_EPSILON ? lengths[0] : 0;
  if (pickup > 0) accepted.add(0);
  const complements = (a: number, b: number) => Math.abs(a + b - full) < TIME_EPSILON;
  const boundaryAfter = bars.map(
    (bar, i) => i + 1 < bars.length && SECTION_BOUNDARY.test(text.slice(bar.endChar, bars[i + 1].startChar)),
  );
  for (let i = 0; i + 1 < bars.length; i++) {
    if (!boundaryAfter[i]) continue;
    // A section may end on a short bar whose other part is the pickup of the next section (or of the tune).
    if (complements(lengths[i], lengths[i + 1])) {
      accepted.add(i);
      accepted.add(i + 1);
    } else if (pickup > 0 && complements(lengths[i], pickup)) accepted.add(i);
    // A short bar opening a section is its pickup when the section's last bar holds the rest.
    let sectionEnd = i + 1;
    while (sectionEnd < bars.length - 1 && !boundaryAfter[sectionEnd]) sectionEnd++;
    if (sectionEnd > i + 1 && complements(lengths[i + 1], lengths[sectionEnd])) {
      accepted.add(i + 1);
      accepted.add(sectionEnd);
    }
  }
  const lastIndex = bars.length - 1;
  if (pickup > 0 && lastIndex > 0 && complements(lengths[lastIndex], pickup)) accepted.add(lastIndex);

  const problems: AbcDiagnostic[] = [];
  bars.forEach((bar, i) => {
    if (isFull(i) || accepted.has(i)) return;
    const short = lengths[i] < full;
    const difference = Math.abs(full - lengths[i]);
    const meterText = `M:${tune.meter.numerator}/${tune.meter.denominator}`;
    const rest = short ? restText(difference, unitNoteLength(text, analysed)) : undefined;
    problems.push({
      kind: 'barLength',
      severity: 'warning',
      startChar: bar.startChar,
      endChar: bar.endChar,
      message:
        `Bar ${i + 1} is too ${short ? 'short' : 'long'}: it lasts ${inMeterUnits(lengths[i], tune.meter)}, ` +
        `${meterText} needs ${inMeterUnits(full, tune.meter)} (${inMeterUnits(difference, tune.meter)} ${short ? 'missing' : 'too many'})`,
      fixes: rest
        ? [
            {
              title: `Complete bar ${i + 1} with a rest (${rest})`,
              startChar: bar.endChar,
              endChar: bar.endChar,
              newText: rest,
            },
          ]
        : undefined,
    });
  });
  return problems;
}

/**
 * The reader reports an unreadable chord symbol as a warning with the line and, in its message, the
 * column of the opening quote ("column 27: cannot read the chord symbol "Gq7" …", or "file:6:27: …").
 */
const UNREADABLE_CHORD = /cannot read the chord symbol "(.*)" in /;
const COLUMN_IN_MESSAGE = /(?:column (\d+)|:(\d+):(\d+)):/;

function chordSymbolDiagnostics(analysis: AbcAnalysis): AbcDiagnostic[] {
  const lineStarts = lineStartOffsets(analysis.text);
  const problems: AbcDiagnostic[] = [];
  for (const warning of analysis.read.warnings) {
    const match = UNREADABLE_CHORD.exec(warning.message);
    const place = COLUMN_IN_MESSAGE.exec(warning.message);
    if (!match || !place) continue;
    const line = place[2] !== undefined ? Number(place[2]) : warning.line;
    const column = Number(place[1] ?? place[3]);
    const lineStart = line !== undefined ? lineStarts[line - 1] : undefined;
    if (lineStart === undefined) continue;
    const symbol = match[1];
    const startChar = lineStart + column - 1;
    // A chord symbol ends on its own line: an unclosed one must not reach into the next tune.
    const newline = analysis.text.indexOf('\n', startChar);
    const lineEnd = newline < 0 ? analysis.text.length : newline;
    const close = analysis.text.indexOf('"', startChar + 1);
    const endChar =
      analysis.text[startChar] === '"' && close >= 0 && close < lineEnd
        ? close + 1
        : Math.min(startChar + symbol.length + 2, lineEnd);
    problems.push({
      kind: 'chordSymbol',
      severity: 'warning',
      startChar,
      endChar,
      message: `Cannot read the chord symbol "${symbol}" (write it like C7, Dm7, F#m7b5, Bbmaj7 or G7/B); it is ignored`,
      fixes:
        analysis.text[startChar] === '"' && analysis.text[endChar - 1] === '"'
          ? respellChordSymbol(symbol).map((spelling) => ({
              title: `Respell the chord symbol as "${spelling}"`,
              startChar: startChar + 1,
              endChar: endChar - 1,
              newText: spelling,
            }))
          : undefined,
    });
  }
  return problems;
}

/** Offsets where each line starts; CR LF and LF both end a line. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Windows line endings: abcjs counts positions on them differently from editors (the reader corrects for it,
 * other ABC tools may not), and a mix of both is usually an accident of copy and paste.
 */
export function lineEndingDiagnostic(text: string): AbcDiagnostic | undefined {
  const firstCr = text.indexOf('\r');
  if (firstCr < 0) return undefined;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lines = (text.match(/\n/g) ?? []).length;
  const mixed = crlf < lines;
  return {
    kind: 'lineEndings',
    severity: 'warning',
    startChar: firstCr,
    endChar: firstCr + 1,
    message: mixed
      ? `The file mixes Windows (CR LF) and Unix (LF) line endings (${crlf} of ${lines} lines end in CR LF)`
      : 'The file has Windows (CR LF) line endings; ABC tools count positions more reliably on LF',
    fixes: [
      { title: 'Convert the line endings to LF', startChar: 0, endChar: text.length, newText: withLfLineEndings(text) },
    ],
  };
}
