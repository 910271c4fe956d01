/**
 * Comping voicings: rootless four-note voicings built on the chord's guide tones (the third and the seventh,
 * or the sixth of a sixth chord) with tensions chosen by chord quality, in the middle register, and voice
 * leading that picks, among all of them, the one that moves least from the voicing before.
 */
import { mod12 } from '../theory/chords';
import type { Chord, ChordQuality } from '../types';

/** The comping's register: no voicing below D3 (lower, thirds and seconds turn to mud) or above C5. */
export const COMPING_LOWEST = 50;
export const COMPING_HIGHEST = 72;
/** Within an octave, as one hand plays a rootless voicing: wider sounds like two hands apart, not comping. */
const MAX_SPAN = 12;
/** Where a voicing sits best when nothing else decides: around middle C. */
const COMPING_CENTRE = 60;

/** Semitones above the root of the two tones that make the chord's sound: its third and its seventh (or sixth). */
export function guideTones(chord: Chord): [number, number] {
  const intervals = new Set(chord.pitchClasses.map((pc) => mod12(pc - chord.root)));
  const third = guideThird(chord.quality, intervals);
  const seventh = guideSeventh(chord.quality, intervals);
  return [third, seventh];
}

function guideThird(quality: ChordQuality, intervals: Set<number>): number {
  if (quality === 'sus4') return 5;
  if (quality === 'sus2') return 2;
  if (quality === 'power') return 7;
  if (intervals.has(4) && !['min', 'min7', 'min6', 'minMaj7', 'dim', 'dim7', 'halfDim7'].includes(quality)) return 4;
  return intervals.has(3) ? 3 : 4;
}

function guideSeventh(quality: ChordQuality, intervals: Set<number>): number {
  switch (quality) {
    case 'dim':
    case 'dim7':
      return 9;
    case 'maj6':
    case 'min6':
      return 9;
    case 'maj7':
    case 'minMaj7':
    case 'augMaj7':
      return 11;
    case 'maj':
    case 'min':
    case 'aug':
    case 'power':
    case 'sus2':
      // A plain triad in jazz is comped as a sixth chord unless the symbol asks for a seventh.
      return intervals.has(11) ? 11 : intervals.has(10) ? 10 : 9;
    default:
      return intervals.has(11) && !intervals.has(10) ? 11 : 10;
  }
}

/**
 * Colour tones (semitones above the root) that may join the guide tones, by chord quality: 9ths on major,
 * minor and dominant sevenths, the 13th or the altered 9ths on dominants, the 11th on minor chords, the 6th
 * on sixth chords, the flat five on half-diminished chords. Tensions written in the symbol come first.
 * `resolvesToMinor`: a dominant going to a minor chord takes b9 and b13.
 */
export function colourTones(chord: Chord, resolvesToMinor = false): number[][] {
  const [third, seventh] = guideTones(chord);
  const written = chord.pitchClasses
    .map((pc) => mod12(pc - chord.root))
    .filter((interval) => interval !== 0 && interval !== third && interval !== seventh);
  // The fifth is implied; everything else written in the symbol is a tension the comper should play.
  const writtenTensions = written.filter((interval) => interval !== 7);
  const byQuality: Record<ChordQuality, number[][]> = {
    maj7: [
      [2, 7],
      [2, 9],
    ],
    maj: [[2, 7]],
    maj6: [
      [2, 7],
      [7, 0],
    ],
    augMaj7: [[8, 2]],
    min7: [
      [2, 7],
      [2, 5],
      [5, 7],
    ],
    min: [
      [2, 7],
      [2, 5],
    ],
    min6: [
      [2, 7],
      [2, 5],
    ],
    minMaj7: [
      [2, 7],
      [2, 5],
    ],
    dom7: resolvesToMinor
      ? [
          [1, 8],
          [3, 8],
          [1, 7],
        ]
      : [
          [2, 9],
          [2, 7],
          [9, 1],
        ],
    aug7: [
      [8, 2],
      [8, 3],
    ],
    aug: [
      [8, 2],
      [8, 0],
    ],
    halfDim7: [
      [6, 5],
      [6, 0],
      [6, 2],
    ],
    dim7: [
      [6, 2],
      [6, 0],
    ],
    dim: [
      [6, 2],
      [6, 0],
    ],
    sus4: [
      [2, 9],
      [2, 7],
    ],
    sus2: [
      [7, 9],
      [7, 4],
    ],
    power: [
      [0, 2],
      [0, 5],
    ],
  };
  // A tension the symbol alters (b9 in "C7b9") rules out its natural or other altered forms.
  const clashes = (interval: number) => writtenTensions.some((w) => w !== interval && sameFamily(w, interval));
  const choices = byQuality[chord.quality]
    .filter((pair) => !pair.some(clashes))
    .map((pair) => pair.filter((i) => i !== third && i !== seventh));
  if (writtenTensions.length > 0) {
    // The symbol's own tensions ("C7b9", "Cmaj7#11") come first, completed by the quality's first choice.
    const fill = byQuality[chord.quality][0].filter((i) => !writtenTensions.some((w) => sameFamily(w, i)));
    choices.unshift([...writtenTensions, ...fill].slice(0, 2));
  }
  return dedupe(
    choices
      .map((pair) => [...new Set(pair)].filter((i) => i !== third && i !== seventh))
      .filter((pair) => pair.length > 0),
  );
}

