/**
 * A solo that covers a tune's form a whole number of times: decoding goes on until the form is filled, and the
 * last value is a note that resolves (a chord tone, held to the last bar line), never a fragment cut off.
 *
 * It wraps the solo's clock (BeatGuide: the grid, the breaths, the harmony) and adds what the end of a form asks:
 * - no value runs past the end of the last chorus;
 * - no value ends exactly there unless it is a chord tone;
 * - once half a bar or less is left, the next value is the last: a chord-tone note that the clock holds to the
 *   bar line, so the solo ends with the form (the clock's own rule for a last note);
 * - before that, the guide is told roughly how many values are left (as eighths), so it plans no breath that
 *   would leave a fragment at the end.
 * When a model's vocabulary leaves nothing that fits, its choice is kept and its span cut at the form's end
 * (`spans`), so a solo never runs past the form.
 */
import { type TickSpan } from './rhythmClock';
import { TICKS_PER_QUARTER } from '../../shared/ticks';
import type { BeatGuide } from './beatGuide';
import { valueTicks } from './guideTables';
import { barTicks, type Meter } from '../../shared/meter';
import { chordSoundingAt, harmonicAnchor } from './realiser';
import { mod12 } from '../theory/chords';
import { type GrammarValue, type Progression, type Solo } from '../types';

const EIGHTH_TICKS = TICKS_PER_QUARTER / 2;

export class WholeFormGuide {
  private readonly durationTicks: Int32Array;
  private readonly isRest: Uint8Array;
  private readonly isChordTone: Uint8Array;
  private readonly barTicks: number;
  private closingChosen = false;
  private lastIndex = -1;

  /** `values`: the model's vocabulary, parsed, in index order; `targetTicks`: the choruses' length. */
  constructor(
    private readonly inner: BeatGuide,
    values: readonly GrammarValue[],
    meter: Meter,
    readonly targetTicks: number,
  ) {
    this.durationTicks = Int32Array.from(values, (v) => valueTicks(v.duration));
    this.isRest = Uint8Array.from(values, (v) => (v.type === 'R' ? 1 : 0));
    this.isChordTone = Uint8Array.from(values, (v) => (v.type === 'C' ? 1 : 0));
    this.barTicks = barTicks(meter);
  }

  /** Where the next value starts, in ticks. */
  get position(): number {
    const spans = this.inner.spans;
    return spans.length ? spans[spans.length - 1].end : 0;
  }

  /** Whether the form is covered: decoding stops. */
  get filled(): boolean {
    return this.closingChosen || this.position >= this.targetTicks;
  }

  /**
   * Every value's span, none past the end of the form; the last note held to it unless it starts on a
   * sixteenth's "e" or "a" (held over the beat it would be unreadable: a rest completes the bar).
   */
  get spans(): TickSpan[] {
    const spans = this.inner.spans.map((span) =>
      span.end > this.targetTicks ? { start: span.start, end: Math.max(span.start + 1, this.targetTicks) } : span,
    );
    const last = spans[spans.length - 1];
    const onSixteenth = last && (last.start % TICKS_PER_QUARTER) % EIGHTH_TICKS === EIGHTH_TICKS / 2;
    if (last && this.isRest[this.lastIndex] === 0 && !onSixteenth && this.closingChosen)
      spans[spans.length - 1] = { start: last.start, end: this.targetTicks };
    return spans;
  }

  private closingNow(): boolean {
    return this.targetTicks - this.position <= this.barTicks / 2;
  }

  /** Reweights the next value's probabilities in place (see the file comment). */
  adjust(probabilities: Float32Array): void {
    const remaining = this.targetTicks - this.position;
    const closing = this.closingNow();
    const stepsLeft = closing ? 1 : Math.max(2, Math.ceil(remaining / EIGHTH_TICKS));
    this.inner.adjust(probabilities, stepsLeft);
    const before = Float32Array.from(probabilities);
    const fitsEnd = (v: number) => {
      const ticks = this.durationTicks[v];
      if (ticks > remaining) return false;
      const endsForm = ticks === remaining || closing;
      return !endsForm || (this.isChordTone[v] === 1 && this.isRest[v] === 0);
    };
    let any = false;
    for (let v = 0; v < probabilities.length; v++) {
      if (!fitsEnd(v)) probabilities[v] = 0;
      else if (probabilities[v] > 0) any = true;
    }
    if (any) return;
    // Nothing resolves here in this vocabulary: a note that fits, else the guide's choice (cut at the end).
    for (let v = 0; v < probabilities.length; v++) {
      const note = this.isRest[v] === 0 && this.durationTicks[v] <= remaining;
      probabilities[v] = note ? before[v] : 0;
      if (probabilities[v] > 0) any = true;
    }
    if (!any) probabilities.set(before);
  }

  /** Moves past the chosen value. */
  accept(index: number): void {
    const closing = this.closingNow();
    this.inner.accept(index, closing);
    this.lastIndex = index;
    if (closing) this.closingChosen = true;
  }
}

/**
 * The solo with its last note on a chord tone of the chord it is heard against (see harmonicAnchor): the nearest
 * one, the lower of two as near. The pitch choice may leave a tension there; a form ends on a resolution.
 */
export function endOnChordTone(solo: Solo, progression: Progression): Solo {
  const sounding = solo.notes.filter((note) => note.pitch !== null);
  const last = sounding[sounding.length - 1];
  if (!last) return solo;
  const pieces = solo.notes.filter((note) => note.valueIndex === last.valueIndex && note.pitch !== null);
  const start = pieces[0].startTick;
  const end = pieces[pieces.length - 1].startTick + pieces[pieces.length - 1].durationTicks;
  const chord = chordSoundingAt(progression, harmonicAnchor(start, end, solo.meter) / TICKS_PER_QUARTER);
  const tones = new Set(chord.pitchClasses.map(mod12));
  const pitch = last.pitch!;
  if (tones.has(mod12(pitch))) return solo;
  let best = pitch;
  for (let distance = 1; distance <= 6 && best === pitch; distance++) {
    if (tones.has(mod12(pitch - distance))) best = pitch - distance;
    else if (tones.has(mod12(pitch + distance))) best = pitch + distance;
  }
  return {
    ...solo,
    notes: solo.notes.map((note) =>
      note.valueIndex === last.valueIndex && note.pitch !== null ? { ...note, pitch: best } : note,
    ),
  };
}
