#!/usr/bin/env node
// Writes the preview's offline sound font under media/soundfont/: one short synthesised note per
// pitch, where abcjs' synth looks for it (`<soundFontUrl><instrument>-mp3/<NoteName>.mp3`).
//
// The files hold WAV (16-bit PCM) data despite the .mp3 name: abcjs hands the bytes to
// AudioContext.decodeAudioData, which sniffs the container and ignores the name. The tone is our own
// two-operator FM synthesis (an electric-piano-like tine), so there is no sample to license, and the
// output is byte-for-byte reproducible (no randomness, no timestamps).
//
// Usage: node scripts/make-soundfont.mjs [outDir]   (default: media/soundfont)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Must match SOUND_FONT_* in src/shared/messages.ts (a unit test checks). */
export const SOUND_FONT_INSTRUMENT = 'acoustic_grand_piano';
export const SOUND_FONT_LOWEST_MIDI = 24;
export const SOUND_FONT_HIGHEST_MIDI = 96;

/** 16 kHz keeps the highest note's audible partials below Nyquist and the font near 2.5 MB. */
export const SAMPLE_RATE = 16000;

const NOTE_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];

/** abcjs' spelling of a MIDI pitch: flats, octave number changing at C (60 → "C4"). */
export function noteName(midi) {
  return `${NOTE_NAMES[midi % 12]}${Math.floor(midi / 12) - 1}`;
}

/** Low notes ring longer, as on a real instrument; this is also where the size budget goes. */
function noteSeconds(midi) {
  const fromLowest = (midi - SOUND_FONT_LOWEST_MIDI) / (SOUND_FONT_HIGHEST_MIDI - SOUND_FONT_LOWEST_MIDI);
  return 1.7 - 0.9 * fromLowest;
}

/** One note as 16-bit samples in [-32767, 32767]. */
export function synthesiseNote(midi, sampleRate = SAMPLE_RATE) {
  const frequency = 440 * 2 ** ((midi - 69) / 12);
  const length = Math.round(noteSeconds(midi) * sampleRate);
  const samples = new Int16Array(length);
  const nyquistMargin = sampleRate / 2 - 500;
  // FM sidebands reach about f·(index + 1); keeping them under Nyquist avoids aliasing on high notes.
  const peakIndex = Math.max(0.2, Math.min(2.2, nyquistMargin / frequency - 1));
  const decaySeconds = 1.1 - 0.8 * ((midi - SOUND_FONT_LOWEST_MIDI) / (SOUND_FONT_HIGHEST_MIDI - SOUND_FONT_LOWEST_MIDI));
  const tineAudible = frequency * 4 < nyquistMargin;
  const releaseSamples = Math.round(0.03 * sampleRate);
  const peakLevel = 0.32;
  for (let n = 0; n < length; n++) {
    const t = n / sampleRate;
    const attack = 1 - Math.exp(-t / 0.004);
    const body = Math.exp(-t / decaySeconds);
    const release = n > length - releaseSamples ? (length - n) / releaseSamples : 1;
    const index = peakIndex * Math.exp(-t / 0.25);
    const modulator = Math.sin(2 * Math.PI * frequency * t);
    let value = Math.sin(2 * Math.PI * frequency * t + index * modulator);
    value += 0.25 * Math.sin(4 * Math.PI * frequency * t) * Math.exp(-t / (decaySeconds * 0.6));
    if (tineAudible) value += 0.1 * Math.sin(8 * Math.PI * frequency * t) * Math.exp(-t / 0.06);
    samples[n] = Math.round((value / 1.35) * peakLevel * attack * body * release * 32767);
  }
  return samples;
}

/** A canonical 44-byte-header mono PCM WAV. */
export function encodeWav(samples, sampleRate = SAMPLE_RATE) {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buffer.writeUInt16LE(2, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) buffer.writeInt16LE(samples[i], 44 + i * 2);
  return buffer;
}

const README = `Offline sound font for the Jazz Solo preview, written by scripts/make-soundfont.mjs.
Each file is 16-bit mono PCM WAV (named .mp3 because that is the path abcjs' synth requests;
decodeAudioData reads WAV whatever the name). The tones are synthesised by that script (FM synthesis),
not sampled, and are covered by the extension's MIT licence. Regenerate with: npm run build
`;

/** Writes every note file and returns what was written. The folder is replaced, so stale files never ship. */
export function writeSoundFont(outDir) {
  const instrumentDir = join(outDir, `${SOUND_FONT_INSTRUMENT}-mp3`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(instrumentDir, { recursive: true });
  const files = [];
  let totalBytes = 0;
  for (let midi = SOUND_FONT_LOWEST_MIDI; midi <= SOUND_FONT_HIGHEST_MIDI; midi++) {
    const wav = encodeWav(synthesiseNote(midi));
    const file = join(instrumentDir, `${noteName(midi)}.mp3`);
    writeFileSync(file, wav);
    files.push(file);
    totalBytes += wav.length;
  }
  writeFileSync(join(outDir, 'README.txt'), README);
  return { files, totalBytes };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'media', 'soundfont'));
  const { files, totalBytes } = writeSoundFont(outDir);
  console.log(`sound font: ${files.length} notes, ${(totalBytes / 1e6).toFixed(2)} MB in ${outDir}`);
}
