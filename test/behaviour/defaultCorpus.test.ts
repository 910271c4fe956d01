/**
 * The default model's corpus (corpus/*.abc) keeps the promises of corpus/README.md: bebop lines over the
 * forms jazz students practise, written so that abcjs and abcm2ps read every bar. The notation and the
 * vocabulary are read with abcjs directly, so that those checks do not depend on the code the corpus feeds;
 * the style figures are measured with the project's own style measures (core/evaluation/style.ts), the
 * definitions issue 17 measured the Weimar Jazz Database's bebop solos with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { parseChordSymbol } from '../../src/core/theory/chords';
import { chordClassOf } from '../../src/core/theory/chordClass';
import { loadCorpus } from '../../src/core/io/corpus';
import { measureStyle, pieceFromTune } from '../../src/core/evaluation';
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

interface CorpusNote {
  /** Sounding MIDI pitch from abcjs' audio setup (key signature and accidentals applied). */
  pitch: number;
  /** Quarter notes from the start of the tune. */
  start: number;
  /** Quarter notes from the start of its bar. */
  offsetInBar: number;
  /** Quarter notes, ties merged. */
  duration: number;
  /** Quarter notes as written, before ties were merged: a sixteenth is 0.25. */
  writtenDuration: number;
  chord: Chord;
  /** Index of its bar (a pickup bar is bar 0). */
  bar: number;
}

interface CorpusTune {
  file: string;
  title: string;
  headers: Map<string, string>;
  warnings: string[];
  chordSymbols: string[];
  /** Where each chord symbol stands, in quarter notes from the start of its bar. */
  chordOffsets: number[];
  notes: CorpusNote[];
  rests: Array<{ start: number; offsetInBar: number; duration: number }>;
  tripletGroups: Array<{ offsetInBar: number; length: number }>;
  /** Quarter notes in a bar of the tune's meter (4 in 4/4, 3 in 3/4). */
  barQuarters: number;
  /** Length of every bar in quarter notes, in order. */
  barLengths: number[];
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
  for (const event of parsed.setUpAudio().tracks[0])
    if (event.cmd === 'note') pitchByChar.set(event.startChar, event.pitch);
  const meter = /^(\d+)\/(\d+)$/.exec(headers.get('M') ?? '');
  assert.ok(meter, `${file}: "${title}": M: should be a plain meter such as 4/4 or 3/4`);
  const tune: CorpusTune = {
    file,
    title,
    headers,
    warnings: parsed.warnings ?? [],
    chordSymbols: [],
    chordOffsets: [],
    notes: [],
    rests: [],
    tripletGroups: [],
    barQuarters: (Number(meter[1]) * 4) / Number(meter[2]),
    barLengths: [],
    hasTieOverBarLine: false,
  };
  let bar = 0;
  let tieStartBar: number | undefined;
  let time = 0;
  let barStart = 0;
  let tripletMultiplier = 1;
  let chord: Chord | undefined;
  for (const line of parsed.lines) {
    if (!line.staff) continue;
    for (const element of line.staff[0].voices[0]) {
      if (element.el_type === 'bar') {
        if (time - barStart > EPSILON) {
          tune.barLengths.push(time - barStart);
          bar++;
        }
        barStart = time;
        continue;
      }
      if (element.el_type !== 'note') continue;
      if (element.chord) {
        const symbol = plainChordName(element.chord[0].name);
        const parsedChord = parseChordSymbol(symbol);
        assert.ok(parsedChord, `${file}: "${title}": chord symbol ${symbol} is not understood`);
        tune.chordSymbols.push(symbol);
        tune.chordOffsets.push(time - barStart);
        chord = parsedChord;
      }
      if (element.startTriplet) {
        tripletMultiplier = element.tripletMultiplier;
        tune.tripletGroups.push({ offsetInBar: time - barStart, length: 0 });
      }
      // abcjs durations are in whole notes.
      const quarters = element.duration * 4 * tripletMultiplier;
      if (tripletMultiplier !== 1) tune.tripletGroups[tune.tripletGroups.length - 1].length += quarters;
      if (element.rest) {
        tune.rests.push({ start: time, offsetInBar: time - barStart, duration: quarters });
      } else {
        const tiedOn = (element.pitches ?? []).some((p) => p.endTie);
        if (tiedOn && tieStartBar !== undefined && tieStartBar !== bar) tune.hasTieOverBarLine = true;
        tieStartBar = (element.pitches ?? []).some((p) => p.startTie) ? bar : undefined;
        if (tiedOn && tune.notes.length > 0) tune.notes[tune.notes.length - 1].duration += quarters;
        else {
          const pitch = pitchByChar.get(element.startChar);
          assert.ok(pitch !== undefined, `${file}: "${title}": no sounding pitch at char ${element.startChar}`);
          assert.ok(chord, `${file}: "${title}": a note sounds before the first chord symbol`);
          const offsetInBar = time - barStart;
          tune.notes.push({
            pitch,
            start: time,
            offsetInBar,
            duration: quarters,
            writtenDuration: quarters,
            chord,
            bar,
          });
        }
      }
      time += quarters;
      if (element.endTriplet) tripletMultiplier = 1;
    }
  }
  if (time - barStart > EPSILON) tune.barLengths.push(time - barStart);
  return tune;
}

