/**
 * What the preview webview is given: a page that can reach no network origin and run no script but
 * ours, settings that survive any characters, and a sound font that abcjs can load offline.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContentSecurityPolicy, buildPreviewHtml, PreviewHtmlInput } from '../../src/extension/preview/previewHtml';
import {
  PreviewSettings,
  SOUND_FONT_HIGHEST_MIDI,
  SOUND_FONT_INSTRUMENT,
  SOUND_FONT_LOWEST_MIDI,
  parsePreviewSettings,
} from '../../src/shared/messages';
import { REPO_ROOT } from './helpers/shared';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function input(overrides: Partial<PreviewHtmlInput> = {}): PreviewHtmlInput {
  return {
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
    title: 'Preview solo.abc',
    settings: { soundFontUrl: `${CSP_SOURCE}/ext/media/soundfont/`, defaultTempo: 120, swingPercent: 60, chordsOn: true },
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

  test('every script element carries this render\'s nonce and has no inline code', () => {
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
      chordsOn: false,
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

  test('every element the page script looks up by id is in the page, once', () => {
    const html = buildPreviewHtml(input());
    const script = readFileSync(join(REPO_ROOT, 'src', 'webview', 'main.ts'), 'utf8');
    const ids = Array.from(script.matchAll(/element<\w+>\('([\w-]+)'\)/g), (match) => match[1]);
    assert.ok(ids.includes('jazz-harmony-legend') && ids.includes('jazz-music'));
    for (const id of ids) assert.equal(html.split(`id="${id}"`).length - 1, 1, `#${id}`);
  });

  test('the harmony legend names both colours and stays hidden until a render brings colouring', () => {
    const html = buildPreviewHtml(input());
    const legend = /<div id="jazz-harmony-legend"([^>]*)>([\s\S]*?)<\/div>/.exec(html);
    assert.ok(legend, 'the page has a legend');
    assert.match(legend[1], /\shidden\b/);
    assert.match(legend[2], /jazz-swatch-outside[\s\S]*outside the chord/);
    assert.match(legend[2], /jazz-swatch-approach[\s\S]*approach/);
    const css = readFileSync(join(REPO_ROOT, 'media', 'preview.css'), 'utf8');
    assert.match(css, /\.jazz-outside[^{]*\{[^}]*var\(--vscode-editorError-foreground/, 'outside notes take the theme\'s error colour');
    assert.match(css, /\.jazz-approach[^{]*\{[^}]*var\(--vscode-editorInfo-foreground/, 'approach notes take the theme\'s info colour');
  });

  test('the sound font can be fetched: connect-src allows the resource origin and nothing else', () => {
    const policy = directives(buildContentSecurityPolicy(CSP_SOURCE, 'x'));
    assert.deepEqual(policy.get('connect-src'), [CSP_SOURCE]);
  });
});

interface SoundFontModule {
  SOUND_FONT_INSTRUMENT: string;
  SOUND_FONT_LOWEST_MIDI: number;
  SOUND_FONT_HIGHEST_MIDI: number;
  noteName(midi: number): string;
  writeSoundFont(outDir: string): { files: string[]; totalBytes: number };
}

async function loadSoundFontScript(): Promise<SoundFontModule> {
  return (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'make-soundfont.mjs')).href)) as SoundFontModule;
}

describe('the offline sound font', () => {
  test('the generator and the webview agree on the instrument and the range', async () => {
    const script = await loadSoundFontScript();
    assert.equal(script.SOUND_FONT_INSTRUMENT, SOUND_FONT_INSTRUMENT);
    assert.equal(script.SOUND_FONT_LOWEST_MIDI, SOUND_FONT_LOWEST_MIDI);
    assert.equal(script.SOUND_FONT_HIGHEST_MIDI, SOUND_FONT_HIGHEST_MIDI);
  });

  test('files are named as abcjs asks for them', async () => {
    const script = await loadSoundFontScript();
    const abcjsNames = require('abcjs/src/synth/pitch-to-note-name.js') as Record<number, string>;
    const abcjsInstruments = require('abcjs/src/synth/instrument-index-to-name.js') as string[];
    assert.equal(abcjsInstruments[0], SOUND_FONT_INSTRUMENT, 'the default program is the instrument we ship');
    for (let midi = SOUND_FONT_LOWEST_MIDI; midi <= SOUND_FONT_HIGHEST_MIDI; midi++) {
      assert.equal(script.noteName(midi), abcjsNames[midi], `MIDI ${midi}`);
    }
    // abcjs builds the URL as soundFontUrl + instrument + "-mp3/" + name + ".mp3".
    const loader = readFileSync(require.resolve('abcjs/src/synth/load-note.js'), 'utf8');
    assert.match(loader, /url \+ instrument \+ "-mp3\/" \+ name \+ "\.mp3"/);
  });

  test('every note is a small, audible, unclipped PCM WAV, reproducibly', async () => {
    const script = await loadSoundFontScript();
    const first = mkdtempSync(join(tmpdir(), 'jazz-soundfont-'));
    const second = mkdtempSync(join(tmpdir(), 'jazz-soundfont-'));
    try {
      const written = script.writeSoundFont(first);
      script.writeSoundFont(second);
      const folder = `${SOUND_FONT_INSTRUMENT}-mp3`;
      const names = readdirSync(join(first, folder)).sort();
      assert.equal(names.length, SOUND_FONT_HIGHEST_MIDI - SOUND_FONT_LOWEST_MIDI + 1);
      assert.ok(written.totalBytes <= 4_000_000, `the sound font takes ${written.totalBytes} bytes`);
      for (const name of names) {
        const bytes = readFileSync(join(first, folder, name));
        assert.ok(bytes.equals(readFileSync(join(second, folder, name))), `${name} differs between two runs`);
        assert.equal(bytes.toString('ascii', 0, 4), 'RIFF');
        assert.equal(bytes.toString('ascii', 8, 12), 'WAVE');
        assert.equal(bytes.readUInt16LE(20), 1, 'PCM');
        assert.equal(bytes.readUInt16LE(22), 1, 'mono');
        assert.equal(bytes.readUInt16LE(34), 16, '16-bit');
        assert.equal(bytes.readUInt32LE(40), bytes.length - 44, 'data chunk fills the file');
        let peak = 0;
        for (let offset = 44; offset < bytes.length; offset += 2) peak = Math.max(peak, Math.abs(bytes.readInt16LE(offset)));
        assert.ok(peak > 3000, `${name} is nearly silent (peak ${peak})`);
        assert.ok(peak < 32000, `${name} clips (peak ${peak})`);
        const lastSample = bytes.readInt16LE(bytes.length - 2);
        assert.ok(Math.abs(lastSample) < 200, `${name} ends with a click (${lastSample})`);
      }
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });
});
