/**
 * When each note of the band sounds, in seconds: the lead (from the tune) and the rhythm section (from the
 * engine's arrangement) on one swung time line, with or without the count-in, for the whole solo or a
 * range of bars; and the mix of the rendered parts. Pure (no DOM, no Web Audio), so Node tests can check it.
 */
import { type MixerChannel, MIXER_CHANNELS, type MixerState } from '../shared/previewSettings';
import type { BandData } from '../shared/messages';

import { STRAIGHT, swingRatio, swingTime } from '../shared/swing';
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { barTicks } from '../shared/meter';

export { TICKS_PER_QUARTER };
const TICKS_PER_WHOLE = 4 * TICKS_PER_QUARTER;

/** A note of the soloist, ticks from the solo's start (straight). */
export interface LeadEvent {
  pitch: number;
  startTick: number;
  durationTicks: number;
  velocity: number;
}

/** A note as it sounds: seconds from the start of what is played (the count-in's first beat, if any). */
export interface TimedNote {
  pitch: number;
  start: number;
  duration: number;
  velocity: number;
}

export interface ScheduleOptions {
  secondsPerQuarter: number;
  /** The swing setting (ratio or percentage); only meters counted in quarters swing. */
  swing: number;
  countIn: boolean;
  /** Bars of the solo to play (1-based, inclusive); absent = the whole solo. */
  bars?: { from: number; to: number };
}

export interface Schedule {
  parts: Record<MixerChannel, TimedNote[]>;
  /** Seconds of count-in before the solo (or the range) starts; 0 without one. */
  countInSeconds: number;
  /** Seconds of one pass through the solo or the range. */
  passSeconds: number;
  /** Where the played range starts in the solo, in straight ticks (0 for the whole solo). */
  fromTick: number;
  toTick: number;
  /** Swung seconds from the range's start of a straight solo tick (for the cursor). */
  secondsAt(soloTick: number): number;
}

/** An event of abcjs' `setUpAudio` tracks (start and duration in whole notes). */
interface AbcjsAudioEvent {
  cmd?: string;
  pitch?: number;
  start?: number;
  duration?: number;
  volume?: number;
}

/** The soloist's notes from abcjs' audio tracks (every track of the tune, chord tracks excluded by the caller). */
export function leadEventsFromAudioTracks(tracks: readonly (readonly unknown[])[]): LeadEvent[] {
  const events: LeadEvent[] = [];
  for (const track of tracks) {
    for (const raw of track as readonly AbcjsAudioEvent[]) {
      if (
        raw.cmd !== 'note' ||
        typeof raw.pitch !== 'number' ||
        typeof raw.start !== 'number' ||
        typeof raw.duration !== 'number'
      )
        continue;
      if (raw.duration <= 0) continue;
      events.push({
        pitch: raw.pitch,
        startTick: Math.round(raw.start * TICKS_PER_WHOLE),
        durationTicks: Math.max(1, Math.round(raw.duration * TICKS_PER_WHOLE)),
        velocity: typeof raw.volume === 'number' ? Math.min(127, Math.max(1, Math.round(raw.volume))) : 90,
      });
    }
  }
  return events.sort((a, b) => a.startTick - b.startTick);
}

/**
 * Puts every part on one time line. Swing maps straight ticks to played ones from the solo's first beat
 * (the count-in is a whole bar, so its beats fall on the same grid); a note belongs to the range when it
 * starts inside it, and the range is played from its first beat, after the count-in when there is one.
 */
