/**
 * Swing, in one place: how the user's swing setting is read and how straight (written) time becomes swung
 * (played) time. Used by the MIDI writer, the band and the preview, so what is exported is what is heard.
 * Imports nothing from the project (the webview may use it).
 *
 * Swing is a ratio: the share of a beat (quarter note) the first of two written eighth notes takes when played.
 * 0.5 is straight, 2/3 triplet swing, 0.75 dotted-eighth swing. abcjs speaks of percentages (50..75).
 */

export const STRAIGHT = 0.5;
export const MAX_SWING = 0.75;

/** The user's swing as a ratio in [0.5, 0.75]; both spellings are accepted (0.66 or 66). Missing → straight. */
export function swingRatio(swing: number | undefined): number {
  if (swing === undefined || !Number.isFinite(swing) || swing <= 0) return STRAIGHT;
  const ratio = swing > 1 ? swing / 100 : swing;
  return Math.min(MAX_SWING, Math.max(STRAIGHT, ratio));
}

/** The user's swing setting as abcjs' whole percentage (50..75). */
export function swingToPercent(swing: number | undefined): number {
  return Math.round(swingRatio(swing) * 100);
}

/**
 * Whether eighth notes swing in this meter: in N/4 and N/2 (and N/1) they do, by quarter-note beats; in N/8
 * the eighth is the beat (6/8's lilt is written in the notes), so nothing is moved there.
 */
export function meterSwings(denominator: number): boolean {
  return denominator <= 4;
}

/**
 * Where a straight time is played when swung, in the same unit (ticks or quarters).
 *
 * Within each beat the first written half is stretched to `ratio` of the beat and the second half squeezed
 * into the rest, piecewise linearly: the off-beat eighth moves to `ratio` of the beat, beats never move, and
 * the mapping keeps order (a note never starts before the one written before it), so durations stay positive.
 *
 * @param time straight time, counted from a beat (e.g. the start of the piece)
 * @param beatLength length of the beat (the quarter note) in the same unit: 12 for this project's ticks
 * @param swing the user's swing (ratio or percentage, see swingRatio)
 */
export function swingTime(time: number, beatLength: number, swing: number | undefined): number {
  const ratio = swingRatio(swing);
  if (ratio === STRAIGHT || beatLength <= 0) return time;
  const beat = Math.floor(time / beatLength);
  const within = time - beat * beatLength;
  const half = beatLength / 2;
  const swungWithin =
    within <= half
      ? (within / half) * ratio * beatLength
      : ratio * beatLength + ((within - half) / half) * (1 - ratio) * beatLength;
  return beat * beatLength + swungWithin;
}

/**
 * A note's swung start and length, from its straight start and length (same unit as beatLength).
 * The end is swung too, so a swung off-beat eighth is shorter than the on-beat one before it.
 */
export function swingSpan(
  start: number,
  duration: number,
  beatLength: number,
  swing: number | undefined,
): { start: number; duration: number } {
  const swungStart = swingTime(start, beatLength, swing);
  const swungEnd = swingTime(start + duration, beatLength, swing);
  return { start: swungStart, duration: swungEnd - swungStart };
}
