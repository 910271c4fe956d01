/**
 * The messages exchanged by the extension and the preview webview, typed once for both sides.
 *
 * Nothing here imports `vscode` or touches the DOM: the extension bundle, the webview bundle and the
 * unit tests all import this file. Messages coming *from* the webview are untrusted input (the page
 * renders user ABC), so the extension checks them with `parseWebviewMessage` before acting on them.
 */

import type { TuneHarmonyCount } from '../core/analysis/harmony';
export type { TuneHarmonyCount };

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

/** How the engine's harmony analysis classes a marked note: outside the chord and its scale, or an approach tone. */
export type HarmonyMarkKind = 'outside' | 'approach';

/** One marked note: [startChar, endChar) of the note itself in the LF text of its render. */
export interface HarmonyMark {
  startChar: number;
  endChar: number;
  kind: HarmonyMarkKind;
}

/**
 * The engine's harmony colouring of one render; absent when the setting is off or the text cannot be
 * analysed. `tunes` holds each tune's counts (`tuneIndex` is abcjs' 0-based tune number in the text).
 */
export interface RenderHarmony {
  marks: HarmonyMark[];
  tunes: TuneHarmonyCount[];
}

/** Render this ABC. `abc` has LF line endings, and every character offset the page reports refers to it. */
export interface RenderMessage {
  type: 'render';
  /** Increases with every render the extension sends; the page drops any older than one it has shown. */
  version: number;
  documentUri: string;
  abc: string;
  harmony?: RenderHarmony;
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

/**
 * Render a tune offline with the page's sound font and current playback settings (tempo, swing, chords)
 * and answer with `wav` or `wavFailed` carrying the same `requestId`. Without `tuneIndex` the page
 * takes the tune it would play.
 */
export interface ExportWavMessage {
  type: 'exportWav';
  requestId: number;
  tuneIndex?: number;
}

export type ExtensionToWebviewMessage = RenderMessage | ShowReportMessage | PlaybackCommandMessage | ExportWavMessage;

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

/** The answer to `exportWav`: a 16-bit PCM WAV file, base64 (webview messages travel as JSON). */
export interface WavMessage {
  type: 'wav';
  requestId: number;
  wavBase64: string;
}

export interface WavFailedMessage {
  type: 'wavFailed';
  requestId: number;
  message: string;
}

export type WebviewToExtensionMessage =
  | ReadyMessage
  | SelectSourceMessage
  | RenderedMessage
  | PlaybackStateMessage
  | WebviewErrorMessage
  | WavMessage
  | WavFailedMessage;

// ---------------------------------------------------------------- validation

const MAX_ERROR_TEXT = 2000;
/**
 * The largest WAV the page may send: about 12 minutes of mono 44.1 kHz audio. A message is held in
 * memory several times over on its way (string, JSON, IPC), so the bound keeps a runaway tune from
 * exhausting the extension host.
 */
export const MAX_WAV_BYTES = 64 * 1024 * 1024;
/** Base64 needs 4 characters for every 3 bytes. */
export const MAX_WAV_BASE64_LENGTH = Math.ceil(MAX_WAV_BYTES / 3) * 4;
/** More marks than notes a 50-tune book could hold means a broken message, not music. */
const MAX_HARMONY_MARKS = 200_000;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
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
    case 'wav': {
      const { requestId, wavBase64 } = value;
      if (!isCount(requestId) || typeof wavBase64 !== 'string') return undefined;
      if (wavBase64.length === 0 || wavBase64.length > MAX_WAV_BASE64_LENGTH || wavBase64.length % 4 !== 0) return undefined;
      if (!BASE64_PATTERN.test(wavBase64)) return undefined;
      return { type: 'wav', requestId, wavBase64 };
    }
    case 'wavFailed': {
      const { requestId, message } = value;
      if (!isCount(requestId) || typeof message !== 'string') return undefined;
      return { type: 'wavFailed', requestId, message: message.slice(0, MAX_ERROR_TEXT) };
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
      const render: RenderMessage = { type: 'render', version, documentUri, abc };
      // Bad colouring must not cost the user the music: the render goes on without it.
      const harmony = value.harmony === undefined ? undefined : parseRenderHarmony(value.harmony, abc.length);
      if (harmony) render.harmony = harmony;
      return render;
    }
    case 'showReport':
      return typeof value.html === 'string' ? { type: 'showReport', html: value.html } : undefined;
    case 'playback': {
      const command = value.command;
      if (command !== 'play' && command !== 'pause' && command !== 'stop') return undefined;
      return { type: 'playback', command };
    }
    case 'exportWav': {
      const { requestId, tuneIndex } = value;
      if (!isCount(requestId) || (tuneIndex !== undefined && !isCount(tuneIndex))) return undefined;
      return tuneIndex === undefined ? { type: 'exportWav', requestId } : { type: 'exportWav', requestId, tuneIndex };
    }
    default:
      return undefined;
  }
}

