/**
 * Pitch choice: which pitch realises a grammar value, given the chord, the line so far and the learned
 * interval window. The realiser decides when notes sound; this module decides which pitch they are.
 *
 * Type rule: C gives a chord tone of the chord the note is heard against (at its onset, or the strong beat it
 * is held over), S a scale tone that is no chord tone, A a chromatic tone a semitone from a chord tone of the
 * current chord or of the chord at the next onset, X a tone outside chord and scale (not next to a chord tone
 * when the chord leaves any), R a rest. Off the strong beats a C may sound a tension (a tone of the chord's
 * scale) where that lets the line move by its learned interval; on the strong beats a C is a chord tone.
 *
 * Line rule:
 * - Register: every pitch lies in the hard range, the corpus's register (learned at training time) widened by
 *   a whole step each way; beyond the corpus's own low and high a pitch is much less likely, and the line
 *   leans towards the register's centre. A phrase (after a breath of a beat or more) starts near the pitch
 *   where the corpus's phrases start.
 * - A value with an interval window <upper,lower> is played inside [previous + lower, previous + upper]
 *   whenever a pitch it may take lies there inside the range, preferably at the learned interval itself (the
 *   window's centre). When the window holds none, the line turns back: the mirrored window (the same interval
 *   the other way); when that holds none either, the pitch nearest the learned target.
 * - A note without a window (the first of a bar in the grammar) moves as the corpus moves (its shares of
 *   repeats, steps, skips and leaps, in the model's style); a model without them: mostly by step, seldom by a
 *   leap. The line spreads around the register's centre as far as the corpus's pitches spread.
 * - A pitch is repeated only when the learned interval is a unison (or the value has no other pitch in range).
 * - Outside notes resolve: the step from an approach or outside tone to a chord or scale tone is strongly
 *   favoured, and an approach tone prefers to sit next to a tone of the chord it leads into.
 * The pitches of a whole solo are drawn together (see chooseLine), from the seeded generator.
 */
import { UserFacingError } from '../../shared/errors';
import { mod12, scaleForChord } from '../theory/chords';
import { classifyPitch } from './grammar';
import { Rng } from '../random';
import { type LineMotion, type NoteState, sampleLine } from './lineSampling';
import type { StyleProfile } from './style';
import { Chord, GrammarValue, Tune, ValueType } from '../types';

/** Where the corpus's melodies live, in MIDI numbers; stored in a model's metadata. */
export interface Register {
  /** Lowest and highest pitch of the corpus, leaving out its rarest 1% at each end. */
  low: number;
  high: number;
  /** Median pitch. */
  centre: number;
  /** Median pitch of the first notes of phrases. */
  phraseStart: number;
}

/**
 * The register of the bundled corpus as it was before the register was stored in a model's metadata (the
 * method-book corpus of issue 10), as learnRegister computes it: the fallback for the models trained on it.
 */
export const BUNDLED_CORPUS_REGISTER: Register = { low: 62, high: 83, centre: 72, phraseStart: 72 };

/** The hard range reaches this far beyond the learned register, so that its edges are seldom needed. */
export const REGISTER_MARGIN = 2;

/** A silence at least this long (in quarter notes) ends a phrase. */
export const PHRASE_BREATH_QUARTERS = 1;

export const DEFAULT_RANGE: [number, number] = rangeForRegister(BUNDLED_CORPUS_REGISTER);

export function rangeForRegister(register: Register): [number, number] {
  const low = Math.max(0, register.low - REGISTER_MARGIN);
  const high = Math.min(127, Math.max(register.high + REGISTER_MARGIN, low + 11));
  return [low, high];
}

