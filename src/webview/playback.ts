/**
 * The band's playback: each mixer channel (lead, bass, comping, drums) is rendered once by abcjs' synth from
 * the shipped samples into its own buffer, and the buffers play together through one gain per channel, so
 * the mixer acts at once while playing and Play starts without rendering anything. Rendering runs ahead
 * of Play (when the music or a setting that changes the notes changes); the WAV export mixes the same
 * buffers with the same gains.
 */
import { type MixerChannel, MIXER_CHANNELS, type MixerState } from '../shared/previewSettings';
import * as abcjs from 'abcjs';
import type { PlaybackState } from '../shared/messages';

import {
  BASS_SOUND,
  COMPING_SOUND,
  LEAD_SOUNDS,
  PERCUSSION_PROGRAM,
  SHIPPED_DRUM_KEYS,
  type LeadInstrumentId,
  type ShippedInstrument,
  foldIntoRange,
} from '../shared/soundFont';
import type { BandData } from '../shared/messages';
import { type LeadEvent, type Schedule, type TimedNote, buildSchedule, channelGain } from './schedule';
import { type PracticeSchedule, buildPracticeSchedule, passAt } from './practice';

/** CD quality: what every player and editor opens, and what the WAV export writes. */
export const RENDER_SAMPLE_RATE = 44100;
/** abcjs fades each note out over this long after its written end, as a player releases it. */
const NOTE_RELEASE_MS = 120;
/** Cymbals and drums ring for their sample's length whatever the written duration. */
const DRUM_RING_SECONDS = 1.6;
/** Long enough for the last notes' release and the cymbals after the final beat. */
const TAIL_SECONDS = 1.8;

export interface PlaybackSettings {
  soundFontUrl: string;
  secondsPerQuarter: number;
  swing: number;
  countIn: boolean;
  leadInstrument: LeadInstrumentId;
  loop: boolean;
  bars?: { from: number; to: number };
  /**
   * A practice loop (with `loop`): one pass per tempo, in the meter's beats per minute, the last one repeating;
   * a click on every beat; the count-in before every pass.
   */
  practice?: { tempos: number[]; quartersPerBeat: number; click: boolean; countInEachPass: boolean };
}

/** What is played: the soloist's notes and the arrangement of the band behind them. */
export interface Music {
  lead: LeadEvent[];
  band?: BandData;
  meter: { numerator: number; denominator: number };
}

export interface RenderedMix {
  schedule: Schedule | PracticeSchedule;
  /** The part of the sound that repeats when looping, in seconds. */
  loop: { start: number; end: number };
  sampleRate: number;
  parts: Record<MixerChannel, Float32Array>;
  /** Seconds of sound to play once (count-in, range and the ringing tail). */
  seconds: number;
}

export interface PlayerHooks {
  onState(state: PlaybackState): void;
  /** Seconds since the solo (or the looped range) started, or null during the count-in and when stopped. */
  onPosition(seconds: number | null, schedule: Schedule | undefined): void;
  onError(message: string): void;
  /** Milliseconds from the click on Play to the first scheduled sound. */
  onFirstSound(milliseconds: number): void;
  /** A practice loop's pass began: its 0-based number and its tempo (beats per minute). */
  onPass?(index: number, tempo: number): void;
}

type AbcjsWindow = Window & { abcjsAudioContext?: unknown };

let renderContext: AudioContext | undefined;

/**
 * abcjs does all its work through "the active audio context" (a global): it decodes the samples with it,
 * asks it for the output buffer, and resumes it when suspended — a resume that never settles in a page the
 * user has not clicked yet. Rendering ahead of Play needs none of that, so the active context is a
 * stand-in that is always "running" and hands decoding and buffers to an OfflineAudioContext; abcjs
 * renders each note in OfflineAudioContexts of its own. Playback never goes through abcjs.
 */
function standInContext(): AudioContext {
  if (renderContext) return renderContext;
  const offline = new OfflineAudioContext(1, 1, RENDER_SAMPLE_RATE);
  renderContext = {
    state: 'running',
    currentTime: 0,
    sampleRate: offline.sampleRate,
    createBuffer: offline.createBuffer.bind(offline),
    decodeAudioData: offline.decodeAudioData.bind(offline),
    resume: () => Promise.resolve(),
    suspend: () => Promise.resolve(),
  } as unknown as AudioContext;
  (window as AbcjsWindow).abcjsAudioContext = renderContext;
  return renderContext;
}

