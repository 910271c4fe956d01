/**
 * The engine is imported on first use, never at activation: it pulls in abcjs, the MIDI reader and the
 * model code. esbuild keeps a dynamically imported module lazy inside the bundle.
 */
export type Engine = typeof import('../engine');
export type Evaluation = Awaited<ReturnType<Engine['loadEvaluation']>>;

let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= import('../engine');
  return engine;
}

export async function loadEvaluation(): Promise<Evaluation> {
  return (await loadEngine()).loadEvaluation();
}
