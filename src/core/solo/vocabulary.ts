/**
 * The index map between grammar values and the network's one-hot positions. Built in a sorted,
 * deterministic order (the reference used Python set order, which changes from run to run).
 */
import { UserFacingError } from '../../shared/errors';
import { formatValue, parseValue } from './grammar';
import { GrammarValue, ValueType } from '../types';

export interface Vocabulary {
  /** Value strings in index order. */
  values: string[];
  /** Index of a value string (written as formatValue writes it, or any spelling parseValue reads), -1 if absent. */
  indexOf(value: string): number;
}

export const VOCABULARY_FORMAT = 1;

const TYPE_ORDER: Record<ValueType, number> = { C: 0, S: 1, A: 2, X: 3, R: 4 };

/** Type C,S,A,X,R; then duration; windowless first; then window upper, then lower. */
export function compareValues(a: GrammarValue, b: GrammarValue): number {
  if (a.type !== b.type) return TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
  if (a.duration !== b.duration) return a.duration - b.duration;
  if (!a.window || !b.window) return (a.window ? 1 : 0) - (b.window ? 1 : 0);
  if (a.window.upper !== b.window.upper) return a.window.upper - b.window.upper;
  return a.window.lower - b.window.lower;
}

/** The one spelling of a value that the vocabulary stores ("C,0.5" and "C,0.500" are the same value). */
export function canonicalValue(text: string): string {
  return formatValue(parseValue(text));
}

function makeVocabulary(values: string[]): Vocabulary {
  const indexByValue = new Map<string, number>();
  values.forEach((value, index) => indexByValue.set(value, index));
  return {
    values,
    indexOf(value: string): number {
      const exact = indexByValue.get(value);
      if (exact !== undefined) return exact;
      try {
        return indexByValue.get(canonicalValue(value)) ?? -1;
      } catch {
        return -1;
      }
    },
  };
}

/** Distinct values in the deterministic order above, whatever order (and spelling) they come in. */
export function buildVocabulary(valueStrings: Iterable<string>): Vocabulary {
  const parsedByCanonical = new Map<string, GrammarValue>();
  for (const text of valueStrings) {
    const parsed = parseValue(text);
    parsedByCanonical.set(formatValue(parsed), parsed);
  }
  const sorted = [...parsedByCanonical.entries()].sort((a, b) => compareValues(a[1], b[1]));
  return makeVocabulary(sorted.map(([canonical]) => canonical));
}

/**
 * A vocabulary as saved with a model. Keeps the saved order (the network's outputs depend on it);
 * throws a UserFacingError when the JSON is not `{ format: 1, values: [...] }`, a value does not
 * parse, or a value appears twice.
 */
export function vocabularyFromJson(json: unknown, file = 'vocabulary'): Vocabulary {
  const fail = (reason: string): never => {
    throw new UserFacingError(`${file}: ${reason}`, file);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    fail('not a vocabulary (expected { "format": 1, "values": [...] })');
  const record = json as { format?: unknown; values?: unknown };
  if (record.format !== VOCABULARY_FORMAT)
    fail(`unsupported vocabulary format ${JSON.stringify(record.format)} (expected ${VOCABULARY_FORMAT})`);
  if (!Array.isArray(record.values) || record.values.length === 0)
    fail('"values" must be a non-empty array of grammar values');
  const values = record.values as unknown[];
  const seen = new Map<string, number>();
  const canonicalValues: string[] = [];
  values.forEach((value, index) => {
    if (typeof value !== 'string') fail(`value ${index} is not a string`);
    let canonical = '';
    try {
      canonical = canonicalValue(value as string);
    } catch (error) {
      fail(`value ${index}: ${(error as Error).message}`);
    }
    const earlier = seen.get(canonical);
    if (earlier !== undefined) fail(`value ${index} "${value}" repeats value ${earlier}`);
    seen.set(canonical, index);
    canonicalValues.push(canonical);
  });
  return makeVocabulary(canonicalValues);
}

export function vocabularyToJson(vocabulary: Vocabulary): { format: typeof VOCABULARY_FORMAT; values: string[] } {
  return { format: VOCABULARY_FORMAT, values: [...vocabulary.values] };
}

const parsedByVocabulary = new WeakMap<Vocabulary, readonly GrammarValue[]>();

/** The vocabulary's values parsed, in index order; parsed once per vocabulary (generation asks every time). */
export function parsedValues(vocabulary: Vocabulary): readonly GrammarValue[] {
  let parsed = parsedByVocabulary.get(vocabulary);
  if (!parsed) {
    parsed = vocabulary.values.map((value) => parseValue(value));
    parsedByVocabulary.set(vocabulary, parsed);
  }
  return parsed;
}
