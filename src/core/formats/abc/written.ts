/** What the reader reports of a tune's text: where each tune sits, and the symbols as an engraver wrote them. */
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
