/**
 * The preview page: renders what the extension sends, lists abcjs' warnings, reports clicks on notes,
 * plays the tune with the band behind it (a mixer, count-in, loop) and a cursor on the lead, renders the
 * band's mix to WAV, and shows our own report section. Bundled by esbuild into media/preview.js (browser,
 * iife). The band's notes come from the extension (the engine's arrangement): the page never arranges.
 */
import {
  MIXER_CHANNELS,
  PreviewSettings,
  MixerState,
  PreviewState,
  initialMixer,
  parsePreviewState,
  parsePreviewSettings,
} from '../shared/previewSettings';
import * as abcjs from 'abcjs';
import type { TuneObject } from 'abcjs';
import {
  BandData,
  BandMessage,
  ExportWavMessage,
  MAX_WAV_BYTES,
  RenderHarmony,
  RenderMessage,
  WebviewToExtensionMessage,
  parseExtensionMessage,
} from '../shared/messages';
import { isLeadInstrumentId } from '../shared/soundFont';
import { DEFAULT_PART, PARTS, isPartName, type PartName } from '../shared/parts';
import { DEFAULT_PRACTICE, type PracticeSettings } from '../shared/practice';
import { partView, type PartView } from './part';
import { showHarmony } from './harmony';
import { showConfidence } from './confidence';
import { BandPlayer, Music, PlaybackSettings } from './playback';
import { renderTunes } from './render';
import { LeadCursor } from './cursor';
import { meterOf, playbackSettingsFor, tempoOfTune } from './playbackPlan';
import * as page from './page';
import { showReport, showWarnings } from './panels';
import { TICKS_PER_QUARTER, leadEventsFromAudioTracks, mixParts } from './schedule';
import { htmlToText } from './text';
import { bytesToBase64, encodeWav } from './wav';

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

const settings: PreviewSettings = parsePreviewSettings(readSettingsAttribute());

const saved = parsePreviewState(vscode.getState());
let documentUri = saved?.documentUri ?? '';
/** A tempo the user typed; it wins over the tune's Q: until another document is shown. */
let tempoOverride = saved?.tempo;
let lastVersion = -1;
let lastRenderedText: string | undefined;
let tunes: TuneObject[] = [];
let lastWarningCount = 0;
let playingTune = 0;
/** True while a WAV is being rendered. */
let exporting = false;
let mixer: MixerState = initialMixer(settings.band, saved);
/** The part shown (notes, key signatures and chord symbols as that player reads them); the sound stays concert. */
const partSetting: PartName = settings.part ?? DEFAULT_PART;
let part: PartName = saved?.part !== undefined && saved.partSetting === partSetting ? saved.part : partSetting;
let practice: PracticeSettings = saved?.practice ?? settings.practice ?? DEFAULT_PRACTICE;
/** How the last render's text was shown for the part, to map offsets back to the document. */
let shownView: PartView | undefined;
let lastRender: RenderMessage | undefined;

/** The lead of the tune being played, and the band once the extension has sent its arrangement. */
let music: Music | undefined;
/** The band asked for (render version and tune) and a promise settled when its answer is in. */
let bandRequest: { version: number; tuneIndex: number; arrived: Promise<void>; settle(): void } | undefined;
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;

page.swingInput.value = String(saved?.swingPercent ?? settings.swingPercent);
page.swingValue.textContent = `${page.swingInput.value}%`;
page.showMixer(mixer);
page.showPractice(practice);
page.partInput.value = part;
document.body.dataset.part = part;

const cursor = new LeadCursor({
  playingSvg: () =>
    page.musicBox.querySelectorAll<SVGSVGElement>('.jazz-tune')[playingTune]?.querySelector('svg') ?? undefined,
  sourceOffset: (shownChar) => (shownView ? shownView.toSource(shownChar) : shownChar),
});

const player = new BandPlayer({
  onState: (state) => {
    document.body.dataset.playback = state;
    page.playButton.textContent = state === 'playing' ? 'Pause' : 'Play';
    page.playButton.setAttribute('aria-label', page.playButton.textContent);
    if (state === 'loading') page.statusText.textContent = 'Loading sounds…';
    else if (page.statusText.textContent === 'Loading sounds…') page.statusText.textContent = '';
    send({ type: 'playbackState', state });
  },
  onPosition: (seconds, schedule) => cursor.follow(seconds, schedule),
  onError: (message) => {
    page.statusText.textContent = message;
    send({ type: 'error', message });
  },
  onFirstSound: (milliseconds) => {
    document.body.dataset.firstSoundMs = milliseconds.toFixed(1);
  },
  onPass: (index, tempo) => {
    document.body.dataset.practicePass = String(index + 1);
    document.body.dataset.practiceTempo = String(tempo);
    if (practice.tempoStep > 0) page.statusText.textContent = `Pass ${index + 1} at ${tempo} BPM`;
  },
});
player.setMixer(mixer);
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
    swingPercent: Number(page.swingInput.value),
    mixer,
    bandSettings: settings.band,
    part,
    partSetting,
    practice,
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