/** Tensions that exclude each other in one voicing: the 9ths (b9, 9, #9), the 11ths (11, #11), the 13ths (b13, 13). */
const TENSION_FAMILIES = [
  [1, 2, 3],
  [5, 6],
  [8, 9],
];

function sameFamily(a: number, b: number): boolean {
  return a === b || TENSION_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

function dedupe(sets: number[][]): number[][] {
  const seen = new Set<string>();
  return sets.filter((set) => {
    const key = [...set].sort((a, b) => a - b).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every voicing of the chord the comper may play: its guide tones plus one set of colour tones, each tone in
 * any octave of the middle register, at most a tenth wide. Sorted low to high, MIDI pitches.
 */
export function voicingCandidates(chord: Chord, resolvesToMinor = false): number[][] {
  const [third, seventh] = guideTones(chord);
  const voicings: number[][] = [];
  const seen = new Set<string>();
  for (const colours of colourTones(chord, resolvesToMinor)) {
    const pitchClasses = [third, seventh, ...colours].map((interval) => mod12(chord.root + interval));
    for (const voicing of placements(pitchClasses)) {
      const key = voicing.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      voicings.push(voicing);
    }
  }
  return voicings;
}

/** Every way of putting these pitch classes (each once) into the comping register within MAX_SPAN. */
function placements(pitchClasses: number[]): number[][] {
  const octaves = pitchClasses.map((pc) => {
    const pitches: number[] = [];
    for (let pitch = COMPING_LOWEST; pitch <= COMPING_HIGHEST; pitch++) if (mod12(pitch) === pc) pitches.push(pitch);
    return pitches;
  });
  const results: number[][] = [];
  const chosen: number[] = [];
  const visit = (index: number) => {
    if (index === octaves.length) {
      const sorted = [...chosen].sort((a, b) => a - b);
      if (sorted[sorted.length - 1] - sorted[0] <= MAX_SPAN && lowEnoughIntervals(sorted)) results.push(sorted);
      return;
    }
    for (const pitch of octaves[index]) {
      chosen.push(pitch);
      visit(index + 1);
      chosen.pop();
    }
  };
  visit(0);
  return results;
}

/**
 * Low interval limits: close intervals at the bottom of a voicing turn to mud in a low register, so a second
 * there needs a bottom note from G3 up, a minor third from Eb3 up.
 */
function lowEnoughIntervals(sorted: number[]): boolean {
  const bottom = sorted[1] - sorted[0];
  if (bottom <= 2) return sorted[0] >= 55;
  if (bottom === 3) return sorted[0] >= 51;
  return true;
}

/**
 * How far one voicing moves into the next: the sum of the distances between their voices, low to high (the
 * way a pianist's fingers move when both have the same number of notes). Voicings here have the same size;
 * a smaller one is padded with its top note.
 */
export function voiceMotion(from: readonly number[], to: readonly number[]): number {
  const size = Math.max(from.length, to.length);
  const pad = (v: readonly number[]) => [...v, ...Array<number>(size - v.length).fill(v[v.length - 1])];
  const a = pad(from);
  const b = pad(to);
  let total = 0;
  for (let i = 0; i < size; i++) total += Math.abs(a[i] - b[i]);
  return total;
}

/**
 * The voicing that moves least from `previous` (common tones stay where they are); ties, and the first chord,
 * go to the voicing nearest the middle of the register. `avoid`: pitches the soloist is playing, which the
 * comping must not double.
 */
export function chooseVoicing(
  candidates: readonly number[][],
  previous: readonly number[] | undefined,
  avoid: ReadonlySet<number> = new Set(),
): number[] {
  const allowed = candidates.filter((voicing) => voicing.every((pitch) => !avoid.has(pitch)));
  const pool = allowed.length > 0 ? allowed : candidates.map((voicing) => moveOffLead(voicing, avoid));
  let best = pool[0];
  let bestScore = Infinity;
  for (const voicing of pool) {
    const centre = Math.abs(voicing.reduce((sum, p) => sum + p, 0) / voicing.length - COMPING_CENTRE);
    // Motion first; the distance from the centre only breaks ties (it is always below 1 after scaling).
    const score = (previous ? voiceMotion(previous, voicing) : 0) + centre / 100;
    if (score < bestScore) {
      bestScore = score;
      best = voicing;
    }
  }
  return best;
}

/** When every voicing would double the soloist, the doubled note moves an octave away (same tone, other octave). */
function moveOffLead(voicing: readonly number[], avoid: ReadonlySet<number>): number[] {
  return voicing
    .map((pitch) => {
      if (!avoid.has(pitch)) return pitch;
      return (
        [pitch - 12, pitch + 12, pitch - 24, pitch + 24].find(
          (moved) => !avoid.has(moved) && !voicing.includes(moved),
        ) ?? pitch
      );
    })
    .sort((a, b) => a - b);
}
