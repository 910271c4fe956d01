/**
 * A voice's bar as a notation program shows it: every symbol with its written length (type and dots), its
 * notes spelt in the key and over the chord (the ABC writer's spelling), the accidentals the bar needs,
 * ties, triplet brackets and beams by beat. The MusicXML writer prints this; the sheet engraver draws it.
 */
import { TICKS_PER_QUARTER } from '../../../shared/ticks';
import type { Meter } from '../../../shared/meter';
import { keyPrefersFlats } from '../../theory/chords';
import { abcKey, keyAlterations, melodicNeighbours, spellPitch, type Spelling } from '../../theory/spelling';
import { meterLayout } from '../notation';
import { UserFacingError } from '../../../shared/errors';
import { type Chord, type Solo } from '../../types';
import type { Voice, WrittenEvent } from './voices';

export type SpeltPitch = Spelling & { octave: number };

export interface SpeltMember {
  /** Sounding MIDI pitch (or drum key); null for a rest. */
  pitch: number | null;
  /** The written note (pitched parts only). */
  spelling?: SpeltPitch;
  /** The accidental shown, as MusicXML names it ('sharp', 'flat', 'natural', ...). */
  accidental?: string;
  tieStart: boolean;
  tieStop: boolean;
}

export interface SpeltEvent {
  event: WrittenEvent;
  members: SpeltMember[];
  /** MusicXML note type ('eighth', 'quarter', ...); '' for a whole-bar rest. */
  type: string;
  dots: number;
  wholeBarRest: boolean;
  /** Beam values by level (1: eighths, 2: sixteenths): 'begin', 'continue', 'end', 'forward hook', ... */
  beams: string[];
  /** On the first symbol of a triplet bracket: how many symbols it holds. */
  tupletStart?: number;
  tupletStop: boolean;
  /** The chord symbol that starts on this symbol. */
  chord?: Chord;
}

export interface SpellingContext {
  /** Key signature in fifths (sharps positive) of what the part reads. */
  fifths: number;
  prefersFlats: boolean;
  /** Semitones from sounding to written (a bass part: 12). */
  writtenShift: number;
  /** The chord sounding at a tick, for spelling; none for band parts. */
  chordAt?: (tick: number) => Chord | undefined;
  /** Chords by the tick they start on (lead sheets). */
  chordAtStart?: Map<number, Chord>;
  /** Drum keys: nothing to spell. */
  unpitched?: boolean;
}

/** Written length in ticks → note type and dots. */
const NOTE_TYPES: Record<number, [string, number]> = {
  3: ['16th', 0],
  6: ['eighth', 0],
  9: ['eighth', 1],
  12: ['quarter', 0],
  18: ['quarter', 1],
  24: ['half', 0],
  36: ['half', 1],
  48: ['whole', 0],
  72: ['whole', 1],
};

const ACCIDENTAL_NAMES: Record<number, string> = {
  [-2]: 'flat-flat',
  [-1]: 'flat',
  0: 'natural',
  1: 'sharp',
  2: 'double-sharp',
};

/** The length a symbol is written with: triplet members at 3/2 of what they sound. */
export function writtenTicks(event: WrittenEvent): number {
  return ((event.end - event.start) * (event.inTuplet ? 3 : 2)) / 2;
}

/** How a solo (as its player reads it) is spelt: its key, and the chords over it. */
export function soloSpelling(solo: Solo, bars: number): SpellingContext {
  const fifths = abcKey(solo.key).fifths;
  const barTicks = meterLayout(solo.meter).barTicks;
  const starts = solo.chords.map((timed) => ({
    tick: Math.round(timed.start * TICKS_PER_QUARTER),
    chord: timed.chord,
  }));
  const chordAtStart = new Map<number, Chord>();
  for (const { tick, chord } of starts) if (tick >= 0 && tick < bars * barTicks) chordAtStart.set(tick, chord);
  return {
    fifths,
    prefersFlats: fifths < 0 || (fifths === 0 && keyPrefersFlats(solo.key)),
    writtenShift: 0,
    chordAt: (tick) => {
      let found: Chord | undefined;
      for (const entry of starts) if (entry.tick <= tick) found = entry.chord;
      return found ?? starts[0]?.chord;
    },
    chordAtStart,
  };
}

