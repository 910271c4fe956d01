/**
 * The engine's facade: what the CLI, the extension, the tests and the benchmarks call.
 * Pure Node: no vscode. tfjs is loaded only by training (src/model/backend.ts), never by generation.
 */
export { UserFacingError } from '../core/types';
export { TrainingCancelledError } from '../model/train';
export type { BandArrangement, BandNote, BandOptions, BandPart, LeadInstrument } from '../core/band';
export { BAND_PARTS, DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS } from '../core/band';
export { parseProgression, DEFAULT_PROGRESSION } from '../core/theory/progression';
export { continueSolo, type Continuation, type NoContinuation, type ContinuationRequest } from './continuation';
/** The ABC assistant's analysers, for the editor's preview and exports (the language server imports them itself). */
export * as abcAnalysis from '../core/analysis';
export { listMidiTracks, defaultMelodyTrack, defaultChordTracks, type MidiTrackInfo } from '../core/formats/midiReader';
export type { MarkedNote, TuneHarmonyCount } from '../core/analysis/harmony';

/** Evaluation pulls in the training loop and the baselines, so it loads only when a report is asked for. */
export function loadEvaluation(): Promise<typeof import('./evaluate')> {
  return import('./evaluate');
}

export { PACKAGE_ROOT, DEFAULT_MODEL_DIR, DEFAULT_CORPUS_DIR } from './paths';
export { loadModel, describeModel, type ModelSummary } from './models';
export { generateSolo, type GenerateOptions, type GenerateResult } from './generate';
export {
  trainFromCorpus,
  automaticEpochs,
  modelNameForCorpus,
  REFERENCE_UPDATES,
  REFERENCE_WINDOWS_MAX_VALUES,
  type TrainRequest,
  type TrainProgress,
  type TrainHooks,
  type TrainResult,
} from './train';
export { inspectCorpus, formatWarning, type InspectResult } from './inspect';
export { abcToMidi, arrangeBandForAbc, arrangeBandForSolo, DEFAULT_BAND_OPTIONS, type AbcMidiOptions } from './abcBand';
