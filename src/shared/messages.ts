/**
 * The messages exchanged by the extension and the preview webview, typed once for both sides.
 *
 * Nothing here imports `vscode` or touches the DOM: the extension bundle, the webview bundle and the
 * unit tests all import this file. Messages coming *from* the webview are untrusted input (the page
 * renders user ABC), so the extension checks them with `parseWebviewMessage` before acting on them.
 */

/** The webview panel type; also the key VS Code uses to find our serializer after a reload. */
export const PREVIEW_VIEW_TYPE = 'jazzSolo.preview';

/**
 * The sound font that `scripts/make-soundfont.mjs` writes under media/soundfont/. abcjs asks for
 * `<soundFontUrl><instrument>-mp3/<NoteName>.mp3`; the webview folds every note into this range and
 * plays every program on this instrument, because no other sound ships with the extension.
 */
export const SOUND_FONT_INSTRUMENT = 'acoustic_grand_piano';
export const SOUND_FONT_LOWEST_MIDI = 24; // C1: below abcjs' lowest walking-bass note (E1)
export const SOUND_FONT_HIGHEST_MIDI = 96; // C7

/** Settings the extension hands to the page through an escaped data attribute on <body>. */
export interface PreviewSettings {
  /** Webview URI of media/soundfont/, ending in '/'. */
  soundFontUrl: string;
  /** Default tempo in beats per minute when the tune has no Q: field. */
  defaultTempo: number;
  /** abcjs swing percentage: 50 = straight, 66 = triplet swing, at most 75. */
  swingPercent: number;
  /** Whether the chord symbols are played as an accompaniment. */
  chordsOn: boolean;
}

/** What the webview keeps with `setState`, handed back to the serializer after a window reload. */
export interface PreviewState {
  documentUri: string;
  tempo?: number;
  swingPercent?: number;
  chordsOn?: boolean;
}

// ---------------------------------------------------------------- extension → webview

/** Render this ABC. `abc` has LF line endings, and every character offset the page reports refers to it. */
export interface RenderMessage {
  type: 'render';
  /** Increases with every render the extension sends; the page drops any older than one it has shown. */
  version: number;
  documentUri: string;
  abc: string;
}

/** An HTML/SVG report produced by our own code (the evaluation report), shown below the music. Empty clears it. */
export interface ShowReportMessage {
  type: 'showReport';
  html: string;
}

/** Playback driven from the extension (commands, tests). */
export interface PlaybackCommandMessage {
  type: 'playback';
  command: 'play' | 'pause' | 'stop';
}

export type ExtensionToWebviewMessage = RenderMessage | ShowReportMessage | PlaybackCommandMessage;

// ---------------------------------------------------------------- webview → extension

/** The page's script has started and wants the current document. */
export interface ReadyMessage {
  type: 'ready';
}

/** The user clicked a note: select [startChar, endChar) of the LF text sent with `version`. */
export interface SelectSourceMessage {
  type: 'selectSource';
  version: number;
  startChar: number;
  endChar: number;
}

/** A render finished; the counts are for the status line and for tests. */
export interface RenderedMessage {
  type: 'rendered';
  version: number;
  noteCount: number;
  warningCount: number;
}

export type PlaybackState = 'loading' | 'playing' | 'paused' | 'stopped';

export interface PlaybackStateMessage {
  type: 'playbackState';
  state: PlaybackState;
}

/** Something failed in the page (for example the sound font could not be decoded); logged by the extension. */
export interface WebviewErrorMessage {
  type: 'error';
  message: string;
}

export type WebviewToExtensionMessage =
  | ReadyMessage
  | SelectSourceMessage
  | RenderedMessage
  | PlaybackStateMessage
  | WebviewErrorMessage;

// ---------------------------------------------------------------- validation

const MAX_ERROR_TEXT = 2000;
const PLAYBACK_STATES: readonly PlaybackState[] = ['loading', 'playing', 'paused', 'stopped'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The message as a typed value, or undefined when it is not one we know with every field of the right
 * type. Unknown extra fields are dropped so nothing unchecked travels further.
 */
export function parseWebviewMessage(value: unknown): WebviewToExtensionMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'selectSource': {
      const { version, startChar, endChar } = value;
      if (!isCount(version) || !isCount(startChar) || !isCount(endChar) || endChar < startChar) return undefined;
      return { type: 'selectSource', version, startChar, endChar };
    }
    case 'rendered': {
      const { version, noteCount, warningCount } = value;
      if (!isCount(version) || !isCount(noteCount) || !isCount(warningCount)) return undefined;
      return { type: 'rendered', version, noteCount, warningCount };
    }
    case 'playbackState': {
      const state = value.state;
      if (typeof state !== 'string' || !(PLAYBACK_STATES as readonly string[]).includes(state)) return undefined;
      return { type: 'playbackState', state: state as PlaybackState };
    }
    case 'error': {
      if (typeof value.message !== 'string') return undefined;
      return { type: 'error', message: value.message.slice(0, MAX_ERROR_TEXT) };
    }
    default:
      return undefined;
  }
}

/** The page's check of what the extension sends (cheap, and it keeps a bad build from half-rendering). */
export function parseExtensionMessage(value: unknown): ExtensionToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'render': {
      const { version, documentUri, abc } = value;
      if (!isCount(version) || typeof documentUri !== 'string' || typeof abc !== 'string') return undefined;
      return { type: 'render', version, documentUri, abc };
    }
    case 'showReport':
      return typeof value.html === 'string' ? { type: 'showReport', html: value.html } : undefined;
    case 'playback': {
      const command = value.command;
      if (command !== 'play' && command !== 'pause' && command !== 'stop') return undefined;
      return { type: 'playback', command };
    }
    default:
      return undefined;
  }
}

/** The persisted state as typed, or undefined when VS Code hands back something else (old or foreign state). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || typeof value.documentUri !== 'string' || value.documentUri === '') return undefined;
  const state: PreviewState = { documentUri: value.documentUri };
  if (typeof value.tempo === 'number' && Number.isFinite(value.tempo)) state.tempo = value.tempo;
  if (typeof value.swingPercent === 'number' && Number.isFinite(value.swingPercent)) state.swingPercent = value.swingPercent;
  if (typeof value.chordsOn === 'boolean') state.chordsOn = value.chordsOn;
  return state;
}

/** Settings as typed, with defaults for anything missing or malformed (the page must always start). */
export function parsePreviewSettings(value: unknown): PreviewSettings {
  const record = isRecord(value) ? value : {};
  return {
    soundFontUrl: typeof record.soundFontUrl === 'string' ? record.soundFontUrl : '',
    defaultTempo: clampNumber(record.defaultTempo, 20, 400, 120),
    swingPercent: clampNumber(record.swingPercent, 50, 75, 50),
    chordsOn: typeof record.chordsOn === 'boolean' ? record.chordsOn : true,
  };
}

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/**
 * The user's swing setting as abcjs' percentage. The engine speaks of a ratio (0.5 = straight,
 * 0.667 = triplet swing) while abcjs wants 50..75, so both spellings are accepted.
 */
export function swingToPercent(swing: number | undefined): number {
  if (swing === undefined || !Number.isFinite(swing) || swing <= 0) return 50;
  const percent = swing <= 1 ? swing * 100 : swing;
  return Math.min(75, Math.max(50, Math.round(percent)));
}
