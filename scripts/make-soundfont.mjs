#!/usr/bin/env node
// Writes the preview's offline sound font under media/soundfont/: real sampled instruments, one file per
// note, where abcjs' synth looks for them (`<soundFontUrl><instrument>-mp3/<NoteName>.mp3`; drums under
// `percussion-mp3/`, named by their General MIDI key as a note name, e.g. ride 51 → Eb3.mp3).
//
// The sounds are FluidR3_GM (Frank Wen, MIT licence; Debian package fluid-soundfont-gm), played note by note
// by Debian's fluidsynth into WAV, then turned by sox into mono Ogg Vorbis. The files keep the .mp3 name
// abcjs asks for: decodeAudioData recognises the container by its bytes, whatever the name. Ogg Vorbis
// rather than MP3 because it is an open codec every Chromium build decodes (VS Code's Electron ships an
// ffmpeg without the patented codecs) and Debian's sox writes it without extra packages.
//
// Run once by a developer when the instruments change; its output is committed (the build does not run
// it, so neither CI nor users need fluidsynth). Needs the Debian packages: fluidsynth, fluid-soundfont-gm,
// sox and libsox-fmt-all (or libsox-fmt-ogg), e.g. `apt-get install fluidsynth fluid-soundfont-gm sox
// libsox-fmt-all`.
//
// Usage: node scripts/make-soundfont.mjs [outDir]   (default: media/soundfont)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOUND_FONT_FILE = '/usr/share/sounds/sf2/FluidR3_GM.sf2';

/** Mono at 22.05 kHz: everything up to 11 kHz (the ride's shimmer included) at a quarter of CD's data. */
export const SAMPLE_RATE = 22050;
/** sox's Vorbis quality (-1..10): 2 is about 40 kbit/s mono, transparent enough under a band. */
const VORBIS_QUALITY = 2;

/** FluidR3's jazz drum kit: bank 128, preset 32 (selected by a program change on MIDI channel 10). */
const JAZZ_KIT_PRESET = 32;

/**
 * Every instrument that ships: abcjs' instrument name (its General MIDI list), the program played, the notes
 * rendered, how long the key is held and how long the release rings after it. Ranges are what the band
 * and a solo need (the webview folds any other pitch into them by octaves); a held note longer than the
 * sample fades out at the sample's end.
 */
export const INSTRUMENTS = [
  // The lead voices: the realiser writes G3–C6; a little margin on both sides for hand-written ABC.
  { name: 'tenor_sax', program: 66, lowest: 52, highest: 88, holdSeconds: 2.2, releaseSeconds: 0.3, velocity: 100 },
  { name: 'trumpet', program: 56, lowest: 52, highest: 88, holdSeconds: 2.2, releaseSeconds: 0.3, velocity: 100 },
  {
    name: 'acoustic_grand_piano',
    program: 0,
    lowest: 45,
    highest: 88,
    holdSeconds: 2.0,
    releaseSeconds: 0.4,
    velocity: 90,
  },
  {
    name: 'electric_guitar_jazz',
    program: 26,
    lowest: 52,
    highest: 88,
    holdSeconds: 2.0,
    releaseSeconds: 0.3,
    velocity: 100,
  },
  // The walking bass lives in E1–C3; D1–E3 leaves room for a two-feel or a pedal.
  { name: 'acoustic_bass', program: 32, lowest: 26, highest: 52, holdSeconds: 1.6, releaseSeconds: 0.3, velocity: 110 },
  // Comping is the piano above (its range A2–E6 covers C3–C5 voicings and their tops).
  {
    name: 'percussion',
    program: JAZZ_KIT_PRESET,
    drums: true,
    // kick, side stick, snare, toms, hi-hats (closed, pedal, open), crash, ride, ride bell
    keys: [36, 37, 38, 42, 44, 45, 46, 47, 49, 50, 51, 53],
    // Each piece of the kit at its own level (peak, full scale = 1), as a jazz drummer balances it: the ride
    // carries the time, the kick is feathered, the hi-hat is a soft chick on 2 and 4.
    peaks: {
      36: 0.5,
      37: 0.5,
      38: 0.6,
      42: 0.45,
      44: 0.45,
      45: 0.5,
      46: 0.5,
      47: 0.5,
      49: 0.6,
      50: 0.5,
      51: 0.6,
      53: 0.6,
    },
    holdSeconds: 0.1,
    releaseSeconds: 1.9,
    velocity: 100,
  },
];

const NOTE_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];

/** abcjs' spelling of a MIDI pitch: flats, octave number changing at C (60 → "C4"). */
export function noteName(midi) {
  return `${NOTE_NAMES[midi % 12]}${Math.floor(midi / 12) - 1}`;
}

/** The MIDI notes an instrument ships. */
export function notesOf(instrument) {
  if (instrument.keys) return [...instrument.keys];
  const notes = [];
  for (let midi = instrument.lowest; midi <= instrument.highest; midi++) notes.push(midi);
  return notes;
}

function variableLength(value) {
  const bytes = [value & 0x7f];
  for (let rest = value >> 7; rest > 0; rest >>= 7) bytes.unshift((rest & 0x7f) | 0x80);
  return bytes;
}

/**
 * A one-track Standard MIDI File that plays one note: 480 ticks per quarter at the default 120 bpm, so
 * 960 ticks a second. The end-of-track event waits for the release, so fluidsynth renders the tail.
 */