/** A register filling a range given without one (REGISTER_MARGIN inside each edge), centred in it. */
export function registerWithin(range: [number, number]): Register {
  const [low, high] = validateRange(range);
  const centre = Math.round((low + high) / 2);
  return { low: low + REGISTER_MARGIN, high: high - REGISTER_MARGIN, centre, phraseStart: centre };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** The register of a corpus: undefined when it has no notes. */
export function learnRegister(tunes: readonly Tune[]): Register | undefined {
  const pitches: number[] = [];
  const phraseStarts: number[] = [];
  for (const tune of tunes) {
    let silence = Infinity;
    for (const note of tune.notes) {
      if (note.pitch === null) {
        silence += note.duration;
        continue;
      }
      pitches.push(note.pitch);
      if (silence >= PHRASE_BREATH_QUARTERS) phraseStarts.push(note.pitch);
      silence = 0;
    }
  }
  if (pitches.length === 0) return undefined;
  const sorted = pitches.sort((a, b) => a - b);
  const starts = phraseStarts.sort((a, b) => a - b);
  return {
    low: percentile(sorted, 0.01),
    high: percentile(sorted, 0.99),
    centre: percentile(sorted, 0.5),
    phraseStart: percentile(starts, 0.5),
  };
}

/** A register read from untrusted metadata, or undefined when it is not one. */
export function readRegister(value: unknown): Register | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { low, high, centre, phraseStart } = value as Record<string, unknown>;
  const isPitch = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 127;
  if (!isPitch(low) || !isPitch(high) || !isPitch(centre) || !isPitch(phraseStart)) return undefined;
  if (low > high || centre < low || centre > high) return undefined;
  return { low, high, centre, phraseStart };
}

/**
 * The pitches in the range that realise `type`, in two tiers: `preferred` first, then `allowed`
 * (only A uses both: approaches to the next chord are preferred, approaches to the current one allowed).
 */
export function candidatePitches(
  type: Exclude<ValueType, 'R'>,
  chord: Chord,
  nextChord: Chord,
  range: [number, number],
): { preferred: number[]; allowed: number[] } {
  const pitches: number[] = [];
  for (let p = range[0]; p <= range[1]; p++) pitches.push(p);
  const chordPcs = new Set(chord.pitchClasses);
  const scalePcs = new Set(scaleForChord(chord));
  const outside = (p: number) => !chordPcs.has(mod12(p)) && !scalePcs.has(mod12(p));
  const firstNonEmpty = (...lists: number[][]) => lists.find((list) => list.length > 0) ?? pitches;
  switch (type) {
    case 'C': {
      const tones = pitches.filter((p) => chordPcs.has(mod12(p)));
      return { preferred: tones, allowed: tones };
    }
    case 'S': {
      const tones = firstNonEmpty(
        pitches.filter((p) => scalePcs.has(mod12(p)) && !chordPcs.has(mod12(p))),
        pitches.filter((p) => scalePcs.has(mod12(p))),
      );
      return { preferred: tones, allowed: tones };
    }
    case 'A': {
      const nextPcs = new Set(nextChord.pitchClasses);
      const nextToNext = (p: number) => nextPcs.has(mod12(p + 1)) || nextPcs.has(mod12(p - 1));
      const nextToCurrent = (p: number) => chordPcs.has(mod12(p + 1)) || chordPcs.has(mod12(p - 1));
      const allowed = firstNonEmpty(
        pitches.filter((p) => outside(p) && (nextToNext(p) || nextToCurrent(p))),
        pitches.filter((p) => !chordPcs.has(mod12(p)) && nextToCurrent(p)),
      );
      const preferred = allowed.filter(nextToNext);
      return { preferred: preferred.length ? preferred : allowed, allowed };
    }
    case 'X': {
      const tones = firstNonEmpty(
        pitches.filter((p) => outside(p) && classifyPitch(p, chord) === 'X'),
        pitches.filter(outside),
        pitches.filter((p) => !chordPcs.has(mod12(p))),
      );
      return { preferred: tones, allowed: tones };
    }
  }
}

/**
 * Weight of each interval size (semitones) for a note without a learned interval that continues a phrase, when
 * the model does not record its corpus's intervals: steps first, as in bebop lines; skips now and then; leaps
 * seldom; never the same pitch.
 */
const FREE_INTERVAL_WEIGHTS = [0, 1, 1, 0.1, 0.08, 0.02, 0.01, 0.015, 0.005, 0.005, 0.005, 0.005, 0.005];
/** Among leaps, each semitone wider is this much less likely (a fourth more often than an octave). */
const LEAP_DECAY = 0.75;

/**
 * A model that records its corpus's intervals plays them as they come (the grammar's windows already say where
 * the line steps and leaps); one that does not leans to steps, as the bebop corpus it was made for.
 */
function lineMotion(style: StyleProfile = {}): LineMotion {
  const styled = style.stepShare !== undefined;
  return {
    free: freeIntervalWeights(style),
    stepPreference: styled ? 1 : STEP_PREFERENCE,
    resolutionBonus: styled ? STYLED_RESOLUTION_BONUS : RESOLUTION_BONUS,
  };
}

