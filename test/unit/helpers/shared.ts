/**
 * Data from ../shared (beside the checkout) is read at test time and never committed.
 * A test that needs it calls `sharedFile(...)` and skips with a clear reason when it is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const SHARED_ROOT = process.env.JAZZ_SOLO_SHARED ?? resolve(REPO_ROOT, '..', 'shared');

/** Absolute path of a file or folder under ../shared, or undefined when it is not there. */
export function sharedFile(...parts: string[]): string | undefined {
  const full = resolve(SHARED_ROOT, ...parts);
  return existsSync(full) ? full : undefined;
}

/** The reason given to `test(..., { skip })` when a shared file is missing. */
export function missingShared(...parts: string[]): string {
  return `skipped: ${resolve(SHARED_ROOT, ...parts)} is not present (shared test data lives beside the checkout)`;
}

export const METHENY_PARTS = ['data', 'reference', 'original_metheny.mid'];
export const NOTTINGHAM_PARTS = ['data', 'corpora', 'nottingham'];
