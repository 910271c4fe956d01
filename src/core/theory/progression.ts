/**
 * Chord progressions as the user types them: "| Dm7 G7 | Cmaj7 | % |".
 *
 * Reading rules (also shown to users in help texts):
 * - Bars are separated by '|' (also '||', '|]', '[|', '|:', ':|'); line breaks are plain spaces.
 *   Text with no bar line at all is read as one chord per bar.
 * - Several chords in a bar share it beat by beat: in 4/4 two chords sound two beats each, three chords
 *   2 + 1 + 1 beats, four chords one beat each; in 3/4 two chords get 2 + 1 beats. The first chords get
 *   the extra beats. Compound meters (6/8, 9/8, 12/8) count dotted quarters, then eighths when a bar holds
 *   more chords than dotted-quarter beats. Chords therefore start on a beat (or, in N/8 meters, an eighth),
 *   never inside a beat that the realiser might fill with triplets.
 * - A bar holding only '%' repeats the previous bar; '/' or '%' among chords keeps the chord before it
 *   sounding for one more share of the bar ("C / / G" in 4/4: C for three beats, G for one).
 * - An unreadable chord symbol raises a UserFacingError naming the symbol and its bar.
 * - The text may start with a meter field, "M:3/4 | Dm7 | G7 |" (also "M:C", "M:C|"): it wins over the meter
 *   passed in, as the bars were written in it.
 */
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import { UserFacingError } from '../../shared/errors';
import { parseChordSymbol, parsePitchClassName } from './chords';
import { Chord, KeySignature, Progression, TimedChord, barQuarters } from '../types';
import { DEFAULTS } from '../../shared/defaults';
import { isCompoundMeter, type Meter } from '../../shared/meter';

/** A 12-bar jazz blues in F: the progression used when the user gives none. */
export const DEFAULT_PROGRESSION = '| F7 | Bb7 | F7 | Cm7 F7 | Bb7 | Bdim7 | F7 | D7 | Gm7 | C7 | F7 D7 | Gm7 C7 |';
export const DEFAULT_KEY: KeySignature = { tonic: 5, mode: 'major', name: 'F' };
/** Quarter notes per minute; the reference realised its solos at 130. */
export const DEFAULT_TEMPO = DEFAULTS.tempo;
export const DEFAULT_METER: Meter = { numerator: 4, denominator: 4 };

const REPEAT_MARKS = new Set(['%', '/']);
const SUPPORTED_DENOMINATORS = new Set([1, 2, 4, 8, 16]);

/**
 * The ways a bar can be cut into equal units for chord starts, coarsest first, in ticks.
 * Quarter notes in N/1, N/2, N/4 (the realiser's triplet-capable cells); in N/8 the dotted quarter or the eighth.
 */
function chordUnitChoices(meter: Meter): number[] {
  const barTicks = barQuarters(meter) * TICKS_PER_QUARTER;
  const noteTicks = (4 * TICKS_PER_QUARTER) / meter.denominator;
  const choices: number[] = [];
  if (isCompoundMeter(meter)) choices.push(noteTicks * 3);
  if (meter.denominator <= 4) choices.push(TICKS_PER_QUARTER);
  else choices.push(noteTicks);
  return choices.filter((unit) => Number.isInteger(unit) && barTicks % unit === 0);
}

export function validateMeter(meter: Meter, file?: string): void {
  if (
    !Number.isInteger(meter.numerator) ||
    meter.numerator < 1 ||
    meter.numerator > 32 ||
    !SUPPORTED_DENOMINATORS.has(meter.denominator)
  ) {
    throw new UserFacingError(
      `${file ? file + ': ' : ''}unsupported meter ${meter.numerator}/${meter.denominator} (use N/1, N/2, N/4, N/8 or N/16 with N from 1 to 32)`,
      file,
    );
  }
}

/**
 * Reads a meter as users write it: "4/4", "3/4", "6/8", "12/8", "C" (common time) or "C|" (cut time).
 * `source` names the option or setting in the error message.
 */
