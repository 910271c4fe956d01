/**
 * The default model's corpus (corpus/*.abc) keeps the promises of corpus/README.md. It is read with abcjs
 * directly (not through the project's ABC reader) so that the check does not depend on the code it feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/shared';
import { parseChordSymbol } from '../../src/core/chords';
import { classifyPitch } from '../../src/core/grammar';
import type { Chord, ChordQuality } from '../../src/core/types';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const abcjs = require('abcjs');

const CORPUS_DIR = join(REPO_ROOT, 'corpus');
const BAR_QUARTERS = 4;
const EPSILON = 1e-6;

interface CorpusNote {
  /** Sounding MIDI pitch from abcjs' audio setup (key signature and accidentals applied). */
  pitch: number;
  /** Quarter notes from the start of the tune. */
  start: number;
  /** Quarter notes from the start of its bar. */
  offsetInBar: number;
  chord: Chord;
}

interface CorpusTune {
  file: string;
  title: string;
  headers: Map<string, string>;
  warnings: string[];
  chordSymbols: string[];
  notes: CorpusNote[];
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

function readTune(file: string, parsed: any, headers: Map<string, string>): CorpusTune {
  const title: string = parsed.metaText?.title ?? '';
  const pitchByChar = new Map<number, number>();
  const melodyTrack = parsed.setUpAudio().tracks[0] as Array<{ cmd: string; pitch: number; startChar: number }>;
  for (const event of melodyTrack) if (event.cmd === 'note') pitchByChar.set(event.startChar, event.pitch);

  const tune: CorpusTune = {
    file, title, headers, warnings: parsed.warnings ?? [], chordSymbols: [], notes: [], barLengths: [],
    hasTriplet: false, hasRest: false, hasTie: false, hasTieOverBarLine: false,
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
      }
      // abcjs durations are in whole notes.
      const quarters = element.duration * 4 * tripletMultiplier;
      if (element.rest) {
        tune.hasRest = true;
      } else {
        const tiedOn = element.pitches.some((p: any) => p.endTie);
        if (tiedOn && tieStartBar !== undefined && tieStartBar !== barIndex) tune.hasTieOverBarLine = true;
        tieStartBar = undefined;
        if (element.pitches.some((p: any) => p.startTie)) {
          tune.hasTie = true;
          tieStartBar = barIndex;
        }
        if (!tiedOn) {
          const pitch = pitchByChar.get(element.startChar);
          assert.ok(pitch !== undefined, `${file}: "${title}": no sounding pitch for the note at char ${element.startChar}`);
          assert.ok(chord, `${file}: "${title}": a note sounds before the first chord symbol`);
          tune.notes.push({ pitch, start: time, offsetInBar: time - barStart, chord });
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
  const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.abc')).sort();
  const tunes: CorpusTune[] = [];
  for (const name of files) {
    const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
    const parsedTunes = abcjs.parseOnly(text);
    const headers = headerBlocks(text);
    assert.equal(parsedTunes.length, headers.length, `${name}: abcjs and the X: headers disagree on the number of tunes`);
    parsedTunes.forEach((parsed: any, index: number) => tunes.push(readTune(name, parsed, headers[index])));
  }
  return tunes;
}

const corpus = loadCorpus();
const allNotes = corpus.flatMap((tune) => tune.notes);

function isWholeBar(length: number): boolean {
  return Math.abs(length - BAR_QUARTERS) < EPSILON;
}

test('the corpus holds at least 40 tunes over several files, each with its own X: number and a title', () => {
  const files = new Set(corpus.map((tune) => tune.file));
  assert.ok(files.size >= 5, `expected at least 5 .abc files, found ${[...files].join(', ')}`);
  assert.ok(corpus.length >= 40, `expected at least 40 tunes, found ${corpus.length}`);
  for (const file of files) {
    const numbers = corpus.filter((tune) => tune.file === file).map((tune) => tune.headers.get('X'));
    assert.equal(new Set(numbers).size, numbers.length, `${file}: X: numbers repeat`);
  }
  for (const tune of corpus) assert.ok(tune.title.length > 0, `${tune.file}: X:${tune.headers.get('X')} has no T:`);
});

test('abcjs parses every tune without a single warning', () => {
  const warned = corpus.filter((tune) => tune.warnings.length > 0);
  assert.deepEqual(warned.map((tune) => `${tune.file}: ${tune.title}: ${tune.warnings.join(' | ')}`), []);
});

test('the corpus has at least 1,500 notes (ties merged, rests not counted)', () => {
  assert.ok(allNotes.length >= 1500, `only ${allNotes.length} notes`);
});

test('every tune is 4/4 in eighths at a swing tempo, with a key signature', () => {
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    assert.equal(tune.headers.get('M'), '4/4', where);
    assert.equal(tune.headers.get('L'), '1/8', where);
    const tempo = /^1\/4=(\d+)$/.exec(tune.headers.get('Q') ?? '');
    assert.ok(tempo && Number(tempo[1]) >= 100 && Number(tempo[1]) <= 200, `${where}: Q: should be a quarter-note swing tempo`);
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

test('every bar is a whole 4/4 bar, except a leading pickup; phrases are 4 to 8 bars long', () => {
  for (const tune of corpus) {
    const where = `${tune.file}: ${tune.title}`;
    const [first, ...rest] = tune.barLengths;
    assert.ok(first > 0 && first <= BAR_QUARTERS + EPSILON, `${where}: first bar is ${first} quarters`);
    rest.forEach((length, index) => assert.ok(isWholeBar(length), `${where}: bar ${index + 2} is ${length} quarters`));
    const fullBars = tune.barLengths.filter(isWholeBar).length;
    assert.ok(fullBars >= 4 && fullBars <= 8, `${where}: ${fullBars} full bars`);
  }
});

const NOTE_PCS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Tonic pitch class and minor-ness of a K: value such as "Bb", "F#m", "Cm". */
function keyOf(k: string): { tonic: number; minor: boolean } {
  const match = /^([A-G])([b#]?)(m?)/.exec(k);
  assert.ok(match, `unreadable K:${k}`);
  const tonic = (NOTE_PCS[match[1]] + (match[2] === 'b' ? 11 : match[2] === '#' ? 1 : 0)) % 12;
  return { tonic, minor: match[3] === 'm' };
}

type Step = [semitonesAboveTonic: number, qualities: ChordQuality[]];

/** True when the tune's chords contain the steps consecutively, relative to the tune's key. */
function containsProgression(tune: CorpusTune, steps: Step[]): boolean {
  const { tonic } = keyOf(tune.headers.get('K') ?? '');
  const chords = tune.chordSymbols.map((symbol) => parseChordSymbol(symbol)!)
    .filter((chord, index, all) => index === 0 || chord.symbol !== all[index - 1].symbol);
  return chords.some((_, start) =>
    steps.every(([interval, qualities], offset) => {
      const chord = chords[start + offset];
      return chord !== undefined && chord.root === (tonic + interval) % 12 && qualities.includes(chord.quality);
    }));
}

const MAJOR_II_V_I: Step[] = [[2, ['min7']], [7, ['dom7']], [0, ['maj7', 'maj6']]];
const MINOR_II_V_I: Step[] = [[2, ['halfDim7']], [7, ['dom7']], [0, ['min6', 'min7']]];
const TURNAROUND: Step[] = [[9, ['dom7']], [2, ['min7']], [7, ['dom7']]];
const RHYTHM_A: Step[] = [[0, ['maj6', 'maj7']], [9, ['dom7']], [2, ['min7']], [7, ['dom7']]];
// The jazz-blues bars 5-6: IV7 then the #IV diminished chord.
const BLUES_IV_SHARP_IV: Step[] = [[5, ['dom7']], [6, ['dim7']]];

function tunesWith(steps: Step[], keys: string[]): Set<string> {
  return new Set(corpus.filter((tune) => keys.includes(tune.headers.get('K')!) && containsProgression(tune, steps))
    .map((tune) => tune.headers.get('K')!));
}

test('major ii-V-I phrases cover C, F, Bb, Eb, G, D and Ab', () => {
  const keys = ['C', 'F', 'Bb', 'Eb', 'G', 'D', 'Ab'];
  assert.deepEqual([...tunesWith(MAJOR_II_V_I, keys)].sort(), [...keys].sort());
});

test('minor ii-V-i phrases (m7b5, 7b9, m6) appear in at least four minor keys', () => {
  const minorKeys = [...new Set(corpus.map((tune) => tune.headers.get('K')!).filter((k) => keyOf(k).minor))];
  const covered = tunesWith(MINOR_II_V_I, minorKeys);
  assert.ok(covered.size >= 4, `minor ii-V-i only in ${[...covered].join(', ')}`);
  assert.ok(corpus.some((tune) => tune.chordSymbols.some((symbol) => /7b9$/.test(symbol))), 'no 7b9 chord');
});

test('jazz blues in F and Bb, rhythm-changes A sections in Bb and I-VI-ii-V turnarounds are present', () => {
  assert.deepEqual([...tunesWith(BLUES_IV_SHARP_IV, ['F', 'Bb'])].sort(), ['Bb', 'F']);
  const rhythm = corpus.filter((tune) => tune.headers.get('K') === 'Bb' && containsProgression(tune, RHYTHM_A)
    && tune.barLengths.filter(isWholeBar).length === 8);
  assert.ok(rhythm.length >= 4, `only ${rhythm.length} eight-bar I-VI-ii-V tunes in Bb`);
  const turnaroundKeys = new Set(corpus.filter((tune) => containsProgression(tune, TURNAROUND)).map((tune) => tune.headers.get('K')));
  assert.ok(turnaroundKeys.size >= 5, `VI7-ii-V only in ${[...turnaroundKeys].join(', ')}`);
});

function isOnBeat(note: CorpusNote, beat: number): boolean {
  return Math.abs(note.offsetInBar - beat) < EPSILON;
}

const kindOf = (note: CorpusNote) => classifyPitch(note.pitch, note.chord);

function shareOf(notes: CorpusNote[], kind: 'C' | 'S' | 'A' | 'X'): number {
  return notes.filter((note) => kindOf(note) === kind).length / notes.length;
}

test('chord tones land on beats 1 and 3', () => {
  const strong = allNotes.filter((note) => isOnBeat(note, 0) || isOnBeat(note, 2));
  const share = shareOf(strong, 'C');
  assert.ok(share >= 0.7, `chord tones on beats 1 and 3: ${(100 * share).toFixed(1)}% of ${strong.length}`);
});

test('the lines are bebop, not arpeggio exercises: scale runs and chromatic approaches between the chord tones', () => {
  const chordTones = shareOf(allNotes, 'C');
  assert.ok(chordTones >= 0.5 && chordTones <= 0.75, `chord tones are ${(100 * chordTones).toFixed(1)}% of all notes, expected 50-75%`);
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
  assert.ok(corpus.filter((tune) => tune.hasTieOverBarLine).length >= 3, 'fewer than 3 phrases anticipate a bar line with a tie');
  const startsOffTheBeat = (tune: CorpusTune) => tune.notes.length > 0
    && Math.abs(tune.notes[0].start - Math.round(tune.notes[0].start)) > EPSILON;
  assert.ok(share(startsOffTheBeat) >= 0.2, 'fewer than 20% of phrases start off the beat');
  const onEighths = allNotes.filter((note) => Math.abs(note.offsetInBar * 2 - Math.round(note.offsetInBar * 2)) < EPSILON);
  assert.ok(onEighths.length / allNotes.length > 0.8, 'the lines should be mostly straight-written swing eighths');
});

test('every pitch lies in a horn range (D3 to A6)', () => {
  const outside = allNotes.filter((note) => note.pitch < 50 || note.pitch > 93);
  assert.deepEqual(outside.map((note) => note.pitch), []);
});

test('the README states the licence and what the corpus holds', () => {
  const readme = join(CORPUS_DIR, 'README.md');
  assert.ok(existsSync(readme), 'corpus/README.md is missing');
  const text = readFileSync(readme, 'utf8');
  assert.match(text, /MIT/);
  for (const file of new Set(corpus.map((tune) => tune.file))) assert.ok(text.includes(file), `README does not describe ${file}`);
});