export function buildSchedule(
  lead: readonly LeadEvent[],
  band: BandData | undefined,
  meter: { numerator: number; denominator: number },
  options: ScheduleOptions,
): Schedule {
  const swing = meter.denominator === 4 ? swingRatio(options.swing) : STRAIGHT;
  const countInTicks = band?.countInTicks ?? 0;
  const leadEnd = lead.reduce((end, note) => Math.max(end, note.startTick + note.durationTicks), 0);
  const soloTicks = Math.max(leadEnd, band ? band.totalTicks - countInTicks : 0);
  const ticksInBar = barTicks(meter);
  const fromTick = options.bars ? Math.min(soloTicks, (options.bars.from - 1) * ticksInBar) : 0;
  const toTick = options.bars
    ? Math.min(soloTicks, Math.max(fromTick + ticksInBar, options.bars.to * ticksInBar))
    : soloTicks;
  const playsCountIn = options.countIn && countInTicks > 0;
  const countInSeconds = playsCountIn ? (countInTicks / TICKS_PER_QUARTER) * options.secondsPerQuarter : 0;
  const swungQuarters = (tick: number): number => swingTime(tick, TICKS_PER_QUARTER, swing) / TICKS_PER_QUARTER;
  const secondsAt = (soloTick: number): number =>
    (swungQuarters(soloTick) - swungQuarters(fromTick)) * options.secondsPerQuarter;

  const parts: Record<MixerChannel, TimedNote[]> = { lead: [], bass: [], comping: [], drums: [] };
  const place = (
    channel: MixerChannel,
    soloTick: number,
    durationTicks: number,
    pitch: number,
    velocity: number,
  ): void => {
    const start = countInSeconds + secondsAt(soloTick);
    const end = countInSeconds + secondsAt(soloTick + durationTicks);
    parts[channel].push({ pitch, start, duration: Math.max(0.01, end - start), velocity });
  };
  const inRange = (soloTick: number): boolean => soloTick >= fromTick && soloTick < toTick;

  for (const note of lead)
    if (inRange(note.startTick)) place('lead', note.startTick, note.durationTicks, note.pitch, note.velocity);
  for (const note of band?.notes ?? []) {
    const soloTick = note.startTick - countInTicks;
    if (soloTick < 0) {
      if (!playsCountIn) continue;
      // The count-in bar, played in its own time before the range.
      const start = swungQuarters(note.startTick) * options.secondsPerQuarter;
      const end = swungQuarters(note.startTick + note.durationTicks) * options.secondsPerQuarter;
      parts[note.part].push({
        pitch: note.pitch,
        start,
        duration: Math.max(0.01, end - start),
        velocity: note.velocity,
      });
    } else if (inRange(soloTick)) {
      place(note.part, soloTick, note.durationTicks, note.pitch, note.velocity);
    }
  }
  for (const channel of MIXER_CHANNELS) parts[channel].sort((a, b) => a.start - b.start);
  return { parts, countInSeconds, passSeconds: secondsAt(toTick), fromTick, toTick, secondsAt };
}

/** Overall level of the mix: four parts at full volume stay below full scale. */
export const MASTER_GAIN = 0.8;

/** A channel's gain as the mixer sets it: 0 when off, else its volume (0–100) on a square law, as faders are. */
export function channelGain(mixer: Pick<MixerState, 'on' | 'volume'>, channel: MixerChannel): number {
  if (!mixer.on[channel]) return 0;
  const level = Math.min(100, Math.max(0, mixer.volume[channel])) / 100;
  return MASTER_GAIN * level * level;
}

/** Sums the rendered parts (mono, one sample rate) with the mixer's gains; the result is as long as the longest part. */
export function mixParts(
  parts: Partial<Record<MixerChannel, Float32Array>>,
  mixer: Pick<MixerState, 'on' | 'volume'>,
): Float32Array {
  const length = Math.max(0, ...MIXER_CHANNELS.map((channel) => parts[channel]?.length ?? 0));
  const mix = new Float32Array(length);
  for (const channel of MIXER_CHANNELS) {
    const samples = parts[channel];
    const gain = channelGain(mixer, channel);
    if (!samples || gain === 0) continue;
    for (let i = 0; i < samples.length; i++) mix[i] += samples[i] * gain;
  }
  return mix;
}
