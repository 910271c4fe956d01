/**
 * Engraving with abcjs. Every tune of the text gets its own box (abcjs renders one tune per element);
 * abcjs draws all text, titles and chord symbols included, as SVG text nodes (textContent), so markup
 * in the ABC is shown as characters and never parsed.
 */
import * as abcjs from 'abcjs';
import { htmlToText } from './text';

export interface RenderedTunes {
  tunes: abcjs.TuneObject[];
  /** One entry per warning, as plain text, prefixed with the tune's number when there are several. */
  warnings: string[];
  noteCount: number;
}

export interface RenderOptions {
  /** A colour abcjs can put in a fill attribute (CSS variables cannot go there). */
  selectionColor: string;
  onClick(startChar: number, endChar: number, tuneIndex: number): void;
  /** Semitones abcjs moves the notes, key signatures and chord symbols it draws (a transposing part). */
  visualTranspose?: number;
}

/** Above this, a pasted tunebook would take seconds per keystroke; the first tunes still show. */
const MAX_TUNES = 50;

export function renderTunes(container: HTMLElement, abc: string, options: RenderOptions): RenderedTunes {
  container.replaceChildren();
  const tuneCount = Math.min(MAX_TUNES, Math.max(1, abcjs.numberOfTunes(abc)));
  const boxes: HTMLElement[] = [];
  for (let i = 0; i < tuneCount; i++) {
    const box = document.createElement('div');
    box.className = 'jazz-tune';
    box.dataset.tuneIndex = String(i);
    container.appendChild(box);
    boxes.push(box);
  }
  // abcjs accepts an array of elements (one tune each), which its typings do not say.
  const tunes = abcjs.renderAbc(boxes as unknown as abcjs.Selector, abc, {
    add_classes: true,
    responsive: 'resize',
    jazzchords: true,
    ...(options.visualTranspose ? { visualTranspose: options.visualTranspose } : {}),
    selectionColor: options.selectionColor,
    foregroundColor: 'currentColor',
    clickListener: (element, tuneNumber) => {
      const { startChar, endChar } = element as { startChar?: unknown; endChar?: unknown };
      if (typeof startChar === 'number' && typeof endChar === 'number' && startChar >= 0 && endChar >= startChar) {
        options.onClick(startChar, endChar, tuneNumber);
      }
    },
  }) as unknown as abcjs.TuneObject[];

  const warnings: string[] = [];
  tunes.forEach((tune, index) => {
    for (const warning of tune.warnings ?? []) {
      const text = htmlToText(warning);
      warnings.push(tunes.length > 1 ? `Tune ${index + 1}: ${text}` : text);
    }
  });
  if (abcjs.numberOfTunes(abc) > MAX_TUNES) {
    warnings.push(`Only the first ${MAX_TUNES} tunes are shown.`);
  }
  return { tunes, warnings, noteCount: container.querySelectorAll('.abcjs-note').length };
}