/**
 * Weight of each interval size up to an octave for a note without a learned interval: the corpus's repeats,
 * steps, skips and leaps (each class shared among its sizes; wider leaps rarer), or the fixed weights above.
 */
export function freeIntervalWeights(style: StyleProfile = {}): number[] {
  const { repeatShare, stepShare, skipShare, leapShare } = style;
  if (repeatShare === undefined || stepShare === undefined || skipShare === undefined || leapShare === undefined)
    return FREE_INTERVAL_WEIGHTS;
  const leapSizes = Array.from({ length: 8 }, (_, i) => LEAP_DECAY ** i);
  const leapTotal = leapSizes.reduce((a, b) => a + b, 0);
  return [
    repeatShare,
    stepShare / 2,
    stepShare / 2,
    skipShare / 2,
    skipShare / 2,
    ...leapSizes.map((w) => (leapShare * w) / leapTotal),
  ];
}
/** Between pitches equally near the learned target, a step is favoured over a skip: bebop lines move by step. */
const STEP_PREFERENCE = 3;
/** Spread (semitones) of phrase starts around the corpus's phrase-start pitch. */
const PHRASE_START_SPREAD = 4;
/** The step from an approach or outside tone to a chord or scale tone: the resolution. */
const RESOLUTION_BONUS = 20;
/**
 * The same for a model that records its corpus's intervals: its approach tones still lean to their resolution,
 * but the line's steps and leaps are the corpus's (a bonus of 20 made a fifth more steps than real solos play).
 */
const STYLED_RESOLUTION_BONUS = 5;
/** An approach tone that approaches the next chord is favoured over one next to the current chord only. */
const APPROACH_ELSEWHERE = 0.3;
/**
 * Off the strong beats a chord-tone value may sound a tension (a scale tone), a little less likely than a chord
 * tone on its own: the line takes it where it lets it move by the learned interval or by step, as a passing
 * tone. On beats 1 and 3 a chord tone is always a chord tone.
 */
const TENSION_FOR_CHORD_TONE = 0.6;
/** A note anticipating the next chord whose pitch is outside the chord it starts over. */
const ANTICIPATION_OUTSIDE = 0.3;
/** Each semitone beyond the corpus's own register multiplies a pitch's weight by this. */
const BEYOND_REGISTER = 0.2;
/** Spread of the pitches around the register's centre, as a share of its width. */
const REGISTER_SPREAD = 0.3;
/**
 * The pull to the register's centre is on every note of a line that moves mostly by step, so the line spreads
 * far less than the pull's own width: to spread as the corpus's pitches do, the pull is this many times wider.
 */
export const LINE_SPREAD_FACTOR = 2;

/** One value of the solo with the chords it sounds over. */
export interface LineStep {
  value: GrammarValue;
  /** The chord the note is heard against (at its onset, or the strong beat it is held over). */
  chord: Chord;
  /** The chord sounding when it ends. */
  nextChord: Chord;
  /** The note starts on a strong beat or is held over one (beats 1 and 3 in 4/4). */
  onStrongBeat?: boolean;
  /** The chord at the note's onset, when it differs from `chord` (a note anticipating the next chord). */
  onsetChord?: Chord;
}

export interface LineOptions {
  register?: Register;
  /** The corpus's style: how far its line moves when the grammar gives no interval, and its pitch spread. */
  style?: StyleProfile;
  /** Hard lowest and highest pitch; default: the register widened by REGISTER_MARGIN each way. */
  range?: [number, number];
  rng: Rng;
}

/**
 * The pitches of a whole solo, one per step (null for rests), chosen together: the line is drawn from the
 * distribution the rules above define over whole lines (each note's own weight times the weight of each
 * interval), by forward filtering and backward sampling. Choosing the line as a whole lets a note be placed
 * where the next learned interval lands on a tone of the next value's type, and an outside note where it
 * can resolve.
 */
