/**
 * The engine's facade: what the CLI, the extension, the tests and the benchmarks call.
 * Pure Node: no vscode. tfjs is loaded only by training (src/model/backend.ts), never by generation.
 */
export { UserFacingError, TrainingCancelledError } from '../shared/errors';
export type { BandArrangement, BandNote, BandOptions, LeadInstrument } from '../core/band';
export { BAND_PARTS, type BandPart } from '../shared/bandParts';
export { DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS } from '../core/band';
export { parseProgression, DEFAULT_PROGRESSION } from '../core/theory/progression';
export { continueSolo, type Continuation, type NoContinuation, type ContinuationRequest } from './continuation';
/** The ABC assistant's analysers, for the editor's preview and exports (the language server imports them itself). */
export * as abcAnalysis from '../core/analysis';
export {
  listMidiTracks,
  defaultMelodyTrack,
  defaultChordTracks,
  type MidiTrackInfo,
} from '../core/formats/midi/tracks';
export type { MarkedNote } from '../core/analysis/harmony';

/** Evaluation pulls in the training loop and the baselines, so it loads only when a report is asked for. */
export function loadEvaluation(): Promise<typeof import('./evaluate')> {
  return import('./evaluate');
}

export { PACKAGE_ROOT, DEFAULT_MODEL_DIR, DEFAULT_CORPUS_DIR } from './paths';
export { loadModel, describeModel, type ModelSummary } from './models';
export { generateSolo, type GenerateOptions, type GenerateResult } from './generate';
export {
  soloToMusicXml,
  abcToMusicXml,
  abcTuneToSolo,
  soloToSheetSvg,
  soloToSheetPdf,
  type NotationExportOptions,
  type SheetExportOptions,
} from './notationExport';
/** The one safe way to write a file (atomic, never through a link): the editor's exports use it too. */
export { writeFileSafely } from '../core/io/safeWrite';
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
export {
  DECODING_CHANGE_WORDS,
  describeDecodingChange,
  formatExplanation,
  type SoloExplanation,
  type StepExplanation,
  type DecodingChange,
} from './explain';
export {
  importKerasModel,
  exportKerasModel,
  parseRecurrentActivation,
  valuesFileBeside,
  type KerasImportRequest,
  type KerasImportResult,
  type KerasExportResult,
} from './keras';
export { abcToMidi, arrangeBandForAbc, arrangeBandForSolo, DEFAULT_BAND_OPTIONS, type AbcMidiOptions } from './abcBand';
export { generateLick, type LickOptions, type LickResult } from './lick';
export {
  LICK_PROGRESSION_NAMES,
  LICK_KEY_ORDERS,
  LICK_BARS,
  type LickProgressionName,
  type LickKeyOrder,
} from '../core/formats/lickSheet';
export { PARTS, PART_NAMES, findPart, type Part, type PartName } from '../shared/parts';
export { tradeBars, TRADE_BARS, type TradeRequest, type TradeResult } from './trade';
export {
  listTunes,
  findTune,
  readIrealText,
  readIrealSource,
  pickIrealChart,
  irealSummaries,
  type TuneSummary,
  type TuneLookup,
  type IrealCharts,
  type IrealEntry,
} from './tunes';
export type { LeadSheet } from '../core/theory/tunes';
