/** Offsets in the text abcjs parsed (LF only, unknown fields blanked) mapped back to the file's own lines. */
import type { SourceRef } from '../../types';

/**
 * abcjs turns CRLF into LF inside each tune but counts the book-level offsets on the text it was given,
 * so positions drift on CRLF files. Parsing an LF copy and mapping offsets back keeps every line, column
 * and offset exact whatever the line endings.
 */
export class TextPositions {
  readonly lfText: string;
  private readonly leadingOffset: number;
  /** LF offsets of the newlines whose preceding CR was dropped, ascending. */
  private readonly droppedCrBefore: number[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.leadingOffset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = this.leadingOffset ? text.slice(1) : text;
    if (body.includes('\r')) {
      let lf = '';
      let chunkStart = 0;
      for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) !== 13) continue;
        lf += body.slice(chunkStart, i);
        if (body.charCodeAt(i + 1) === 10) {
          this.droppedCrBefore.push(lf.length);
          chunkStart = i + 1;
        } else {
          lf += '\n';
          chunkStart = i + 1;
        }
      }
      this.lfText = lf + body.slice(chunkStart);
    } else {
      this.lfText = body;
    }
    for (let i = 0; i < this.lfText.length; i++) {
      if (this.lfText.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** Offset in the original text of an offset in the LF copy. */
  originalOffset(lfOffset: number): number {
    return lfOffset + this.leadingOffset + countBelow(this.droppedCrBefore, lfOffset);
  }

  /** 1-based line of an LF offset. */
  lineOf(lfOffset: number): number {
    return countAtOrBelow(this.lineStarts, lfOffset);
  }

  /** 1-based column of an LF offset. */
  columnOf(lfOffset: number): number {
    return lfOffset - this.lineStarts[this.lineOf(lfOffset) - 1] + 1;
  }

  /** End of the line holding an LF offset (the offset of its newline, or the text length). */
  lineEnd(lfOffset: number): number {
    const line = this.lineOf(lfOffset);
    return line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.lfText.length;
  }

  source(file: string, lfStart: number, lfEnd: number): SourceRef {
    return {
      file,
      line: this.lineOf(lfStart),
      column: this.columnOf(lfStart),
      startChar: this.originalOffset(lfStart),
      endChar: this.originalOffset(lfEnd),
    };
  }
}

/** Number of sorted values < x. */
export function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values <= x. */
export function countAtOrBelow(sorted: number[], x: number): number {
  return countBelow(sorted, x + 1);
}
