/** The parts of abcjs' parser the reader uses, typed: its element, key, meter and warning shapes. */

// abcjs ships no typings for its parser modules; these are the parts of their output this reader uses.
export interface AbcjsPitch {
  pitch: number;
  accidental?: string;
  startTie?: object;
  endTie?: boolean;
}
export interface AbcjsElement extends Partial<AbcjsKey> {
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
export interface AbcjsKey {
  root: string;
  acc: string;
  mode: string;
  accidentals?: { acc: string; note: string }[];
}
export interface AbcjsClef {
  type?: string;
  /** From `transpose=` on K: or V:, in semitones. */
  transpose?: number;
}
export interface AbcjsMeter {
  type: string;
  value?: { num: string; den?: string }[];
}
export interface AbcjsStaff {
  voices?: AbcjsElement[][];
  key?: AbcjsKey;
  meter?: AbcjsMeter;
  clef?: AbcjsClef;
}
export interface AbcjsTune {
  lines: { staff?: AbcjsStaff[] }[];
  metaText: { title?: string; tempo?: { bpm?: number; duration?: number[] } };
  formatting?: { midi?: { transpose?: number[] } };
}
export interface AbcjsWarningObject {
  message: string;
  startChar: number;
}
export interface AbcjsParser {
  parse(abc: string, switches: object, startPos: number): void;
  getTune(): AbcjsTune;
  getWarningObjects(): AbcjsWarningObject[] | undefined;
}
export interface AbcjsBookTune {
  abc: string;
  pure: string;
  startPos: number;
  id: string;
  title: string;
}

// The parser and book splitter are used directly (rather than `parseOnly`) to get warning positions as
// numbers and to isolate a tune that makes abcjs throw; abcjs is pinned, so these paths are stable.
export const AbcjsParse: new () => AbcjsParser = require('abcjs/src/parse/abc_parse');
export const splitAbcBook: (text: string) => {
  header: string;
  tunes: AbcjsBookTune[];
} = require('abcjs/src/parse/abc_parse_book');
