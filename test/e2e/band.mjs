// The band in the preview, as a user would check it: a solo plays with bass, comping and drums behind it,
// the mixer switches each part, and "Export Solo as WAV" writes the mix as heard. The WAV files are
// analysed here in Node: each part must sound in its own register, and a part muted in the mixer must be
// gone from the file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SELECTORS,
  PREVIEW_NOTE,
  openFile,
  runCommand,
  previewFrame,
  pollUntil,
  clearNotifications,
} from './workbench.mjs';

const OPEN_PREVIEW = 'Jazz: Open Jazz Preview';
const EXPORT_WAV = 'Jazz: Export Solo as WAV';

/** A solo as the generator writes one: eight bars of eighth notes over chords, in the tenor's register. */
const SOLO = `X:1
T:Band check
M:4/4
L:1/8
Q:1/4=140
K:F
"F7"A2 cA FGAc|"Bb7"d2 fd BcdB|"F7"A2 cA FGAc|"Cm7"G2 Bc "F7"AGFE|
"Bb7"D2 FA dcBA|"Bdim7"B2 dB GABd|"F7"c2 AF "D7"^FA d2|"Gm7"G2 Bd "C7"edcB|]
`;
const SOLO_FILE = 'band-check.abc';

// ---------------------------------------------------------------- WAV analysis

/** Samples of a 16-bit PCM WAV (the channels averaged) and its rate. */
export function readWav(bytes) {
  assert.equal(bytes.toString('ascii', 0, 4), 'RIFF', 'a RIFF file');
  assert.equal(bytes.toString('ascii', 8, 12), 'WAVE', 'a WAVE file');
  let offset = 12;
  let format;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      format = {
        channels: bytes.readUInt16LE(offset + 10),
        rate: bytes.readUInt32LE(offset + 12),
        bits: bytes.readUInt16LE(offset + 22),
      };
    } else if (id === 'data') {
      assert.ok(format && format.bits === 16, '16-bit PCM');
      const frames = Math.floor(size / (2 * format.channels));
      const samples = new Float64Array(frames);
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < format.channels; c++) sum += bytes.readInt16LE(offset + 8 + (i * format.channels + c) * 2);
        samples[i] = sum / format.channels / 32768;
      }
      return { samples, rate: format.rate };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** In-place radix-2 FFT of re/im (length a power of two). */
function fft(re, im) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b] * wr - im[b] * wi;
        const ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}

/** The power spectrum summed over Hann-windowed frames of 4096 samples: power per FFT bin. */
export function powerSpectrum(samples, rate) {
  const size = 4096;
  const power = new Float64Array(size / 2);
  const window = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1)));
  for (let start = 0; start + size <= samples.length; start += size) {
    const re = new Float64Array(size);
    const im = new Float64Array(size);
    for (let i = 0; i < size; i++) re[i] = samples[start + i] * window[i];
    fft(re, im);
    for (let k = 0; k < size / 2; k++) power[k] += re[k] * re[k] + im[k] * im[k];
  }
  return { power, binHz: rate / size };
}

/** Energy between two frequencies (Hz). */
export function bandEnergy({ power, binHz }, fromHz, toHz) {
  let sum = 0;
  for (let k = Math.max(1, Math.ceil(fromHz / binHz)); k < power.length && k * binHz < toHz; k++) sum += power[k];
  return sum;
}

function totalEnergy(spectrum) {
  return bandEnergy(spectrum, 0, Infinity);
}

function difference(a, b) {
  const length = Math.min(a.length, b.length);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = a[i] - b[i];
  return out;
}

/** Seconds to the first sample louder than `threshold`. */
function onsetSeconds(samples, rate, threshold = 0.01) {
  const index = samples.findIndex((value) => Math.abs(value) > threshold);
  return index < 0 ? Infinity : index / rate;
}