export function parseMeter(text: string, source = 'meter'): Meter {
  const trimmed = text.trim();
  if (trimmed === 'C') return { numerator: 4, denominator: 4 };
  if (trimmed === 'C|') return { numerator: 2, denominator: 2 };
  const match = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(trimmed);
  if (!match)
    throw new UserFacingError(`${source}: unreadable meter "${text}" (write for example 4/4, 3/4, 6/8 or 12/8)`);
  const meter = { numerator: Number(match[1]), denominator: Number(match[2]) };
  validateMeter(meter, source);
  return meter;
}

/** A meter field at the start of a progression's text ("M:3/4 | Dm7 | ..."), and the text after it. */
function leadingMeterField(text: string, source: string): { meter?: Meter; rest: string } {
  const match = /^\s*M:\s*(C\||C|\d{1,2}\s*\/\s*\d{1,2})(?=\s|\||$)/.exec(text);
  if (!match) return { rest: text };
  return { meter: parseMeter(match[1], source), rest: text.slice(match[0].length) };
}

/** Splits `count` chords over `units` equal units; the first chords get the extra units. */
function shareUnits(count: number, units: number): number[] {
  const base = Math.floor(units / count);
  const extra = units % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/** "N.C.", "NC", "N.C": no chord. */
const NO_CHORD = /^N\.?C\.?$/i;

function firstChordIn(barTexts: string[]): Chord | undefined {
  for (const token of barTexts.flatMap((bar) => bar.split(/\s+/))) {
    const chord = REPEAT_MARKS.has(token) || NO_CHORD.test(token) ? undefined : parseChordSymbol(token);
    if (chord) return chord;
  }
  return undefined;
}

/**
 * Writes repeats out: "|: A | B :|" plays A B twice, ":|" without "|:" repeats from the start, "::" ends one
 * repeat and starts the next. Only bar lines remain in the result.
 */
export function expandRepeats(text: string): string {
  if (!text.includes('|') && !text.includes('::')) return text;
  const bars: string[] = [];
  let repeatStart = 0;
  for (const part of text.split(/(\|:|:\||::)/)) {
    if (part === '|:') {
      repeatStart = bars.length;
    } else if (part === ':|' || part === '::') {
      bars.push(...bars.slice(repeatStart));
      repeatStart = bars.length;
    } else {
      bars.push(
        ...part
          .split(/\[\||\|\]|\|\||\|/)
          .map((bar) => bar.trim())
          .filter((bar) => bar.length > 0),
      );
    }
  }
  return bars.length ? `| ${bars.join(' | ')} |` : text;
}

/** Reads the text of a progression. `source` names the file or setting in error messages. */
export function parseProgression(text: string, givenMeter: Meter = DEFAULT_METER, source = 'progression'): Progression {
  const field = leadingMeterField(text, source);
  const meter = field.meter ?? givenMeter;
  validateMeter(meter, source);
  const normalised = expandRepeats(field.rest).replace(/\[\||\|\]|\|\||:\||\|:|::/g, '|');
  const barTexts = normalised.includes('|')
    ? normalised
        .split('|')
        .map((bar) => bar.trim())
        .filter((bar) => bar.length > 0)
    : normalised.split(/\s+/).filter((token) => token.length > 0);
  if (barTexts.length === 0) {
    throw new UserFacingError(`${source}: the chord progression is empty (write bars like "| Dm7 G7 | Cmaj7 |")`);
  }

  const barTicks = barQuarters(meter) * TICKS_PER_QUARTER;
  const unitChoices = chordUnitChoices(meter);
  const chords: TimedChord[] = [];
  let previousBar: { chord: Chord; offsetTicks: number }[] | undefined;
  let lastChord: Chord | undefined;

  barTexts.forEach((barText, barIndex) => {
    const barNumber = barIndex + 1;
    const barStartTicks = barIndex * barTicks;
    const tokens = barText.split(/\s+/);
    let placed: { chord: Chord; offsetTicks: number }[];

    if (tokens.length === 1 && tokens[0] === '%') {
      if (!previousBar) throw new UserFacingError(`${source}: bar 1 repeats a previous bar ("%") but there is none`);
      placed = previousBar;
    } else {
      const unit = unitChoices.find((choice) => barTicks / choice >= tokens.length);
      if (unit === undefined) {
        const most = barTicks / unitChoices[unitChoices.length - 1];
        throw new UserFacingError(
          `${source}: bar ${barNumber} has ${tokens.length} chords; at most ${most} fit in a ${meter.numerator}/${meter.denominator} bar`,
        );
      }
      const shares = shareUnits(tokens.length, barTicks / unit);
      placed = [];
      let offsetUnits = 0;
      tokens.forEach((token, i) => {
        const offsetTicks = offsetUnits * unit;
        offsetUnits += shares[i];
        if (REPEAT_MARKS.has(token) || NO_CHORD.test(token)) {
          // N.C.: the band stops; the line keeps the harmony around it (the chord before, or the first one).
          if (NO_CHORD.test(token)) lastChord ??= firstChordIn(barTexts);
          if (!lastChord) {
            throw new UserFacingError(
              `${source}: bar ${barNumber} starts with "${token}" but no chord comes before it`,
            );
          }
          // The chord before keeps sounding: nothing new starts here, except at a bar's first beat
          // where the repeated chord is written again, as lead sheets do.
          if (i === 0) placed.push({ chord: lastChord, offsetTicks });
          return;
        }
        const chord = parseChordSymbol(token);
        if (!chord) {
          throw new UserFacingError(`${source}: unreadable chord symbol "${token}" in bar ${barNumber}`);
        }
        placed.push({ chord, offsetTicks });
        lastChord = chord;
      });
    }
    for (const { chord, offsetTicks } of placed) {
      chords.push({ start: (barStartTicks + offsetTicks) / TICKS_PER_QUARTER, chord });
      lastChord = chord;
    }
    previousBar = placed;
  });

  return { meter, chords, lengthQuarters: (barTexts.length * barTicks) / TICKS_PER_QUARTER };
}

/** Writes a progression back in the form parseProgression reads (one chord symbol per start). */
export function formatProgression(progression: Progression): string {
  const barLength = barQuarters(progression.meter);
  const bars = Math.round(progression.lengthQuarters / barLength);
  const barTexts: string[] = [];
  for (let bar = 0; bar < bars; bar++) {
    const from = bar * barLength;
    const inBar = progression.chords.filter((c) => c.start >= from - 1e-9 && c.start < from + barLength - 1e-9);
    barTexts.push(inBar.length ? inBar.map((c) => c.chord.symbol).join(' ') : '%');
  }
  return `| ${barTexts.join(' | ')} |`;
}

const MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11];
const NATURAL_MINOR_SCALE = [0, 2, 3, 5, 7, 8, 10];
/** Key names with the fewest accidentals for each tonic pitch class. */
const MAJOR_KEY_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
const MINOR_KEY_NAMES = ['Cm', 'C#m', 'Dm', 'Ebm', 'Em', 'Fm', 'F#m', 'Gm', 'G#m', 'Am', 'Bbm', 'Bm'];
const MINOR_QUALITIES = new Set(['min', 'min7', 'minMaj7', 'min6', 'halfDim7', 'dim', 'dim7']);

