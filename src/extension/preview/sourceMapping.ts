/**
 * The page renders LF-only text, so abcjs' startChar/endChar count characters of that text. A CRLF
 * document has one more character per line break before any offset; converting through line and
 * column instead of raw offsets makes the mapping right for both line-ending styles.
 */

export interface LineAndCharacter {
  /** 0-based, as vscode.Position. */
  line: number;
  character: number;
}

/** Start offset of every line of an LF-normalised text. */
export function lineStarts(lfText: string): number[] {
  const starts = [0];
  for (let i = lfText.indexOf('\n'); i !== -1; i = lfText.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and character of `offset` in the LF text (clamped into the text), found by binary search. */
export function positionOfLfOffset(starts: readonly number[], textLength: number, offset: number): LineAndCharacter {
  const clamped = Math.max(0, Math.min(textLength, Math.floor(offset)));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= clamped) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: clamped - starts[low] };
}