/** Beams beat by beat over the notes shorter than a quarter, a second level for sixteenths. */
function beamsOf(events: WrittenEvent[]): Map<WrittenEvent, string[]> {
  const beams = new Map<WrittenEvent, string[]>();
  let group: WrittenEvent[] = [];
  const short = (event: WrittenEvent | undefined) => event !== undefined && writtenTicks(event) < 6;
  const flush = () => {
    if (group.length >= 2) {
      group.forEach((event, i) => {
        const levels = [i === 0 ? 'begin' : i === group.length - 1 ? 'end' : 'continue'];
        if (short(event)) {
          const before = i > 0 && short(group[i - 1]);
          const after = short(group[i + 1]);
          if (before && after) levels.push('continue');
          else if (before) levels.push('end');
          else if (after) levels.push('begin');
          else levels.push(i === 0 ? 'forward hook' : 'backward hook');
        }
        beams.set(event, levels);
      });
    }
    group = [];
  };
  for (const event of events) {
    if (event.beatStart) flush();
    if (event.pitches.length === 0 || writtenTicks(event) >= 12) {
      flush();
      continue;
    }
    group.push(event);
  }
  flush();
  return beams;
}

/**
 * The symbols of one bar of a voice. `tiedFrom` carries the spelling of notes tied over the bar line (a tied
 * continuation keeps its letter, or readers would not join the two).
 */
export function spellBar(
  voice: Voice,
  bar: number,
  meter: Meter,
  context: SpellingContext,
  tiedFrom: Map<number, SpeltPitch>,
): SpeltEvent[] {
  const layout = meterLayout(meter);
  const barStart = bar * layout.barTicks;
  const events = voice.events.filter((e) => e.start >= barStart && e.start < barStart + layout.barTicks);
  const beams = beamsOf(events);
  const keyAlters = keyAlterations(context.fifths);
  const inForce = new Map<string, number>();
  const topLine = voice.events.map((e) => (e.pitches.length ? e.pitches[e.pitches.length - 1] : null));
  const spelt: SpeltEvent[] = [];
  let tupletLeft = 0;
  for (const event of events) {
    const duration = event.end - event.start;
    const wholeBarRest = event.pitches.length === 0 && duration === layout.barTicks && event.start === barStart;
    let type = '';
    let dots = 0;
    if (!wholeBarRest) {
      const found = NOTE_TYPES[writtenTicks(event)];
      if (!found) throw new UserFacingError(`a symbol of ${writtenTicks(event)} ticks has no written note length`);
      [type, dots] = found;
    }
    const tupletStart = event.tupletMembers;
    if (tupletStart !== undefined) tupletLeft = tupletStart;
    const tupletStop = event.inTuplet && tupletLeft === 1;
    if (event.inTuplet) tupletLeft--;
    const eventIndex = voice.events.indexOf(event);
    const members = (event.pitches.length ? event.pitches : [null]).map((pitch): SpeltMember => {
      if (pitch === null) return { pitch, tieStart: false, tieStop: false };
      const tieStop = tiedFrom.has(pitch);
      let spelling: SpeltPitch | undefined;
      let accidental: string | undefined;
      if (!context.unpitched) {
        spelling =
          tiedFrom.get(pitch) ??
          spellPitch(
            pitch + context.writtenShift,
            keyAlters,
            context.prefersFlats,
            context.chordAt?.(event.start),
            context.chordAt ? melodicNeighbours(topLine, eventIndex) : {},
          );
        const key = `${spelling.letter}:${spelling.octave}`;
        const current = inForce.get(key) ?? keyAlters[spelling.letter];
        inForce.set(key, spelling.alter);
        if (!tieStop && current !== spelling.alter) accidental = ACCIDENTAL_NAMES[spelling.alter];
      }
      if (event.tieToNext) tiedFrom.set(pitch, spelling ?? { letter: 0, alter: 0, octave: 0 });
      else tiedFrom.delete(pitch);
      return { pitch, spelling, accidental, tieStart: event.tieToNext, tieStop };
    });
    spelt.push({
      event,
      members,
      type,
      dots,
      wholeBarRest,
      beams: beams.get(event) ?? [],
      tupletStart,
      tupletStop,
      chord: context.chordAtStart?.get(event.start),
    });
  }
  return spelt;
}
