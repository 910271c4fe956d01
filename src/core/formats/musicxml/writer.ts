/**
 * Writes a realised Solo, and the band behind it, as MusicXML 4.0 (score-partwise): the lead sheet (chord
 * symbols as <harmony>, key, time, tempo and swing, triplets, ties, beams by beat, rests as the ABC writes
 * them: both take their symbols from notation.ts) and, with a band, the bass (written an octave up, as bass
 * parts are), the comping on a grand staff and the drums on a percussion staff. Title and provenance (the
 * solo's subtitle: model, seed, decoding) are credits. A lead written for a transposing instrument carries
 * <transpose>, so every reader sounds it at concert pitch.
 */
import { TICKS_PER_QUARTER } from '../../../shared/ticks';
import { LETTERS } from '../../theory/spelling';
import { meterLayout } from '../notation';
import { meterSwings } from '../../../shared/swing';
import { LEAD_SOUNDS } from '../../../shared/soundFont';
import { DEFAULTS } from '../../../shared/defaults';
import {
  BAND_PROGRAMS,
  DEFAULT_LEAD_INSTRUMENT,
  DRUM,
  LEAD_INSTRUMENTS,
  type BandArrangement,
  type LeadInstrument,
} from '../../band/types';
import { type Solo } from '../../types';
import { harmonyElement } from './harmony';
import { bandVoices, leadVoice, type Voice } from './voices';
import { soloSpelling, spellBar, type SpeltPitch, type SpellingContext } from './spelled';

interface MeasureContext {
  part: PartPlan;
  source: Solo;
  spelling: SpellingContext;
}
import { el, serialise, type XmlChild, type XmlElement } from './xml';
import type { PartTransposition } from './transposition';
import { letterStepsBetween, transposeKey, transposeSolo } from '../../theory/transpose';
import { PARTS, type PartName } from '../../../shared/parts';

export interface MusicXmlOptions {
  /** The rhythm section (bass, comping, drums) as parts under the lead; without it, the lead alone. */
  band?: BandArrangement;
  /** The lead's instrument (its name and General MIDI program); tenor sax by default. */
  lead?: LeadInstrument;
  /** Write the lead as this player's part (shared/parts.ts: a B♭ tenor a ninth up...); concert pitch by default. */
  part?: PartName;
}

/** Divisions per quarter note: the solo's own ticks, so every length is a whole number. */
const DIVISIONS = TICKS_PER_QUARTER;

/** Where each drum is written on the percussion staff, and with which notehead. */
const DRUM_DISPLAY: Record<number, { step: string; octave: number; name: string; notehead?: string }> = {
  [DRUM.kick]: { step: 'F', octave: 4, name: 'Bass Drum' },
  [DRUM.sideStick]: { step: 'C', octave: 5, name: 'Side Stick', notehead: 'x' },
  [DRUM.snare]: { step: 'C', octave: 5, name: 'Snare' },
  [DRUM.closedHat]: { step: 'G', octave: 5, name: 'Closed Hi-Hat', notehead: 'x' },
  [DRUM.pedalHat]: { step: 'D', octave: 4, name: 'Pedal Hi-Hat', notehead: 'x' },
  [DRUM.crash]: { step: 'A', octave: 5, name: 'Crash Cymbal', notehead: 'x' },
  [DRUM.ride]: { step: 'F', octave: 5, name: 'Ride Cymbal', notehead: 'x' },
  [DRUM.rideBell]: { step: 'F', octave: 5, name: 'Ride Bell', notehead: 'diamond' },
  [DRUM.lowTom]: { step: 'A', octave: 4, name: 'Low Tom' },
  [DRUM.midTom]: { step: 'D', octave: 5, name: 'Mid Tom' },
  [DRUM.highTom]: { step: 'E', octave: 5, name: 'High Tom' },
};

/** A4 in tenths at 7 mm a staff height (40 tenths): 1200 × 1697. */
const PAGE = { width: 1200, height: 1697, margin: 80 };

interface PartPlan {
  id: string;
  /** What the part reads: the lead's solo as written for its player, or the concert solo for the band. */
  source: Solo;
  name: string;
  program?: number;
  voices: Voice[];
  clefs: Array<{ sign: string; line?: number }>;
  /** Semitones added to the sounding pitch to write it (the bass an octave up, a transposing lead). */
  writtenShift: number;
  transposition?: PartTransposition;
  drums?: boolean;
  harmony?: boolean;
}

