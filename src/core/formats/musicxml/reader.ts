/**
 * Reads a MusicXML score (score-partwise, as every notation program writes it) into the tune the grammar
 * learns from: the melody part (the first pitched part with chord symbols unless told which), its top voice
 * (the lowest voice number of its first staff; in a chord, the highest note), ties joined, tuplets by their
 * sounding durations, repeats and first/second endings played out, a transposing instrument read back to
 * concert pitch, and the chord symbols of its <harmony> elements (of any part when the melody has none).
 */
import { inferChords } from '../../theory/inferChords';
import type { Meter } from '../../../shared/meter';
import { UserFacingError } from '../../../shared/errors';

import { barQuarters, type CorpusWarning, type MelodyNote, type TimedChord, type Tune } from '../../types';
import { chordFromHarmony } from './harmony';
import { transposeChord } from '../../theory/transpose';
import { isZip, musicXmlFromMxl } from './mxl';
import { intervalFifths, keyFromFifths, soundingShift, type PartTransposition } from './transposition';
import { child, children, numberOf, parseXml, textOf, type XmlNode } from './xml';

export interface MusicXmlPartInfo {
  /** 1-based, in part-list order. */
  index: number;
  id: string;
  name: string;
  notes: number;
  harmonies: number;
  percussion: boolean;
}

export interface MusicXmlReadOptions {
  /** The melody part: its name, id, or 1-based number. */
  melodyPart?: string | number;
}

export interface MusicXmlReadResult {
  tunes: Tune[];
  warnings: CorpusWarning[];
  parts: MusicXmlPartInfo[];
  /** The part read as the melody. */
  melodyPart?: MusicXmlPartInfo;
}

const STEP_PCS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
/** Measures after repeats are played out; a runaway repeat structure stops here. */
const MAX_PLAYED_MEASURES = 20_000;

interface PartState {
  divisions: number;
  meter?: Meter;
  key?: { fifths: number; mode?: string };
  transposition?: PartTransposition;
  tempo?: number;
}

function partInfos(score: XmlNode): MusicXmlPartInfo[] {
  const scoreParts = children(child(score, 'part-list'), 'score-part');
  return children(score, 'part').map((part, i) => {
    const id = part.attributes.id ?? String(i + 1);
    const declared = scoreParts.find((p) => p.attributes.id === id);
    const notes = part.children.flatMap((m) => children(m, 'note'));
    return {
      index: i + 1,
      id,
      name: textOf(declared, 'part-name') || textOf(declared, 'part-abbreviation') || id,
      notes: notes.filter((n) => child(n, 'pitch')).length,
      harmonies: part.children.flatMap((m) => children(m, 'harmony')).length,
      percussion:
        notes.some((n) => child(n, 'unpitched')) ||
        part.children.some((m) => children(m, 'attributes').some((a) => textOf(a, 'clef/sign') === 'percussion')),
    };
  });
}

function chooseMelodyPart(
  parts: MusicXmlPartInfo[],
  wanted: string | number | undefined,
  file: string,
): MusicXmlPartInfo {
  if (wanted !== undefined && String(wanted).trim() !== '') {
    const text = String(wanted).trim();
    const byNumber = /^\d+$/.test(text) ? parts.find((p) => p.index === Number(text)) : undefined;
    const found =
      byNumber ?? parts.find((p) => p.id === text) ?? parts.find((p) => p.name.toLowerCase() === text.toLowerCase());
    if (!found) {
      const list = parts.map((p) => `${p.index} "${p.name}"`).join(', ');
      throw new UserFacingError(`${file}: no part "${text}" (the parts are ${list})`, file);
    }
    if (found.notes === 0) throw new UserFacingError(`${file}: part "${found.name}" has no pitched notes`, file);
    return found;
  }
  const pitched = parts.filter((p) => p.notes > 0 && !p.percussion);
  const chosen = pitched.find((p) => p.harmonies > 0) ?? pitched[0];
  if (!chosen) throw new UserFacingError(`${file}: no part with pitched notes`, file);
  return chosen;
}

