/**
 * The preview page: renders what the extension sends, lists abcjs' warnings, reports clicks on notes,
 * plays the tune with a cursor, and shows our own report section. Bundled by esbuild into
 * media/preview.js (browser, iife).
 */
import type { NoteTimingEvent, TuneObject } from 'abcjs';
import {
  ExportWavMessage,
  MAX_WAV_BYTES,
  PreviewSettings,
  PreviewState,
  RenderHarmony,
  RenderMessage,
  WebviewToExtensionMessage,
  parseExtensionMessage,
  parsePreviewSettings,
  parsePreviewState,
} from '../shared/messages';
import { showHarmony } from './harmony';
import { PlaybackOptions, Player, renderTuneAudio } from './playback';
import { renderTunes } from './render';
import { htmlToText, sanitiseReport } from './text';
import { bytesToBase64, distinctChannels, encodeWav } from './wav';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function send(message: WebviewToExtensionMessage): void {
  vscode.postMessage(message);
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The preview page has no #${id}`);
  return found as T;
}

const settings: PreviewSettings = parsePreviewSettings(readSettingsAttribute());
const musicBox = element<HTMLDivElement>('jazz-music');
const warningsBox = element<HTMLDivElement>('jazz-warnings');
const reportBox = element<HTMLDivElement>('jazz-report');
const statusText = element<HTMLSpanElement>('jazz-status');
const playButton = element<HTMLButtonElement>('jazz-play');
const stopButton = element<HTMLButtonElement>('jazz-stop');
const tempoInput = element<HTMLInputElement>('jazz-tempo');
const swingInput = element<HTMLInputElement>('jazz-swing');
const swingValue = element<HTMLOutputElement>('jazz-swing-value');
const chordsInput = element<HTMLInputElement>('jazz-chords');
const harmonyLegend = element<HTMLDivElement>('jazz-harmony-legend');

const saved = parsePreviewState(vscode.getState());
let documentUri = saved?.documentUri ?? '';
/** A tempo the user typed; it wins over the tune's Q: until another document is shown. */
let tempoOverride = saved?.tempo;
let lastVersion = -1;
let lastRenderedText: string | undefined;
let tunes: TuneObject[] = [];
let lastWarningCount = 0;
let playingTune = 0;
let highlighted: Element[] = [];
let cursorLine: SVGLineElement | undefined;
/** True while a WAV is being rendered: abcjs' audio context is swapped for a silent one meanwhile. */
let exporting = false;

swingInput.value = String(saved?.swingPercent ?? settings.swingPercent);
chordsInput.checked = saved?.chordsOn ?? settings.chordsOn;
swingValue.textContent = `${swingInput.value}%`;

const player = new Player({
  onState: (state) => {
    document.body.dataset.playback = state;
    playButton.textContent = state === 'playing' ? 'Pause' : 'Play';
    playButton.setAttribute('aria-label', playButton.textContent);
    statusText.textContent = state === 'loading' ? 'Loading sounds…' : '';
    send({ type: 'playbackState', state });
  },
  onEvent: (event) => showCursor(event),
  onError: (message) => {
    statusText.textContent = message;
    send({ type: 'error', message });
  },
});
document.body.dataset.playback = 'stopped';

function readSettingsAttribute(): unknown {
  try {
    return JSON.parse(document.body.dataset.settings ?? '{}');
  } catch {
    return {};
  }
}

function persistState(): void {
  const state: PreviewState = {
    documentUri,
    swingPercent: Number(swingInput.value),
    chordsOn: chordsInput.checked,
  };
  if (tempoOverride !== undefined) state.tempo = tempoOverride;
  vscode.setState(state);
}

/** abcjs needs a real colour for a fill attribute; read the theme's link colour at render time. */
function themeSelectionColor(): string {
  const style = getComputedStyle(document.body);
  const fromTheme = style.getPropertyValue('--vscode-textLink-foreground').trim();
  return fromTheme || '#3794ff';
}

function tuneTempo(tune: TuneObject | undefined): number {
  const stated = tune?.metaText?.tempo;
  if (tune && stated && typeof stated.bpm === 'number' && stated.bpm > 0) return Math.round(tune.getBpm(stated));
  return settings.defaultTempo;
}

