/**
 * Playback with abcjs' own synth (CreateSynth renders the whole tune into one AudioBuffer) and its
 * TimingCallbacks for the cursor. The sound comes from the sound font shipped in media/soundfont/, so
 * every program is played on that one instrument and every pitch is folded by octaves into its range.
 */
import * as abcjs from 'abcjs';
import {
  PlaybackState,
  SOUND_FONT_HIGHEST_MIDI,
  SOUND_FONT_LOWEST_MIDI,
} from '../shared/messages';

export interface PlaybackOptions {
  soundFontUrl: string;
  /** Beats per minute (the meter's beat, as abcjs counts it). */
  tempo: number;
  swingPercent: number;
  chordsOn: boolean;
}

export interface PlayerHooks {
  onState(state: PlaybackState): void;
  /** The note event now sounding, or null when playback ends or stops. */
  onEvent(event: abcjs.NoteTimingEvent | null): void;
  onError(message: string): void;
}

/** Index of acoustic_grand_piano in abcjs' General MIDI list, the instrument the sound font provides. */
const SHIPPED_PROGRAM = 0;

/** Folds a MIDI pitch by octaves into the shipped range. */
export function foldIntoRange(pitch: number): number {
  let folded = pitch;
  while (folded < SOUND_FONT_LOWEST_MIDI) folded += 12;
  while (folded > SOUND_FONT_HIGHEST_MIDI) folded -= 12;
  return folded;
}

type AudioEvent = { cmd?: string; pitch?: number; instrument?: number };

/**
 * A view of the tune whose audio tracks use only what ships. CreateSynth asks the tune for its tracks
 * through setUpAudio, so overriding that one method (on an object whose prototype is the tune) changes
 * what is loaded and played without touching the tune the cursor follows.
 */
function withShippedSound(tune: abcjs.TuneObject): abcjs.TuneObject {
  const view = Object.create(tune) as abcjs.TuneObject;
  view.setUpAudio = (options: abcjs.SynthOptions) => {
    const audio = tune.setUpAudio(options);
    for (const track of audio.tracks as unknown as AudioEvent[][]) {
      for (const event of track) {
        if (event.cmd === 'program') event.instrument = SHIPPED_PROGRAM;
        if (typeof event.instrument === 'number') event.instrument = SHIPPED_PROGRAM;
        if (typeof event.pitch === 'number') event.pitch = foldIntoRange(event.pitch);
      }
    }
    return audio;
  };
  return view;
}

/** What CreateSynth is given, the same for listening and for the WAV file, so both sound alike. */
function synthInitOptions(tune: abcjs.TuneObject, options: PlaybackOptions, onEnded?: () => void): abcjs.MidiBufferOptions {
  return {
    visualObj: withShippedSound(tune),
    millisecondsPerMeasure: (tune.getBeatsPerMeasure() * 60000) / options.tempo,
    options: {
      soundFontUrl: options.soundFontUrl,
      soundFontVolumeMultiplier: 1,
      program: SHIPPED_PROGRAM,
      chordsOff: !options.chordsOn,
      swing: options.swingPercent,
      ...(onEnded ? { onEnded } : {}),
    },
  };
}

/** CD quality: what every player and editor opens. */
export const WAV_SAMPLE_RATE = 44100;

export interface RenderedAudio {
  channels: Float32Array[];
  sampleRate: number;
}

type AbcjsWindow = Window & { abcjsAudioContext?: unknown };

/**
 * Renders the tune into an audio buffer without an audio device. abcjs does all its work through
 * "the active audio context" (a global): it decodes the sound font with it, asks it for the output
 * buffer, and resumes it when suspended — a resume that never settles in a page the user has not
 * clicked (autoplay policy), which is exactly the case when a command asks for the file. So, for the
 * duration of the render only, the active context is a stand-in that is always "running" and hands
 * decoding and buffers to an OfflineAudioContext; each note is rendered by abcjs' own
 * OfflineAudioContexts as in playback. The caller must not play meanwhile (the stand-in cannot).
 */
