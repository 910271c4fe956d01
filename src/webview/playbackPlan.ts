/**
 * What one Play (or a WAV export) plays, from the page's controls: the tempo in the tune's own beats, swing,
 * count-in, the lead's voice, the loop and the practice passes. Pure (no DOM, no Web Audio), so Node tests can
 * check it.
 */
import type { TuneObject } from 'abcjs';
import type { MixerState } from '../shared/previewSettings';
import { passTempos, type PracticeSettings } from '../shared/practice';
import type { PlaybackSettings } from './playback';

/** The tune's own tempo (its Q:, in its beats per minute), else `defaultTempo`. */
export function tempoOfTune(tune: TuneObject | undefined, defaultTempo: number): number {
  const stated = tune?.metaText?.tempo;
  if (tune && stated && typeof stated.bpm === 'number' && stated.bpm > 0) return Math.round(tune.getBpm(stated));
  return defaultTempo;
}

export function meterOf(tune: TuneObject): { numerator: number; denominator: number } {
  const fraction = tune.getMeterFraction();
  const { num, den } = fraction;
  return num > 0 && den !== undefined && den > 0
    ? { numerator: num, denominator: den }
    : { numerator: 4, denominator: 4 };
}

export interface PlaybackControls {
  tune: TuneObject | undefined;
  mixer: MixerState;
  practice: PracticeSettings;
  /** In the meter's beats per minute: the one typed, else the tune's, else the setting's. */
  tempo: number;
  swing: number;
  soundFontUrl: string;
  /** The whole tune once (a WAV export, a range asked for by the extension): no loop, no practice passes. */
  whole?: boolean;
}

export function playbackSettingsFor(controls: PlaybackControls): PlaybackSettings {
  const { tune, mixer, practice, tempo, whole } = controls;
  const meter = tune ? meterOf(tune) : { numerator: 4, denominator: 4 };
  const beats = tune?.getBeatsPerMeasure() || meter.numerator;
  // The tempo counts the meter's beats (dotted quarters in 6/8): the quarter's length follows from it.
  const quartersPerBeat = (4 * meter.numerator) / meter.denominator / beats;
  // A loop from a bar alone runs to the end; to a bar alone, from the start.
  const limited = mixer.loopFrom !== undefined || mixer.loopTo !== undefined;
  const from = mixer.loopFrom ?? 1;
  const to = mixer.loopTo ?? Number.MAX_SAFE_INTEGER;
  const bars = !whole && mixer.loop && limited ? { from: Math.min(from, to), to: Math.max(from, to) } : undefined;
  const looping = !whole && mixer.loop;
  const practising = looping && (practice.tempoStep > 0 || practice.click || practice.countInEachPass);
  return {
    ...(practising
      ? {
          practice: {
            tempos: passTempos(tempo, practice.tempoStep, practice.targetTempo),
            quartersPerBeat,
            click: practice.click,
            countInEachPass: practice.countInEachPass,
          },
        }
      : {}),
    soundFontUrl: controls.soundFontUrl,
    secondsPerQuarter: 60 / tempo / quartersPerBeat,
    swing: controls.swing,
    countIn: mixer.countIn,
    leadInstrument: mixer.leadInstrument,
    loop: looping,
    ...(bars ? { bars } : {}),
  };
}