/** The tempo the tune plays at, in its beats per minute: the one typed, else its Q:, else the setting. */
function currentTempo(tuneIndex = playingTune): number {
  const typed = Number(page.tempoInput.value);
  const shown = tuneIndex === playingTune && Number.isFinite(typed) && typed >= 20 && typed <= 400 ? typed : undefined;
  return tempoOverride ?? shown ?? tuneTempo(tunes[tuneIndex]);
}

function playbackSettings(options: { whole?: boolean } = {}): PlaybackSettings {
  return playbackSettingsFor({
    tune: tunes[playingTune],
    mixer,
    practice,
    tempo: currentTempo(),
    swing: Number(page.swingInput.value),
    soundFontUrl: settings.soundFontUrl,
    whole: options.whole,
  });
}

function tuneTempo(tune: TuneObject | undefined): number {
  return tempoOfTune(tune, settings.defaultTempo);
}

/** Renders the band ahead of Play (debounced), so that Play starts at once. */
function warmUp(): void {
  if (warmUpTimer) clearTimeout(warmUpTimer);
  warmUpTimer = setTimeout(() => {
    warmUpTimer = undefined;
    if (!music || exporting) return;
    document.body.dataset.prepared = 'no';
    const started = performance.now();
    player.prepare(playbackSettings()).then(
      (mix) => {
        if (!mix) return;
        document.body.dataset.prepareMs = (performance.now() - started).toFixed(0);
        document.body.dataset.prepared = 'yes';
        player.warmAudio(false);
      },
      (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        page.statusText.textContent = `Cannot prepare the band: ${text}`;
        send({ type: 'error', message: `Rendering the band failed: ${text}` });
      },
    );
  }, 150);
}

/** The lead of tune `tuneIndex` from abcjs' audio events, and a request for its band to the extension. */
function loadMusic(tuneIndex: number): void {
  const tune = tunes[tuneIndex];
  bandRequest?.settle();
  bandRequest = undefined;
  cursor.load(undefined);
  if (!tune) {
    music = undefined;
    player.setMusic(undefined);
    return;
  }
  // abcjs plays a visually transposed tune at concert pitch unless the text has its own %%MIDI transpose, which
  // then wins over the correction: the sound is taken from the document's text as written, untransposed.
  const heard = shownView?.visualTranspose && lastRenderedText ? abcjs.parseOnly(lastRenderedText)[tuneIndex] : tune;
  const audio = (heard ?? tune).setUpAudio({ chordsOff: true });
  const lead = leadEventsFromAudioTracks(audio.tracks as unknown as unknown[][]);
  music = { lead, meter: meterOf(tune) };
  player.setMusic(music);
  cursor.load(tune, Math.round(audio.totalDuration * 4 * TICKS_PER_QUARTER));
  let settle = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (settle = resolve));
  bandRequest = { version: lastVersion, tuneIndex, arrived, settle };
  document.body.dataset.band = 'waiting';
  // Rendering waits for the band's answer (it comes within milliseconds): rendering the lead alone first
  // would be thrown away. Play before the answer renders what there is.
  send({ type: 'requestBand', version: lastVersion, tuneIndex });
}

function receiveBand(message: BandMessage): void {
  const request = bandRequest;
  if (!request || request.version !== message.version || request.tuneIndex !== message.tuneIndex || !music) return;
  request.settle();
  if (message.band) {
    music = { ...music, band: message.band };
    player.setMusic(music);
    document.body.dataset.band = String(message.band.notes.length);
    warmUp();
  } else {
    document.body.dataset.band = 'none';
    if (message.error) page.statusText.textContent = `No band: ${message.error}`;
    warmUp();
  }
}

function render(message: RenderMessage): void {
  // Messages can overtake each other only in theory, but a stale render must never replace a newer one.
  if (message.version <= lastVersion) return;
  lastVersion = message.version;
  lastRender = message;
  if (message.documentUri !== documentUri) {
    documentUri = message.documentUri;
    tempoOverride = undefined;
    playingTune = 0;
  } else if (message.abc === lastRenderedText) {
    // Same text (the page was re-shown, an edit was undone, the colouring setting changed): keep the
    // music and any playback; only the colours may differ. The band answers to the newest version.
    applyHarmony(message.harmony);
    applyConfidence();
    if (bandRequest && !music?.band) loadMusic(playingTune);
    send({ type: 'rendered', version: message.version, noteCount: countNotes(), warningCount: warningCount() });
    return;
  }
  draw(message);
}