function soundOf(channel: MixerChannel, leadInstrument: LeadInstrumentId): ShippedInstrument | undefined {
  if (channel === 'lead') return LEAD_SOUNDS[leadInstrument];
  if (channel === 'bass') return BASS_SOUND;
  if (channel === 'comping') return COMPING_SOUND;
  return undefined;
}

const shippedDrums = new Set(SHIPPED_DRUM_KEYS);

/** The notes of one channel as abcjs plays them: shipped sounds only, durations and volumes on a coarse grid. */
function synthEvents(channel: MixerChannel, notes: readonly TimedNote[], leadInstrument: LeadInstrumentId): unknown[] {
  const sound = soundOf(channel, leadInstrument);
  const program = sound ? sound.program : PERCUSSION_PROGRAM;
  const events: unknown[] = [{ cmd: 'program', channel: 0, instrument: program }];
  for (const note of notes) {
    if (!sound && !shippedDrums.has(note.pitch)) continue;
    const pitch = sound ? foldIntoRange(note.pitch, sound) : note.pitch;
    // abcjs renders every distinct (pitch, volume, length) once: a coarse grid keeps that count small.
    const duration = sound ? Math.max(0.02, Math.round(note.duration * 50) / 50) : DRUM_RING_SECONDS;
    const volume = Math.max(4, Math.round(note.velocity / 4) * 4);
    events.push({ cmd: 'note', pitch, volume, start: note.start, duration, instrument: program, gap: 0 });
  }
  return events;
}

/** One channel rendered by abcjs' synth into mono samples of `seconds` length. */
async function renderChannel(events: unknown[], seconds: number, soundFontUrl: string): Promise<Float32Array> {
  const length = Math.ceil(seconds * RENDER_SAMPLE_RATE);
  if (events.length <= 1) return new Float32Array(length);
  const synth = new abcjs.synth.CreateSynth();
  // Sequence times are seconds: with no tune, abcjs counts the "measure" as a whole note, so 1000 ms each.
  const sequence = {
    tracks: [events],
    totalDuration: seconds,
    tempo: 60,
    instrument: 0,
  } as unknown as abcjs.AudioSequence;
  const init = await synth.init({
    sequence,
    millisecondsPerMeasure: 1000,
    audioContext: standInContext(),
    options: { soundFontUrl, soundFontVolumeMultiplier: 1, fadeLength: NOTE_RELEASE_MS },
  });
  if (init.error && init.error.length > 0) throw new Error(`missing sounds: ${init.error.slice(0, 5).join(', ')}`);
  await synth.prime();
  const buffer = synth.getAudioBuffer();
  const samples = new Float32Array(length);
  if (buffer) samples.set(buffer.getChannelData(0).subarray(0, length));
  return samples;
}

function scheduleKey(music: Music, settings: PlaybackSettings): string {
  const { secondsPerQuarter, swing, countIn, bars } = settings;
  const practice = settings.loop ? (settings.practice ?? null) : null;
  return JSON.stringify({ secondsPerQuarter, swing, countIn, bars: bars ?? null, meter: music.meter, practice });
}

function isPractice(schedule: Schedule | PracticeSchedule): schedule is PracticeSchedule {
  return 'passes' in schedule;
}

export class BandPlayer {
  private music: Music | undefined;
  private musicVersion = 0;
  /** Rendered channels, each with the key of what it was rendered from. */
  private readonly rendered = new Map<MixerChannel, { key: string; samples: Float32Array }>();
  private schedule: { key: string; value: Schedule | PracticeSchedule } | undefined;
  /** Renders run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private mixer: Pick<MixerState, 'on' | 'volume'> | undefined;

  private context: AudioContext | undefined;
  /** Playable buffers of rendered channels, made while preparing so that Play only starts them. */
  private readonly playable = new WeakMap<Float32Array, AudioBuffer>();
  private readonly gains = new Map<MixerChannel, GainNode>();
  private sources: AudioBufferSourceNode[] = [];
  private playing: { mix: RenderedMix; loop: boolean; startedAtMs: number; offsetSeconds: number } | undefined;
  private pausedAt: { mix: RenderedMix; loop: boolean; offsetSeconds: number } | undefined;
  private frame: number | undefined;
  /** The practice pass last reported, so each is reported once. */
  private pass = -1;
  private state: PlaybackState = 'stopped';
  /** Bumped by every stop or new music, so a render that finishes late does not start playing. */
  private generation = 0;