function voiceElements(
  voice: Voice,
  bar: number,
  context: MeasureContext,
  tiedFrom: Map<number, SpeltPitch>,
): XmlChild[] {
  const { part } = context;
  const elements: XmlChild[] = [];
  for (const spelled of spellBar(voice, bar, context.source.meter, context.spelling, tiedFrom)) {
    if (part.harmony && voice.number === 1 && spelled.chord) elements.push(harmonyElement(spelled.chord));
    const { event } = spelled;
    spelled.members.forEach((member, memberIndex) => {
      const { pitch } = member;
      let pitchElement: XmlElement;
      let instrument: XmlElement | undefined;
      let notehead: XmlElement | undefined;
      if (pitch === null) pitchElement = el('rest', { measure: spelled.wholeBarRest ? 'yes' : undefined });
      else if (part.drums) {
        const display = DRUM_DISPLAY[pitch] ?? { step: 'C', octave: 5, name: `Drum ${pitch}` };
        pitchElement = el(
          'unpitched',
          {},
          el('display-step', {}, display.step),
          el('display-octave', {}, display.octave),
        );
        instrument = el('instrument', { id: `${part.id}-I${pitch}` });
        if (display.notehead) notehead = el('notehead', {}, display.notehead);
      } else {
        const spelling = member.spelling!;
        pitchElement = el(
          'pitch',
          {},
          el('step', {}, LETTERS[spelling.letter]),
          spelling.alter !== 0 && el('alter', {}, spelling.alter),
          el('octave', {}, spelling.octave),
        );
      }
      const notations: XmlChild[] = [
        member.tieStop && el('tied', { type: 'stop' }),
        member.tieStart && el('tied', { type: 'start' }),
        memberIndex === 0 && spelled.tupletStart !== undefined && el('tuplet', { type: 'start', bracket: 'yes' }),
        memberIndex === 0 && spelled.tupletStop && el('tuplet', { type: 'stop' }),
      ].filter(Boolean);
      elements.push(
        el(
          'note',
          {},
          memberIndex > 0 && el('chord'),
          pitchElement,
          el('duration', {}, event.end - event.start),
          member.tieStop && el('tie', { type: 'stop' }),
          member.tieStart && el('tie', { type: 'start' }),
          instrument,
          el('voice', {}, voice.number),
          spelled.type !== '' && el('type', {}, spelled.type),
          ...Array.from({ length: spelled.dots }, () => el('dot')),
          member.accidental && el('accidental', {}, member.accidental),
          event.inTuplet && el('time-modification', {}, el('actual-notes', {}, 3), el('normal-notes', {}, 2)),
          voice.stem && pitch !== null && el('stem', {}, voice.stem),
          notehead,
          part.voices.some((v) => v.staff > 1) && el('staff', {}, voice.staff),
          ...(memberIndex === 0 ? spelled.beams : []).map((beam, level) => el('beam', { number: level + 1 }, beam)),
          notations.length > 0 && el('notations', {}, ...notations),
        ),
      );
    });
  }
  return elements;
}

function firstAttributes(part: PartPlan, solo: Solo, fifths: number): XmlElement {
  const mode = solo.key.mode === 'minor' ? 'minor' : solo.key.mode === 'major' ? 'major' : solo.key.mode;
  const t = part.transposition;
  return el(
    'attributes',
    {},
    el('divisions', {}, DIVISIONS),
    el('key', {}, el('fifths', {}, part.drums ? 0 : fifths), el('mode', {}, part.drums ? 'none' : mode)),
    el('time', {}, el('beats', {}, solo.meter.numerator), el('beat-type', {}, solo.meter.denominator)),
    part.clefs.length > 1 && el('staves', {}, part.clefs.length),
    ...part.clefs.map((clef, index) =>
      el(
        'clef',
        { number: part.clefs.length > 1 ? index + 1 : undefined },
        el('sign', {}, clef.sign),
        clef.line !== undefined && el('line', {}, clef.line),
      ),
    ),
    t &&
      el(
        'transpose',
        {},
        el('diatonic', {}, t.diatonic),
        el('chromatic', {}, t.chromatic),
        t.octaveChange ? el('octave-change', {}, t.octaveChange) : undefined,
      ),
  );
}

