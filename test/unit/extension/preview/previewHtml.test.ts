/**
 * What the preview webview is given: a page that can reach no network origin and run no script but
 * ours, settings that survive any characters, and a sound font that abcjs can load offline.
 */
import {
  MIXER_CHANNELS,
  PreviewSettings,
  defaultBandSettings,
  parsePreviewSettings,
} from '../../../../src/shared/previewSettings';
import { PART_NAMES } from '../../../../src/shared/parts';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildContentSecurityPolicy,
  buildPreviewHtml,
  PreviewHtmlInput,
} from '../../../../src/extension/preview/previewHtml';

import {
  BASS_SOUND,
  COMPING_SOUND,
  LEAD_INSTRUMENT_IDS,
  LEAD_SOUNDS,
  PERCUSSION_NAME,
  PERCUSSION_PROGRAM,
  SHIPPED_DRUM_KEYS,
  ShippedInstrument,
} from '../../../../src/shared/soundFont';
import { REPO_ROOT } from '../../helpers/shared';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function input(overrides: Partial<PreviewHtmlInput> = {}): PreviewHtmlInput {
  return {
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
    title: 'Preview solo.abc',
    settings: {
      soundFontUrl: `${CSP_SOURCE}/ext/media/soundfont/`,
      defaultTempo: 120,
      swingPercent: 60,
      band: defaultBandSettings(),
    },
    ...overrides,
  };
}

