/**
 * A practice loop on one time line: the looped bars played once per tempo of the tempo trainer, one pass after
 * the other, each with its count-in bar when asked for and a click on every beat when asked for; the last pass
 * (at the target tempo) is what then repeats. Rendering every pass ahead keeps Play instant and the passes
 * seamless. Pure (no DOM, no Web Audio), so Node tests can check it.
 */
import { type MixerChannel, MIXER_CHANNELS } from '../shared/previewSettings';
import type { BandData } from '../shared/messages';

import { barTicks, beatsPerBar } from '../shared/meter';
import { TICKS_PER_QUARTER } from '../shared/ticks';
import { type LeadEvent, type Schedule, type TimedNote, buildSchedule } from './schedule';

/** General MIDI side stick: the click, louder on the first beat of the bar. */
export const CLICK_KEY = 37;
const CLICK_ACCENT = 112;
const CLICK_BEAT = 76;
const CLICK_SECONDS = 0.05;

export interface PracticeOptions {
  /** Tempo of each pass in the meter's beats per minute (the last one repeats). */
  tempos: readonly number[];
  /** Quarter notes in one of the meter's beats (1 in 4/4, 1.5 in 6/8). */
  quartersPerBeat: number;
  swing: number;
  /** The band's count-in bar before the first pass, and before every pass with `countInEachPass`. */
  countIn: boolean;
  countInEachPass: boolean;
  click: boolean;
  bars?: { from: number; to: number };
}

export interface PracticePass {
  /** Beats per minute of this pass. */
  tempo: number;
  /** Seconds from the start of the whole loop to this pass's count-in (or first beat). */
  startSeconds: number;
  /** The pass alone, its times from its own start. */
  schedule: Schedule;
}

export interface PracticeSchedule extends Schedule {
  passes: PracticePass[];
  /** Where the repeating last pass starts and ends, in seconds from the start. */
  loopStartSeconds: number;
  loopEndSeconds: number;
}

/** Clicks on every beat of a pass (its count-in bar included), at the pass's own times. */
function clicks(
  schedule: Schedule,
  meter: { numerator: number; denominator: number },
  quartersPerBeat: number,
): TimedNote[] {
  const beatTicks = Math.round(quartersPerBeat * TICKS_PER_QUARTER);
  const beats = beatsPerBar(meter);
  const notes: TimedNote[] = [];
  // The count-in bar's beats are evenly spaced before the range's first beat.
  if (schedule.countInSeconds > 0) {
    const beatSeconds = schedule.countInSeconds / beats;
    for (let beat = 0; beat < beats; beat++) {
      notes.push({
        pitch: CLICK_KEY,
        start: beat * beatSeconds,
        duration: CLICK_SECONDS,
        velocity: beat === 0 ? CLICK_ACCENT : CLICK_BEAT,
      });
    }
  }
  const bar = barTicks(meter);
  for (let tick = schedule.fromTick; tick < schedule.toTick; tick += beatTicks) {
    notes.push({
      pitch: CLICK_KEY,
      start: schedule.countInSeconds + schedule.secondsAt(tick),
      duration: CLICK_SECONDS,
      velocity: tick % bar === 0 ? CLICK_ACCENT : CLICK_BEAT,
    });
  }
  return notes;
}

/** Every pass of the tempo trainer on one time line; with one tempo, one pass (a plain loop). */
export function buildPracticeSchedule(
  lead: readonly LeadEvent[],
  band: BandData | undefined,
  meter: { numerator: number; denominator: number },
  options: PracticeOptions,
): PracticeSchedule {
  const parts: Record<MixerChannel, TimedNote[]> = { lead: [], bass: [], comping: [], drums: [] };
  const passes: PracticePass[] = [];
  let at = 0;
  options.tempos.forEach((tempo, index) => {
    const schedule = buildSchedule(lead, band, meter, {
      secondsPerQuarter: 60 / tempo / options.quartersPerBeat,
      swing: options.swing,
      countIn: index === 0 ? options.countIn : options.countInEachPass,
      bars: options.bars,
    });
    passes.push({ tempo, startSeconds: at, schedule });
    for (const channel of MIXER_CHANNELS) {
      for (const note of schedule.parts[channel]) parts[channel].push({ ...note, start: note.start + at });
    }
    if (options.click) {
      for (const note of clicks(schedule, meter, options.quartersPerBeat))
        parts.drums.push({ ...note, start: note.start + at });
    }
    at += schedule.countInSeconds + schedule.passSeconds;
  });
  for (const channel of MIXER_CHANNELS) parts[channel].sort((a, b) => a.start - b.start);
  const first = passes[0].schedule;
  const last = passes[passes.length - 1];
  // Without a count-in before every pass, the repeating pass is the range alone.
  const loopStartSeconds = last.startSeconds + (options.countInEachPass ? 0 : last.schedule.countInSeconds);
  return {
    ...first,
    parts,
    passes,
    loopStartSeconds,
    loopEndSeconds: at,
  };
}

/** The pass sounding `seconds` after the loop started, and the seconds into its range (null in its count-in). */
export function passAt(
  practice: PracticeSchedule,
  seconds: number,
): { pass: PracticePass; index: number; intoRange: number | null } {
  let index = 0;
  for (let i = 0; i < practice.passes.length; i++) if (practice.passes[i].startSeconds <= seconds + 1e-9) index = i;
  const pass = practice.passes[index];
  const into = seconds - pass.startSeconds - pass.schedule.countInSeconds;
  return { pass, index, intoRange: into >= 0 && into <= pass.schedule.passSeconds ? into : null };
}