function loadTunes(): CorpusTune[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.abc'))
    .sort();
  const tunes: CorpusTune[] = [];
  for (const name of files) {
    const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
    const parsedTunes = abcjs.parseOnly(text);
    const headers = headerBlocks(text);
    assert.equal(parsedTunes.length, headers.length, `${name}: abcjs and the X: headers disagree on the tune count`);
    parsedTunes.forEach((parsed, index) => tunes.push(readTune(name, parsed, headers[index])));
  }
  return tunes;
}

const corpus = loadTunes();
const allNotes = corpus.flatMap((tune) => tune.notes);
const where = (tune: CorpusTune) => `${tune.file}: ${tune.title}`;
const isWholeBar = (tune: CorpusTune, length: number) => Math.abs(length - tune.barQuarters) < EPSILON;
const fullBarsOf = (tune: CorpusTune) => tune.barLengths.filter((length) => isWholeBar(tune, length)).length;
const onGrid = (quarters: number, step: number) => Math.abs(quarters / step - Math.round(quarters / step)) < EPSILON;

test('over 100 tunes in at least 9 files, each with its own X: number and a title, over 5,500 notes', () => {
  const files = new Set(corpus.map((tune) => tune.file));
  assert.ok(files.size >= 9, `expected at least 9 .abc files, found ${[...files].join(', ')}`);
  assert.ok(corpus.length >= 100, `expected at least 100 tunes, found ${corpus.length}`);
  for (const file of files) {
    const numbers = corpus.filter((tune) => tune.file === file).map((tune) => tune.headers.get('X'));
    assert.equal(new Set(numbers).size, numbers.length, `${file}: X: numbers repeat`);
  }
  for (const tune of corpus) assert.ok(tune.title.length > 0, `${tune.file}: X:${tune.headers.get('X')} has no T:`);
  assert.ok(allNotes.length >= 5500, `only ${allNotes.length} notes`);
});

test('abcjs parses every tune without a single warning', () => {
  const warned = corpus.filter((tune) => tune.warnings.length > 0);
  assert.deepEqual(
    warned.map((tune) => `${where(tune)}: ${tune.warnings.join(' | ')}`),
    [],
  );
});

test('every tune is 4/4 or a 3/4 jazz waltz, L:1/8, a swing tempo, a key; 8 to 16 whole bars', () => {
  for (const tune of corpus) {
    assert.ok(['4/4', '3/4'].includes(tune.headers.get('M') ?? ''), `${where(tune)}: M:${tune.headers.get('M')}`);
    assert.equal(tune.headers.get('L'), '1/8', where(tune));
    const tempo = /^1\/4=(\d+)$/.exec(tune.headers.get('Q') ?? '');
    assert.ok(tempo && Number(tempo[1]) >= 100 && Number(tempo[1]) <= 220, `${where(tune)}: Q: a swing tempo`);
    assert.ok((tune.headers.get('K') ?? '').length > 0, `${where(tune)}: no K:`);
    const [first, ...rest] = tune.barLengths;
    assert.ok(first > 0 && first <= tune.barQuarters + EPSILON, `${where(tune)}: first bar is ${first} quarters`);
    rest.forEach((length, index) =>
      assert.ok(isWholeBar(tune, length), `${where(tune)}: bar ${index + 2} is ${length} quarters`),
    );
    assert.ok(fullBarsOf(tune) >= 8 && fullBarsOf(tune) <= 16, `${where(tune)}: ${fullBarsOf(tune)} bars`);
  }
});

