/** An interrupted save (a crash, a kill) is finished or undone the next time the folder is saved or loaded. */
import { WORK_FOLDER } from './folder';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, promises as fs, readdirSync, renameSync } from 'node:fs';
import * as path from 'node:path';

export function workFolderName(dir: string, purpose: 'saving' | 'replaced'): string {
  const suffix = `${process.pid}-${Date.now()}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(dir), `.${path.basename(dir)}.${purpose}-${suffix}`);
}

export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DeadWorkFolder {
  path: string;
  purpose: 'saving' | 'replaced';
}

/**
 * The work folders an interrupted save left beside `target`: only real folders (no symlinks) named exactly
 * as a save names them, whose process is dead. Anything else that merely looks similar is never touched.
 */
export function deadWorkFolders(target: string): DeadWorkFolder[] {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const found: DeadWorkFolder[] = [];
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const match = WORK_FOLDER.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[2]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || processIsAlive(pid)) continue;
    const full = path.join(parent, name);
    try {
      if (!lstatSync(full).isDirectory()) continue;
    } catch {
      continue;
    }
    found.push({ path: full, purpose: match[1] as DeadWorkFolder['purpose'] });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A save killed between its two renames leaves the previous model moved aside and no model at `target`:
 * moving it back is the one repair a load makes. It deletes nothing (reading a model never does).
 */
export function restoreMovedAsideModel(target: string): void {
  if (existsSync(target)) return;
  const replaced = deadWorkFolders(target).filter((folder) => folder.purpose === 'replaced');
  const newest = replaced[replaced.length - 1];
  if (!newest) return;
  try {
    renameSync(newest.path, target);
  } catch {
    // Another process restored it first, or the folder is read-only: the load reports what it finds.
  }
}

/**
 * Repairs what a process killed in the middle of a save left beside `target` (only a save calls this): the
 * previous model moved aside comes back, and the dead save's own work folders are removed.
 */
export async function recoverInterruptedSave(target: string): Promise<void> {
  restoreMovedAsideModel(target);
  for (const folder of deadWorkFolders(target)) await fs.rm(folder.path, { recursive: true, force: true });
}

/**
 * Checks, before training starts, that a model can be saved to `dir`: absent (in an existing folder we may
 * write to), or a folder holding a model or nothing; never a file, a symlink or a folder of other things.
 * Returns the absolute path.
 */
