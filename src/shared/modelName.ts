/**
 * Model names become folder names (the extension saves a trained model under models/NAME), so a name derived
 * from a file name must never be empty, ".", "..", hidden, or hold a path separator: a corpus file named
 * "..abc" once produced the name "." and a save into the models folder itself.
 */

const MAX_NAME_LENGTH = 100;

/** `text` made safe as a folder name; `fallback` when nothing usable is left. */
export function safeModelName(text: string, fallback = 'corpus'): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[-.]+$/g, '');
  return cleaned === '' ? fallback : cleaned;
}

/** Whether `name` can be used as it is as a model folder name. */
export function isSafeModelName(name: string): boolean {
  return name !== '' && safeModelName(name, '') === name;
}