export async function renderTuneAudio(tune: abcjs.TuneObject, options: PlaybackOptions): Promise<RenderedAudio> {
  const offline = new OfflineAudioContext(2, 1, WAV_SAMPLE_RATE);
  const standIn = {
    state: 'running',
    currentTime: 0,
    sampleRate: offline.sampleRate,
    createBuffer: offline.createBuffer.bind(offline),
    decodeAudioData: offline.decodeAudioData.bind(offline),
    resume: () => Promise.resolve(),
    suspend: () => Promise.resolve(),
  };
  const page = window as AbcjsWindow;
  const hadContext = 'abcjsAudioContext' in page;
  const previous = page.abcjsAudioContext;
  try {
    const synth = new abcjs.synth.CreateSynth();
    const init = await synth.init({ ...synthInitOptions(tune, options), audioContext: standIn as unknown as AudioContext });
    if (init.error && init.error.length > 0) throw new Error(`missing sounds: ${init.error.join(', ')}`);
    await synth.prime();
    const buffer = synth.getAudioBuffer();
    if (!buffer || buffer.length === 0) throw new Error('the tune has no notes to play');
    const channels: Float32Array[] = [];
    for (let channel = 0; channel < buffer.numberOfChannels; channel++) channels.push(buffer.getChannelData(channel));
    return { channels, sampleRate: buffer.sampleRate };
  } finally {
    if (hadContext) page.abcjsAudioContext = previous;
    else delete page.abcjsAudioContext;
  }
}

export class Player {
  private tune: abcjs.TuneObject | undefined;
  private synth: abcjs.MidiBuffer | undefined;
  private timer: abcjs.TimingCallbacks | undefined;
  private preparedFor: string | undefined;
  private state: PlaybackState = 'stopped';
  /** Bumped by every stop or new tune, so a preparation that finishes late does not start playing. */
  private generation = 0;

  constructor(private readonly hooks: PlayerHooks) {}

  get currentState(): PlaybackState {
    return this.state;
  }

  /** A new render: whatever played belongs to SVG that no longer exists. */
  setTune(tune: abcjs.TuneObject | undefined): void {
    this.stop();
    this.tune = tune;
    this.preparedFor = undefined;
  }

  /** Options changed (tempo, swing, chords): the buffer must be rendered again before the next play. */
  invalidate(): void {
    if (this.state === 'playing' || this.state === 'paused') this.stop();
    this.preparedFor = undefined;
  }

  async toggle(options: PlaybackOptions): Promise<void> {
    if (this.state === 'playing') this.pause();
    else await this.play(options);
  }

  async play(options: PlaybackOptions): Promise<void> {
    const tune = this.tune;
    if (!tune || this.state === 'playing' || this.state === 'loading') return;
    if (this.state === 'paused' && this.synth && this.timer) {
      this.synth.resume();
      this.timer.start();
      this.setState('playing');
      return;
    }
    const generation = ++this.generation;
    this.setState('loading');
    try {
      await this.prepare(tune, options);
      if (generation !== this.generation) return;
      this.synth!.start();
      this.timer!.start(0);
      this.setState('playing');
    } catch (error) {
      if (generation !== this.generation) return;
      this.preparedFor = undefined;
      this.setState('stopped');
      this.hooks.onError(`Playback failed: ${describeError(error)}`);
    }
  }

  pause(): void {
    if (this.state !== 'playing' || !this.synth || !this.timer) return;
    this.synth.pause();
    this.timer.pause();
    this.setState('paused');
  }

  stop(): void {
    this.generation += 1;
    if (this.synth) this.synth.stop();
    if (this.timer) {
      this.timer.stop();
      this.timer.reset();
    }
    this.hooks.onEvent(null);
    if (this.state !== 'stopped') this.setState('stopped');
  }

  private async prepare(tune: abcjs.TuneObject, options: PlaybackOptions): Promise<void> {
    const key = JSON.stringify(options);
    if (this.preparedFor === key && this.synth && this.timer) return;
    this.synth?.stop();
    this.timer?.stop();
    const synth = new abcjs.synth.CreateSynth();
    const init = await synth.init(synthInitOptions(tune, options, () => this.onEnded()));
    if (init.error && init.error.length > 0) this.hooks.onError(`Missing sounds: ${init.error.join(', ')}`);
    await synth.prime();
    this.synth = synth;
    this.timer = new abcjs.TimingCallbacks(tune, {
      qpm: options.tempo,
      beatSubdivisions: 4,
      eventCallback: (event) => {
        this.hooks.onEvent(event ?? null);
        return undefined;
      },
    });
    this.preparedFor = key;
  }

  private onEnded(): void {
    // abcjs also calls onEnded after a pause (the source node stops); only a real end resets.
    if (this.state !== 'playing') return;
    this.stop();
  }

  private setState(state: PlaybackState): void {
    this.state = state;
    this.hooks.onState(state);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