/** Draws a render for the part shown, loads its music and tells the extension. */
function draw(message: RenderMessage): void {
  lastRenderedText = message.abc;
  cursor.forget();
  const view = partView(message.abc, PARTS[part]);
  shownView = view;
  const result = renderTunes(page.musicBox, view.text, {
    selectionColor: themeSelectionColor(),
    visualTranspose: view.visualTranspose,
    onClick: (shownStart, shownEnd, tuneIndex) => {
      const startChar = view.toSource(shownStart);
      const endChar = view.toSource(shownEnd);
      if (tuneIndex !== playingTune) {
        playingTune = tuneIndex;
        page.tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
        loadMusic(playingTune);
      }
      send({ type: 'selectSource', version: lastVersion, startChar, endChar });
    },
  });
  tunes = result.tunes;
  if (playingTune >= tunes.length) playingTune = 0;
  page.tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
  loadMusic(playingTune);
  lastWarningCount = result.warnings.length;
  showWarnings(page.warningsBox, result.warnings);
  applyHarmony(message.harmony);
  applyConfidence();
  page.musicBox.classList.toggle('jazz-empty', result.noteCount === 0);
  document.body.dataset.renderVersion = String(message.version);
  document.body.dataset.noteCount = String(result.noteCount);
  persistState();
  send({
    type: 'rendered',
    version: message.version,
    noteCount: result.noteCount,
    warningCount: result.warnings.length,
  });
}

function applyHarmony(harmony: RenderHarmony | undefined): void {
  // The marks are offsets into the document; the page draws the part's text.
  const view = shownView;
  const marks =
    harmony && view
      ? {
          ...harmony,
          marks: harmony.marks.map((m) => ({
            ...m,
            startChar: view.toShown(m.startChar),
            endChar: view.toShown(m.endChar),
          })),
        }
      : harmony;
  const shown = showHarmony(page.musicBox, tunes, marks);
  page.harmonyLegend.hidden = !harmony;
  document.body.dataset.outsideNotes = String(shown.outside);
  document.body.dataset.approachNotes = String(shown.approach);
}

/** The "Confidence" toggle: a generated solo's notes coloured by how sure the network was of each. */
function applyConfidence(): void {
  const view = shownView;
  const marks = lastRender?.confidence;
  (page.confidenceInput.closest('label') ?? page.confidenceInput).hidden = !marks;
  const shown =
    page.confidenceInput.checked && marks && view
      ? marks.map((m) => ({ ...m, startChar: view.toShown(m.startChar), endChar: view.toShown(m.endChar) }))
      : undefined;
  document.body.dataset.confidenceNotes = String(showConfidence(page.musicBox, tunes, shown));
}
page.confidenceInput.addEventListener('change', applyConfidence);

function countNotes(): number {
  return page.musicBox.querySelectorAll('.abcjs-note').length;
}

function warningCount(): number {
  return lastWarningCount;
}

/** Waits for the band of the playing tune, at most `milliseconds` (then the lead is exported alone). */
async function bandSettled(milliseconds: number): Promise<BandData | undefined> {
  const request = bandRequest;
  if (request) await Promise.race([request.arrived, new Promise((resolve) => setTimeout(resolve, milliseconds))]);
  return music?.band;
}

/**
 * Renders one tune offline as the band plays it (tempo, swing, count-in, lead voice and the mixer's
 * channels and volumes; the whole solo, not a loop) and sends the WAV file's bytes to the extension.
 */
async function exportWav(request: ExportWavMessage): Promise<void> {
  const tuneIndex = request.tuneIndex ?? playingTune;
  const fail = (message: string): void => send({ type: 'wavFailed', requestId: request.requestId, message });
  if (!tunes[tuneIndex])
    return fail(tunes.length === 0 ? 'There is no tune to export.' : `There is no tune number ${tuneIndex + 1}.`);
  if (exporting) return fail('A WAV export is already running.');
  exporting = true;
  player.stop();
  page.playButton.disabled = true;
  page.statusText.textContent = 'Rendering WAV…';
  try {
    if (tuneIndex !== playingTune) {
      playingTune = tuneIndex;
      page.tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
      loadMusic(playingTune);
    }
    await bandSettled(15_000);
    const mix = await player.prepare(playbackSettings({ whole: true }));
    if (!mix) return fail('The music changed while the WAV was rendered; export again.');
    const samples = mixParts(mix.parts, mixer);
    if (44 + samples.length * 2 > MAX_WAV_BYTES) {
      const minutes = (samples.length / mix.sampleRate / 60).toFixed(1);
      return fail(
        `The tune lasts ${minutes} minutes; a WAV export is limited to ${Math.floor(MAX_WAV_BYTES / 1024 / 1024)} MB.`,
      );
    }
    send({ type: 'wav', requestId: request.requestId, wavBase64: bytesToBase64(encodeWav([samples], mix.sampleRate)) });
    page.statusText.textContent = '';
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    page.statusText.textContent = `WAV export failed: ${text}`;
    fail(`Rendering the WAV failed: ${text}`);
  } finally {
    exporting = false;
    page.playButton.disabled = false;
    warmUp();
  }
}