function playbackOptions(tuneIndex = playingTune): PlaybackOptions {
  const typed = Number(tempoInput.value);
  // The tempo box shows the playing tune's tempo; another tune keeps its own unless the user typed one.
  const shown = tuneIndex === playingTune && Number.isFinite(typed) && typed >= 20 && typed <= 400 ? typed : undefined;
  return {
    soundFontUrl: settings.soundFontUrl,
    tempo: tempoOverride ?? shown ?? tuneTempo(tunes[tuneIndex]),
    swingPercent: Number(swingInput.value),
    chordsOn: chordsInput.checked,
  };
}

function render(message: RenderMessage): void {
  // Messages can overtake each other only in theory, but a stale render must never replace a newer one.
  if (message.version <= lastVersion) return;
  lastVersion = message.version;
  if (message.documentUri !== documentUri) {
    documentUri = message.documentUri;
    tempoOverride = undefined;
    playingTune = 0;
  } else if (message.abc === lastRenderedText) {
    // Same text (the page was re-shown, an edit was undone, the colouring setting changed): keep the
    // music and any playback; only the colours may differ.
    applyHarmony(message.harmony);
    send({ type: 'rendered', version: message.version, noteCount: countNotes(), warningCount: warningCount() });
    return;
  }
  lastRenderedText = message.abc;
  cursorLine = undefined;
  highlighted = [];
  const result = renderTunes(musicBox, message.abc, {
    selectionColor: themeSelectionColor(),
    onClick: (startChar, endChar, tuneIndex) => {
      if (tuneIndex !== playingTune) {
        playingTune = tuneIndex;
        player.setTune(tunes[playingTune]);
      }
      send({ type: 'selectSource', version: lastVersion, startChar, endChar });
    },
  });
  tunes = result.tunes;
  if (playingTune >= tunes.length) playingTune = 0;
  player.setTune(tunes[playingTune]);
  tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
  lastWarningCount = result.warnings.length;
  showWarnings(result.warnings);
  applyHarmony(message.harmony);
  musicBox.classList.toggle('jazz-empty', result.noteCount === 0);
  document.body.dataset.renderVersion = String(message.version);
  document.body.dataset.noteCount = String(result.noteCount);
  persistState();
  send({ type: 'rendered', version: message.version, noteCount: result.noteCount, warningCount: result.warnings.length });
}

function applyHarmony(harmony: RenderHarmony | undefined): void {
  const shown = showHarmony(musicBox, tunes, harmony);
  harmonyLegend.hidden = !harmony;
  document.body.dataset.outsideNotes = String(shown.outside);
  document.body.dataset.approachNotes = String(shown.approach);
}

function countNotes(): number {
  return musicBox.querySelectorAll('.abcjs-note').length;
}

function warningCount(): number {
  return lastWarningCount;
}

/** A runaway paste can give thousands; the first ones are the useful ones. */
const MAX_LISTED_WARNINGS = 100;

function showWarnings(warnings: string[]): void {
  const list = document.createElement('ul');
  for (const warning of warnings.slice(0, MAX_LISTED_WARNINGS)) {
    const item = document.createElement('li');
    item.textContent = warning;
    list.appendChild(item);
  }
  if (warnings.length > MAX_LISTED_WARNINGS) {
    const more = document.createElement('li');
    more.textContent = `… and ${warnings.length - MAX_LISTED_WARNINGS} more`;
    list.appendChild(more);
  }
  warningsBox.replaceChildren();
  if (warnings.length > 0) {
    const heading = document.createElement('div');
    heading.className = 'jazz-warnings-title';
    heading.textContent = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
    warningsBox.append(heading, list);
  }
  warningsBox.hidden = warnings.length === 0;
}

function showReport(html: string): void {
  reportBox.replaceChildren();
  if (html.trim() === '') {
    reportBox.hidden = true;
    return;
  }
  reportBox.appendChild(sanitiseReport(html));
  reportBox.hidden = false;
}

