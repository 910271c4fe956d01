/**
 * The default model's corpus (corpus/*.abc) keeps the promises of corpus/README.md. It is read with abcjs
 * directly (not through the project's ABC reader) so that the check does not depend on the code it feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/shared';
import { parseChordSymbol } from '../../src/core/theory/chords';
import { classifyPitch } from '../../src/core/solo/grammar';
import type { Chord, ChordQuality } from '../../src/core/types';

/** The parts of abcjs' parse result this check reads (abcjs ships no types for them). */
interface AbcjsElement {
  el_type: string;
  rest?: { type: string };
  duration: number;
  startChar: number;
  chord?: Array<{ name: string }>;
  pitches?: Array<{ startTie?: object; endTie?: boolean }>;
  startTriplet?: number;
  tripletMultiplier: number;
  endTriplet?: boolean;
}

interface AbcjsTune {
  metaText?: { title?: string };
  warnings?: string[];
  lines: Array<{ staff?: Array<{ voices: AbcjsElement[][] }> }>;
  setUpAudio(): { tracks: Array<Array<{ cmd: string; pitch: number; startChar: number }>> };
}

const abcjs = require('abcjs') as { parseOnly(text: string): AbcjsTune[] };

const CORPUS_DIR = join(REPO_ROOT, 'corpus');
const EPSILON = 1e-6;
/** D4 and A5 as MIDI numbers: the register the lines live in. */
const REGISTER_LOW = 62;
const REGISTER_HIGH = 81;

interface CorpusNote {
  /** Sounding MIDI pitch from abcjs' audio setup (key signature and accidentals applied). */
  pitch: number;
  /** Quarter notes from the start of the tune. */
  start: number;
  /** Quarter notes from the start of its bar. */
  offsetInBar: number;
  /** Quarter notes, ties merged. */
  duration: number;
  chord: Chord;
}

interface CorpusRest {
  start: number;
  duration: number;
}

interface TripletGroup {
  /** Quarter notes from the start of its bar. */
  offsetInBar: number;
  /** Quarter notes the whole group lasts. */
  length: number;
}

interface CorpusTune {
  file: string;
  title: string;
  headers: Map<string, string>;
  warnings: string[];
  chordSymbols: string[];
  notes: CorpusNote[];
  rests: CorpusRest[];
  tripletGroups: TripletGroup[];
  /** Quarter notes in a bar of the tune's meter (4 in 4/4, 3 in 3/4). */
  barQuarters: number;
  /** Length of every bar in quarter notes, in order. */
  barLengths: number[];
  hasTriplet: boolean;
  hasRest: boolean;
  hasTie: boolean;
  /** A note tied over a bar line: the anticipation of the next bar's harmony. */
  hasTieOverBarLine: boolean;
}

/** abcjs writes flats and sharps in chord names as music symbols ("B♭maj7"). */
function plainChordName(name: string): string {
  return name.replace(/♭/g, 'b').replace(/♯/g, '#');
}

function headerBlocks(text: string): Map<string, string>[] {
  return text
    .split(/^(?=X:)/m)
    .filter((block) => block.startsWith('X:'))
    .map((block) => {
      const headers = new Map<string, string>();
      for (const line of block.split('\n')) {
        const match = /^([A-Za-z]):\s*(.*)$/.exec(line.trim());
        if (match && !headers.has(match[1])) headers.set(match[1], match[2].trim());
      }
      return headers;
    });
}