export function chooseLine(steps: readonly LineStep[], options: LineOptions): Array<number | null> {
  const register = options.register ?? (options.range ? registerWithin(options.range) : BUNDLED_CORPUS_REGISTER);
  const range = validateRange(options.range ?? rangeForRegister(register));
  const notes: NoteState[] = [];
  const noteIndexOfStep: number[] = [];
  const candidates = candidatesInRange(range);
  let silence = Infinity;
  for (const step of steps) {
    if (step.value.type === 'R') {
      silence += step.value.duration;
      noteIndexOfStep.push(-1);
      continue;
    }
    noteIndexOfStep.push(notes.length);
    notes.push(noteState(step, register, candidates, silence >= PHRASE_BREATH_QUARTERS, options.style?.pitchSpread));
    silence = 0;
  }
  const chosen = sampleLine(notes, options.rng, lineMotion(options.style));
  return noteIndexOfStep.map((index) => (index < 0 ? null : chosen[index]));
}

/** The pitches a note may take, sorted, and those of its preferred tier. */
interface NotePitches {
  pitches: number[];
  preferred: ReadonlySet<number>;
}
type Candidates = (type: Exclude<ValueType, 'R'>, chord: Chord, nextChord: Chord, withTensions: boolean) => NotePitches;

/**
 * A note's pitches (candidatePitches' tiers, and off the strong beats a chord tone's tensions), remembered per chord
 * object (weakly): a solo's hundred notes sound over a few chords, which a parsed progression hands out as the same
 * objects chorus after chorus and solo after solo.
 */
const pitchesByChord = new WeakMap<Chord, WeakMap<Chord, Map<string, NotePitches>>>();

function candidatesInRange(range: [number, number]): Candidates {
  return (type, chord, nextChord, withTensions) => {
    // Only an approach tone's tiers depend on the chord that follows.
    const next = type === 'A' ? nextChord : chord;
    let byNext = pitchesByChord.get(chord);
    if (!byNext) pitchesByChord.set(chord, (byNext = new WeakMap()));
    let byKey = byNext.get(next);
    if (!byKey) byNext.set(next, (byKey = new Map()));
    const key = `${type}${withTensions ? '+S' : ''} ${range[0]},${range[1]}`;
    let found = byKey.get(key);
    if (!found) {
      const tiers = candidatePitches(type, chord, nextChord, range);
      const tensions = withTensions ? candidatePitches('S', chord, nextChord, range).allowed : [];
      const pitches = [...new Set([...tiers.preferred, ...tiers.allowed, ...tensions])].sort((a, b) => a - b);
      byKey.set(key, (found = { pitches, preferred: new Set(tiers.preferred) }));
    }
    return found;
  };
}

function noteState(
  step: LineStep,
  register: Register,
  candidates: Candidates,
  startsPhrase: boolean,
  pitchSpread: number | undefined,
): NoteState {
  const value = step.value as NoteState['value'];
  const withTensions = value.type === 'C' && step.onStrongBeat === false;
  const { pitches, preferred } = candidates(value.type, step.chord, step.nextChord, withTensions);
  const spread = Math.max(
    1,
    pitchSpread !== undefined ? LINE_SPREAD_FACTOR * pitchSpread : REGISTER_SPREAD * (register.high - register.low),
  );
  const own = pitches.map((p) => {
    const beyond = Math.max(0, register.low - p, p - register.high);
    const fromCentre = (p - register.centre) / spread;
    let weight = BEYOND_REGISTER ** beyond * Math.exp(-0.5 * fromCentre * fromCentre);
    // An anticipation is heard against both chords: a tone inside both sounds least like a wrong note.
    if (step.onsetChord && classifyPitch(p, step.onsetChord) !== 'C' && classifyPitch(p, step.onsetChord) !== 'S') {
      weight *= ANTICIPATION_OUTSIDE;
    }
    if (value.type === 'C' && !preferred.has(p)) weight *= TENSION_FOR_CHORD_TONE;
    else if (!preferred.has(p)) weight *= APPROACH_ELSEWHERE;
    if (startsPhrase) {
      const fromStart = (p - register.phraseStart) / PHRASE_START_SPREAD;
      weight *= Math.exp(-0.5 * fromStart * fromStart);
    }
    return weight;
  });
  return { value, pitches, own, startsPhrase };
}

export function validateRange(range: [number, number]): [number, number] {
  const [low, high] = range;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high > 127 || high - low < 11) {
    throw new UserFacingError(
      `pitch range [${low}, ${high}] must be whole MIDI numbers within 0..127 spanning at least an octave`,
    );
  }
  return [low, high];
}
