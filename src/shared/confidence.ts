/**
 * Colouring the notes of a generated solo by the network's confidence: for each step, where its note is written
 * (character offsets into the ABC the page renders) and the probability of the value chosen there.
 */
import { isArrayOf, isCount, isFiniteNumber, isRecord } from './validate';

export interface ConfidenceMark {
  startChar: number;
  endChar: number;
  /** The chosen value's probability where it was drawn, 0 to 1. */
  probability: number;
}

/** The marks of a render, or undefined when any is malformed or outside the text (then nothing is coloured). */
export function parseConfidenceMarks(value: unknown, textLength: number): ConfidenceMark[] | undefined {
  const isMark = (mark: unknown): mark is ConfidenceMark =>
    isRecord(mark) &&
    isCount(mark.startChar) &&
    isCount(mark.endChar) &&
    mark.startChar < mark.endChar &&
    mark.endChar <= textLength &&
    isFiniteNumber(mark.probability) &&
    mark.probability >= 0 &&
    mark.probability <= 1;
  if (!isArrayOf(value, isMark)) return undefined;
  return value.map(({ startChar, endChar, probability }) => ({ startChar, endChar, probability }));
}

/** A colour from red (unsure) through amber to green (sure), readable on light and dark themes. */
export function confidenceColour(probability: number): string {
  const p = Math.min(1, Math.max(0, probability));
  return `hsl(${Math.round(120 * p)}, 70%, 45%)`;
}