function readTune(file: string, parsed: AbcjsTune, headers: Map<string, string>): CorpusTune {
  const title: string = parsed.metaText?.title ?? '';
  const pitchByChar = new Map<number, number>();
  const melodyTrack = parsed.setUpAudio().tracks[0];
  for (const event of melodyTrack) if (event.cmd === 'note') pitchByChar.set(event.startChar, event.pitch);

  const meter = /^(\d+)\/(\d+)$/.exec(headers.get('M') ?? '');
  assert.ok(meter, `${file}: "${title}": M: should be a plain meter such as 4/4 or 3/4`);
  const tune: CorpusTune = {
    file,
    title,
    headers,
    warnings: parsed.warnings ?? [],
    chordSymbols: [],
    notes: [],
    rests: [],
    tripletGroups: [],
    barQuarters: (Number(meter[1]) * 4) / Number(meter[2]),
    barLengths: [],
    hasTriplet: false,
    hasRest: false,
    hasTie: false,
    hasTieOverBarLine: false,
  };
  let barIndex = 0;
  let tieStartBar: number | undefined;
  let time = 0;
  let barStart = 0;
  let tripletMultiplier = 1;
  let chord: Chord | undefined;
  for (const line of parsed.lines) {
    if (!line.staff) continue;
    for (const element of line.staff[0].voices[0]) {
      if (element.el_type === 'bar') {
        if (time - barStart > EPSILON) tune.barLengths.push(time - barStart);
        barStart = time;
        barIndex++;
        continue;
      }
      if (element.el_type !== 'note') continue;
      if (element.chord) {
        const symbol = plainChordName(element.chord[0].name);
        tune.chordSymbols.push(symbol);
        const parsedChord = parseChordSymbol(symbol);
        assert.ok(parsedChord, `${file}: "${title}": chord symbol ${symbol} is not understood`);
        chord = parsedChord;
      }
      if (element.startTriplet) {
        tripletMultiplier = element.tripletMultiplier;
        tune.hasTriplet = true;
        tune.tripletGroups.push({ offsetInBar: time - barStart, length: 0 });
      }
      // abcjs durations are in whole notes.
      const quarters = element.duration * 4 * tripletMultiplier;
      if (tripletMultiplier !== 1) tune.tripletGroups[tune.tripletGroups.length - 1].length += quarters;
      if (element.rest) {
        tune.hasRest = true;
        tune.rests.push({ start: time, duration: quarters });
      } else {
        const tiedOn = (element.pitches ?? []).some((p) => p.endTie);
        if (tiedOn && tieStartBar !== undefined && tieStartBar !== barIndex) tune.hasTieOverBarLine = true;
        tieStartBar = undefined;
        if ((element.pitches ?? []).some((p) => p.startTie)) {
          tune.hasTie = true;
          tieStartBar = barIndex;
        }
        if (tiedOn && tune.notes.length > 0) tune.notes[tune.notes.length - 1].duration += quarters;
        if (!tiedOn) {
          const pitch = pitchByChar.get(element.startChar);
          assert.ok(
            pitch !== undefined,
            `${file}: "${title}": no sounding pitch for the note at char ${element.startChar}`,
          );
          assert.ok(chord, `${file}: "${title}": a note sounds before the first chord symbol`);
          tune.notes.push({ pitch, start: time, offsetInBar: time - barStart, duration: quarters, chord });
        }
      }
      time += quarters;
      if (element.endTriplet) tripletMultiplier = 1;
    }
  }
  if (time - barStart > EPSILON) tune.barLengths.push(time - barStart);
  return tune;
}

function loadCorpus(): CorpusTune[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.abc'))
    .sort();
  const tunes: CorpusTune[] = [];
  for (const name of files) {
    const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
    const parsedTunes = abcjs.parseOnly(text);
    const headers = headerBlocks(text);
    assert.equal(
      parsedTunes.length,
      headers.length,
      `${name}: abcjs and the X: headers disagree on the number of tunes`,
    );
    parsedTunes.forEach((parsed, index) => tunes.push(readTune(name, parsed, headers[index])));
  }
  return tunes;
}

const corpus = loadCorpus();
const allNotes = corpus.flatMap((tune) => tune.notes);

function isWholeBar(tune: CorpusTune, length: number): boolean {
  return Math.abs(length - tune.barQuarters) < EPSILON;
}

const fullBarsOf = (tune: CorpusTune) => tune.barLengths.filter((length) => isWholeBar(tune, length)).length;