/** A parsed progression is kept and reused (a solo after another over the same chords): its key is found once. */
const keyByProgression = new WeakMap<Progression, KeySignature>();

/**
 * Guesses a key signature for a progression when the user names none.
 * Each of the 24 major and minor keys is scored by how much of the harmony (weighted by how long each chord
 * sounds) fits its scale, plus a strong bonus when the first or last chord is its tonic chord — jazz
 * progressions borrow freely (a blues in F is full of Eb and Ab) but almost always start or end at home;
 * the last chord weighs a little more, since tunes often start on ii ("| Dm7 | G7 | Cmaj7 |" is in C).
 */
export function keyForProgression(progression: Progression): KeySignature {
  let key = keyByProgression.get(progression);
  if (!key) keyByProgression.set(progression, (key = findKey(progression)));
  return { ...key };
}

function findKey(progression: Progression): KeySignature {
  const timed = progression.chords;
  if (timed.length === 0) return DEFAULT_KEY;
  const spans = timed.map((c, i) => {
    const end = i + 1 < timed.length ? timed[i + 1].start : progression.lengthQuarters;
    return { chord: c.chord, length: Math.max(0, end - c.start) };
  });
  const total = spans.reduce((sum, s) => sum + s.length, 0) || 1;
  const first = timed[0].chord;
  const last = timed[timed.length - 1].chord;
  const second = timed.find((c) => c.chord.root !== first.root)?.chord;
  const opensWithTwoFive =
    MINOR_QUALITIES.has(first.quality) && second?.quality === 'dom7' && second.root === (first.root + 5) % 12;
  let best: { key: KeySignature; score: number } | undefined;
  for (const mode of ['major', 'minor'] as const) {
    const scale = mode === 'major' ? MAJOR_SCALE : NATURAL_MINOR_SCALE;
    for (let tonic = 0; tonic < 12; tonic++) {
      const inKey = new Set(scale.map((step) => (tonic + step) % 12));
      let fit = 0;
      for (const { chord, length } of spans) {
        const tones = chord.pitchClasses;
        const share = tones.filter((pc) => inKey.has(pc)).length / Math.max(1, tones.length);
        fit += (length / total) * (share + (inKey.has(chord.root) ? 0.5 : 0));
      }
      const isTonicChord = (chord: Chord) =>
        chord.root === tonic && MINOR_QUALITIES.has(chord.quality) === (mode === 'minor');
      // A tune that ends on a dominant seventh ends on its turnaround (V), not at home, unless it starts there
      // too (a blues); one that opens with ii-V starts away from home.
      const endsHome = isTonicChord(last) && (last.quality !== 'dom7' || last.root === first.root);
      const startsHome = isTonicChord(first) && !opensWithTwoFive;
      const score = fit + (startsHome ? 0.45 : 0) + (endsHome ? 0.5 : 0);
      if (!best || score > best.score + 1e-9) {
        const name = mode === 'major' ? MAJOR_KEY_NAMES[tonic] : MINOR_KEY_NAMES[tonic];
        best = { key: { tonic, mode, name }, score };
      }
    }
  }
  return best!.key;
}

