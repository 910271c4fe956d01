/** The shape of an ABC tune book: one symbol per X: tune, folded per tune, with the tune's parts inside. */
import type { AbcAnalysis, AnalysedTune } from './document';

/** A part of a tune: from a P: field in the music, else a repeated or double-barred section. */
export interface AbcPartSymbol {
  /** "Part A", or "Section 2" where the tune names no parts. */
  name: string;
  /** "bars 9–16". */
  detail: string;
  startChar: number;
  endChar: number;
}

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
  parts: AbcPartSymbol[];
}

export function abcOutline(analysis: AbcAnalysis): AbcTuneSymbol[] {
  return analysis.tunes.map((analysed) => {
    const { info, tune, bars } = analysed;
    const lineEnd = analysis.text.indexOf('\n', info.startChar);
    const selectionEndChar = Math.min(info.endChar, lineEnd < 0 ? analysis.text.length : lineEnd);
    const title = info.title || tune?.title || 'untitled';
    const details = tune
      ? [
          `${tune.meter.numerator}/${tune.meter.denominator}`,
          `K:${tune.key.name}`,
          `${bars.length} bar${bars.length === 1 ? '' : 's'}`,
        ]
      : ['not readable'];
    return {
      tuneIndex: info.index,
      name: info.id ? `X:${info.id} ${title}` : title,
      detail: details.join(' · '),
      startChar: info.startChar,
      endChar: Math.max(info.startChar, info.endChar),
      selectionStartChar: info.startChar,
      selectionEndChar: Math.max(
        info.startChar,
        analysis.text[selectionEndChar - 1] === '\r' ? selectionEndChar - 1 : selectionEndChar,
      ),
      startLine: info.startLine,
      endLine: info.endLine,
      parts: analysed ? tuneParts(analysis.text, analysed) : [],
    };
  });
}

/** A section ends at the end of a repeat, a double bar or a final bar, unless a second ending follows. */
const SECTION_END = /(?::\||::|\|\||\|\])(?!\s*\[?\d)/;

function barsDetail(first: number, last: number): string {
  return first === last ? `bar ${first + 1}` : `bars ${first + 1}–${last + 1}`;
}

/**
 * The parts of a tune: where the music names them (a P: line or an inline [P:...]), those; otherwise the
 * sections between repeat signs and double bar lines, when there are at least two.
 */
export function tuneParts(text: string, analysed: AnalysedTune): AbcPartSymbol[] {
  const bars = analysed.bars;
  if (bars.length === 0) return [];
  const end = bars[bars.length - 1].endChar;
  // The music starts after the first K: line (a P: line in the header gives the order of the parts).
  const keyField = /^K:.*$/m.exec(text.slice(analysed.info.startChar, end));
  const bodyStart = keyField ? analysed.info.startChar + keyField.index + keyField[0].length : bars[0].startChar;
  const named: { name: string; at: number }[] = [];
  const partField = /(?:^P:[ \t]*([^\r\n%]*)|\[P:([^\]]*)\])/gm;
  partField.lastIndex = bodyStart;
  for (let match = partField.exec(text); match && match.index < end; match = partField.exec(text)) {
    named.push({ name: `Part ${(match[1] ?? match[2]).trim()}`, at: match.index });
  }
  if (named.length > 0) {
    return named.map((part, i) => {
      const stop = named[i + 1]?.at ?? end;
      const inside = bars.filter((bar) => bar.startChar >= part.at && bar.startChar < stop);
      const detail = inside.length > 0 ? barsDetail(inside[0].index, inside[inside.length - 1].index) : '';
      return { name: part.name, detail, startChar: part.at, endChar: Math.max(part.at, Math.min(stop, end)) };
    });
  }
  const sections: AbcPartSymbol[] = [];
  let first = 0;
  bars.forEach((bar, i) => {
    const next = bars[i + 1];
    // The next bar's first characters are included: abcjs starts a bar at its ending mark ("[2").
    if (next && !SECTION_END.test(text.slice(bar.endChar, next.startChar + 2))) return;
    sections.push({
      name: `Section ${sections.length + 1}`,
      detail: barsDetail(bars[first].index, bar.index),
      startChar: bars[first].startChar,
      endChar: bar.endChar,
    });
    first = i + 1;
  });
  return sections.length >= 2 ? sections : [];
}
