/**
 * Analysis of a tune book one tune at a time, for a language server: a keystroke changes one tune, so only
 * that tune is read again by abcjs; every other tune's analysis is reused from a cache keyed by its text,
 * and only its offsets move. The answers are the ones analyseAbc gives for the whole text.
 *
 * abcjs reads each X: tune of a book on its own, with the book's file header (the text before the first
 * X:, whose %% directives apply to every tune) in front. Each tune is analysed the same way: the header
 * followed by the tune, and offsets in that piece map to the document by adding the tune's shift.
 */
import { type AbcTuneInfo } from '../formats/abc/written';
import { type TuneHarmonyCount } from '../../shared/harmony';
import { listAbcTunes } from '../formats/abcReader';
import { abcDiagnostics, lineEndingDiagnostic, type AbcDiagnostic } from './diagnostics';
import { analyseAbc, type AbcAnalysis, type AnalysedTune } from './document';
import { abcHover, type AbcHover } from './hover';
import { harmonyCounts, markedNotes, type MarkedNote } from './harmony';
import { abcOutline, type AbcTuneSymbol } from './outline';

/** One tune analysed on its own (header + tune text); offsets inside are local to that piece. */
interface TunePiece {
  analysis: AbcAnalysis;
  /** Length of the file header in front of the tune in `analysis.text`. */
  headerLength: number;
  diagnostics: AbcDiagnostic[];
  marks: MarkedNote[];
  symbol: AbcTuneSymbol | undefined;
  count: TuneHarmonyCount | undefined;
}

/** A tune of the document: its place, and its piece with the shift from piece offsets to document offsets. */
export interface PlacedTune {
  /** 0-based position in the document. */
  index: number;
  info: AbcTuneInfo;
  /** Document offset = piece offset + shift. */
  shift: number;
  /** The analysis of the piece (file header + this tune); use `shift` to map its offsets. */
  analysis: AbcAnalysis;
  /** The tune inside the piece's analysis. */
  tune: AnalysedTune | undefined;
  piece: TunePiece;
}

function shifted<T extends { startChar: number; endChar: number }>(item: T, shift: number): T {
  return shift === 0 ? item : { ...item, startChar: item.startChar + shift, endChar: item.endChar + shift };
}

/** The analysis of one version of a document, assembled from per-tune pieces. */
export class BookAnalysis {
  private diagnosticsCache: AbcDiagnostic[] | undefined;

  constructor(
    readonly text: string,
    readonly tunes: PlacedTune[],
    /** How many tunes were read by abcjs for this version (the rest came from the cache). */
    readonly analysedTunes: number,
  ) {}

  /** Diagnostics in document offsets, sorted; the file-wide line-ending check included. */
  diagnostics(): AbcDiagnostic[] {
    if (this.diagnosticsCache) return this.diagnosticsCache;
    const found: AbcDiagnostic[] = [];
    for (const placed of this.tunes) {
      for (const diagnostic of placed.piece.diagnostics) {
        // The header is in front of every piece; what is said about it is said once, with the first tune.
        if (diagnostic.startChar < placed.piece.headerLength && placed.index > 0) continue;
        found.push({
          ...shifted(diagnostic, placed.shift),
          fixes: diagnostic.fixes?.map((fix) => shifted(fix, placed.shift)),
        });
      }
    }
    const lineEndings = lineEndingDiagnostic(this.text);
    if (lineEndings) found.push(lineEndings);
    this.diagnosticsCache = found.sort((a, b) => a.startChar - b.startChar);
    return this.diagnosticsCache;
  }

  /** The tune whose text (X: line to its last line) holds the offset. */
  tuneAt(offset: number): PlacedTune | undefined {
    let low = 0;
    let high = this.tunes.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const { info } = this.tunes[middle];
      if (offset < info.startChar) high = middle - 1;
      else if (offset > info.endChar) low = middle + 1;
      else return this.tunes[middle];
    }
    return undefined;
  }

  hover(offset: number): AbcHover | undefined {
    const placed = this.tuneAt(offset);
    if (!placed) return undefined;
    const hover = abcHover(placed.analysis, offset - placed.shift);
    return hover && shifted(hover, placed.shift);
  }

  /** Approach and outside notes, in document offsets. */
  markedNotes(): MarkedNote[] {
    return this.tunes.flatMap((placed) => placed.piece.marks.map((mark) => shifted(mark, placed.shift)));
  }

  outline(): AbcTuneSymbol[] {
    return this.tunes.flatMap((placed) => {
      const symbol = placed.piece.symbol;
      if (!symbol) return [];
      return [
        {
          ...symbol,
          tuneIndex: placed.index,
          // The document's own split: a piece ends with its tune, the document's tune takes its line end too.
          startChar: placed.info.startChar,
          endChar: Math.max(placed.info.startChar, placed.info.endChar),
          selectionStartChar: symbol.selectionStartChar + placed.shift,
          selectionEndChar: symbol.selectionEndChar + placed.shift,
          startLine: placed.info.startLine,
          endLine: placed.info.endLine,
          parts: symbol.parts.map((part) => shifted(part, placed.shift)),
        },
      ];
    });
  }

  harmonyCounts(): TuneHarmonyCount[] {
    return this.tunes.flatMap((placed) =>
      placed.piece.count ? [{ ...placed.piece.count, tuneIndex: placed.index }] : [],
    );
  }
}

/**
 * Keeps the pieces of the tunes seen recently, keyed by their text (header included). Documents may share
 * one analyser: a tune copied into two files is read once. When more than `maxPieces` are kept, the pieces
 * not used since the previous turnover are dropped.
 */
export class IncrementalAbcAnalyser {
  private pieces = new Map<string, TunePiece>();
  private previous = new Map<string, TunePiece>();

  constructor(private readonly maxPieces = 4000) {}

  analyse(text: string, file: string): BookAnalysis {
    const infos = listAbcTunes(text);
    const headerEnd = infos.length > 0 ? infos[0].startChar : 0;
    const header = text.slice(0, headerEnd);
    let analysedTunes = 0;
    const tunes = infos.map((info, index): PlacedTune => {
      const key = header + text.slice(info.startChar, info.endChar);
      let piece = this.lookUp(key);
      if (!piece) {
        piece = makePiece(key, header.length, file);
        analysedTunes++;
        this.remember(key, piece);
      }
      const shift = info.startChar - header.length;
      return { index, info, shift, analysis: piece.analysis, tune: piece.analysis.tunes[0], piece };
    });
    return new BookAnalysis(text, tunes, analysedTunes);
  }

  private lookUp(key: string): TunePiece | undefined {
    const found = this.pieces.get(key) ?? this.previous.get(key);
    if (found) this.remember(key, found);
    return found;
  }

  /** Two generations: what was used since the last turnover stays, what was not is dropped at the next one. */
  private remember(key: string, piece: TunePiece): void {
    this.pieces.set(key, piece);
    if (this.pieces.size > this.maxPieces) {
      this.previous = this.pieces;
      this.pieces = new Map();
    }
  }
}

function makePiece(text: string, headerLength: number, file: string): TunePiece {
  const analysis = analyseAbc(text, file);
  const tune = analysis.tunes[0];
  return {
    analysis,
    headerLength,
    diagnostics: abcDiagnostics(analysis),
    marks: markedNotes(analysis),
    symbol: tune ? abcOutline(analysis)[0] : undefined,
    count: tune ? harmonyCounts(analysis)[0] : undefined,
  };
}