/** The measures in the order they are played: repeats taken, each ending on its own pass. */
function playedMeasures(measures: XmlNode[], warnings: CorpusWarning[], file: string): XmlNode[] {
  const played: XmlNode[] = [];
  let repeatStart = 0;
  let pass = 1;
  const passesTaken = new Map<number, number>();
  const barlines = (m: XmlNode) => children(m, 'barline');
  const endingNumbers = (m: XmlNode) => {
    const ending = barlines(m)
      .map((b) => child(b, 'ending'))
      .find((e) => e && (e.attributes.type === 'start' || e.attributes.type === undefined));
    return ending?.attributes.number
      ?.split(/[,\s]+/)
      .map(Number)
      .filter(Number.isFinite);
  };
  let i = 0;
  let skippingEnding = false;
  while (i < measures.length) {
    if (played.length >= MAX_PLAYED_MEASURES) {
      warnings.push({ file, message: `repeats play more than ${MAX_PLAYED_MEASURES} measures; the rest is left out` });
      break;
    }
    const measure = measures[i];
    if (barlines(measure).some((b) => child(b, 'repeat')?.attributes.direction === 'forward') && i !== repeatStart) {
      repeatStart = i;
      pass = 1;
    }
    const numbers = endingNumbers(measure);
    if (numbers && numbers.length > 0) skippingEnding = !numbers.includes(pass);
    if (!skippingEnding) played.push(measure);
    const endsEnding = barlines(measure).some((b) => {
      const type = child(b, 'ending')?.attributes.type;
      return type === 'stop' || type === 'discontinue';
    });
    const backward = barlines(measure)
      .map((b) => child(b, 'repeat'))
      .find((r) => r?.attributes.direction === 'backward');
    if (backward && !skippingEnding) {
      const times = Number(backward.attributes.times ?? 2) || 2;
      const taken = passesTaken.get(i) ?? 1;
      if (taken < times) {
        passesTaken.set(i, taken + 1);
        pass++;
        i = repeatStart;
        skippingEnding = false;
        continue;
      }
      passesTaken.delete(i);
    }
    if (endsEnding) skippingEnding = false;
    i++;
  }
  return played;
}

function midiPitch(note: XmlNode): number | undefined {
  const step = textOf(note, 'pitch/step')?.toUpperCase();
  const octave = numberOf(note, 'pitch/octave');
  if (!step || !(step in STEP_PCS) || octave === undefined) return undefined;
  const alter = Math.round(numberOf(note, 'pitch/alter') ?? 0);
  return (octave + 1) * 12 + STEP_PCS[step] + alter;
}

function readAttributes(attributes: XmlNode, state: PartState): void {
  const divisions = numberOf(attributes, 'divisions');
  if (divisions && divisions > 0) state.divisions = divisions;
  const time = child(attributes, 'time');
  const beats = numberOf(time, 'beats');
  const beatType = numberOf(time, 'beat-type');
  if (beats && beatType && !state.meter) state.meter = { numerator: beats, denominator: beatType };
  const key = child(attributes, 'key');
  const fifths = numberOf(key, 'fifths');
  if (fifths !== undefined && !state.key) state.key = { fifths, mode: textOf(key, 'mode') };
  const transpose = child(attributes, 'transpose');
  if (transpose) {
    state.transposition = {
      chromatic: numberOf(transpose, 'chromatic') ?? 0,
      diatonic: numberOf(transpose, 'diatonic') ?? 0,
      octaveChange: (numberOf(transpose, 'octave-change') ?? 0) + (child(transpose, 'double') ? -1 : 0),
    };
  }
}

interface Collected {
  notes: MelodyNote[];
  chords: TimedChord[];
  barStarts: number[];
  state: PartState;
}

/**
 * Times on a grid fine enough for every usual divisions value (3600 = 2⁴·3²·5²), so that sums of triplet
 * lengths land on the value a reader computes at once (14 + 1/3, not 14.333333333333339).
 */
const snap = (quarters: number) => Math.round(quarters * 3600) / 3600;

