/**
 * The engine's harmony analysis as the preview's render message carries it. Pure (no `vscode`): the
 * analysis must be of the very LF text the page renders, so that the offsets land on the same notes.
 */
import type { MarkedNote } from '../../engine';
import type { TuneHarmonyCount } from '../../shared/harmony';
import type { HarmonyMarkKind, RenderHarmony } from '../../shared/messages';

const KIND_OF_ROLE: Record<MarkedNote['role'], HarmonyMarkKind> = { X: 'outside', A: 'approach' };

export function toRenderHarmony(marked: readonly MarkedNote[], counts: readonly TuneHarmonyCount[]): RenderHarmony {
  return {
    marks: marked
      .filter((mark) => mark.endChar > mark.startChar)
      .map((mark) => ({ startChar: mark.startChar, endChar: mark.endChar, kind: KIND_OF_ROLE[mark.role] })),
    tunes: counts.map(({ tuneIndex, notes, outside, approach }) => ({ tuneIndex, notes, outside, approach })),
  };
}
