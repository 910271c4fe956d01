/**
 * The preview shown for a player's part: abcjs transposes the notes, key signatures and chord symbols it draws
 * (`visualTranspose`) while what plays stays at concert pitch; a bass-clef part also gets `clef=bass` on every
 * K: line. The text drawn then differs from the document by those insertions, so offsets (clicks, harmony
 * marks, the cursor) are mapped between the two.
 */
import { type Part, writtenIntervalOfAbc } from '../shared/parts';

export interface PartView {
  /** The text abcjs draws. */
  text: string;
  /** Semitones abcjs moves what it draws (the part's interval, less what the document is already written at). */
  visualTranspose: number;
  /** The document offset of an offset in `text`. */
  toSource(offset: number): number;
  /** The offset in `text` of a document offset. */
  toShown(offset: number): number;
}

interface Insertion {
  /** Document offset the text goes before. */
  at: number;
  text: string;
}

/** Where " clef=bass" goes on each K: line that names no clef: after the key, before any comment. */
function bassClefInsertions(abc: string): Insertion[] {
  const insertions: Insertion[] = [];
  const keyLine = /^K:([^\n%]*)/gm;
  for (let match = keyLine.exec(abc); match; match = keyLine.exec(abc)) {
    if (/clef\s*=/.test(match[1])) continue;
    const end = match.index + match[0].replace(/[ \t\r]+$/, '').length;
    insertions.push({ at: end, text: ' clef=bass' });
  }
  return insertions;
}

export function partView(abc: string, part: Part): PartView {
  const insertions = part.clef === 'bass' ? bassClefInsertions(abc) : [];
  let text = '';
  let from = 0;
  for (const insertion of insertions) {
    text += abc.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  text += abc.slice(from);
  return {
    text,
    visualTranspose: part.interval - writtenIntervalOfAbc(abc),
    toShown(offset) {
      let shift = 0;
      for (const insertion of insertions) if (insertion.at <= offset) shift += insertion.text.length;
      return offset + shift;
    },
    toSource(offset) {
      let shift = 0;
      for (const insertion of insertions) {
        const shownAt = insertion.at + shift;
        if (offset < shownAt) break;
        if (offset < shownAt + insertion.text.length) return insertion.at;
        shift += insertion.text.length;
      }
      return offset - shift;
    },
  };
}