/** The top voice of one part over the played measures, times in quarter notes. */
function collectPart(measures: XmlNode[], withHarmony: boolean): Collected {
  const state: PartState = { divisions: 1 };
  const notes: MelodyNote[] = [];
  const chords: TimedChord[] = [];
  const barStarts: number[] = [];
  let measureStart = 0;
  let topVoice: string | undefined;
  for (const measure of measures) {
    barStarts.push(measureStart);
    let position = 0;
    let longest = 0;
    let lastStart = 0;
    for (const item of measure.children) {
      const quarters = (path: string) => (numberOf(item, path) ?? 0) / state.divisions;
      if (item.name === 'attributes') readAttributes(item, state);
      else if (item.name === 'backup') position -= quarters('duration');
      else if (item.name === 'forward') position += quarters('duration');
      else if (item.name === 'direction') {
        const tempo = Number(child(item, 'sound')?.attributes.tempo);
        if (Number.isFinite(tempo) && tempo > 0) state.tempo ??= tempo;
      } else if (item.name === 'sound') {
        const tempo = Number(item.attributes.tempo);
        if (Number.isFinite(tempo) && tempo > 0) state.tempo ??= tempo;
      } else if (item.name === 'harmony' && withHarmony) {
        const chord = chordFromHarmony(item);
        const offset = (numberOf(item, 'offset') ?? 0) / state.divisions;
        // A transposing part's chord symbols are written like its notes: they sound a transposition away.
        const t = state.transposition;
        const sounding = chord && t ? transposeChord(chord, t.chromatic, ((t.diatonic % 7) + 7) % 7) : chord;
        if (sounding) chords.push({ start: snap(measureStart + position + offset), chord: sounding });
      } else if (item.name === 'note') {
        if (child(item, 'grace') || child(item, 'cue')) continue;
        const inChord = child(item, 'chord') !== undefined;
        const start = inChord ? lastStart : position;
        const duration = snap(quarters('duration'));
        if (!inChord) position += duration;
        lastStart = start;
        longest = Math.max(longest, position);
        const voice = textOf(item, 'voice') ?? '1';
        const staff = textOf(item, 'staff') ?? '1';
        if (staff !== '1') continue;
        topVoice ??= voice;
        if (voice !== topVoice) continue;
        const written = child(item, 'rest') ? null : midiPitch(item);
        if (written === undefined) continue;
        const pitch = written === null ? null : written + soundingShift(state.transposition);
        const absolute = snap(measureStart + start);
        const previous = notes[notes.length - 1];
        if (inChord) {
          // A chord in the melody: its highest note is the tune.
          if (previous && pitch !== null && previous.start === absolute && (previous.pitch ?? -1) < pitch)
            previous.pitch = pitch;
          continue;
        }
        const tiedFromPrevious = children(item, 'tie').some((t) => t.attributes.type === 'stop');
        if (
          tiedFromPrevious &&
          previous &&
          previous.pitch === pitch &&
          Math.abs(previous.start + previous.duration - absolute) < 1e-6
        ) {
          previous.duration = snap(previous.duration + duration);
          continue;
        }
        notes.push({ pitch, start: absolute, duration, source: { file: '', line: 1 } });
      }
    }
    const declared = state.meter ? barQuarters(state.meter) : 4;
    const implicit = measure.attributes.implicit === 'yes';
    measureStart = snap(
      measureStart +
        (longest > 0 && (implicit || longest < declared) && barStarts.length === 1
          ? longest
          : Math.max(declared, longest)),
    );
  }
  return { notes, chords, barStarts, state };
}

/** Gaps in the top voice become rests, overlaps are cut: the melody is monophonic and sorted. */
function monophonic(notes: MelodyNote[], end: number, file: string): MelodyNote[] {
  const sorted = [...notes].sort((a, b) => a.start - b.start);
  const line: MelodyNote[] = [];
  let position = 0;
  for (const note of sorted) {
    if (note.duration <= 0) continue;
    if (note.start > position + 1e-6)
      line.push({ pitch: null, start: position, duration: snap(note.start - position) });
    const start = Math.max(note.start, position);
    const duration = snap(note.start + note.duration - start);
    if (duration <= 1e-6) continue;
    line.push({ ...note, start, duration, source: { file, line: 1 } });
    position = snap(start + duration);
  }
  if (end > position + 1e-6) line.push({ pitch: null, start: position, duration: snap(end - position) });
  return line;
}

