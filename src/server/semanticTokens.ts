/**
 * The harmony colouring as LSP semantic tokens: every note by its function over the chord sounding at its
 * onset (chord, scale, approach or outside tone), with `strongBeat` when it starts on one, and every chord
 * symbol. A tune's tokens are computed once per tune text (its piece) and moved to the tune's place.
 */
import { strongBeatOffsets } from '../core/solo/style';
import type { SemanticTokens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import { type AbcAnalysis, type BookAnalysis, type PitchRole } from '../core/analysis';
import { TIME_EPSILON } from '../core/types';
import { HARMONY_TOKEN_MODIFIERS, HARMONY_TOKEN_TYPES, type HarmonyTokenType } from '../shared/abcLanguage';

const ROLE_TOKENS: Record<PitchRole, HarmonyTokenType> = {
  C: 'chordTone',
  S: 'scaleTone',
  A: 'approachTone',
  X: 'outsideTone',
};
const TYPE_INDEX = new Map<string, number>(HARMONY_TOKEN_TYPES.map((type, i) => [type, i]));
const STRONG_BEAT_BIT = 1 << HARMONY_TOKEN_MODIFIERS.indexOf('strongBeat');

/** One token in piece offsets: start, length, type index, modifier bits. */
type PieceToken = [number, number, number, number];

const pieceTokens = new WeakMap<AbcAnalysis, PieceToken[]>();

function tokensOfPiece(analysis: AbcAnalysis): PieceToken[] {
  const cached = pieceTokens.get(analysis);
  if (cached) return cached;
  const tokens: PieceToken[] = [];
  for (const analysed of analysis.tunes) {
    const tune = analysed.tune;
    if (!tune) continue;
    const strong = strongBeatOffsets(tune.meter);
    let bar = 0;
    for (const note of analysed.notes) {
      if (!note.role || note.noteEndChar <= note.noteStartChar) continue;
      while (bar + 1 < tune.barStarts.length && tune.barStarts[bar + 1] <= note.note.start + TIME_EPSILON) bar++;
      const intoBar = note.note.start - (tune.barStarts[bar] ?? 0);
      const onStrongBeat = strong.some((offset) => Math.abs(intoBar - offset) < TIME_EPSILON);
      tokens.push([
        note.noteStartChar,
        note.noteEndChar - note.noteStartChar,
        TYPE_INDEX.get(ROLE_TOKENS[note.role])!,
        onStrongBeat ? STRONG_BEAT_BIT : 0,
      ]);
    }
    if (!tune.chordsInferred) {
      for (const timed of tune.chords) {
        const { startChar, endChar } = timed.source ?? {};
        if (startChar === undefined || endChar === undefined || endChar <= startChar) continue;
        tokens.push([startChar, endChar - startChar, TYPE_INDEX.get('chordSymbol')!, 0]);
      }
    }
  }
  tokens.sort((a, b) => a[0] - b[0]);
  pieceTokens.set(analysis, tokens);
  return tokens;
}

/** The document's tokens (within [from, to) when a range is given), in LSP's relative encoding. */
export function semanticTokens(document: TextDocument, book: BookAnalysis, within?: [number, number]): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const placed of book.tunes) {
    if (within && (placed.info.endChar < within[0] || placed.info.startChar > within[1])) continue;
    for (const [start, length, type, modifiers] of tokensOfPiece(placed.analysis)) {
      const at = start + placed.shift;
      if (at < placed.info.startChar) continue;
      if (within && (at < within[0] || at >= within[1])) continue;
      const position = document.positionAt(at);
      const deltaLine = position.line - previousLine;
      data.push(
        deltaLine,
        deltaLine === 0 ? position.character - previousCharacter : position.character,
        length,
        type,
        modifiers,
      );
      previousLine = position.line;
      previousCharacter = position.character;
    }
  }
  return { data };
}
