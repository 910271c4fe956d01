/** Reading a model folder's files: only bounded regular files inside the folder, never through a link. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { MODEL_FILES } from './folder';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';

import { LIMITS } from '../../shared/limits';
import { parameterCount } from '../network';

export const MAX_WEIGHTS_BYTES = parameterCount({ nValues: LIMITS.vocabularySize.max, units: LIMITS.units.max }) * 4;
export const MAX_JSON_BYTES: Record<string, number> = {
  [MODEL_FILES.model]: 1 << 20,
  [MODEL_FILES.vocabulary]: 1 << 20,
  [MODEL_FILES.metadata]: 32 << 20,
};
/** Shards of the weights a manifest may list. */
export const MAX_WEIGHT_SHARDS = 16;

export const OPEN_FOR_READING = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/** A file name that stays inside the folder it is joined to. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && name.length <= 255;
}

/**
 * Reads `name` inside the model folder `root` (already resolved to its real path): only a regular file, never
 * through a symlink (O_NOFOLLOW) and never blocking on a FIFO (O_NONBLOCK), sized before it is read. The
 * messages name the file and never show what is in it.
 */
export function readModelFile(root: string, name: string, maxBytes: number, what: string): Buffer {
  const file = path.join(root, name);
  const shown = printable(file);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FOR_READING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new UserFacingError(`${shown} is a symbolic link: a model folder must hold its own files (${what})`, file);
    }
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserFacingError(`${shown} cannot be read: permission denied (${what})`, file);
    throw new UserFacingError(`${shown} is missing: the model folder is incomplete (${what})`, file);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const kind = stats.isDirectory()
        ? 'a folder'
        : stats.isFIFO()
          ? 'a named pipe'
          : stats.isSocket()
            ? 'a socket'
            : 'a device';
      throw new UserFacingError(`${shown} is ${kind}, not a regular file: the model folder is damaged (${what})`, file);
    }
    if (stats.size > maxBytes) {
      throw new UserFacingError(
        `${shown} is ${stats.size} bytes, more than the ${maxBytes} a jazz model's ${what} can need: ` +
          'it does not belong to a model',
        file,
      );
    }
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'}): the model folder is damaged`,
      file,
    );
  } finally {
    closeSync(fd);
  }
}

/** Reads a model JSON file once; `bytesRead` keeps what was read so the checksums need not read it again. */
export function readJson(root: string, name: string, what: string, bytesRead: Map<string, Buffer>): unknown {
  const bytes = readModelFile(root, name, MAX_JSON_BYTES[name] ?? 1 << 20, what);
  bytesRead.set(name, bytes);
  const file = printable(path.join(root, name));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError(
      `${file} is not UTF-8 text: the model folder is damaged (${what})`,
      path.join(root, name),
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    // V8's message quotes the text: never echo a file's contents (it may be another file linked in).
    throw new UserFacingError(
      `${file} is not valid JSON: the model folder is damaged (${what})`,
      path.join(root, name),
    );
  }
}
