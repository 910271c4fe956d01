/**
 * Every file the engine, the CLI and the extension write goes through writeFileSafely: the bytes go to an
 * exclusively created temporary file with an unpredictable name in the target's folder (O_EXCL|O_NOFOLLOW,
 * so a planted symlink or file is never followed or reused), are flushed to disk, and replace the target by a
 * rename. A target that is not a regular file (a device such as /dev/full, a FIFO, a socket, a folder, a
 * symlink) is refused, never replaced. Every failure removes the temporary file and becomes one
 * UserFacingError line naming the file and what to do.
 */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** One line for a failed write or check, naming `path`; errors that are not the filesystem's pass unchanged. */
export function writeFailure(error: unknown, path: string): Error {
  if (error instanceof UserFacingError) return error;
  const shown = printable(path);
  switch (errorCode(error)) {
    case 'EROFS':
      return new UserFacingError(`cannot write ${shown}: the filesystem is read-only; choose another place`, path);
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError(`cannot write ${shown}: permission denied; choose a folder you can write to`, path);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserFacingError(`cannot write ${shown}: the disk is full; free some space and try again`, path);
    case 'EFBIG':
      return new UserFacingError(`cannot write ${shown}: the file is too large for the filesystem`, path);
    case 'ENOTDIR':
      return new UserFacingError(`cannot write ${shown}: a part of the path is a file, not a folder`, path);
    case 'ENOENT':
      return new UserFacingError(`cannot write ${shown}: the folder ${printable(dirname(path))} does not exist`, path);
    case 'EISDIR':
      return new UserFacingError(`cannot write ${shown}: it is a folder; give a file name`, path);
    case 'ELOOP':
      return new UserFacingError(`cannot write ${shown}: it is a symbolic link; give the real file name`, path);
    case 'ENAMETOOLONG':
      return new UserFacingError(`cannot write ${shown}: the name is too long`, path);
    case 'EIO':
      return new UserFacingError(`cannot write ${shown}: input/output error from the disk`, path);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

function describeNonRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Checks, before any work starts, that `path` can be written as a file: absent or a regular file (never a
 * device, FIFO, socket, folder or symlink), in an existing folder. Returns the absolute path.
 */
export function checkWritableFile(path: string, label = 'output'): string {
  if (path.trim() === '') throw new UserFacingError(`the ${label} file name is empty`);
  const target = resolve(path);
  try {
    const stats = lstatOrUndefined(target);
    const kind = stats && describeNonRegular(stats);
    if (kind) {
      throw new UserFacingError(
        `refusing to write ${label} ${printable(path)}: it is ${kind}, not a regular file` +
          (label === 'output' ? '' : '; give a file name (or - for stdout where the option allows it)'),
        path,
      );
    }
    const folder = lstatOrUndefined(dirname(target));
    if (!folder)
      throw new UserFacingError(
        `cannot write ${printable(path)}: the folder ${printable(dirname(target))} does not exist`,
        path,
      );
    if (!folder.isDirectory() && !folder.isSymbolicLink()) {
      throw new UserFacingError(`cannot write ${printable(path)}: ${printable(dirname(target))} is not a folder`, path);
    }
  } catch (error) {
    throw writeFailure(error, path);
  }
  return target;
}

/** Notified when a write that must not be interrupted begins and ends (the CLI waits for it on Ctrl-C). */
type CommitListener = (phase: 'begin' | 'end') => void;
let commitListener: CommitListener | undefined;

export function setCommitListener(listener: CommitListener | undefined): void {
  commitListener = listener;
}

/** Runs `work` as one commit: a cancellation that arrives meanwhile waits for its end. */
export function asCommit<T>(work: () => T): T {
  commitListener?.('begin');
  try {
    return work();
  } finally {
    commitListener?.('end');
  }
}

/** asCommit for asynchronous work. */
export async function asCommitAsync<T>(work: () => Promise<T>): Promise<T> {
  commitListener?.('begin');
  try {
    return await work();
  } finally {
    commitListener?.('end');
  }
}

/** An unpredictable name beside `target`, hidden, that no other run can guess. */
export function temporaryNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(9).toString('hex')}.tmp`);
}

const EXCLUSIVE_CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Creates `path` exclusively (never an existing file or link), writes all of `data` and flushes it to disk. */
export function writeNewFile(path: string, data: string | Uint8Array, mode = 0o644): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(path, EXCLUSIVE_CREATE, mode);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created: nothing is left behind either way.
  }
}

/** Flushes a folder's entry list so a rename survives a crash; not every filesystem allows it. */
export function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the data itself was already flushed.
  }
}

/**
 * Writes `data` to `path` atomically and safely (see the module comment). Returns the absolute path.
 * `label` names the file in messages ("--midi", "output").
 */
export function writeFileSafely(path: string, data: string | Uint8Array, label = 'output'): string {
  const target = checkWritableFile(path, label);
  const temporary = temporaryNameFor(target);
  return asCommit(() => {
    try {
      writeNewFile(temporary, data);
      // Checked again just before the rename: the target may have changed while the data was written.
      checkWritableFile(target, label);
      renameSync(temporary, target);
    } catch (error) {
      removeQuietly(temporary);
      throw writeFailure(error, path);
    }
    syncFolder(dirname(target));
    return target;
  });
}
