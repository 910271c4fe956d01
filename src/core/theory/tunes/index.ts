/** Tunes by name: the built-in library of forms and public-domain standards, and lead sheets. */
export {
  LIBRARY,
  PUBLIC_DOMAIN_LAST_YEAR,
  libraryLeadSheet,
  libraryTuneNames,
  matchTune,
  normaliseTitle,
  type TuneMatch,
} from './library';
export type { LibraryTune, TuneSection } from './types';
export {
  leadSheetChords,
  leadSheetProgression,
  transposeLeadSheet,
  type LeadSheet,
  type LeadSheetSection,
} from './leadSheet';
