/**
 * The notes of a generated solo coloured by the network's confidence (the "Confidence" toggle): each engraved
 * note whose character range holds a mark's first character is drawn in the mark's colour, red for a value the
 * decoder drew at a low probability to green for a sure one, with the probability as its tooltip.
 */
import type { TuneObject } from 'abcjs';
import { confidenceColour, type ConfidenceMark } from '../shared/confidence';
import { engravedNotes } from './harmony';

const COLOURED = 'jazz-confidence';

/** Colours the notes (or, with `marks` undefined, removes the colours); returns how many notes were coloured. */
export function showConfidence(
  container: HTMLElement,
  tunes: readonly TuneObject[],
  marks: readonly ConfidenceMark[] | undefined,
): number {
  container.querySelectorAll<SVGElement>(`.${COLOURED}`).forEach((element) => {
    element.classList.remove(COLOURED);
    element.style.removeProperty('fill');
    element.style.removeProperty('stroke');
    element.querySelector(':scope > title.jazz-confidence-title')?.remove();
  });
  if (!marks?.length) return 0;
  const notes = tunes.flatMap(engravedNotes);
  let coloured = 0;
  for (const mark of marks) {
    const note = notes.find((n) => n.startChar <= mark.startChar && mark.startChar < n.endChar);
    if (!note) continue;
    const colour = confidenceColour(mark.probability);
    for (const svg of note.svg) {
      svg.classList.add(COLOURED);
      svg.style.fill = colour;
      svg.style.stroke = colour;
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.classList.add('jazz-confidence-title');
      title.textContent = `the network's confidence: ${(100 * mark.probability).toFixed(0)}%`;
      svg.prepend(title);
    }
    coloured++;
  }
  return coloured;
}
