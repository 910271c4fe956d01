/**
 * The messages exchanged by the extension and the preview webview, typed once for both sides.
 *
 * Nothing here imports `vscode` or touches the DOM: the extension bundle, the webview bundle and the
 * unit tests all import this file. Messages coming *from* the webview are untrusted input (the page
 * renders user ABC), so the extension checks them with `parseWebviewMessage` before acting on them.
 */

import { BAND_PARTS, type BandPart } from './bandParts';
import { parseConfidenceMarks, type ConfidenceMark } from './confidence';
import type { TuneHarmonyCount } from './harmony';
import { TICKS_PER_QUARTER } from './ticks';
import { isCount, isRecord } from './validate';
import { isPartName, type PartName } from './parts';

/** The webview panel type; also the key VS Code uses to find our serializer after a reload. */
export const PREVIEW_VIEW_TYPE = 'jazzSolo.preview';

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
  /** A generated solo's notes with the network's confidence in each (see shared/confidence.ts). */
  confidence?: ConfidenceMark[];
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
  /** With play: only these bars (1-based, inclusive), once. */
  bars?: { from: number; to: number };
}

/**
 * Render a tune offline as the page's band plays it (mixer, lead instrument, tempo, swing, count-in) and
 * answer with `wav` or `wavFailed` carrying the same `requestId`. Without `tuneIndex` the page takes the
 * tune it would play.
 */
export interface ExportWavMessage {
  type: 'exportWav';
  requestId: number;
  tuneIndex?: number;
}

/**
 * One note of the rhythm section. Ticks are 12 to the quarter note, straight (the page swings them), and
 * tick 0 is the start of the count-in bar; the solo starts at the arrangement's `countInTicks`.
 */
export interface BandNoteData {
  part: BandPart;
  /** MIDI pitch; for drums the General MIDI percussion key. */
  pitch: number;
  startTick: number;
  durationTicks: number;
  velocity: number;
}

/** The engine's arrangement of a tune's rhythm section, as the page plays it. */
export interface BandData {
  meter: { numerator: number; denominator: number };
  countInTicks: number;
  totalTicks: number;
  notes: BandNoteData[];
}

/**
 * The answer to `requestBand`: the arrangement of tune `tuneIndex` of render `version`, or why there is
 * none (the lead then plays alone).
 */
export interface BandMessage {
  type: 'band';
  version: number;
  tuneIndex: number;
  band?: BandData;
  error?: string;
}

export type ExtensionToWebviewMessage =
  RenderMessage | ShowReportMessage | PlaybackCommandMessage | ExportWavMessage | BandMessage;

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

/** The page wants the rhythm section of tune `tuneIndex` (abcjs' 0-based number) of render `version`. */
export interface RequestBandMessage {
  type: 'requestBand';
  version: number;
  tuneIndex: number;
}

/** The user picked another part in the page: exports of this document follow it. */
export interface PartChangedMessage {
  type: 'partChanged';
  part: PartName;
}

export type WebviewToExtensionMessage =
  | PartChangedMessage
  | RequestBandMessage
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
      if (wavBase64.length === 0 || wavBase64.length > MAX_WAV_BASE64_LENGTH || wavBase64.length % 4 !== 0)
        return undefined;
      if (!BASE64_PATTERN.test(wavBase64)) return undefined;
      return { type: 'wav', requestId, wavBase64 };
    }
    case 'wavFailed': {
      const { requestId, message } = value;
      if (!isCount(requestId) || typeof message !== 'string') return undefined;
      return { type: 'wavFailed', requestId, message: message.slice(0, MAX_ERROR_TEXT) };
    }
    case 'requestBand': {
      const { version, tuneIndex } = value;
      if (!isCount(version) || !isCount(tuneIndex)) return undefined;
      return { type: 'requestBand', version, tuneIndex };
    }
    case 'partChanged':
      return isPartName(value.part) ? { type: 'partChanged', part: value.part } : undefined;
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
      const confidence =
        value.confidence === undefined ? undefined : parseConfidenceMarks(value.confidence, abc.length);
      if (confidence) render.confidence = confidence;
      return render;
    }
    case 'showReport':
      return typeof value.html === 'string' ? { type: 'showReport', html: value.html } : undefined;
    case 'playback': {
      const command = value.command;
      if (command !== 'play' && command !== 'pause' && command !== 'stop') return undefined;
      const bars = isRecord(value.bars) ? value.bars : undefined;
      if (bars && isCount(bars.from) && isCount(bars.to) && bars.from >= 1 && bars.to >= bars.from)
        return { type: 'playback', command, bars: { from: bars.from, to: bars.to } };
      return { type: 'playback', command };
    }
    case 'exportWav': {
      const { requestId, tuneIndex } = value;
      if (!isCount(requestId) || (tuneIndex !== undefined && !isCount(tuneIndex))) return undefined;
      return tuneIndex === undefined ? { type: 'exportWav', requestId } : { type: 'exportWav', requestId, tuneIndex };
    }
    case 'band': {
      const { version, tuneIndex, error } = value;
      if (!isCount(version) || !isCount(tuneIndex)) return undefined;
      const message: BandMessage = { type: 'band', version, tuneIndex };
      if (value.band !== undefined) {
        const band = parseBandData(value.band);
        if (!band) return { ...message, error: 'The rhythm section arrived malformed.' };
        message.band = band;
      }
      if (typeof error === 'string') message.error = error.slice(0, MAX_ERROR_TEXT);
      return message;
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

/** More notes than a rhythm section plays in an hour means a broken message. */
export const MAX_BAND_NOTES = 200_000;
// Far beyond any solo: sixteen hours at 400 quarter notes per minute.
const MAX_BAND_TICKS = TICKS_PER_QUARTER * 400 * 60 * 16;
const PART_SET: ReadonlySet<string> = new Set(BAND_PARTS);

function isMidiNumber(value: unknown, min: number): value is number {
  return isCount(value) && value >= min && value <= 127;
}

/** The arrangement as typed, or undefined when anything in it is malformed (then the band stays silent). */
export function parseBandData(value: unknown): BandData | undefined {
  if (!isRecord(value) || !isRecord(value.meter) || !Array.isArray(value.notes)) return undefined;
  const { numerator, denominator } = value.meter;
  const { countInTicks, totalTicks } = value;
  if (!isCount(numerator) || numerator < 1 || numerator > 32) return undefined;
  if (!isCount(denominator) || ![1, 2, 4, 8, 16].includes(denominator)) return undefined;
  if (!isCount(countInTicks) || !isCount(totalTicks) || countInTicks > totalTicks || totalTicks > MAX_BAND_TICKS)
    return undefined;
  if (value.notes.length > MAX_BAND_NOTES) return undefined;
  const notes: BandNoteData[] = [];
  for (const raw of value.notes as unknown[]) {
    if (!isRecord(raw)) return undefined;
    const { part, pitch, startTick, durationTicks, velocity } = raw;
    if (typeof part !== 'string' || !PART_SET.has(part) || !isMidiNumber(pitch, 0) || !isMidiNumber(velocity, 1))
      return undefined;
    if (!isCount(startTick) || !isCount(durationTicks) || durationTicks === 0 || startTick > MAX_BAND_TICKS)
      return undefined;
    notes.push({ part: part as BandPart, pitch, startTick, durationTicks, velocity });
  }
  return { meter: { numerator, denominator }, countInTicks, totalTicks, notes };
}
