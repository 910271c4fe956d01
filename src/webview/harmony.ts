/**
 * Harmony colouring of the engraved music: the extension sends the engine's marked notes as character
 * ranges of the rendered text; abcjs keeps, on every parsed note element, its own character range and
 * (after engraving) `abselem.elemset`, the SVG groups it drew. A mark colours the element whose range
 * holds the mark's first character.
 */
import type { TuneObject } from 'abcjs';
import { describeHarmonyCount } from '../shared/harmony';
import type { HarmonyMark, HarmonyMarkKind, RenderHarmony } from '../shared/messages';

export interface CharRange {
  startChar: number;
  endChar: number;
}

export const HARMONY_CLASSES: Record<HarmonyMarkKind, string> = {
  outside: 'jazz-outside',
  approach: 'jazz-approach',
};

/**
 * The kind each element gets. An element holding several marks (a chord [CEG]) shows the strongest:
 * outside before approach. Elements are looked up by binary search, so a long solo costs n log n.
 */
export function assignMarks<T extends CharRange>(
  elements: readonly T[],
  marks: readonly HarmonyMark[],
): Map<T, HarmonyMarkKind> {
  const sorted = [...elements].sort((a, b) => a.startChar - b.startChar);
  const assigned = new Map<T, HarmonyMarkKind>();
  for (const mark of marks) {
    let low = 0;
    let high = sorted.length - 1;
    let holder: T | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sorted[middle].startChar <= mark.startChar) {
        holder = sorted[middle];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (!holder || mark.startChar >= holder.endChar) continue;
    if (assigned.get(holder) !== 'outside') assigned.set(holder, mark.kind);
  }
  return assigned;
}

export interface EngravedNote extends CharRange {
  svg: readonly SVGElement[];
}

/** The engraved notes of a tune: parsed note elements (rests too; no mark ever points at one) with their SVG. */
export function engravedNotes(tune: TuneObject): EngravedNote[] {
  const notes: EngravedNote[] = [];
  for (const line of tune.lines ?? []) {
    for (const staff of line.staff ?? []) {
      for (const voice of staff.voices ?? []) {
        for (const element of voice) {
          const {
            el_type: type,
            startChar,
            endChar,
            abselem,
          } = element as unknown as {
            el_type?: string;
            startChar?: number;
            endChar?: number;
            abselem?: { elemset?: SVGElement[] };
          };
          if (type !== 'note' || typeof startChar !== 'number' || typeof endChar !== 'number') continue;
          const svg = abselem?.elemset ?? [];
          if (svg.length > 0) notes.push({ startChar, endChar, svg });
        }
      }
    }
  }
  return notes;
}

export interface HarmonyShown {
  outside: number;
  approach: number;
}

/**
 * Colours the marked notes of the rendered tunes (boxes in `container`, one per tune, as render.ts
 * makes them) and writes each tune's count above it; with no harmony, removes every trace of both.
 */
export function showHarmony(
  container: HTMLElement,
  tunes: readonly TuneObject[],
  harmony: RenderHarmony | undefined,
): HarmonyShown {
  for (const kind of Object.values(HARMONY_CLASSES)) {
    container.querySelectorAll(`.${kind}`).forEach((element) => element.classList.remove(kind));
  }
  container.querySelectorAll('.jazz-harmony-count').forEach((element) => element.remove());
  const shown: HarmonyShown = { outside: 0, approach: 0 };
  if (!harmony) return shown;

  const assigned = assignMarks(tunes.flatMap(engravedNotes), harmony.marks);
  for (const [note, kind] of assigned) {
    for (const svg of note.svg) svg.classList.add(HARMONY_CLASSES[kind]);
    shown[kind] += 1;
  }

  const boxes = container.querySelectorAll<HTMLElement>('.jazz-tune');
  for (const count of harmony.tunes) {
    const box = boxes[count.tuneIndex];
    if (!box || count.notes === 0) continue;
    const label = document.createElement('div');
    label.className = 'jazz-harmony-count';
    label.dataset.tuneIndex = String(count.tuneIndex);
    label.dataset.outside = String(count.outside);
    label.dataset.notes = String(count.notes);
    label.textContent = describeHarmonyCount(count) + (count.approach > 0 ? `, ${count.approach} approach` : '');
    box.before(label);
  }
  return shown;
}