function tempoDirection(solo: Solo): XmlElement {
  const swing = solo.swing;
  let swingElement: XmlElement | undefined;
  if (swing !== undefined && meterSwings(solo.meter.denominator)) {
    if (Math.abs(swing - 0.5) < 1e-6) swingElement = el('swing', {}, el('straight'));
    else {
      const [first, second] = swingRatio(swing);
      swingElement = el('swing', {}, el('first', {}, first), el('second', {}, second), el('swing-type', {}, 'eighth'));
    }
  }
  const tempo = Math.round(solo.tempo);
  return el(
    'direction',
    { placement: 'above' },
    el(
      'direction-type',
      {},
      el('metronome', { parentheses: 'no' }, el('beat-unit', {}, 'quarter'), el('per-minute', {}, tempo)),
    ),
    swingElement && el('direction-type', {}, el('words', {}, 'Swing')),
    el('sound', { tempo }, swingElement),
  );
}

/** The swing as the smallest whole ratio near it (0.67 is 2:1, triplet swing; 0.6 is 3:2), as MusicXML asks. */
function swingRatio(swing: number): [number, number] {
  for (let total = 2; total <= 100; total++) {
    const first = Math.round(swing * total);
    if (first > 0 && first < total && Math.abs(first / total - swing) < 0.005) return [first, total - first];
  }
  return [Math.round(swing * 100), 100 - Math.round(swing * 100)];
}

/** How a player's part is written: <transpose> from written to sounding, as MusicXML counts it. */
function partTransposition(solo: Solo, part: PartName): PartTransposition | undefined {
  const interval = PARTS[part].interval;
  if (interval === 0) return undefined;
  const letters = letterStepsBetween(solo.key, transposeKey(solo.key, interval));
  const octaves = Math.floor(interval / 12);
  return { chromatic: -(interval - 12 * octaves), diatonic: -letters, octaveChange: -octaves };
}

function partPlans(solo: Solo, options: MusicXmlOptions): PartPlan[] {
  const leadInstrument = options.lead ?? DEFAULT_LEAD_INSTRUMENT;
  const part = options.part ? PARTS[options.part] : undefined;
  const plans: PartPlan[] = [
    {
      id: 'P1',
      source: part ? transposeSolo(solo, part.interval) : solo,
      name: part && part.interval !== 0 ? part.label : LEAD_SOUNDS[leadInstrument].label,
      program: LEAD_INSTRUMENTS[leadInstrument],
      voices: [leadVoice(part ? transposeSolo(solo, part.interval) : solo)],
      clefs: [part?.clef === 'bass' ? { sign: 'F', line: 4 } : { sign: 'G', line: 2 }],
      writtenShift: 0,
      transposition: part ? partTransposition(solo, part.name) : undefined,
      harmony: true,
    },
  ];
  const band = options.band;
  if (!band) return plans;
  const has = (name: 'bass' | 'comping' | 'drums') => band.notes.some((note) => note.part === name);
  if (has('bass')) {
    plans.push({
      id: 'P2',
      source: solo,
      name: 'Bass',
      program: BAND_PROGRAMS.bass,
      voices: bandVoices(solo, band, 'bass'),
      clefs: [{ sign: 'F', line: 4 }],
      // Bass parts are written an octave above where they sound.
      writtenShift: 12,
      transposition: { chromatic: 0, diatonic: 0, octaveChange: -1 },
    });
  }
  if (has('comping')) {
    plans.push({
      id: 'P3',
      source: solo,
      name: 'Piano',
      program: BAND_PROGRAMS.comping,
      voices: bandVoices(solo, band, 'comping'),
      clefs: [
        { sign: 'G', line: 2 },
        { sign: 'F', line: 4 },
      ],
      writtenShift: 0,
    });
  }
  if (has('drums')) {
    plans.push({
      id: 'P4',
      source: solo,
      name: 'Drums',
      voices: bandVoices(solo, band, 'drums'),
      clefs: [{ sign: 'percussion' }],
      writtenShift: 0,
      drums: true,
    });
  }
  return plans;
}