test('at least 150 phrases over several files, each with its own X: number and a title', () => {
  const files = new Set(corpus.map((tune) => tune.file));
  assert.ok(files.size >= 9, `expected at least 9 .abc files, found ${[...files].join(', ')}`);
  assert.ok(corpus.length >= 150, `expected at least 150 tunes, found ${corpus.length}`);
  for (const file of files) {
    const numbers = corpus.filter((tune) => tune.file === file).map((tune) => tune.headers.get('X'));
    assert.equal(new Set(numbers).size, numbers.length, `${file}: X: numbers repeat`);
  }
  for (const tune of corpus) assert.ok(tune.title.length > 0, `${tune.file}: X:${tune.headers.get('X')} has no T:`);
});

// Training windows stay inside one tune, so a phrase shorter than Tx + 1 grammar values (31 with the default Tx)
// would teach nothing. Grammar values are the notes and the silences; a run of rests counts once here.
const MIN_EVENTS = 31;

test('every phrase is long enough for a training window of its own: at least 31 notes and silences', () => {
  for (const tune of corpus) {
    const silences = tune.rests.filter(
      (rest, index) =>
        index === 0 || Math.abs(tune.rests[index - 1].start + tune.rests[index - 1].duration - rest.start) > EPSILON,
    ).length;
    const events = tune.notes.length + silences;
    assert.ok(events >= MIN_EVENTS, `${tune.file}: ${tune.title}: only ${events} notes and silences`);
  }
});

test('abcjs parses every tune without a single warning', () => {
  const warned = corpus.filter((tune) => tune.warnings.length > 0);
  assert.deepEqual(
    warned.map((tune) => `${tune.file}: ${tune.title}: ${tune.warnings.join(' | ')}`),
    [],
  );
});

test('the corpus has at least 4,500 notes (ties merged, rests not counted)', () => {
  assert.ok(allNotes.length >= 4500, `only ${allNotes.length} notes`);
});

test('every tune is 4/4 or a 3/4 jazz waltz, in eighths at a swing tempo, with a key signature', () => {
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    assert.ok(['4/4', '3/4'].includes(tune.headers.get('M') ?? ''), `${where}: M:${tune.headers.get('M')}`);
    assert.equal(tune.headers.get('L'), '1/8', where);
    const tempo = /^1\/4=(\d+)$/.exec(tune.headers.get('Q') ?? '');
    assert.ok(
      tempo && Number(tempo[1]) >= 100 && Number(tempo[1]) <= 200,
      `${where}: Q: should be a quarter-note swing tempo`,
    );
    assert.ok((tune.headers.get('K') ?? '').length > 0, `${where}: no K:`);
  }
});

test('every tune has chord symbols, the first one on or before its first note', () => {
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    assert.ok(tune.chordSymbols.length >= 2, `${where}: needs chord symbols`);
    assert.ok(tune.notes.length > 0, `${where}: has no notes`);
  }
});

test('every bar is a whole bar of its meter, except a leading pickup; phrases are 2 to 8 bars long', () => {
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    const [first, ...rest] = tune.barLengths;
    assert.ok(first > 0 && first <= tune.barQuarters + EPSILON, `${where}: first bar is ${first} quarters`);
    rest.forEach((length, index) =>
      assert.ok(isWholeBar(tune, length), `${where}: bar ${index + 2} is ${length} quarters`),
    );
    const fullBars = fullBarsOf(tune);
    assert.ok(fullBars >= 2 && fullBars <= 8, `${where}: ${fullBars} full bars`);
  }
});

