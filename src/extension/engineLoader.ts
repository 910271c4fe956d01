/**
 * The engine is imported on first use, never at activation: it pulls in abcjs, the MIDI reader and the
 * model code. esbuild keeps a dynamically imported module lazy inside the bundle.
 */
export type Engine = typeof import('../engine');
export type MidiTracks = typeof import('../core/midiReader');

let engine: Promise<Engine> | undefined;
let midiTracks: Promise<MidiTracks> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= import('../engine');
  return engine;
}

export function loadMidiTracks(): Promise<MidiTracks> {
  midiTracks ??= import('../core/midiReader');
  return midiTracks;
}