function scorePart(plan: PartPlan, band: BandArrangement | undefined): XmlElement {
  if (plan.drums) {
    const keys = [...new Set(band?.notes.filter((n) => n.part === 'drums').map((n) => n.pitch))].sort((a, b) => a - b);
    return el(
      'score-part',
      { id: plan.id },
      el('part-name', {}, plan.name),
      ...keys.map((key) =>
        el(
          'score-instrument',
          { id: `${plan.id}-I${key}` },
          el('instrument-name', {}, DRUM_DISPLAY[key]?.name ?? `Drum ${key}`),
        ),
      ),
      ...keys.map((key) =>
        el(
          'midi-instrument',
          { id: `${plan.id}-I${key}` },
          el('midi-channel', {}, 10),
          el('midi-unpitched', {}, key + 1),
        ),
      ),
    );
  }
  return el(
    'score-part',
    { id: plan.id },
    el('part-name', {}, plan.name),
    el('score-instrument', { id: `${plan.id}-I1` }, el('instrument-name', {}, plan.name)),
    el(
      'midi-instrument',
      { id: `${plan.id}-I1` },
      el('midi-channel', {}, Number(plan.id.slice(1))),
      el('midi-program', {}, (plan.program ?? 0) + 1),
    ),
  );
}

/** A line of text centred at the top of the first page, `below` tenths under the top margin. */
function centredCredit(type: string, text: string, below: number, fontSize: number): XmlElement {
  return el(
    'credit',
    { page: 1 },
    el('credit-type', {}, type),
    el(
      'credit-words',
      {
        'default-x': PAGE.width / 2,
        'default-y': PAGE.height - PAGE.margin - below,
        justify: 'center',
        valign: 'top',
        'font-size': fontSize,
      },
      text,
    ),
  );
}

/** The MusicXML 4.0 text of a solo (and its band). */
export function writeMusicXml(solo: Solo, options: MusicXmlOptions = {}): string {
  const layout = meterLayout(solo.meter);
  const bars = Math.max(1, solo.bars);
  const title = solo.title.replace(/[\r\n]+/g, ' ').trim() || DEFAULTS.title;
  const plans = partPlans(solo, options);

  const partElements = plans.map((plan) => {
    const spelling = soloSpelling(plan.source, bars);
    const context: MeasureContext = {
      part: plan,
      source: plan.source,
      spelling: plan.harmony
        ? spelling
        : {
            ...spelling,
            chordAt: undefined,
            chordAtStart: undefined,
            writtenShift: plan.writtenShift,
            unpitched: plan.drums,
          },
    };
    const fifths = spelling.fifths;
    const ties = plan.voices.map(() => new Map<number, SpeltPitch>());
    const measures: XmlElement[] = [];
    for (let bar = 0; bar < bars; bar++) {
      const content: XmlChild[] = [];
      if (bar === 0) {
        content.push(firstAttributes(plan, solo, fifths));
        if (plan.id === 'P1') content.push(tempoDirection(solo));
      }
      plan.voices.forEach((voice, index) => {
        if (index > 0) content.push(el('backup', {}, el('duration', {}, layout.barTicks)));
        content.push(...voiceElements(voice, bar, context, ties[index]));
      });
      if (bar === bars - 1) content.push(el('barline', { location: 'right' }, el('bar-style', {}, 'light-heavy')));
      measures.push(el('measure', { number: bar + 1 }, ...content));
    }
    return el('part', { id: plan.id }, ...measures);
  });

  const score = el(
    'score-partwise',
    { version: '4.0' },
    el('work', {}, el('work-title', {}, title)),
    el(
      'identification',
      {},
      el('creator', { type: 'composer' }, 'jazz-solo-lstm'),
      el(
        'encoding',
        {},
        el('software', {}, 'jazz-solo-lstm'),
        el('supports', { element: 'accidental', type: 'yes' }),
        el('supports', { element: 'beam', type: 'yes' }),
      ),
      solo.subtitle && el('miscellaneous', {}, el('miscellaneous-field', { name: 'provenance' }, solo.subtitle)),
    ),
    el(
      'defaults',
      {},
      el('scaling', {}, el('millimeters', {}, 7), el('tenths', {}, 40)),
      el(
        'page-layout',
        {},
        el('page-height', {}, PAGE.height),
        el('page-width', {}, PAGE.width),
        el(
          'page-margins',
          { type: 'both' },
          el('left-margin', {}, PAGE.margin),
          el('right-margin', {}, PAGE.margin),
          el('top-margin', {}, PAGE.margin),
          el('bottom-margin', {}, PAGE.margin),
        ),
      ),
    ),
    centredCredit('title', title, 0, 20),
    solo.subtitle && centredCredit('subtitle', solo.subtitle.replace(/[\r\n]+/g, ' '), 50, 11),
    el('part-list', {}, ...plans.map((plan) => scorePart(plan, options.band))),
    ...partElements,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    '<!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN" "http://www.musicxml.org/dtds/partwise.dtd">\n' +
    serialise(score) +
    '\n'
  );
}
