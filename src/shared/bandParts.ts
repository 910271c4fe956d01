/** The rhythm section's parts, named once for the engine's arrangement, the settings and the preview's mixer. */
export type BandPart = 'bass' | 'comping' | 'drums';

export const BAND_PARTS: readonly BandPart[] = ['bass', 'comping', 'drums'];
