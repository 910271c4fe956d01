/**
 * The project's one clock: 12 ticks to the quarter note, so eighths (6), eighth-note triplets (4) and
 * sixteenths (3) are whole numbers. Decoding, realising, writing, the band and the page's playback all count
 * in these ticks.
 */
export const TICKS_PER_QUARTER = 12;
