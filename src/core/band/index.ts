/** The rhythm section: bass, comping and drums generated from a solo's chords, meter and tempo. */
export * from './types';
export { arrangeBand } from './arrange';
