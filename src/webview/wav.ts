/**
 * A 16-bit PCM WAV file from rendered audio, and base64 for the message that carries it. Pure (no DOM,
 * no Web Audio) so that Node tests can check it against the reader the extension uses.
 */

/**
 * The canonical 44-byte header followed by interleaved little-endian samples. Samples outside [-1, 1]
 * (loud chords can sum past full scale) are clipped rather than wrapped around.
 */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number): Uint8Array {
  if (channels.length === 0) throw new Error('A WAV file needs at least one channel.');
  const frames = channels[0].length;
  if (channels.some((channel) => channel.length !== frames))
    throw new Error('Every channel must have the same length.');
  const blockAlign = channels.length * 2;
  const dataBytes = frames * blockAlign;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const writeTag = (offset: number, tag: string): void => {
    for (let i = 0; i < 4; i++) bytes[offset + i] = tag.charCodeAt(i);
  };
  writeTag(0, 'RIFF');
  view.setUint32(4, bytes.byteLength - 8, true);
  writeTag(8, 'WAVE');
  writeTag(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, 16, true);
  writeTag(36, 'data');
  view.setUint32(40, dataBytes, true);
  let offset = 44;
  for (let frame = 0; frame < frames; frame++) {
    for (const channel of channels) {
      const sample = Math.max(-1, Math.min(1, channel[frame]));
      view.setInt16(offset, Math.round(sample < 0 ? sample * 0x8000 : sample * 0x7fff), true);
      offset += 2;
    }
  }
  return bytes;
}

/** abcjs renders two channels even without panning; identical ones are written once (half the size). */
export function distinctChannels(channels: readonly Float32Array[]): Float32Array[] {
  if (channels.length !== 2) return [...channels];
  const [left, right] = channels;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return [left, right];
  return [left];
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (btoa would need a binary string as large as the file first). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let text = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i];
      const b = i + 1 < end ? bytes[i + 1] : 0;
      const c = i + 2 < end ? bytes[i + 2] : 0;
      const triple = (a << 16) | (b << 8) | c;
      text += BASE64_ALPHABET[(triple >> 18) & 63] + BASE64_ALPHABET[(triple >> 12) & 63];
      text += i + 1 < end ? BASE64_ALPHABET[(triple >> 6) & 63] : '=';
      text += i + 2 < end ? BASE64_ALPHABET[triple & 63] : '=';
    }
    parts.push(text);
  }
  return parts.join('');
}