function rms(samples) {
  let sum = 0;
  for (const value of samples) sum += value * value;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

// ---------------------------------------------------------------- UI steps

/** The preview frame once it shows the solo's notes and the band's arrangement has arrived and been rendered. */
async function waitForBand(t) {
  let seen = 'no preview';
  return pollUntil(
    async () => {
      try {
        const frame = await previewFrame(t.page, t.ext.id, 5_000);
        const notes = await frame.locator(PREVIEW_NOTE).count();
        const data = await frame.evaluate(() => ({ ...document.body.dataset }));
        seen = `${notes} notes, band ${data.band}, prepared ${data.prepared}`;
        return notes >= 30 && /^\d+$/.test(data.band ?? '') && data.prepared === 'yes'
          ? { frame, notes, band: Number(data.band) }
          : undefined;
      } catch {
        return undefined;
      }
    },
    { timeout: 90_000, what: 'the preview with the band arranged and rendered' },
  ).catch((error) => {
    throw new Error(`${error.message} (last seen: ${seen})`);
  });
}

/** Runs Export Solo as WAV from the ABC editor and saves to `path` through VS Code's save dialog. */
async function exportWav(t, path) {
  // The mixer's clicks leave the focus in the preview: give it back to the ABC editor beside it.
  await t.page.locator(SELECTORS.editorLines).first().click();
  await t.page.locator(SELECTORS.activeTab, { hasText: SOLO_FILE }).waitFor({ timeout: 10_000 });
  await clearNotifications(t.page);
  const started = Date.now();
  await runCommand(t.page, EXPORT_WAV);
  // code-server's save dialog is a quick input holding the path. It fills in the suggested path once it has
  // read the folder: wait for that, so it cannot overwrite ours, and accept only once it shows ours.
  const box = t.page.locator(SELECTORS.quickInputBox);
  await pollUntil(async () => /\.wav$/.test(await box.inputValue().catch(() => '')), {
    timeout: 60_000,
    what: 'the save dialog',
  });
  await pollUntil(
    async () => {
      await box.fill(path);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (await box.inputValue()) === path;
    },
    { timeout: 15_000, what: `the save dialog to hold ${path}` },
  );
  await box.press('Enter');
  await pollUntil(async () => existsSync(path) && readFileSync(path).length > 44, {
    timeout: 60_000,
    what: `${path} to be written`,
  });
  // The file is written in one go; wait until its size stops changing anyway.
  let size = -1;
  await pollUntil(
    async () => {
      const now = readFileSync(path).length;
      const stable = now === size;
      size = now;
      return stable;
    },
    { timeout: 10_000, interval: 200, what: `${path} to be complete` },
  );
  t.timings.bandWavExportMs ??= [];
  t.timings.bandWavExportMs.push(Date.now() - started);
  return readWav(readFileSync(path));
}

/** [start, end) character offsets of each bar of the solo's music lines. */
function barRanges(text) {
  const ranges = [];
  let start = text.indexOf('"F7"');
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\n') start = i + 1;
    else if (text[i] === '|') {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  return ranges;
}

async function openSoloWithBand(t) {
  writeFileSync(join(t.workspace, SOLO_FILE), SOLO);
  // From the first editor group, so that the file opens there and the preview beside it, as a user would.
  await t.page
    .locator(SELECTORS.editorLines)
    .first()
    .click({ timeout: 2_000 })
    .catch(() => {});
  await openFile(t.page, SOLO_FILE);
  await runCommand(t.page, OPEN_PREVIEW);
  return waitForBand(t);
}

async function setChannel(frame, channel, on) {
  const box = frame.locator(`#jazz-on-${channel}`);
  if (on) await box.check();
  else await box.uncheck();
}

export const BAND_TESTS = [
  {
    name: 'band: the solo plays with bass, comping and drums; the WAV holds each part in its register; a muted part is gone',
    timeout: 300_000,
    async fn(t) {
      const shownAt = Date.now();
      const { frame, notes, band } = await openSoloWithBand(t);
      t.timings.bandReadyAfterPreviewMs = Date.now() - shownAt;
      t.timings.bandRenderMs = Number(await frame.evaluate(() => document.body.dataset.prepareMs));
      t.note(
        `preview: ${notes} notes, ${band} band notes, ready ${t.timings.bandReadyAfterPreviewMs} ms after the preview command ` +
          `(rendering the four parts: ${t.timings.bandRenderMs} ms)`,
      );
      assert.ok(band >= 8 * 4, `the band plays at least a bass note on every beat of 8 bars (got ${band} notes)`);
      await t.screenshot('band-mixer');

      // Play: the first sound comes at once (everything was rendered ahead), and the cursor follows the lead.
      await frame.locator('#jazz-play').click();
      const firstSoundMs = await pollUntil(
        async () => {
          const value = await frame.evaluate(() => document.body.dataset.firstSoundMs);
          return value === undefined ? undefined : Number(value);
        },
        { timeout: 10_000, what: 'the first sound after Play' },
      );
      t.timings.bandFirstSoundMs = firstSoundMs;
      t.note(`first sound ${firstSoundMs.toFixed(1)} ms after the click on Play`);
      assert.ok(firstSoundMs < 300, `the first sound comes within 300 ms of Play (${firstSoundMs} ms)`);
      const cursorPositions = new Set();
      await pollUntil(
        async () => {
          const at = await frame.evaluate(() => document.body.dataset.cursorChar);
          if (at) cursorPositions.add(at);
          return cursorPositions.size >= 3;
        },
        { timeout: 20_000, interval: 50, what: 'the cursor to move over the lead after the count-in' },
      );
      await t.screenshot('band-playing');
      await frame.locator('#jazz-stop').click();

      const dir = t.workspace;
      const full = await exportWav(t, join(dir, 'band-full.wav'));
      const seconds = full.samples.length / full.rate;
      // 8 bars at 140 plus the count-in bar and the ringing tail: about 15.4 + 1.7 + 1.8 s.
      t.note(`full mix: ${seconds.toFixed(1)} s, rms ${rms(full.samples).toFixed(3)}`);
      assert.ok(seconds > 15 && seconds < 25, `the WAV lasts the solo with its count-in (${seconds} s)`);

      const { frame: frame2 } = await waitForBand(t);
      await setChannel(frame2, 'bass', false);
      const noBass = await exportWav(t, join(dir, 'band-no-bass.wav'));
      await setChannel(frame2, 'bass', true);
      await setChannel(frame2, 'drums', false);
      const noDrums = await exportWav(t, join(dir, 'band-no-drums.wav'));
      await setChannel(frame2, 'drums', true);
      await setChannel(frame2, 'lead', false);
      const noLead = await exportWav(t, join(dir, 'band-no-lead.wav'));
      await setChannel(frame2, 'lead', true);
      await t.screenshot('band-mixer-restored');

      const spectrum = (samples) => powerSpectrum(samples, full.rate);
      const fullSpectrum = spectrum(full.samples);
      const figures = {};

      // The bass: below 200 Hz, and gone when muted.
      const bass = spectrum(difference(full.samples, noBass.samples));
      figures.bassShareBelow200Hz = bandEnergy(bass, 30, 200) / totalEnergy(bass);
      figures.lowBandLeftWithoutBass =
        bandEnergy(spectrum(noBass.samples), 30, 200) / bandEnergy(fullSpectrum, 30, 200);
      // The drums: the cymbals' noise band above 5 kHz, gone when muted.
      const drums = spectrum(difference(full.samples, noDrums.samples));
      figures.drumsShareAbove5kHz = bandEnergy(drums, 5000, 11000) / totalEnergy(drums);
      figures.highBandLeftWithoutDrums =
        bandEnergy(spectrum(noDrums.samples), 5000, 11000) / bandEnergy(fullSpectrum, 5000, 11000);
      // The lead: the solo's register (D4–F5 here, 290–700 Hz) and the saxophone's harmonics, nothing in the bass.
      const lead = spectrum(difference(full.samples, noLead.samples));
      figures.leadShareBelow200Hz = bandEnergy(lead, 20, 200) / totalEnergy(lead);
      figures.leadShare200to3000Hz = bandEnergy(lead, 200, 3000) / totalEnergy(lead);
      figures.leadRegisterLeftWithoutLead =
        bandEnergy(spectrum(noLead.samples), 250, 1400) / bandEnergy(fullSpectrum, 250, 1400);
      figures.rms = {
        mix: rms(full.samples),
        lead: rms(difference(full.samples, noLead.samples)),
        bass: rms(difference(full.samples, noBass.samples)),
        drums: rms(difference(full.samples, noDrums.samples)),
      };
      // The count-in bar (4 beats at 140) on the drums, then lead and bass together.
      const leadSamples = difference(full.samples, noLead.samples);
      const bassSamples = difference(full.samples, noBass.samples);
      figures.onsets = {
        drums: onsetSeconds(difference(full.samples, noDrums.samples), full.rate),
        lead: onsetSeconds(leadSamples, full.rate),
        bass: onsetSeconds(bassSamples, full.rate),
      };
      t.timings.bandSpectrum = figures;
      t.note(`spectrum: ${JSON.stringify(figures, (_, v) => (typeof v === 'number' ? Number(v.toFixed(4)) : v))}`);

      assert.ok(figures.bassShareBelow200Hz > 0.5, 'the bass sounds mostly below 200 Hz');
      assert.ok(figures.lowBandLeftWithoutBass < 0.5, 'muting the bass removes most of the energy below 200 Hz');
      assert.ok(figures.drumsShareAbove5kHz > 0.1, 'the drums carry a cymbal band above 5 kHz');
      assert.ok(figures.highBandLeftWithoutDrums < 0.3, 'muting the drums removes most of the energy above 5 kHz');
      assert.ok(figures.leadShareBelow200Hz < 0.05, 'the lead has next to nothing in the bass register');
      assert.ok(figures.leadShare200to3000Hz > 0.8, 'the lead sounds in its register and its first harmonics');
      assert.ok(
        figures.leadRegisterLeftWithoutLead < 0.5,
        'muting the lead removes most of the energy of its register',
      );
      for (const part of ['lead', 'bass', 'drums'])
        assert.ok(figures.rms[part] > 0.01, `the ${part} is audible in the mix`);
      const countInSeconds = (4 * 60) / 140;
      assert.ok(figures.onsets.drums < 0.05, 'the drums count in from the start');
      assert.ok(
        Math.abs(figures.onsets.lead - countInSeconds) < 0.05,
        `the lead starts after one bar (${figures.onsets.lead} s)`,
      );
      assert.ok(Math.abs(figures.onsets.bass - figures.onsets.lead) < 0.03, 'the bass starts with the lead');
    },
  },
  {
    name: 'band: a loop of bars 3 to 4 plays only those bars, over and over, with the cursor on them',
    timeout: 120_000,
    async fn(t) {
      const { frame } = await openSoloWithBand(t);
      await frame.locator('#jazz-loop').check();
      await frame.locator('#jazz-loop-from').fill('3');
      await frame.locator('#jazz-loop-from').press('Tab');
      await frame.locator('#jazz-loop-to').fill('4');
      await frame.locator('#jazz-loop-to').press('Tab');
      await pollUntil(async () => (await frame.evaluate(() => document.body.dataset.prepared)) === 'yes', {
        timeout: 30_000,
        what: 'the loop rendered',
      });
      // The page keeps the cursor of an earlier playback until this one moves it: only what follows counts.
      const stale = await frame.evaluate(() => document.body.dataset.cursorChar);
      await frame.locator('#jazz-play').click();
      const [, , bar3, bar4] = barRanges(SOLO);
      const seen = [];
      // Count-in (1.7 s) and two passes of two bars (3.4 s each).
      const until = Date.now() + 9_000;
      while (Date.now() < until) {
        const at = await frame.evaluate(() => document.body.dataset.cursorChar);
        if (at && !(seen.length === 0 && at === stale) && Number(at) !== seen.at(-1)) seen.push(Number(at));
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await t.screenshot('band-loop');
      await frame.locator('#jazz-stop').click();
      await frame.locator('#jazz-loop').uncheck();
      t.note(`cursor positions: ${seen.join(' ')}`);
      const outside = seen.filter((at) => at < bar3[0] || at >= bar4[1]);
      assert.deepEqual(outside, [], `the cursor stays in bars 3–4 (characters ${bar3[0]}–${bar4[1]})`);
      assert.ok(
        seen.some((at) => at >= bar4[0]),
        'the cursor reaches bar 4',
      );
      const wraps = seen.filter((at, i) => i > 0 && at < seen[i - 1]).length;
      assert.ok(wraps >= 1, 'the loop starts over at bar 3');
    },
  },
];