/** A change to the mixer: saved, applied to the sound at once; `renotes` when the notes themselves change. */
function mixerChanged(renotes: boolean): void {
  page.showMixer(mixer);
  player.setMixer(mixer);
  if (renotes) {
    player.invalidate();
    warmUp();
  }
  persistState();
}

// The audio output starts with the first gesture on the page, so that Play finds it running.
document.addEventListener('pointerdown', () => player.warmAudio(true), { capture: true });
page.playButton.addEventListener('click', () => {
  const clickedAt = performance.now();
  if (!exporting) void player.toggle(playbackSettings(), clickedAt);
});
page.stopButton.addEventListener('click', () => player.stop());
page.tempoInput.addEventListener('change', () => {
  const typed = Number(page.tempoInput.value);
  if (!Number.isFinite(typed) || typed < 20 || typed > 400) {
    page.tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
    return;
  }
  tempoOverride = typed;
  player.invalidate();
  warmUp();
  persistState();
});
page.swingInput.addEventListener('input', () => {
  page.swingValue.textContent = `${page.swingInput.value}%`;
});
page.swingInput.addEventListener('change', () => {
  player.invalidate();
  warmUp();
  persistState();
});
for (const channel of MIXER_CHANNELS) {
  page.channelInputs[channel].on.addEventListener('change', () => {
    mixer = { ...mixer, on: { ...mixer.on, [channel]: page.channelInputs[channel].on.checked } };
    mixerChanged(false);
  });
  page.channelInputs[channel].volume.addEventListener('input', () => {
    mixer = { ...mixer, volume: { ...mixer.volume, [channel]: Number(page.channelInputs[channel].volume.value) } };
    mixerChanged(false);
  });
}
page.leadInstrumentInput.addEventListener('change', () => {
  if (isLeadInstrumentId(page.leadInstrumentInput.value))
    mixer = { ...mixer, leadInstrument: page.leadInstrumentInput.value };
  mixerChanged(true);
});
page.countInInput.addEventListener('change', () => {
  mixer = { ...mixer, countIn: page.countInInput.checked };
  mixerChanged(true);
});
page.loopInput.addEventListener('change', () => {
  mixer = { ...mixer, loop: page.loopInput.checked };
  mixer = page.withLoopBars(mixer);
  mixerChanged(true);
});
for (const input of [page.loopFromInput, page.loopToInput]) {
  input.addEventListener('change', () => {
    mixer = page.withLoopBars(mixer);
    mixerChanged(mixer.loop);
  });
}

function readPractice(): void {
  practice = page.readPracticeForm(practice);
  page.showPractice(practice);
  delete document.body.dataset.practicePass;
  delete document.body.dataset.practiceTempo;
  player.invalidate();
  warmUp();
  persistState();
}
for (const input of [page.tempoStepInput, page.targetTempoInput, page.clickInput, page.countInEachInput])
  input.addEventListener('change', readPractice);

page.partInput.addEventListener('change', () => {
  if (!isPartName(page.partInput.value) || page.partInput.value === part) return;
  part = page.partInput.value;
  document.body.dataset.part = part;
  persistState();
  send({ type: 'partChanged', part });
  // The same music, drawn for the other part: what plays does not change.
  if (lastRender) draw(lastRender);
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
        page.warningsBox.hidden = false;
        page.warningsBox.textContent = `Cannot render: ${htmlToText(text)}`;
        send({ type: 'error', message: `Render failed: ${text}` });
      }
      return;
    case 'band':
      receiveBand(message);
      return;
    case 'showReport':
      showReport(page.reportBox, message.html);
      return;
    case 'exportWav':
      void exportWav(message);
      return;
    case 'playback':
      if (exporting) return;
      if (message.command === 'play' && message.bars) {
        // Just these bars, once (trading fours: the user's bars and the answer).
        player.stop();
        void player.play({ ...playbackSettings({ whole: true }), bars: message.bars });
      } else if (message.command === 'play') void player.play(playbackSettings());
      else if (message.command === 'pause') player.pause();
      else player.stop();
      return;
  }
});

// The extension's exports follow the part shown, which may be the one this page saved.
send({ type: 'partChanged', part });
send({ type: 'ready' });
