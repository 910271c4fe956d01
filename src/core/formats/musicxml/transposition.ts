/**
 * Keys and transposing instruments as MusicXML writes them: the key signature in fifths, and <transpose>
 * (sounding = written + chromatic semitones + octaves; `diatonic` counts the letters).
 */
import { UserFacingError } from '../../../shared/errors';
import { mod12 } from '../../theory/chords';
import { ABC_MODE_SUFFIX } from '../../theory/progression';
import { LETTERS, LETTER_PCS, MODE_FIFTHS, writeNoteName } from '../../theory/spelling';
import { type KeySignature } from '../../types';

export interface PartTransposition {
  /** Semitones from written to sounding within the octave (a B♭ instrument: -2). */
  chromatic: number;
  /** Letters from written to sounding (a B♭ instrument: -1). */
  diatonic: number;
  /** Octaves from written to sounding beyond `chromatic` (a tenor sax: -1). */
  octaveChange?: number;
}

/** Semitones added to a written pitch to sound it. */
export function soundingShift(t: PartTransposition | undefined): number {
  return t ? t.chromatic + 12 * (t.octaveChange ?? 0) : 0;
}

/** Position on the line of fifths of the interval a transposition moves by (B♭ instrument: -2). */
export function intervalFifths(t: PartTransposition): number {
  // The simplest spelling first: a major second down is -2 fifths, not +10.
  for (let distance = 0; distance <= 14; distance++) {
    for (const fifths of [distance, -distance]) {
      if (mod12(fifths * 7) === mod12(t.chromatic) && mod7(fifths * 4) === mod7(t.diatonic)) return fifths;
    }
  }
  throw new UserFacingError(`the transposition ${t.chromatic} semitones, ${t.diatonic} letters is not an interval`);
}

const FIFTHS_LETTERS = ['F', 'C', 'G', 'D', 'A', 'E', 'B'] as const;

/** The key a MusicXML <key> names: its fifths and mode (major when the mode is missing or not a church mode). */
export function keyFromFifths(fifths: number, modeText: string | undefined): KeySignature {
  const mode = (
    modeText && Object.prototype.hasOwnProperty.call(MODE_FIFTHS, modeText) ? modeText : 'major'
  ) as KeySignature['mode'];
  const tonicFifths = fifths - MODE_FIFTHS[mode];
  const index = tonicFifths + 1;
  const spelling = { letter: LETTERS.indexOf(FIFTHS_LETTERS[mod7(index)]), alter: Math.floor(index / 7) };
  return {
    tonic: mod12(LETTER_PCS[spelling.letter] + spelling.alter),
    mode,
    name: `${writeNoteName(spelling)}${ABC_MODE_SUFFIX[mode]}`,
  };
}

function mod7(n: number): number {
  return ((n % 7) + 7) % 7;
}
