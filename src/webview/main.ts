/**
 * The preview page: renders what the extension sends, lists abcjs' warnings, reports clicks on notes,
 * plays the tune with the band behind it (a mixer, count-in, loop) and a cursor on the lead, renders the
 * band's mix to WAV, and shows our own report section. Bundled by esbuild into media/preview.js (browser,
 * iife). The band's notes come from the extension (the engine's arrangement): the page never arranges.
 */
import {
  MixerChannel,
  MIXER_CHANNELS,
  PreviewSettings,
  MixerState,
  PreviewState,
  initialMixer,
  parsePreviewState,
  parsePreviewSettings,
} from '../shared/previewSettings';
import * as abcjs from 'abcjs';
import type { NoteTimingEvent, TuneObject } from 'abcjs';
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
import { DEFAULT_PRACTICE, parsePracticeSettings, passTempos, type PracticeSettings } from '../shared/practice';
import { partView, type PartView } from './part';
import { showHarmony } from './harmony';
import { showConfidence } from './confidence';
import { BandPlayer, Music, PlaybackSettings } from './playback';
import { renderTunes } from './render';
import { Schedule, TICKS_PER_QUARTER, leadEventsFromAudioTracks, mixParts } from './schedule';
import { htmlToText, sanitiseReport } from './text';
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
const countInInput = element<HTMLInputElement>('jazz-count-in');
const loopInput = element<HTMLInputElement>('jazz-loop');
const loopFromInput = element<HTMLInputElement>('jazz-loop-from');
const loopToInput = element<HTMLInputElement>('jazz-loop-to');
const leadInstrumentInput = element<HTMLSelectElement>('jazz-lead-instrument');
const channelInputs = Object.fromEntries(
  MIXER_CHANNELS.map((channel) => [
    channel,
    {
      on: element<HTMLInputElement>(`jazz-on-${channel}`),
      volume: element<HTMLInputElement>(`jazz-volume-${channel}`),
    },
  ]),
) as Record<MixerChannel, { on: HTMLInputElement; volume: HTMLInputElement }>;
const harmonyLegend = element<HTMLDivElement>('jazz-harmony-legend');
const confidenceInput = element<HTMLInputElement>('jazz-confidence');
const partInput = element<HTMLSelectElement>('jazz-part');
const tempoStepInput = element<HTMLInputElement>('jazz-tempo-step');
const targetTempoInput = element<HTMLInputElement>('jazz-target-tempo');
const clickInput = element<HTMLInputElement>('jazz-click');
const countInEachInput = element<HTMLInputElement>('jazz-count-in-each');

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
/** The playing tune's cursor positions, in straight solo ticks. */
let cursorEvents: { tick: number; event: NoteTimingEvent }[] = [];
let cursorTimes: { schedule: Schedule; seconds: number[] } | undefined;
let shownEvent: NoteTimingEvent | undefined;
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;

swingInput.value = String(saved?.swingPercent ?? settings.swingPercent);
swingValue.textContent = `${swingInput.value}%`;
showMixer();
showPractice();
partInput.value = part;
document.body.dataset.part = part;