const NOTE_PCS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Tonic pitch class, minor-ness and mode of a K: value such as "Bb", "F#m", "Cm", "Ddor". */
function keyOf(k: string): { tonic: number; minor: boolean; mode: string } {
  const match = /^([A-G])([b#]?)([a-z]*)/.exec(k);
  assert.ok(match, `unreadable K:${k}`);
  const tonic = (NOTE_PCS[match[1]] + (match[2] === 'b' ? 11 : match[2] === '#' ? 1 : 0)) % 12;
  const mode = match[3] === 'min' ? 'm' : match[3];
  return { tonic, minor: mode === 'm', mode };
}

type Step = [semitonesAboveTonic: number, qualities: ChordQuality[]];

/** True when the tune's chords contain the steps consecutively, relative to the tune's key. */
function containsProgression(tune: CorpusTune, steps: Step[]): boolean {
  const { tonic } = keyOf(tune.headers.get('K') ?? '');
  const chords = tune.chordSymbols
    .map((symbol) => parseChordSymbol(symbol)!)
    .filter((chord, index, all) => index === 0 || chord.symbol !== all[index - 1].symbol);
  return chords.some((_, start) =>
    steps.every(([interval, qualities], offset) => {
      const chord = chords[start + offset];
      return chord !== undefined && chord.root === (tonic + interval) % 12 && qualities.includes(chord.quality);
    }),
  );
}

const MAJOR_II_V_I: Step[] = [
  [2, ['min7']],
  [7, ['dom7']],
  [0, ['maj7', 'maj6']],
];
const MINOR_BLUES_I_IV: Step[] = [
  [0, ['min7', 'min6']],
  [5, ['min7', 'min6']],
];
const RHYTHM_B: Step[] = [
  [4, ['dom7']],
  [9, ['dom7']],
  [2, ['dom7']],
  [7, ['dom7']],
];
// ii then the tritone substitute of V, a semitone above the tonic.
const II_SUB_V: Step[] = [
  [2, ['min7']],
  [1, ['dom7']],
];
const MINOR_II_V_I: Step[] = [
  [2, ['halfDim7']],
  [7, ['dom7']],
  [0, ['min6', 'min7']],
];
const TURNAROUND: Step[] = [
  [9, ['dom7']],
  [2, ['min7']],
  [7, ['dom7']],
];
const RHYTHM_A: Step[] = [
  [0, ['maj6', 'maj7']],
  [9, ['dom7']],
  [2, ['min7']],
  [7, ['dom7']],
];
// The jazz-blues bars 5-6: IV7 then the #IV diminished chord.
const BLUES_IV_SHARP_IV: Step[] = [
  [5, ['dom7']],
  [6, ['dim7']],
];

function tunesWith(steps: Step[], keys: string[]): Set<string> {
  return new Set(
    corpus
      .filter((tune) => keys.includes(tune.headers.get('K')!) && containsProgression(tune, steps))
      .map((tune) => tune.headers.get('K')!),
  );
}

const allKeys = [...new Set(corpus.map((tune) => tune.headers.get('K')!))];

/** Tonic pitch classes (0 = C) of the tunes in the given keys that contain the steps. */
function tonicsWith(steps: Step[], minor: boolean): number[] {
  const keys = allKeys.filter((k) => keyOf(k).minor === minor && ['', 'm'].includes(keyOf(k).mode));
  return [...new Set([...tunesWith(steps, keys)].map((k) => keyOf(k).tonic))].sort((a, b) => a - b);
}

const TWELVE_KEYS = Array.from({ length: 12 }, (_, pc) => pc);

test('major ii-V-I phrases cover all twelve keys', () => {
  assert.deepEqual(tonicsWith(MAJOR_II_V_I, false), TWELVE_KEYS);
});

test('minor ii-V-i phrases (m7b5, 7b9, m6) cover all twelve minor keys', () => {
  assert.deepEqual(tonicsWith(MINOR_II_V_I, true), TWELVE_KEYS);
  assert.ok(
    corpus.some((tune) => tune.chordSymbols.some((symbol) => /7b9$/.test(symbol))),
    'no 7b9 chord',
  );
});

test('jazz blues in F, Bb and a third key, rhythm-changes A sections in Bb and I-VI-ii-V turnarounds', () => {
  const bluesKeys = tunesWith(BLUES_IV_SHARP_IV, allKeys);
  assert.ok(
    bluesKeys.has('F') && bluesKeys.has('Bb') && bluesKeys.size >= 3,
    `jazz blues only in ${[...bluesKeys].join(', ')}`,
  );
  const rhythm = corpus.filter(
    (tune) => tune.headers.get('K') === 'Bb' && containsProgression(tune, RHYTHM_A) && fullBarsOf(tune) === 8,
  );
  assert.ok(rhythm.length >= 4, `only ${rhythm.length} eight-bar I-VI-ii-V tunes in Bb`);
  const turnaroundKeys = new Set(
    corpus.filter((tune) => containsProgression(tune, TURNAROUND)).map((tune) => tune.headers.get('K')),
  );
  assert.ok(turnaroundKeys.size >= 5, `VI7-ii-V only in ${[...turnaroundKeys].join(', ')}`);
});

test('minor blues in C and F minor, rhythm-changes bridges and tritone-substitute turnarounds', () => {
  const minorBlues = tunesWith(MINOR_BLUES_I_IV, ['Cm', 'Fm']);
  assert.deepEqual([...minorBlues].sort(), ['Cm', 'Fm']);
  const bridges = corpus.filter((tune) => tune.headers.get('K') === 'Bb' && containsProgression(tune, RHYTHM_B));
  assert.ok(bridges.length >= 2, `only ${bridges.length} rhythm-changes bridges (D7 G7 C7 F7) in Bb`);
  const substituteKeys = tunesWith(
    II_SUB_V,
    allKeys.filter((k) => !keyOf(k).minor),
  );
  assert.ok(substituteKeys.size >= 3, `ii-bII7 only in ${[...substituteKeys].join(', ')}`);
});

test("modal vamps: Dorian, Mixolydian and Lydian, the chord on the mode's tonic for four bars or more", () => {
  const vamp = (mode: string, qualities: ChordQuality[]) =>
    corpus.filter((tune) => {
      const key = keyOf(tune.headers.get('K') ?? '');
      const first = parseChordSymbol(tune.chordSymbols[0])!;
      return (
        key.mode === mode && first.root === key.tonic && qualities.includes(first.quality) && fullBarsOf(tune) >= 4
      );
    });
  assert.ok(vamp('dor', ['min7']).length >= 4, 'fewer than 4 Dorian vamps (K:Ddor and a m7 chord)');
  assert.ok(vamp('mix', ['dom7']).length >= 2, 'fewer than 2 Mixolydian vamps');
  assert.ok(vamp('lyd', ['maj7']).length >= 1, 'no Lydian vamp');
});

test('jazz waltz: at least 12 phrases in 3/4 with a strong beat 1 (a chord tone, often a longer note)', () => {
  const waltzes = corpus.filter((tune) => tune.barQuarters === 3);
  assert.ok(waltzes.length >= 12, `only ${waltzes.length} tunes in 3/4`);
  const notes = waltzes.flatMap((tune) => tune.notes);
  const onBeatOne = notes.filter((note) => isOnBeat(note, 0));
  const bars = waltzes.reduce((sum, tune) => sum + fullBarsOf(tune), 0);
  assert.ok(
    onBeatOne.length >= 0.8 * bars,
    `a note starts on beat 1 in only ${onBeatOne.length} of ${bars} waltz bars`,
  );
  const chordTones = onBeatOne.filter((note) => kindOf(note) === 'C').length / onBeatOne.length;
  assert.ok(chordTones >= 0.95, `chord tones on beat 1 of the waltzes: ${(100 * chordTones).toFixed(1)}%`);
  const longer = onBeatOne.filter((note) => note.duration > 0.5 + EPSILON).length / onBeatOne.length;
  assert.ok(
    longer >= 0.5,
    `only ${(100 * longer).toFixed(1)}% of beat-1 notes in the waltzes are longer than an eighth`,
  );
});

function isOnBeat(note: CorpusNote, beat: number): boolean {
  return Math.abs(note.offsetInBar - beat) < EPSILON;
}

const kindOf = (note: CorpusNote) => classifyPitch(note.pitch, note.chord);

function shareOf(notes: CorpusNote[], kind: 'C' | 'S' | 'A' | 'X'): number {
  return notes.filter((note) => kindOf(note) === kind).length / notes.length;
}

test('chord tones land on beats 1 and 3 (beat 1 of a waltz) at least 90% of the time', () => {
  const strong = corpus.flatMap((tune) =>
    tune.notes.filter((note) => isOnBeat(note, 0) || (tune.barQuarters === 4 && isOnBeat(note, 2))),
  );
  const share = shareOf(strong, 'C');
  assert.ok(share >= 0.9, `chord tones on beats 1 and 3: ${(100 * share).toFixed(1)}% of ${strong.length}`);
});

test('the lines are bebop, not arpeggio exercises: scale runs and chromatic approaches between the chord tones', () => {
  const chordTones = shareOf(allNotes, 'C');
  assert.ok(
    chordTones >= 0.5 && chordTones <= 0.75,
    `chord tones are ${(100 * chordTones).toFixed(1)}% of all notes, expected 50-75%`,
  );
  const scaleTones = shareOf(allNotes, 'S');
  assert.ok(scaleTones >= 0.2, `scale tones are only ${(100 * scaleTones).toFixed(1)}% of all notes`);
  const approachTones = shareOf(allNotes, 'A');
  assert.ok(approachTones >= 0.05, `approach tones are only ${(100 * approachTones).toFixed(1)}% of all notes`);
  // The eighth between two beats is where bebop puts its passing tones.
  const offBeat = allNotes.filter((note) => Math.abs(note.offsetInBar - Math.floor(note.offsetInBar) - 0.5) < EPSILON);
  const passing = 1 - shareOf(offBeat, 'C');
  assert.ok(passing >= 0.45, `only ${(100 * passing).toFixed(1)}% of off-beat eighths are passing tones`);
});

test('enclosures: chord tones reached by a step from above and one from below', () => {
  let enclosures = 0;
  for (const tune of corpus) {
    tune.notes.forEach((target, index) => {
      if (index < 2 || kindOf(target) !== 'C') return;
      const [first, second] = [tune.notes[index - 2], tune.notes[index - 1]];
      const fromFirst = first.pitch - target.pitch;
      const fromSecond = second.pitch - target.pitch;
      const surrounds = fromFirst * fromSecond < 0 && Math.abs(fromFirst) <= 2 && Math.abs(fromSecond) <= 2;
      if (surrounds && (kindOf(first) !== 'C' || kindOf(second) !== 'C')) enclosures++;
    });
  }
  assert.ok(enclosures >= 25, `only ${enclosures} enclosures`);
});

test('rhythm: triplets, rests and ties each appear in a fair share of phrases, and most notes are eighths', () => {
  const share = (flag: (tune: CorpusTune) => boolean) => corpus.filter(flag).length / corpus.length;
  assert.ok(share((tune) => tune.hasTriplet) >= 0.1, 'fewer than 10% of phrases have a triplet');
  assert.ok(share((tune) => tune.hasRest) >= 0.3, 'fewer than 30% of phrases have a rest');
  assert.ok(share((tune) => tune.hasTie) >= 0.1, 'fewer than 10% of phrases have a tie');
  assert.ok(
    corpus.filter((tune) => tune.hasTieOverBarLine).length >= 3,
    'fewer than 3 phrases anticipate a bar line with a tie',
  );
  const startsOffTheBeat = (tune: CorpusTune) =>
    tune.notes.length > 0 && Math.abs(tune.notes[0].start - Math.round(tune.notes[0].start)) > EPSILON;
  assert.ok(share(startsOffTheBeat) >= 0.2, 'fewer than 20% of phrases start off the beat');
  const onEighths = allNotes.filter(
    (note) => Math.abs(note.offsetInBar * 2 - Math.round(note.offsetInBar * 2)) < EPSILON,
  );
  assert.ok(onEighths.length / allNotes.length > 0.8, 'the lines should be mostly straight-written swing eighths');
});

test('every pitch lies in a horn range (D3 to A6), nearly all of them in D4 to A5, rarely below C4 or above C6', () => {
  const outside = allNotes.filter((note) => note.pitch < 50 || note.pitch > 93);
  assert.deepEqual(
    outside.map((note) => note.pitch),
    [],
  );
  const inRegister = allNotes.filter((note) => note.pitch >= REGISTER_LOW && note.pitch <= REGISTER_HIGH).length;
  assert.ok(
    inRegister / allNotes.length >= 0.95,
    `only ${((100 * inRegister) / allNotes.length).toFixed(1)}% of notes in D4-A5`,
  );
  const extreme = allNotes.filter((note) => note.pitch < 60 || note.pitch > 84).length;
  assert.ok(extreme / allNotes.length <= 0.01, `${extreme} notes below C4 or above C6`);
});

/** Semitones between each note and the next within a phrase (rests between them do not break the line). */
const intervals = corpus.flatMap((tune) =>
  tune.notes.slice(1).map((note, index) => Math.abs(note.pitch - tune.notes[index].pitch)),
);
const intervalShare = (predicate: (semitones: number) => boolean) =>
  intervals.filter(predicate).length / intervals.length;

test('the lines move by step: 72-85% steps, at most 5% leaps of a fourth or more, hardly a repeat', () => {
  const steps = intervalShare((semitones) => semitones === 1 || semitones === 2);
  assert.ok(steps >= 0.72 && steps <= 0.85, `steps (1-2 semitones) are ${(100 * steps).toFixed(1)}% of intervals`);
  const leaps = intervalShare((semitones) => semitones >= 5);
  assert.ok(leaps <= 0.05, `leaps of 5 semitones or more are ${(100 * leaps).toFixed(1)}% of intervals`);
  const repeats = intervalShare((semitones) => semitones === 0);
  assert.ok(repeats <= 0.01, `repeated pitches are ${(100 * repeats).toFixed(1)}% of intervals`);
});

test('no sixteenths: notes and rests are whole eighths or lie in a complete triplet group on a beat', () => {
  const isWholeEighths = (quarters: number) => Math.abs(quarters * 2 - Math.round(quarters * 2)) < EPSILON;
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    for (const group of tune.tripletGroups) {
      assert.ok(
        Math.abs(group.length - 1) < EPSILON,
        `${where}: a triplet group lasts ${group.length} quarters, not one beat`,
      );
      assert.ok(
        Math.abs(group.offsetInBar - Math.round(group.offsetInBar)) < EPSILON,
        `${where}: a triplet group starts off the beat`,
      );
    }
    // A point inside a triplet group falls on a third of a beat; everywhere else on an eighth.
    const inTriplet = (offset: number) =>
      Math.abs(offset * 3 - Math.round(offset * 3)) < EPSILON &&
      tune.tripletGroups.some(
        (group) => offset > group.offsetInBar - EPSILON && offset < group.offsetInBar + group.length + EPSILON,
      );
    for (const note of tune.notes) {
      for (const offset of [note.offsetInBar, note.offsetInBar + note.duration]) {
        assert.ok(
          isWholeEighths(offset) || inTriplet(offset),
          `${where}: a note starts or ends ${offset} quarters into its bar`,
        );
      }
    }
    for (const rest of tune.rests)
      assert.ok(isWholeEighths(rest.duration), `${where}: a rest of ${rest.duration} quarters`);
  }
});

test('phrases breathe without falling silent: no silence of a bar or more between the first and the last note', () => {
  for (const tune of corpus) {
    const first = tune.notes[0].start;
    const last = tune.notes[tune.notes.length - 1].start;
    let silence = 0;
    let silenceEnd = -1;
    for (const rest of tune.rests) {
      if (rest.start <= first || rest.start >= last) continue;
      silence = Math.abs(rest.start - silenceEnd) < EPSILON ? silence + rest.duration : rest.duration;
      silenceEnd = rest.start + rest.duration;
      assert.ok(
        silence < tune.barQuarters - EPSILON,
        `${tune.file}: ${tune.title}: ${silence} quarters of silence inside the phrase`,
      );
    }
  }
});

test('the README states the licence and what the corpus holds', () => {
  const readme = join(CORPUS_DIR, 'README.md');
  assert.ok(existsSync(readme), 'corpus/README.md is missing');
  const text = readFileSync(readme, 'utf8');
  assert.match(text, /MIT/);
  for (const file of new Set(corpus.map((tune) => tune.file)))
    assert.ok(text.includes(file), `README does not describe ${file}`);
});
