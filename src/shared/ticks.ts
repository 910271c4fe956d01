/**
 * The project's one clock: 12 ticks to the quarter note, so eighths (6), eighth-note triplets (4) and
 * sixteenths (3) are whole numbers. Decoding, realising, writing, the band and the page's playback all count
 * in these ticks.
 */
export const TICKS_PER_QUARTER = 12;
/** An eighth, a sixteenth and an eighth-note triplet, in ticks. */
export const EIGHTH_TICKS = TICKS_PER_QUARTER / 2;
export const SIXTEENTH_TICKS = TICKS_PER_QUARTER / 4;
export const TRIPLET_EIGHTH_TICKS = TICKS_PER_QUARTER / 3;