  constructor(private readonly hooks: PlayerHooks) {}

  get currentState(): PlaybackState {
    return this.state;
  }

  /** New music (a new render, another tune, the band's arrangement arrived): what played is gone. */
  setMusic(music: Music | undefined): void {
    this.stop();
    this.music = music;
    this.musicVersion += 1;
    this.schedule = undefined;
    this.rendered.clear();
  }

  /** The mixer's gains apply at once, also while playing. */
  setMixer(mixer: Pick<MixerState, 'on' | 'volume'>): void {
    this.mixer = { on: { ...mixer.on }, volume: { ...mixer.volume } };
    if (!this.context) return;
    for (const channel of MIXER_CHANNELS) {
      const gain = this.gains.get(channel);
      if (gain) gain.gain.setTargetAtTime(channelGain(this.mixer, channel), this.context.currentTime, 0.015);
    }
  }

  /** Settings that change the notes (tempo, swing, count-in, bars, lead voice): stop, render again before the next play. */
  invalidate(): void {
    if (this.state === 'playing' || this.state === 'paused') this.stop();
  }

  /**
   * Renders every channel for these settings (only what changed since the last render) and returns the
   * result; called ahead of Play so that Play finds everything ready.
   */
  prepare(settings: PlaybackSettings): Promise<RenderedMix | undefined> {
    const run = this.queue.then(() => this.render(settings));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async toggle(settings: PlaybackSettings, clickedAtMs: number): Promise<void> {
    if (this.state === 'playing') this.pause();
    else await this.play(settings, clickedAtMs);
  }

  async play(settings: PlaybackSettings, clickedAtMs = performance.now()): Promise<void> {
    if (!this.music || this.state === 'playing' || this.state === 'loading') return;
    if (this.state === 'paused' && this.pausedAt) {
      const { mix, loop, offsetSeconds } = this.pausedAt;
      this.start(mix, loop, offsetSeconds);
      return;
    }
    const generation = ++this.generation;
    this.setState('loading');
    try {
      const mix = await this.prepare(settings);
      if (generation !== this.generation) return;
      if (!mix) {
        this.setState('stopped');
        return;
      }
      const context = this.audioContext();
      if (context.state === 'suspended') await context.resume();
      if (generation !== this.generation) return;
      this.start(mix, settings.loop, 0);
      this.hooks.onFirstSound(performance.now() - clickedAtMs + (context.baseLatency ?? 0) * 1000);
    } catch (error) {
      if (generation !== this.generation) return;
      this.setState('stopped');
      this.hooks.onError(`Playback failed: ${describeError(error)}`);
    }
  }

  pause(): void {
    if (this.state !== 'playing' || !this.playing) return;
    const offsetSeconds = this.positionSeconds();
    this.pausedAt = { mix: this.playing.mix, loop: this.playing.loop, offsetSeconds };
    this.silence();
    this.setState('paused');
  }

  stop(): void {
    this.generation += 1;
    this.silence();
    this.pausedAt = undefined;
    this.hooks.onPosition(null, undefined);
    if (this.state !== 'stopped') this.setState('stopped');
  }

  private async render(settings: PlaybackSettings): Promise<RenderedMix | undefined> {
    const music = this.music;
    if (!music) return undefined;
    const version = this.musicVersion;
    const key = scheduleKey(music, settings);
    if (this.schedule?.key !== key) {
      const { secondsPerQuarter, swing, countIn, bars, practice } = settings;
      this.schedule = {
        key,
        value:
          settings.loop && practice
            ? buildPracticeSchedule(music.lead, music.band, music.meter, { ...practice, swing, countIn, bars })
            : buildSchedule(music.lead, music.band, music.meter, { secondsPerQuarter, swing, countIn, bars }),
      };
    }
    const schedule = this.schedule.value;
    const loop = isPractice(schedule)
      ? { start: schedule.loopStartSeconds, end: schedule.loopEndSeconds }
      : { start: schedule.countInSeconds, end: schedule.countInSeconds + schedule.passSeconds };
    const seconds = loop.end + TAIL_SECONDS;
    const parts = {} as Record<MixerChannel, Float32Array>;
    for (const channel of MIXER_CHANNELS) {
      const events = synthEvents(channel, schedule.parts[channel], settings.leadInstrument);
      const channelKey = `${key}|${channel === 'lead' ? settings.leadInstrument : ''}`;
      const cached = this.rendered.get(channel);
      if (cached && cached.key === channelKey) {
        parts[channel] = cached.samples;
        continue;
      }
      const samples = await renderChannel(events, seconds, settings.soundFontUrl);
      // The music changed while this rendered: the result belongs to nothing on screen.
      if (version !== this.musicVersion) return undefined;
      this.rendered.set(channel, { key: channelKey, samples });
      parts[channel] = samples;
    }
    for (const channel of MIXER_CHANNELS) this.playableBuffer(parts[channel]);
    return { schedule, loop, sampleRate: RENDER_SAMPLE_RATE, parts, seconds };
  }

  /**
   * Opens the audio output ahead of Play (opening it takes tens of milliseconds, more on a busy machine);
   * `resume` after a user gesture, when the page may start it.
   */
  warmAudio(resume: boolean): void {
    const context = this.audioContext();
    if (resume && context.state === 'suspended') void context.resume().catch(() => undefined);
  }

  private playableBuffer(samples: Float32Array): AudioBuffer | undefined {
    if (samples.length === 0) return undefined;
    let buffer = this.playable.get(samples);
    if (!buffer) {
      buffer = new AudioBuffer({ numberOfChannels: 1, length: samples.length, sampleRate: RENDER_SAMPLE_RATE });
      buffer.getChannelData(0).set(samples);
      this.playable.set(samples, buffer);
    }
    return buffer;
  }

  private audioContext(): AudioContext {
    if (this.context) return this.context;
    const context = new AudioContext({ latencyHint: 'interactive' });
    for (const channel of MIXER_CHANNELS) {
      const gain = context.createGain();
      gain.gain.value = this.mixer ? channelGain(this.mixer, channel) : 0.5;
      gain.connect(context.destination);
      this.gains.set(channel, gain);
    }
    this.context = context;
    return context;
  }

  private start(mix: RenderedMix, loop: boolean, offsetSeconds: number): void {
    const context = this.audioContext();
    this.silence();
    const loopStart = mix.loop.start;
    const loopEnd = mix.loop.end;
    // A few milliseconds of lookahead so that every channel starts on the same sample.
    const when = context.currentTime + 0.01;
    for (const channel of MIXER_CHANNELS) {
      const buffer = this.playableBuffer(mix.parts[channel]);
      if (!buffer) continue;
      const source = context.createBufferSource();
      source.buffer = buffer;
      if (loop && loopEnd > loopStart) {
        source.loop = true;
        source.loopStart = loopStart;
        source.loopEnd = loopEnd;
      }
      source.connect(this.gains.get(channel)!);
      source.start(when, offsetSeconds);
      this.sources.push(source);
    }
    this.pausedAt = undefined;
    if (offsetSeconds === 0) this.pass = -1;
    this.playing = { mix, loop, startedAtMs: performance.now() + 10, offsetSeconds };
    this.setState('playing');
    this.followCursor();
  }

  /** Seconds into the rendered sound now, wrapped into the loop when looping. */
  private positionSeconds(): number {
    const playing = this.playing;
    if (!playing) return 0;
    const raw = playing.offsetSeconds + Math.max(0, performance.now() - playing.startedAtMs) / 1000;
    const { start, end } = playing.mix.loop;
    if (!playing.loop || end <= start || raw < end) return raw;
    return start + ((raw - start) % (end - start));
  }

  private followCursor(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    const step = (): void => {
      const playing = this.playing;
      if (!playing || this.state !== 'playing') return;
      const position = this.positionSeconds();
      if (!playing.loop && position >= playing.mix.seconds) {
        this.stop();
        return;
      }
      const schedule = playing.mix.schedule;
      if (isPractice(schedule)) {
        const { pass, index, intoRange } = passAt(schedule, position);
        if (index !== this.pass) {
          this.pass = index;
          this.hooks.onPass?.(index, pass.tempo);
        }
        this.hooks.onPosition(intoRange, pass.schedule);
      } else {
        const intoRange = position - schedule.countInSeconds;
        this.hooks.onPosition(intoRange >= 0 && intoRange <= schedule.passSeconds ? intoRange : null, schedule);
      }
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private silence(): void {
    for (const source of this.sources) {
      try {
        source.stop();
      } catch {
        // Already ended on its own.
      }
      source.disconnect();
    }
    this.sources = [];
    this.playing = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private setState(state: PlaybackState): void {
    this.state = state;
    this.hooks.onState(state);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