const player = new BandPlayer({
  onState: (state) => {
    document.body.dataset.playback = state;
    playButton.textContent = state === 'playing' ? 'Pause' : 'Play';
    playButton.setAttribute('aria-label', playButton.textContent);
    if (state === 'loading') statusText.textContent = 'Loading sounds…';
    else if (statusText.textContent === 'Loading sounds…') statusText.textContent = '';
    send({ type: 'playbackState', state });
  },
  onPosition: (seconds, schedule) => followLead(seconds, schedule),
  onError: (message) => {
    statusText.textContent = message;
    send({ type: 'error', message });
  },
  onFirstSound: (milliseconds) => {
    document.body.dataset.firstSoundMs = milliseconds.toFixed(1);
  },
  onPass: (index, tempo) => {
    document.body.dataset.practicePass = String(index + 1);
    document.body.dataset.practiceTempo = String(tempo);
    if (practice.tempoStep > 0) statusText.textContent = `Pass ${index + 1} at ${tempo} BPM`;
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
    swingPercent: Number(swingInput.value),
    mixer,
    bandSettings: settings.band,
    part,
    partSetting,
    practice,
  };
  if (tempoOverride !== undefined) state.tempo = tempoOverride;
  vscode.setState(state);
}

/** Shows the mixer state in its controls. */
function showMixer(): void {
  for (const channel of MIXER_CHANNELS) {
    channelInputs[channel].on.checked = mixer.on[channel];
    channelInputs[channel].volume.value = String(mixer.volume[channel]);
    channelInputs[channel].volume.disabled = !mixer.on[channel];
  }
  leadInstrumentInput.value = mixer.leadInstrument;
  for (const input of [tempoStepInput, targetTempoInput, clickInput, countInEachInput]) input.disabled = !mixer.loop;
  countInInput.checked = mixer.countIn;
  loopInput.checked = mixer.loop;
  loopFromInput.value = mixer.loopFrom === undefined ? '' : String(mixer.loopFrom);
  loopToInput.value = mixer.loopTo === undefined ? '' : String(mixer.loopTo);
  loopFromInput.disabled = !mixer.loop;
  loopToInput.disabled = !mixer.loop;
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

function meterOf(tune: TuneObject): { numerator: number; denominator: number } {
  const fraction = tune.getMeterFraction();
  const { num, den } = fraction;
  return num > 0 && den !== undefined && den > 0
    ? { numerator: num, denominator: den }
    : { numerator: 4, denominator: 4 };
}

/** The tempo the tune plays at, in its beats per minute: the one typed, else its Q:, else the setting. */
function currentTempo(tuneIndex = playingTune): number {
  const typed = Number(tempoInput.value);
  const shown = tuneIndex === playingTune && Number.isFinite(typed) && typed >= 20 && typed <= 400 ? typed : undefined;
  return tempoOverride ?? shown ?? tuneTempo(tunes[tuneIndex]);
}

function playbackSettings(options: { whole?: boolean } = {}): PlaybackSettings {
  const tune = tunes[playingTune];
  const meter = tune ? meterOf(tune) : { numerator: 4, denominator: 4 };
  const beats = tune?.getBeatsPerMeasure() || meter.numerator;
  // The tempo counts the meter's beats (dotted quarters in 6/8): the quarter's length follows from it.
  const quartersPerBeat = (4 * meter.numerator) / meter.denominator / beats;
  // A loop from a bar alone runs to the end; to a bar alone, from the start.
  const limited = mixer.loopFrom !== undefined || mixer.loopTo !== undefined;
  const from = mixer.loopFrom ?? 1;
  const to = mixer.loopTo ?? Number.MAX_SAFE_INTEGER;
  const bars =
    !options.whole && mixer.loop && limited ? { from: Math.min(from, to), to: Math.max(from, to) } : undefined;
  const looping = !options.whole && mixer.loop;
  const practising = looping && (practice.tempoStep > 0 || practice.click || practice.countInEachPass);
  return {
    ...(practising
      ? {
          practice: {
            tempos: passTempos(currentTempo(), practice.tempoStep, practice.targetTempo),
            quartersPerBeat,
            click: practice.click,
            countInEachPass: practice.countInEachPass,
          },
        }
      : {}),
    soundFontUrl: settings.soundFontUrl,
    secondsPerQuarter: (60 / currentTempo()) * quartersPerBeat,
    swing: Number(swingInput.value),
    countIn: mixer.countIn,
    leadInstrument: mixer.leadInstrument,
    loop: !options.whole && mixer.loop,
    ...(bars ? { bars } : {}),
  };
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
        statusText.textContent = `Cannot prepare the band: ${text}`;
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
  cursorEvents = [];
  cursorTimes = undefined;
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
  cursorEvents = cursorEventsOf(tune, Math.round(audio.totalDuration * 4 * TICKS_PER_QUARTER));
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
    if (message.error) statusText.textContent = `No band: ${message.error}`;
    warmUp();
  }
}

/**
 * The tune's note events (with their place on the sheet) at straight solo ticks. abcjs times them at
 * some tempo; scaling by the tune's length in ticks makes that tempo irrelevant.
 */
function cursorEventsOf(tune: TuneObject, soloTicks: number): { tick: number; event: NoteTimingEvent }[] {
  const timings = new abcjs.TimingCallbacks(tune, { qpm: 60 }).noteTimings;
  const end = timings.reduce((last, event) => Math.max(last, event.milliseconds), 0);
  if (end <= 0 || soloTicks <= 0) return [];
  return timings
    .filter((event) => event.type === 'event' && event.left !== undefined)
    .map((event) => ({ tick: (event.milliseconds / end) * soloTicks, event }));
}

/** Moves the cursor to the lead note sounding `seconds` after the solo (or the looped range) started. */
function followLead(seconds: number | null, schedule: Schedule | undefined): void {
  if (seconds === null || !schedule) {
    if (shownEvent) showCursor(null);
    shownEvent = undefined;
    return;
  }
  if (cursorTimes?.schedule !== schedule) {
    cursorTimes = { schedule, seconds: cursorEvents.map(({ tick }) => schedule.secondsAt(tick)) };
  }
  let found: NoteTimingEvent | undefined;
  for (let i = 0; i < cursorEvents.length; i++) {
    const { tick, event } = cursorEvents[i];
    if (tick < schedule.fromTick || tick >= schedule.toTick) continue;
    if (cursorTimes.seconds[i] > seconds + 1e-6) break;
    found = event;
  }
  if (found === shownEvent) return;
  shownEvent = found;
  showCursor(found ?? null);
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
  cursorLine = undefined;
  highlighted = [];
  shownEvent = undefined;
  const view = partView(message.abc, PARTS[part]);
  shownView = view;
  const result = renderTunes(musicBox, view.text, {
    selectionColor: themeSelectionColor(),
    visualTranspose: view.visualTranspose,
    onClick: (shownStart, shownEnd, tuneIndex) => {
      const startChar = view.toSource(shownStart);
      const endChar = view.toSource(shownEnd);
      if (tuneIndex !== playingTune) {
        playingTune = tuneIndex;
        tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
        loadMusic(playingTune);
      }
      send({ type: 'selectSource', version: lastVersion, startChar, endChar });
    },
  });
  tunes = result.tunes;
  if (playingTune >= tunes.length) playingTune = 0;
  tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
  loadMusic(playingTune);
  lastWarningCount = result.warnings.length;
  showWarnings(result.warnings);
  applyHarmony(message.harmony);
  applyConfidence();
  musicBox.classList.toggle('jazz-empty', result.noteCount === 0);
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
  const shown = showHarmony(musicBox, tunes, marks);
  harmonyLegend.hidden = !harmony;
  document.body.dataset.outsideNotes = String(shown.outside);
  document.body.dataset.approachNotes = String(shown.approach);
}

/** The "Confidence" toggle: a generated solo's notes coloured by how sure the network was of each. */
function applyConfidence(): void {
  const view = shownView;
  const marks = lastRender?.confidence;
  (confidenceInput.closest('label') ?? confidenceInput).hidden = !marks;
  const shown =
    confidenceInput.checked && marks && view
      ? marks.map((m) => ({ ...m, startChar: view.toShown(m.startChar), endChar: view.toShown(m.endChar) }))
      : undefined;
  document.body.dataset.confidenceNotes = String(showConfidence(musicBox, tunes, shown));
}
confidenceInput.addEventListener('change', applyConfidence);

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
  const shownStart = event.startChar;
  document.body.dataset.cursorChar =
    shownStart === undefined || shownStart === null
      ? ''
      : String(shownView ? shownView.toSource(shownStart) : shownStart);
  const first = highlighted[0];
  if (first instanceof SVGElement) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
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
  playButton.disabled = true;
  statusText.textContent = 'Rendering WAV…';
  try {
    if (tuneIndex !== playingTune) {
      playingTune = tuneIndex;
      tempoInput.value = String(tempoOverride ?? tuneTempo(tunes[playingTune]));
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
    statusText.textContent = '';
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    statusText.textContent = `WAV export failed: ${text}`;
    fail(`Rendering the WAV failed: ${text}`);
  } finally {
    exporting = false;
    playButton.disabled = false;
    warmUp();
  }
}

/** A change to the mixer: saved, applied to the sound at once; `renotes` when the notes themselves change. */
function mixerChanged(renotes: boolean): void {
  showMixer();
  player.setMixer(mixer);
  if (renotes) {
    player.invalidate();
    warmUp();
  }
  persistState();
}

/** A bar number typed in a loop field, or undefined when the field is empty or holds something else. */
function barNumber(input: HTMLInputElement): number | undefined {
  const value = Number(input.value);
  return input.value.trim() !== '' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

function readLoopBars(): void {
  const { loopFrom: _from, loopTo: _to, ...rest } = mixer;
  const from = barNumber(loopFromInput);
  const to = barNumber(loopToInput);
  mixer = { ...rest, ...(from !== undefined ? { loopFrom: from } : {}), ...(to !== undefined ? { loopTo: to } : {}) };
}

// The audio output starts with the first gesture on the page, so that Play finds it running.
document.addEventListener('pointerdown', () => player.warmAudio(true), { capture: true });
playButton.addEventListener('click', () => {
  const clickedAt = performance.now();
  if (!exporting) void player.toggle(playbackSettings(), clickedAt);
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
  warmUp();
  persistState();
});
swingInput.addEventListener('input', () => {
  swingValue.textContent = `${swingInput.value}%`;
});
swingInput.addEventListener('change', () => {
  player.invalidate();
  warmUp();
  persistState();
});
for (const channel of MIXER_CHANNELS) {
  channelInputs[channel].on.addEventListener('change', () => {
    mixer = { ...mixer, on: { ...mixer.on, [channel]: channelInputs[channel].on.checked } };
    mixerChanged(false);
  });
  channelInputs[channel].volume.addEventListener('input', () => {
    mixer = { ...mixer, volume: { ...mixer.volume, [channel]: Number(channelInputs[channel].volume.value) } };
    mixerChanged(false);
  });
}
leadInstrumentInput.addEventListener('change', () => {
  if (isLeadInstrumentId(leadInstrumentInput.value)) mixer = { ...mixer, leadInstrument: leadInstrumentInput.value };
  mixerChanged(true);
});
countInInput.addEventListener('change', () => {
  mixer = { ...mixer, countIn: countInInput.checked };
  mixerChanged(true);
});
loopInput.addEventListener('change', () => {
  mixer = { ...mixer, loop: loopInput.checked };
  readLoopBars();
  mixerChanged(true);
});
for (const input of [loopFromInput, loopToInput]) {
  input.addEventListener('change', () => {
    readLoopBars();
    mixerChanged(mixer.loop);
  });
}

function showPractice(): void {
  tempoStepInput.value = String(practice.tempoStep);
  targetTempoInput.value = String(practice.targetTempo);
  clickInput.checked = practice.click;
  countInEachInput.checked = practice.countInEachPass;
}

function readPractice(): void {
  practice = parsePracticeSettings(
    {
      tempoStep: Number(tempoStepInput.value),
      targetTempo: Number(targetTempoInput.value),
      click: clickInput.checked,
      countInEachPass: countInEachInput.checked,
    },
    practice,
  );
  showPractice();
  delete document.body.dataset.practicePass;
  delete document.body.dataset.practiceTempo;
  player.invalidate();
  warmUp();
  persistState();
}
for (const input of [tempoStepInput, targetTempoInput, clickInput, countInEachInput])
  input.addEventListener('change', readPractice);

partInput.addEventListener('change', () => {
  if (!isPartName(partInput.value) || partInput.value === part) return;
  part = partInput.value;
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
        warningsBox.hidden = false;
        warningsBox.textContent = `Cannot render: ${htmlToText(text)}`;
        send({ type: 'error', message: `Render failed: ${text}` });
      }
      return;
    case 'band':
      receiveBand(message);
      return;
    case 'showReport':
      showReport(message.html);
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