/** Reverses escapeHtml the way a browser reads an attribute value. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'the page declares a Content-Security-Policy');
  return unescapeAttribute(match[1]);
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0], words.slice(1)]),
  );
}

describe('preview HTML', () => {
  test('the policy starts from nothing and allows scripts only with the nonce', () => {
    const html = buildPreviewHtml(input({ nonce: 'abc123' }));
    const policy = directives(cspOf(html));
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('script-src'), ["'nonce-abc123'"]);
    for (const [name, sources] of policy) {
      assert.ok(!sources.includes("'unsafe-eval'"), `${name} allows eval`);
      if (name !== 'style-src') assert.ok(!sources.includes("'unsafe-inline'"), `${name} allows inline code`);
    }
  });

  test('no origin other than the webview resource origin appears anywhere in the page', () => {
    const html = buildPreviewHtml(input());
    const origins = new Set(Array.from(html.matchAll(/\b(?:https?|wss?):\/\/[^\s"'<>/;]+/g), (match) => match[0]));
    assert.deepEqual([...origins], [CSP_SOURCE]);
    const policy = directives(cspOf(html));
    for (const [name, sources] of policy) {
      for (const source of sources) {
        assert.ok(source.startsWith("'") || source === CSP_SOURCE || source === 'data:', `${name} allows ${source}`);
      }
    }
  });

  test("every script element carries this render's nonce and has no inline code", () => {
    const nonce = 'n0nce+/=';
    const html = buildPreviewHtml(input({ nonce }));
    const scripts = Array.from(html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g));
    assert.equal(scripts.length, 1);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes, new RegExp(`nonce="${nonce.replace(/[+/=]/g, '\\$&')}"`));
      assert.equal(body.trim(), '');
    }
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler attribute');
  });

  test('each render gets a fresh nonce', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const policy = directives(cspOf(buildPreviewHtml(input())));
      const scriptSource = policy.get('script-src')?.[0] ?? '';
      assert.match(scriptSource, /^'nonce-[A-Za-z0-9+/=]{20,}'$/);
      nonces.add(scriptSource);
    }
    assert.equal(nonces.size, 20);
  });

  test('settings travel in an escaped data attribute and come back unchanged, whatever they hold', () => {
    const hostile: PreviewSettings = {
      soundFontUrl: `${CSP_SOURCE}/a"><script>alert(1)</script><x y='&amp;'/`,
      defaultTempo: 96,
      swingPercent: 66,
      band: { parts: { bass: false, comping: true, drums: false }, leadInstrument: 'trumpet', countIn: false },
    };
    const html = buildPreviewHtml(input({ settings: hostile }));
    const match = /<body data-settings="([^"]*)">/.exec(html);
    assert.ok(match, 'the settings are in a double-quoted attribute that the value cannot close');
    assert.deepEqual(parsePreviewSettings(JSON.parse(unescapeAttribute(match[1]))), hostile);
    assert.equal(html.match(/<script/g)?.length, 1, 'the value adds no element');
  });

  test('the title is shown as text', () => {
    const html = buildPreviewHtml(input({ title: 'Preview <img src=x onerror=alert(1)>.abc' }));
    assert.match(html, /<title>Preview &lt;img src=x onerror=alert\(1\)&gt;\.abc<\/title>/);
  });

  test('every element the page script looks up by id (webview/page.ts) is in the page, once', () => {
    const html = buildPreviewHtml(input());
    const script = readFileSync(join(REPO_ROOT, 'src', 'webview', 'page.ts'), 'utf8');
    const ids = Array.from(script.matchAll(/element<\w+>\('([\w-]+)'\)/g), (match) => match[1]);
    assert.ok(ids.includes('jazz-harmony-legend') && ids.includes('jazz-music'));
    for (const id of ids) assert.equal(html.split(`id="${id}"`).length - 1, 1, `#${id}`);
  });

  test('the mixer has a switch and a fader for every channel, and every lead instrument to choose', () => {
    const html = buildPreviewHtml(input());
    for (const channel of MIXER_CHANNELS) {
      assert.equal(html.split(`id="jazz-on-${channel}"`).length - 1, 1, `#jazz-on-${channel}`);
      assert.equal(html.split(`id="jazz-volume-${channel}"`).length - 1, 1, `#jazz-volume-${channel}`);
    }
    const optionsOf = (id: string) => {
      const select = new RegExp(`<select id="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
      return Array.from(select.matchAll(/<option value="([^"]+)">/g), (match) => match[1]);
    };
    assert.deepEqual(optionsOf('jazz-lead-instrument'), [...LEAD_INSTRUMENT_IDS]);
    // Beside the mixer, the part it is shown for: every part a player can pick.
    assert.deepEqual(optionsOf('jazz-part'), [...PART_NAMES]);
    for (const id of ['jazz-count-in', 'jazz-loop', 'jazz-loop-from', 'jazz-loop-to', 'jazz-lead-instrument']) {
      assert.equal(html.split(`id="${id}"`).length - 1, 1, `#${id}`);
    }
  });

  test('the harmony legend names both colours and stays hidden until a render brings colouring', () => {
    const html = buildPreviewHtml(input());
    const legend = /<div id="jazz-harmony-legend"([^>]*)>([\s\S]*?)<\/div>/.exec(html);
    assert.ok(legend, 'the page has a legend');
    assert.match(legend[1], /\shidden\b/);
    assert.match(legend[2], /jazz-swatch-outside[\s\S]*outside the chord/);
    assert.match(legend[2], /jazz-swatch-approach[\s\S]*approach/);
    const css = readFileSync(join(REPO_ROOT, 'media', 'preview.css'), 'utf8');
    assert.match(
      css,
      /\.jazz-outside[^{]*\{[^}]*var\(--vscode-editorError-foreground/,
      "outside notes take the theme's error colour",
    );
    assert.match(
      css,
      /\.jazz-approach[^{]*\{[^}]*var\(--vscode-editorInfo-foreground/,
      "approach notes take the theme's info colour",
    );
  });

  test('the sound font can be fetched: connect-src allows the resource origin and nothing else', () => {
    const policy = directives(buildContentSecurityPolicy(CSP_SOURCE, 'x'));
    assert.deepEqual(policy.get('connect-src'), [CSP_SOURCE]);
  });
});

interface ScriptInstrument {
  name: string;
  program: number;
  lowest?: number;
  highest?: number;
  drums?: boolean;
  keys?: number[];
}

interface OneNote {
  channel: number;
  program: number;
  pitch: number;
  velocity: number;
  holdSeconds: number;
  releaseSeconds: number;
}

interface SoundFontModule {
  INSTRUMENTS: ScriptInstrument[];
  noteName(midi: number): string;
  notesOf(instrument: ScriptInstrument): number[];
  oneNoteMidi(note: OneNote): Buffer;
}

async function loadSoundFontScript(): Promise<SoundFontModule> {
  return (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'make-soundfont.mjs')).href)) as SoundFontModule;
}

const SOUND_FONT_DIR = join(REPO_ROOT, 'media', 'soundfont');
const abcjsNoteNames = require('abcjs/src/synth/pitch-to-note-name.js') as Record<number, string>;
const abcjsInstruments = require('abcjs/src/synth/instrument-index-to-name.js') as string[];

/** Every pitched sound the webview plays, each with the range it folds notes into. */
const PITCHED: ShippedInstrument[] = [...LEAD_INSTRUMENT_IDS.map((id) => LEAD_SOUNDS[id]), BASS_SOUND, COMPING_SOUND];

function soundSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    total += entry.isDirectory() ? soundSize(join(dir, entry.name)) : statSync(join(dir, entry.name)).size;
  }
  return total;
}

function hasSox(): boolean {
  return spawnSync('sox', ['--version']).status === 0;
}

/** sox's statistics of one sound file: peak level, length in seconds, channels and rate. */
function soxStats(file: string): { peak: number; seconds: number; channels: number; rate: number } {
  const stat = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' }).stderr;
  const info = spawnSync('soxi', [file], { encoding: 'utf8' }).stdout;
  const number = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1] ?? NaN);
  return {
    peak: Math.max(number(stat, /Maximum amplitude:\s*([\d.]+)/), -number(stat, /Minimum amplitude:\s*(-?[\d.]+)/)),
    seconds: number(stat, /Length \(seconds\):\s*([\d.]+)/),
    channels: number(info, /Channels\s*:\s*(\d+)/),
    rate: number(info, /Sample Rate\s*:\s*(\d+)/),
  };
}

describe('the offline sound font', () => {
  test('the generator renders exactly the instruments, programs and ranges the webview plays', async () => {
    const script = await loadSoundFontScript();
    const byName = new Map(script.INSTRUMENTS.map((instrument) => [instrument.name, instrument]));
    for (const sound of PITCHED) {
      const made = byName.get(sound.name);
      assert.ok(made, `${sound.name} is rendered`);
      assert.equal(made.program, sound.program, `${sound.name}'s program`);
      assert.deepEqual([made.lowest, made.highest], [sound.lowest, sound.highest], `${sound.name}'s range`);
    }
    const drums = byName.get(PERCUSSION_NAME);
    assert.ok(drums?.drums, 'the drum kit is rendered');
    assert.deepEqual(script.notesOf(drums), [...SHIPPED_DRUM_KEYS]);
  });

  test("instrument folders carry abcjs' names for their General MIDI programs", () => {
    for (const sound of PITCHED) assert.equal(abcjsInstruments[sound.program], sound.name);
    assert.equal(abcjsInstruments[PERCUSSION_PROGRAM], PERCUSSION_NAME);
    // abcjs builds the URL as soundFontUrl + instrument + "-mp3/" + name + ".mp3".
    const loader = readFileSync(require.resolve('abcjs/src/synth/load-note.js'), 'utf8');
    assert.match(loader, /url \+ instrument \+ "-mp3\/" \+ name \+ "\.mp3"/);
  });

  test("every note the webview may ask for is shipped, as Ogg Vorbis under abcjs' note name", async () => {
    const script = await loadSoundFontScript();
    if (!existsSync(SOUND_FONT_DIR))
      return assert.fail('media/soundfont/ is missing: run node scripts/make-soundfont.mjs');
    const wanted: string[] = [];
    for (const sound of PITCHED) {
      for (let midi = sound.lowest; midi <= sound.highest; midi++) {
        assert.equal(script.noteName(midi), abcjsNoteNames[midi], `MIDI ${midi}`);
        wanted.push(join(`${sound.name}-mp3`, `${abcjsNoteNames[midi]}.mp3`));
      }
    }
    for (const key of SHIPPED_DRUM_KEYS) wanted.push(join(`${PERCUSSION_NAME}-mp3`, `${abcjsNoteNames[key]}.mp3`));
    for (const file of wanted) {
      const path = join(SOUND_FONT_DIR, file);
      assert.ok(existsSync(path), `${file} is shipped`);
      assert.equal(readFileSync(path).toString('ascii', 0, 4), 'OggS', `${file} is an Ogg stream`);
    }
  });

  test('the sound font stays small enough for a .vsix of at most 15 MB', () => {
    const bytes = soundSize(SOUND_FONT_DIR);
    assert.ok(bytes <= 6_000_000, `media/soundfont takes ${bytes} bytes`);
  });

  test('each instrument sounds: mono, audible, unclipped, with room for a held note', (t) => {
    if (!hasSox()) return t.skip('sox is not installed: the samples cannot be decoded here');
    const samples: { file: string; minSeconds: number }[] = [];
    for (const sound of PITCHED) {
      for (const midi of [sound.lowest, Math.round((sound.lowest + sound.highest) / 2), sound.highest]) {
        samples.push({ file: join(`${sound.name}-mp3`, `${abcjsNoteNames[midi]}.mp3`), minSeconds: 1.5 });
      }
    }
    for (const key of SHIPPED_DRUM_KEYS)
      samples.push({ file: join(`${PERCUSSION_NAME}-mp3`, `${abcjsNoteNames[key]}.mp3`), minSeconds: 0.5 });
    for (const { file, minSeconds } of samples) {
      const stats = soxStats(join(SOUND_FONT_DIR, file));
      assert.equal(stats.channels, 1, `${file} is mono`);
      assert.ok(stats.rate >= 16000 && stats.rate <= 48000, `${file} at ${stats.rate} Hz`);
      assert.ok(stats.peak > 0.05, `${file} is nearly silent (peak ${stats.peak})`);
      assert.ok(stats.peak < 0.99, `${file} clips (peak ${stats.peak})`);
      assert.ok(stats.seconds >= minSeconds, `${file} lasts ${stats.seconds} s`);
    }
  });

  test('the note the generator asks fluidsynth for is a one-note MIDI file on the right channel and program', async () => {
    const script = await loadSoundFontScript();
    const { Midi } = require('@tonejs/midi') as typeof import('@tonejs/midi');
    const drum = new Midi(
      script.oneNoteMidi({ channel: 9, program: 32, pitch: 51, velocity: 100, holdSeconds: 0.1, releaseSeconds: 1.9 }),
    );
    const [drumTrack] = drum.tracks;
    assert.equal(drumTrack.channel, 9, 'drums play on MIDI channel 10');
    assert.deepEqual(
      drumTrack.notes.map((note) => note.midi),
      [51],
    );
    const sax = new Midi(
      script.oneNoteMidi({ channel: 0, program: 66, pitch: 60, velocity: 100, holdSeconds: 2.2, releaseSeconds: 0.3 }),
    );
    const [saxTrack] = sax.tracks;
    assert.equal(saxTrack.instrument.number, 66);
    assert.equal(saxTrack.notes.length, 1);
    assert.ok(Math.abs(saxTrack.notes[0].duration - 2.2) < 0.01, `held ${saxTrack.notes[0].duration} s`);
    const end = sax.header.ticksToSeconds(saxTrack.endOfTrackTicks ?? 0);
    assert.ok(end >= 2.49, `the file lasts through the release (${end} s)`);
  });

  test('NOTICE credits the samples and their licence', () => {
    const notice = readFileSync(join(REPO_ROOT, 'NOTICE'), 'utf8');
    assert.match(notice, /FluidR3_GM/);
    assert.match(notice, /MIT/);
    assert.match(notice, /media\/soundfont/);
  });
});
