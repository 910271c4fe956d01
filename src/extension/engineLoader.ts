/**
 * The engine is imported on first use, never at activation: it pulls in abcjs, the MIDI reader and the
 * model code. esbuild keeps a dynamically imported module lazy inside the bundle.
 */
export type Engine = typeof import('../engine');
export type MidiTracks = typeof import('../core/midiReader');
export type Evaluation = typeof import('../engine/evaluate');

let engine: Promise<Engine> | undefined;
let midiTracks: Promise<MidiTracks> | undefined;
let evaluation: Promise<Evaluation> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= import('../engine');
  return engine;
}

export function loadMidiTracks(): Promise<MidiTracks> {
  midiTracks ??= import('../core/midiReader');
  return midiTracks;
}

export function loadEvaluation(): Promise<Evaluation> {
  evaluation ??= import('../engine/evaluate');
  return evaluation;
}
