/**
 * What the ABC language server and its clients agree on beyond LSP itself: command ids, the custom
 * notification that names the active model, the semantic token legend and the options a client may send.
 * Imported by the server (src/server) and the VS Code client (src/extension/language); nothing else here.
 */

import { COMMAND_IDS } from './commandIds';

/** Commands the server's code lenses and code actions name. Only CONTINUE is run by the server itself. */
export const ABC_COMMANDS = {
  openPreview: COMMAND_IDS.openPreview,
  playTune: COMMAND_IDS.playTune,
  continueSolo: COMMAND_IDS.continueSolo,
} as const;

/** Notification from the client: the model "continue this solo" uses from now on. */
export const SET_MODEL_NOTIFICATION = 'jazzSolo/setModel';

export interface SetModelParams {
  /** A model folder (model.json, weights.bin, vocabulary.json, metadata.json); absent = the default model. */
  modelDir?: string;
}

/** Sampling of "continue this solo"; absent fields keep the server's defaults. */
export interface ContinuationSettings {
  /** 0 = greedy. */
  temperature?: number;
  /** 0 = every value. */
  topK?: number;
  /** Absent: a seed from the text before the cursor, so the same place gives the same proposal. */
  seed?: number;
  /** Values the command inserts when the caller names no length. */
  steps?: number;
}

/** `initializationOptions` of the server (and the `jazzSolo` section of workspace/didChangeConfiguration). */
export interface AbcServerOptions {
  modelDir?: string;
  continuation?: ContinuationSettings;
  /**
   * The client registers the commands of ABC_COMMANDS itself (VS Code does), so the server must not offer
   * them through executeCommandProvider, where the client would register them a second time.
   */
  clientRunsCommands?: boolean;
  /**
   * The client proposes the next bar itself, as ghost text (VS Code's inline suggestion asks the server
   * through the command): the completion list then leaves that item out rather than generate it twice.
   */
  clientShowsInlineContinuation?: boolean;
}

/** The third argument of jazzSolo.continueSolo (the first two: the document URI and a position or offset). */
export interface ContinueSoloOptions extends ContinuationSettings {
  /** Whole bars to write (the default: `steps` values). */
  bars?: number;
  /** false: only return the text; default true: the server applies it with workspace/applyEdit. */
  apply?: boolean;
}

export type ContinueSoloResult =
  | {
      ok: true;
      /** The ABC inserted (or to insert) at `position`. */
      text: string;
      position: { line: number; character: number };
      bars: number;
      chords: string[];
      seed: number;
      /** Whether workspace/applyEdit inserted it. */
      applied: boolean;
    }
  | { ok: false; reason: string };

/**
 * The harmony colouring as semantic tokens: a note's function over the chord sounding at its onset (the
 * grammar's classes C, S, A, X), and chord symbols. Editors map these custom types to colours.
 */
export const HARMONY_TOKEN_TYPES = ['chordTone', 'scaleTone', 'approachTone', 'outsideTone', 'chordSymbol'] as const;
/** `strongBeat`: the note starts on a strong beat (beats 1 and 3 of 4/4, the bar's start otherwise). */
export const HARMONY_TOKEN_MODIFIERS = ['strongBeat'] as const;

export type HarmonyTokenType = (typeof HARMONY_TOKEN_TYPES)[number];

export interface HarmonyToken {
  /** 0-based, as in LSP. */
  line: number;
  character: number;
  length: number;
  type: HarmonyTokenType;
  modifiers: string[];
}

/** Decodes LSP's relative encoding of semantic tokens made with the legend above. */
export function decodeHarmonyTokens(data: readonly number[]): HarmonyToken[] {
  const tokens: HarmonyToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const type = HARMONY_TOKEN_TYPES[data[i + 3]];
    if (!type) continue;
    const modifiers = HARMONY_TOKEN_MODIFIERS.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    tokens.push({ line, character, length: data[i + 2], type, modifiers: [...modifiers] });
  }
  return tokens;
}