test('chords change on beat 1 or beat 3 (beat 1 of a waltz), the first one on or before the first note', () => {
  for (const tune of corpus) {
    assert.ok(tune.chordSymbols.length >= 2, `${where(tune)}: needs chord symbols`);
    const allowed = tune.barQuarters === 4 ? [0, 2] : [0];
    tune.chordOffsets.forEach((offset, index) =>
      assert.ok(
        allowed.some((beat) => Math.abs(offset - beat) < EPSILON),
        `${where(tune)}: ${tune.chordSymbols[index]} stands ${offset} quarters into its bar`,
      ),
    );
  }
});

// Training windows stay inside one tune, so a tune shorter than Tx + 1 grammar values (31 with the default Tx)
// would teach nothing. Grammar values are the notes and the silences; a run of rests counts once here.
test('every tune is long enough for a training window of its own: at least 31 notes and silences', () => {
  for (const tune of corpus) {
    const silences = tune.rests.filter(
      (rest, index) =>
        index === 0 || Math.abs(tune.rests[index - 1].start + tune.rests[index - 1].duration - rest.start) > EPSILON,
    ).length;
    assert.ok(tune.notes.length + silences >= 31, `${where(tune)}: only ${tune.notes.length + silences} events`);
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
const MINOR_II_V_I: Step[] = [
  [2, ['halfDim7']],
  [7, ['dom7']],
  [0, ['min6', 'min7']],
];
const MINOR_BLUES_I_IV: Step[] = [
  [0, ['min7', 'min6']],
  [5, ['min7', 'min6']],
];
const RHYTHM_A: Step[] = [
  [0, ['maj6', 'maj7']],
  [9, ['dom7']],
  [2, ['min7']],
  [7, ['dom7']],
];
const RHYTHM_B: Step[] = [
  [4, ['dom7']],
  [9, ['dom7']],
  [2, ['dom7']],
  [7, ['dom7']],
];
const TURNAROUND: Step[] = [
  [9, ['dom7']],
  [2, ['min7']],
  [7, ['dom7']],
];
// ii then the tritone substitute of V, a semitone above the tonic.
const II_SUB_V: Step[] = [
  [2, ['min7']],
  [1, ['dom7']],
];
// The jazz-blues bars 5-6: IV7 then the #IV diminished chord.
const BLUES_IV_SHARP_IV: Step[] = [
  [5, ['dom7']],
  [6, ['dim7']],
];

const allKeys = [...new Set(corpus.map((tune) => tune.headers.get('K')!))];
const tunesWith = (steps: Step[], keys: string[]) =>
  corpus.filter((tune) => keys.includes(tune.headers.get('K')!) && containsProgression(tune, steps));
const keysWith = (steps: Step[], keys: string[]) => new Set(tunesWith(steps, keys).map((t) => t.headers.get('K')!));

/** Tonic pitch classes (0 = C) of the major or minor keys whose tunes contain the steps. */
function tonicsWith(steps: Step[], minor: boolean): number[] {
  const keys = allKeys.filter((k) => keyOf(k).minor === minor && ['', 'm'].includes(keyOf(k).mode));
  return [...new Set([...keysWith(steps, keys)].map((k) => keyOf(k).tonic))].sort((a, b) => a - b);
}

const TWELVE_KEYS = Array.from({ length: 12 }, (_, pc) => pc);

test('the forms: major and minor ii-V-I in all twelve keys, blues, minor blues, rhythm changes, turnarounds', () => {
  assert.deepEqual(tonicsWith(MAJOR_II_V_I, false), TWELVE_KEYS);
  assert.deepEqual(tonicsWith(MINOR_II_V_I, true), TWELVE_KEYS);
  const blues = keysWith(BLUES_IV_SHARP_IV, allKeys);
  assert.ok(blues.has('F') && blues.has('Bb') && blues.size >= 4, `jazz blues only in ${[...blues].join(', ')}`);
  assert.deepEqual([...keysWith(MINOR_BLUES_I_IV, ['Cm', 'Fm'])].sort(), ['Cm', 'Fm']);
  const rhythmA = tunesWith(RHYTHM_A, ['Bb']).filter((tune) => fullBarsOf(tune) === 8);
  assert.ok(rhythmA.length >= 6, `only ${rhythmA.length} eight-bar I-VI-ii-V tunes in Bb`);
  assert.ok(tunesWith(RHYTHM_B, ['Bb']).length >= 4, 'fewer than 4 rhythm-changes bridges (D7 G7 C7 F7) in Bb');
  assert.ok(keysWith(TURNAROUND, allKeys).size >= 8, 'VI7-ii-V turnarounds in fewer than 8 keys');
  const majorKeys = allKeys.filter((k) => !keyOf(k).minor);
  assert.ok(keysWith(II_SUB_V, majorKeys).size >= 4, 'ii-bII7 tritone substitutes in fewer than 4 keys');
});

test("modal vamps (Dorian, Mixolydian, Lydian) on the mode's tonic and jazz waltzes in 3/4", () => {
  const vamps = (mode: string, qualities: ChordQuality[]) =>
    corpus.filter((tune) => {
      const key = keyOf(tune.headers.get('K') ?? '');
      const first = parseChordSymbol(tune.chordSymbols[0])!;
      return key.mode === mode && first.root === key.tonic && qualities.includes(first.quality);
    });
  assert.ok(vamps('dor', ['min7']).length >= 5, 'fewer than 5 Dorian vamps');
  assert.ok(vamps('mix', ['dom7']).length >= 3, 'fewer than 3 Mixolydian vamps');
  assert.ok(vamps('lyd', ['maj7']).length >= 2, 'fewer than 2 Lydian vamps');
  assert.ok(corpus.filter((tune) => tune.barQuarters === 3).length >= 8, 'fewer than 8 waltzes');
});

test('rhythm as a bebop chart writes it: sixteenths inside one beat, triplets whole on the beat, rests on eighths', () => {
  for (const tune of corpus) {
    for (const group of tune.tripletGroups) {
      assert.ok(Math.abs(group.length - 1) < EPSILON, `${where(tune)}: a triplet group lasts ${group.length}`);
      assert.ok(onGrid(group.offsetInBar, 1), `${where(tune)}: a triplet group starts off the beat`);
    }
    for (const note of tune.notes) {
      const inTriplet = tune.tripletGroups.some(
        (group) => note.offsetInBar > group.offsetInBar - EPSILON && note.offsetInBar < group.offsetInBar + 1 - EPSILON,
      );
      assert.ok(inTriplet || onGrid(note.offsetInBar, 0.25), `${where(tune)}: a note ${note.offsetInBar} into bar`);
      // A sixteenth never straddles a beat: it and its neighbours fill their beat, so the beams read by beat.
      if (Math.abs(note.writtenDuration - 0.25) < EPSILON) {
        const beat = Math.floor(note.offsetInBar + EPSILON);
        assert.ok(note.offsetInBar + 0.25 <= beat + 1 + EPSILON, `${where(tune)}: a sixteenth crosses a beat`);
      }
    }
    for (const rest of tune.rests) {
      assert.ok(onGrid(rest.offsetInBar, 0.5) && onGrid(rest.duration, 0.5), `${where(tune)}: a rest off the eighths`);
    }
  }
});

/** Semitones from each note to the next, across rests: the line as heard. */
const lines = corpus.map((tune) => tune.notes);
const classOf = (note: CorpusNote) => chordClassOf(note.pitch, note.chord);

/** Counts, over the whole corpus, the notes at which `figure` starts. */
function countFigures(figure: (notes: CorpusNote[], index: number) => boolean): number {
  return lines.reduce((sum, notes) => sum + notes.filter((_, index) => figure(notes, index)).length, 0);
}

test('the vocabulary of bebop: enclosures, chromatic approaches, sixteenth turns, upper structures, anticipations', () => {
  // An enclosure: a step above and a step below (or the reverse), then the chord tone they surround.
  const enclosures = countFigures((notes, i) => {
    const [above, below, target] = [notes[i], notes[i + 1], notes[i + 2]];
    if (!target || classOf(target) !== 'chordTone') return false;
    const a = above.pitch - target.pitch;
    const b = below.pitch - target.pitch;
    return a * b < 0 && Math.abs(a) <= 2 && Math.abs(b) <= 2 && (Math.abs(a) === 1 || Math.abs(b) === 1);
  });
  assert.ok(enclosures >= 120, `only ${enclosures} enclosures`);
  // A chromatic approach: a chromatic note a semitone from the chord tone that follows it.
  const approaches = countFigures((notes, i) => {
    const [from, to] = [notes[i], notes[i + 1]];
    return (
      !!to && classOf(from) === 'chromatic' && classOf(to) === 'chordTone' && Math.abs(from.pitch - to.pitch) === 1
    );
  });
  assert.ok(approaches >= 350, `only ${approaches} chromatic approaches into chord tones`);
  // A sixteenth-note turn: four sixteenths in one beat that come back to the note they left.
  const turns = countFigures((notes, i) => {
    const group = notes.slice(i, i + 4);
    return (
      group.length === 4 &&
      onGrid(group[0].offsetInBar, 1) &&
      group.every((note) => Math.abs(note.writtenDuration - 0.25) < EPSILON) &&
      new Set(group.map((note) => note.pitch)).size < 4
    );
  });
  assert.ok(turns >= 30, `only ${turns} sixteenth-note turns`);
  // An upper-structure arpeggio: three notes by skips or leaps, one way, two of them tensions or the 7th.
  const upper = countFigures((notes, i) => {
    const group = notes.slice(i, i + 3);
    if (group.length < 3) return false;
    const up = group[1].pitch - group[0].pitch;
    const on = group[2].pitch - group[1].pitch;
    const upperTones = group.filter((note) => {
      const fromRoot = (((note.pitch - note.chord.root) % 12) + 12) % 12;
      return classOf(note) === 'tension' || fromRoot === 10 || fromRoot === 11;
    }).length;
    return Math.abs(up) >= 3 && Math.abs(on) >= 3 && up * on > 0 && upperTones >= 2;
  });
  assert.ok(upper >= 90, `only ${upper} upper-structure arpeggios`);
  const anticipations = corpus.filter((tune) => tune.hasTieOverBarLine).length;
  assert.ok(anticipations >= 6, `only ${anticipations} tunes tie a note over the bar line`);
  const offBeatEntries = corpus.filter((tune) => !onGrid(tune.notes[0].offsetInBar, 1)).length;
  assert.ok(offBeatEntries >= 0.3 * corpus.length, `only ${offBeatEntries} tunes start off the beat`);
});

test('a horn register, D3 to F6, most notes between G3 and D6', () => {
  const outside = allNotes.filter((note) => note.pitch < 50 || note.pitch > 89);
  assert.deepEqual(
    outside.map((note) => note.pitch),
    [],
  );
  const inside = allNotes.filter((note) => note.pitch >= 55 && note.pitch <= 86).length / allNotes.length;
  assert.ok(inside >= 0.97, `only ${(100 * inside).toFixed(1)}% of the notes lie between G3 and D6`);
});

/**
 * The style figures of the Weimar Jazz Database's 56 bebop solos (issue 17) and how near the corpus keeps to
 * them: the model learns these rates, so the corpus holds them a few points either side of real bebop.
 */
const BEBOP_BANDS: Array<[key: keyof ReturnType<typeof measureStyle>, low: number, high: number]> = [
  ['repeated', 0.015, 0.08],
  ['steps', 0.52, 0.66],
  ['skips', 0.18, 0.3],
  ['leaps', 0.08, 0.18],
  ['strong_chord_tones', 0.45, 0.62],
  ['strong_tensions', 0.18, 0.35],
  ['strong_chromatic', 0.12, 0.3],
  ['chromatic_notes', 0.15, 0.3],
  ['eighths', 0.31, 0.58],
  ['sixteenths', 0.1, 0.25],
  ['eighth_triplets', 0.06, 0.16],
  ['phrase_median_notes', 12, 20],
  ['time_between_phrases', 0.13, 0.24],
  ['range_semitones', 19, 30],
  ['pitch_class_entropy', 3.15, 3.58],
];

test('measured as issue 17 measured the Weimar bebop solos, every style figure lies near real bebop', async () => {
  const read = await loadCorpus([CORPUS_DIR]);
  assert.equal(read.warnings.length, 0, read.warnings.map((warning) => JSON.stringify(warning)).join('\n'));
  const style = measureStyle(
    read.tunes.map((tune) => pieceFromTune(tune)),
    90,
  );
  const outside = BEBOP_BANDS.filter(([key, low, high]) => {
    const value = style[key] as number | null;
    return value === null || value < low - EPSILON || value > high + EPSILON;
  }).map(([key, low, high]) => `${key} ${style[key]} outside ${low}-${high}`);
  assert.deepEqual(outside, []);
});

test('the README states the licence and what the corpus holds', () => {
  const readme = join(CORPUS_DIR, 'README.md');
  assert.ok(existsSync(readme), 'corpus/README.md is missing');
  const text = readFileSync(readme, 'utf8');
  assert.match(text, /MIT/);
  for (const file of new Set(corpus.map((tune) => tune.file)))
    assert.ok(text.includes(file), `README does not describe ${file}`);
});