const MODE_WORDS: Array<[RegExp, KeySignature['mode']]> = [
  [/^(|maj|major|ion|ionian)$/, 'major'],
  [/^(m|min|minor|aeo|aeolian)$/, 'minor'],
  [/^(dor|dorian)$/, 'dorian'],
  [/^(mix|mixolydian)$/, 'mixolydian'],
  [/^(lyd|lydian)$/, 'lydian'],
  [/^(phr|phrygian)$/, 'phrygian'],
  [/^(loc|locrian)$/, 'locrian'],
];
/** ABC's spelling of each mode after the tonic in K: ("Bb", "Gm", "DDor"). */
export const ABC_MODE_SUFFIX: Record<KeySignature['mode'], string> = {
  major: '',
  minor: 'm',
  dorian: 'Dor',
  mixolydian: 'Mix',
  lydian: 'Lyd',
  phrygian: 'Phr',
  locrian: 'Loc',
};

/** Reads a key as users write it ("F", "Bb", "F#m", "D dorian", "Eb major", "Gmix"). */
export function parseKeyName(text: string, source = 'key'): KeySignature {
  const match = /^\s*([A-Ga-g])([#b♯♭]?)\s*([A-Za-z]*)\s*$/.exec(text);
  const modeWord = match?.[3].toLowerCase() ?? '';
  const mode = match ? MODE_WORDS.find(([pattern]) => pattern.test(modeWord))?.[1] : undefined;
  if (!match || !mode) {
    throw new UserFacingError(`${source}: unreadable key "${text}" (write for example F, Bb, F#m, D dorian)`);
  }
  const letter = match[1].toUpperCase();
  const accidental = match[2] === '♯' ? '#' : match[2] === '♭' ? 'b' : match[2];
  const tonic = parsePitchClassName(letter + accidental)!;
  return { tonic, mode, name: `${letter}${accidental}${ABC_MODE_SUFFIX[mode]}` };
}
