/** What a WAV file's header says: the extension checks it before it writes bytes the preview page sent. */
export interface WavInfo {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes of sample data. */
  dataBytes: number;
  durationSeconds: number;
}

/**
 * The header of a canonical 16-bit PCM WAV (RIFF, a 16-byte "fmt " chunk, then "data"), or undefined
 * when the bytes are anything else or the sizes disagree with the length.
 */
export function readWavHeader(bytes: Uint8Array): WavInfo | undefined {
  const HEADER_BYTES = 44;
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE' || tag(12) !== 'fmt ' || tag(36) !== 'data') return undefined;
  if (view.getUint32(4, true) !== bytes.byteLength - 8 || view.getUint32(16, true) !== 16) return undefined;
  const format = view.getUint16(20, true);
  const channels = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const byteRate = view.getUint32(28, true);
  const blockAlign = view.getUint16(32, true);
  const bitsPerSample = view.getUint16(34, true);
  const dataBytes = view.getUint32(40, true);
  if (format !== 1 || bitsPerSample !== 16 || channels < 1 || channels > 8 || sampleRate < 8000 || sampleRate > 192000)
    return undefined;
  if (blockAlign !== channels * 2 || byteRate !== sampleRate * blockAlign) return undefined;
  if (dataBytes !== bytes.byteLength - HEADER_BYTES || dataBytes % blockAlign !== 0) return undefined;
  return { channels, sampleRate, bitsPerSample, dataBytes, durationSeconds: dataBytes / blockAlign / sampleRate };
}