/** Reads MusicXML text (not compressed: the corpus loader unzips .mxl first). */
export function readMusicXmlText(text: string, file: string, options: MusicXmlReadOptions = {}): MusicXmlReadResult {
  const score = parseXml(text, file);
  if (score.name === 'score-timewise') {
    throw new UserFacingError(
      `${file} is timewise MusicXML; save it as partwise MusicXML (every program's default)`,
      file,
    );
  }
  if (score.name !== 'score-partwise')
    throw new UserFacingError(`${file} is not a MusicXML score (<${score.name}>)`, file);
  const warnings: CorpusWarning[] = [];
  const parts = partInfos(score);
  if (parts.length === 0) throw new UserFacingError(`${file} has no parts`, file);
  const melody = chooseMelodyPart(parts, options.melodyPart, file);
  const partNodes = children(score, 'part');
  const melodyMeasures = playedMeasures(children(partNodes[melody.index - 1], 'measure'), warnings, file);
  const collected = collectPart(melodyMeasures, true);
  warnings.push(...unreadStructure(melodyMeasures, file));
  let chords = collected.chords;
  if (chords.length === 0) {
    const withHarmony = parts.find((p) => p.harmonies > 0);
    if (withHarmony)
      chords = collectPart(
        playedMeasures(children(partNodes[withHarmony.index - 1], 'measure'), [], file),
        true,
      ).chords;
  }
  const { state, barStarts } = collected;
  const meter = state.meter ?? { numerator: 4, denominator: 4 };
  const last = collected.notes.reduce((end, n) => Math.max(end, n.start + n.duration), 0);
  const end = Math.max(last, barStarts.length ? barStarts[barStarts.length - 1] : 0);
  const notes = monophonic(collected.notes, last, file);
  // A transposing part's key is written: the instrument's interval moves it back to the sounding key.
  const concertKey =
    state.key &&
    keyFromFifths(state.key.fifths + (state.transposition ? intervalFifths(state.transposition) : 0), state.key.mode);
  const title =
    textOf(score, 'work/work-title') ||
    textOf(score, 'movement-title') ||
    children(score, 'credit')
      .find((c) => textOf(c, 'credit-type') === 'title')
      ?.children.find((c) => c.name === 'credit-words')
      ?.text.trim() ||
    file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const tune: Tune = {
    file,
    id: melody.name,
    title,
    line: 1,
    meter,
    key: concertKey ?? { tonic: 0, mode: 'major', name: 'C' },
    tempo: state.tempo,
    notes,
    chords: [...chords].sort((a, b) => a.start - b.start),
    chordsInferred: false,
    barStarts: barStarts.filter((start, i) => i === 0 || start < Math.max(end, last)),
  };
  if (!notes.some((n) => n.pitch !== null)) {
    warnings.push({ file, line: 1, message: `part "${melody.name}" has no notes` });
    return { tunes: [], warnings, parts, melodyPart: melody };
  }
  if (tune.chords.length === 0) {
    tune.chords = inferChords(tune);
    tune.chordsInferred = true;
  }
  return { tunes: [tune], warnings, parts, melodyPart: melody };
}

/** Reads a MusicXML file's bytes: compressed (.mxl, a zip) or plain, UTF-8 or UTF-16 with its byte-order mark. */
export function readMusicXmlBytes(
  bytes: Uint8Array,
  file: string,
  options: MusicXmlReadOptions = {},
): MusicXmlReadResult {
  if (isZip(bytes)) return readMusicXmlText(musicXmlFromMxl(bytes, file), file, options);
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError(`${file} is neither UTF-8 nor UTF-16 text`, file);
  }
  return readMusicXmlText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, options);
}

/** What the reader does not follow, said once each: jumps (D.C., D.S., coda) and a meter that changes. */
function unreadStructure(measures: XmlNode[], file: string): CorpusWarning[] {
  const warnings: CorpusWarning[] = [];
  const sounds = measures.flatMap((m) => [
    ...children(m, 'sound'),
    ...children(m, 'direction').flatMap((d) => children(d, 'sound')),
  ]);
  if (sounds.some((sound) => ['dacapo', 'dalsegno', 'tocoda'].some((jump) => sound.attributes[jump] !== undefined))) {
    warnings.push({
      file,
      line: 1,
      message: 'D.C., D.S. and coda jumps are not followed: the measures are read in order',
    });
  }
  const meters = new Set(
    measures.flatMap((m) =>
      children(m, 'attributes').flatMap((a) =>
        children(a, 'time').map((t) => `${textOf(t, 'beats')}/${textOf(t, 'beat-type')}`),
      ),
    ),
  );
  if (meters.size > 1) {
    warnings.push({
      file,
      line: 1,
      message: `the meter changes (${[...meters].join(', ')}); the tune is read in the first`,
    });
  }
  return warnings;
}