/**
 * The harmony of a render as typed, or undefined when any part is malformed: every mark must lie
 * inside the rendered text (`textLength` characters) and every count must be consistent.
 */
export function parseRenderHarmony(value: unknown, textLength: number): RenderHarmony | undefined {
  if (!isRecord(value) || !Array.isArray(value.marks) || !Array.isArray(value.tunes)) return undefined;
  if (value.marks.length > MAX_HARMONY_MARKS || value.tunes.length > MAX_HARMONY_MARKS) return undefined;
  const marks: HarmonyMark[] = [];
  for (const raw of value.marks as unknown[]) {
    if (!isRecord(raw)) return undefined;
    const { startChar, endChar, kind } = raw;
    if (!isCount(startChar) || !isCount(endChar) || endChar <= startChar || endChar > textLength) return undefined;
    if (kind !== 'outside' && kind !== 'approach') return undefined;
    marks.push({ startChar, endChar, kind });
  }
  const tunes: TuneHarmonyCount[] = [];
  for (const raw of value.tunes as unknown[]) {
    if (!isRecord(raw)) return undefined;
    const { tuneIndex, notes, outside, approach } = raw;
    if (!isCount(tuneIndex) || !isCount(notes) || !isCount(outside) || !isCount(approach)) return undefined;
    if (outside + approach > notes) return undefined;
    tunes.push({ tuneIndex, notes, outside, approach });
  }
  return { marks, tunes };
}

// ---------------------------------------------------------------- WAV

/** What a WAV file's header says, read by the extension before it writes bytes the page sent. */
export interface WavInfo {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes of sample data. */
  dataBytes: number;
  durationSeconds: number;
}

/**
 * The header of a canonical 16-bit PCM WAV (RIFF, a 16-byte "fmt " chunk, then "data"), or undefined
 * when the bytes are anything else or the sizes disagree with the length.
 */
export function readWavHeader(bytes: Uint8Array): WavInfo | undefined {
  const HEADER_BYTES = 44;
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE' || tag(12) !== 'fmt ' || tag(36) !== 'data') return undefined;
  if (view.getUint32(4, true) !== bytes.byteLength - 8 || view.getUint32(16, true) !== 16) return undefined;
  const format = view.getUint16(20, true);
  const channels = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const byteRate = view.getUint32(28, true);
  const blockAlign = view.getUint16(32, true);
  const bitsPerSample = view.getUint16(34, true);
  const dataBytes = view.getUint32(40, true);
  if (format !== 1 || bitsPerSample !== 16 || channels < 1 || channels > 8 || sampleRate < 8000 || sampleRate > 192000) return undefined;
  if (blockAlign !== channels * 2 || byteRate !== sampleRate * blockAlign) return undefined;
  if (dataBytes !== bytes.byteLength - HEADER_BYTES || dataBytes % blockAlign !== 0) return undefined;
  return { channels, sampleRate, bitsPerSample, dataBytes, durationSeconds: dataBytes / blockAlign / sampleRate };
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
