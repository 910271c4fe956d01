/**
 * Compressed MusicXML (.mxl) is a zip archive whose META-INF/container.xml names the score inside it. The
 * archive is read here from its central directory with Node's own zlib (stored and deflated entries, the two
 * methods .mxl writers use), so no zip package is bundled.
 */
import { UserFacingError } from '../../../shared/errors';
import { inflateRawSync } from 'node:zlib';

import { children, child, parseXml } from './xml';

/** A score larger than this once inflated is refused (a zip bomb would otherwise fill the memory). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function entriesOf(bytes: Uint8Array, file: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (why: string) => new UserFacingError(`${file} is not a readable .mxl archive (${why})`, file);
  let end = -1;
  // The end record is in the last 22 bytes plus at most a 65535-byte comment.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken('no zip directory');
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY)
      throw broken('a damaged directory');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryBytes(bytes: Uint8Array, entry: Entry, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new UserFacingError(`${file} is not a readable .mxl archive (a damaged entry ${entry.name})`, file);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) {
    throw new UserFacingError(
      `${file}: ${entry.name} is compressed with method ${entry.method}; only deflate is read`,
      file,
    );
  }
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserFacingError(`${file}: ${entry.name} cannot be inflated (${reason})`, file);
  }
}

/** The MusicXML text inside an .mxl archive: the rootfile its container names, else its one score file. */
export function musicXmlFromMxl(bytes: Uint8Array, file: string): string {
  const entries = entriesOf(bytes, file);
  const decode = (entry: Entry) => new TextDecoder('utf-8').decode(entryBytes(bytes, entry, file));
  const container = entries.find((e) => e.name === 'META-INF/container.xml');
  let scoreName: string | undefined;
  if (container) {
    const rootfiles = children(
      child(parseXml(decode(container), `${file}:META-INF/container.xml`), 'rootfiles'),
      'rootfile',
    );
    const score =
      rootfiles.find((r) => (r.attributes['media-type'] ?? '').includes('musicxml')) ??
      rootfiles.find((r) => !r.attributes['media-type']) ??
      rootfiles[0];
    scoreName = score?.attributes['full-path'];
  }
  const entry =
    entries.find((e) => e.name === scoreName) ??
    entries.find((e) => !e.name.startsWith('META-INF/') && /\.(musicxml|xml)$/i.test(e.name));
  if (!entry) throw new UserFacingError(`${file} holds no MusicXML score`, file);
  return decode(entry);
}