export function oneNoteMidi({ channel, program, pitch, velocity, holdSeconds, releaseSeconds }) {
  const ticksPerSecond = 960;
  const hold = Math.round(holdSeconds * ticksPerSecond);
  const release = Math.round(releaseSeconds * ticksPerSecond);
  const events = [
    0,
    0xc0 | channel,
    program,
    0,
    0x90 | channel,
    pitch,
    velocity,
    ...variableLength(hold),
    0x80 | channel,
    pitch,
    0,
    ...variableLength(release),
    0xff,
    0x2f,
    0,
  ];
  const header = [0x4d, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, 0, 0, 1, 0x01, 0xe0];
  const length = events.length;
  const track = [
    0x4d,
    0x54,
    0x72,
    0x6b,
    (length >>> 24) & 255,
    (length >>> 16) & 255,
    (length >>> 8) & 255,
    length & 255,
  ];
  return Buffer.from([...header, ...track, ...events]);
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(
      `${command} could not run (${result.error.message}): install the Debian packages listed at the top of this script`,
    );
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.trim().slice(0, 500)}`);
  return result;
}

/** The largest absolute 16-bit sample of a PCM WAV written by fluidsynth (canonical 44-byte header). */
function peakOfWav(file) {
  const bytes = readFileSync(file);
  let peak = 0;
  for (let offset = 44; offset + 1 < bytes.length; offset += 2)
    peak = Math.max(peak, Math.abs(bytes.readInt16LE(offset)));
  return peak / 32768;
}

/**
 * Renders one instrument note by note and encodes it. All notes of a pitched instrument get the same gain
 * (its loudest note peaks at 0.7), so its natural balance across the range is kept; each piece of the drum
 * kit gets its own level. The mixer balances the instruments against each other.
 */
function renderInstrument(instrument, outDir, work) {
  const channel = instrument.drums ? 9 : 0;
  const rendered = [];
  for (const midi of notesOf(instrument)) {
    const midiFile = join(work, `${instrument.name}-${midi}.mid`);
    const wavFile = join(work, `${instrument.name}-${midi}.wav`);
    writeFileSync(midiFile, oneNoteMidi({ ...instrument, channel, pitch: midi }));
    // No reverb or chorus: the samples stay dry, the room is the listener's.
    run('fluidsynth', [
      '-ni',
      '-q',
      '-R',
      '0',
      '-C',
      '0',
      '-g',
      '0.6',
      '-r',
      String(SAMPLE_RATE),
      '-T',
      'wav',
      '-O',
      's16',
      '-F',
      wavFile,
      SOUND_FONT_FILE,
      midiFile,
    ]);
    rendered.push({ midi, wavFile, peak: peakOfWav(wavFile) });
  }
  const loudest = Math.max(...rendered.map((note) => note.peak));
  if (loudest === 0) throw new Error(`${instrument.name}: fluidsynth rendered silence`);
  const gainDb = (note) => 20 * Math.log10(instrument.peaks ? instrument.peaks[note.midi] / note.peak : 0.7 / loudest);
  const seconds = instrument.holdSeconds + instrument.releaseSeconds;
  const folder = join(outDir, `${instrument.name}-mp3`);
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (const note of rendered) {
    const target = join(folder, `${noteName(note.midi)}.mp3`);
    // Mono, the instrument's gain, cut to hold + release with a short fade so no sample ends in a click.
    run('sox', [
      note.wavFile,
      '-t',
      'ogg',
      '-C',
      String(VORBIS_QUALITY),
      target,
      'remix',
      '-',
      'gain',
      gainDb(note).toFixed(2),
      'trim',
      '0',
      seconds.toFixed(3),
      'fade',
      't',
      '0',
      seconds.toFixed(3),
      '0.08',
    ]);
    bytes += statSync(target).size;
  }
  return { files: rendered.length, bytes };
}

const README = `Offline sound font for the Jazz Solo preview, written by scripts/make-soundfont.mjs.

The samples are from FluidR3_GM (FluidR3_GM.sf2, by Frank Wen and contributors, MIT licence, as packaged
by Debian in fluid-soundfont-gm), rendered note by note with FluidSynth and encoded as mono Ogg Vorbis
(the files are named .mp3 because that is the path abcjs' synth requests; the browser decodes them by
their content). See NOTICE at the root of the extension.
`;

/** Writes every instrument and returns what was written. The folder is replaced, so stale files never ship. */
export function writeSoundFont(outDir) {
  if (!existsSync(SOUND_FONT_FILE)) {
    throw new Error(`${SOUND_FONT_FILE} is missing: apt-get install fluid-soundfont-gm fluidsynth sox libsox-fmt-all`);
  }
  const work = mkdtempSync(join(tmpdir(), 'jazz-soundfont-'));
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const summary = [];
    for (const instrument of INSTRUMENTS)
      summary.push({ name: instrument.name, ...renderInstrument(instrument, outDir, work) });
    writeFileSync(join(outDir, 'README.txt'), README);
    return summary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'media', 'soundfont'));
  let total = 0;
  for (const { name, files, bytes } of writeSoundFont(outDir)) {
    total += bytes;
    console.log(`${name}: ${files} notes, ${(bytes / 1e6).toFixed(2)} MB`);
  }
  console.log(`sound font: ${(total / 1e6).toFixed(2)} MB in ${outDir}`);
}
