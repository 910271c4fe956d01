/** The shape of an ABC tune book: one symbol per X: tune, folded per tune. */
import type { AbcAnalysis } from './document';

export interface AbcTuneSymbol {
  tuneIndex: number;
  /** "X:3 Blue Bossa" (or the title alone when the file has a single tune without X:). */
  name: string;
  /** Meter, key and bar count, e.g. "4/4 · K:F · 12 bars". */
  detail: string;
  /** The whole tune; offsets into the text. */
  startChar: number;
  endChar: number;
  /** The X: (or first) line, for the symbol's name. */
  selectionStartChar: number;
  selectionEndChar: number;
  /** 1-based, inclusive (for folding). */
  startLine: number;
  endLine: number;
}

export function abcOutline(analysis: AbcAnalysis): AbcTuneSymbol[] {
  return analysis.tunes.map(({ info, tune, bars }) => {
    const lineEnd = analysis.text.indexOf('\n', info.startChar);
    const selectionEndChar = Math.min(info.endChar, lineEnd < 0 ? analysis.text.length : lineEnd);
    const title = info.title || tune?.title || 'untitled';
    const details = tune ? [`${tune.meter.numerator}/${tune.meter.denominator}`, `K:${tune.key.name}`, `${bars.length} bar${bars.length === 1 ? '' : 's'}`] : ['not readable'];
    return {
      tuneIndex: info.index,
      name: info.id ? `X:${info.id} ${title}` : title,
      detail: details.join(' · '),
      startChar: info.startChar,
      endChar: Math.max(info.startChar, info.endChar),
      selectionStartChar: info.startChar,
      selectionEndChar: Math.max(info.startChar, analysis.text[selectionEndChar - 1] === '\r' ? selectionEndChar - 1 : selectionEndChar),
      startLine: info.startLine,
      endLine: info.endLine,
    };
  });
}
