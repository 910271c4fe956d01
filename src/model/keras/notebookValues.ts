/**
 * The notebook's vocabulary, `indices_values` (index → grammar value string), dumped as JSON from the
 * notebook: `json.dump(indices_values, open('indices_values.json', 'w'))`. Its order comes from a Python set of
 * strings, which changes with Python's hash salt from run to run, so it must travel with the weights.
 */

import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';

/**
 * The values in index order, from `{"0": "C,0.250", "1": ...}` (json.dump of the dict: keys become text),
 * a plain list, or a vocabulary.json of ours (`{ "format": 1, "values": [...] }`).
 */
export function notebookValuesFromJson(json: unknown, file: string): string[] {
  const shown = printable(file);
  const fail = (reason: string): never => {
    throw new UserFacingError(`${shown}: ${reason}`, file);
  };
  const expected = 'expected the notebook\'s indices_values as JSON, {"0": "C,0.250", "1": ...}';
  let values: unknown[];
  if (Array.isArray(json)) values = json;
  else if (json && typeof json === 'object' && Array.isArray((json as { values?: unknown }).values))
    values = (json as { values: unknown[] }).values;
  else if (json && typeof json === 'object') {
    const entries = Object.entries(json as Record<string, unknown>);
    values = new Array<unknown>(entries.length);
    for (const [key, value] of entries) {
      const index = /^\d+$/.test(key) ? Number(key) : NaN;
      if (!(index < entries.length))
        fail(`key "${key.slice(0, 20)}" is not an index 0..${entries.length - 1}; ${expected}`);
      values[index] = value;
    }
  } else return fail(expected);
  if (values.length === 0) fail(`no values; ${expected}`);
  values.forEach((value, index) => {
    if (typeof value !== 'string') fail(`value ${index} is not a text such as "C,0.250"`);
  });
  return values as string[];
}

/** The form the notebook reads back: `indices_values = {int(k): v for k, v in json.load(f).items()}`. */
export function notebookValuesToJson(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, index) => [String(index), value]));
}