/** Highlights the sounding notes and moves a vertical line to them, scrolling it into view. */
function showCursor(event: NoteTimingEvent | null): void {
  for (const previous of highlighted) previous.classList.remove('jazz-playing');
  highlighted = [];
  if (!event || event.left === undefined || event.top === undefined || event.height === undefined) {
    cursorLine?.remove();
    cursorLine = undefined;
    delete document.body.dataset.cursorChar;
    return;
  }
  for (const group of event.elements ?? []) {
    for (const note of group) {
      note.classList.add('jazz-playing');
      highlighted.push(note);
    }
  }
  const svg = musicBox.querySelectorAll<SVGSVGElement>('.jazz-tune')[playingTune]?.querySelector('svg');
  if (!svg) return;
  if (!cursorLine || cursorLine.ownerSVGElement !== svg) {
    cursorLine?.remove();
    cursorLine = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    cursorLine.classList.add('jazz-cursor');
    svg.appendChild(cursorLine);
  }
  const x = String(event.left - 2);
  cursorLine.setAttribute('x1', x);
  cursorLine.setAttribute('x2', x);
  cursorLine.setAttribute('y1', String(event.top));
  cursorLine.setAttribute('y2', String(event.top + event.height));
  document.body.dataset.cursorChar = String(event.startChar ?? '');
  const first = highlighted[0];
  if (first instanceof SVGElement) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Renders one tune offline, exactly as Play would sound (tempo, swing, chords as set in the panel), and
 * sends the WAV file's bytes to the extension, which writes the file.
 */
async function exportWav(request: ExportWavMessage): Promise<void> {
  const tuneIndex = request.tuneIndex ?? playingTune;
  const tune = tunes[tuneIndex];
  const fail = (message: string): void => send({ type: 'wavFailed', requestId: request.requestId, message });
  if (!tune) return fail(tunes.length === 0 ? 'There is no tune to export.' : `There is no tune number ${tuneIndex + 1}.`);
  if (exporting) return fail('A WAV export is already running.');
  exporting = true;
  player.stop();
  playButton.disabled = true;
  statusText.textContent = 'Rendering WAV…';
  try {
    const audio = await renderTuneAudio(tune, playbackOptions(tuneIndex));
    const channels = distinctChannels(audio.channels);
    const wavBytes = 44 + channels.length * 2 * channels[0].length;
    if (wavBytes > MAX_WAV_BYTES) {
      const minutes = (channels[0].length / audio.sampleRate / 60).toFixed(1);
      return fail(`The tune lasts ${minutes} minutes; a WAV export is limited to ${Math.floor(MAX_WAV_BYTES / 1024 / 1024)} MB.`);
    }
    send({ type: 'wav', requestId: request.requestId, wavBase64: bytesToBase64(encodeWav(channels, audio.sampleRate)) });
    statusText.textContent = '';
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    statusText.textContent = `WAV export failed: ${text}`;
    fail(`Rendering the WAV failed: ${text}`);
  } finally {
    exporting = false;
    playButton.disabled = false;
  }
}

playButton.addEventListener('click', () => {
  if (!exporting) void player.toggle(playbackOptions());
});
stopButton.addEventListener('click', () => player.stop());
tempoInput.addEventListener('change', () => {
  const typed = Number(tempoInput.value);
  if (!Number.isFinite(typed) || typed < 20 || typed > 400) {
    tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
    return;
  }
  tempoOverride = typed;
  player.invalidate();
  persistState();
});
swingInput.addEventListener('input', () => {
  swingValue.textContent = `${swingInput.value}%`;
});
swingInput.addEventListener('change', () => {
  player.invalidate();
  persistState();
});
chordsInput.addEventListener('change', () => {
  player.invalidate();
  persistState();
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseExtensionMessage(event.data);
  if (!message) return;
  switch (message.type) {
    case 'render':
      try {
        render(message);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        warningsBox.hidden = false;
        warningsBox.textContent = `Cannot render: ${htmlToText(text)}`;
        send({ type: 'error', message: `Render failed: ${text}` });
      }
      return;
    case 'showReport':
      showReport(message.html);
      return;
    case 'exportWav':
      void exportWav(message);
      return;
    case 'playback':
      if (exporting) return;
      if (message.command === 'play') void player.play(playbackOptions());
      else if (message.command === 'pause') player.pause();
      else player.stop();
      return;
  }
});

send({ type: 'ready' });
