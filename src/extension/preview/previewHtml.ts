/**
 * The preview page's HTML and its Content Security Policy. Pure string building (no `vscode` import)
 * so that unit tests can check what the webview is given.
 *
 * The policy allows no network origin at all: scripts only with this render's nonce, styles, fonts and
 * the sound font's XHR only from the webview's own resource origin (`cspSource`), which VS Code maps to
 * the folders in `localResourceRoots`. Styles also allow 'unsafe-inline' because abcjs writes `style`
 * attributes and a <style> element into the SVG it renders (VS Code's markdown preview does the same);
 * inline *scripts* and event-handler attributes stay blocked.
 */
import { type MixerChannel, MIXER_CHANNELS, type PreviewSettings } from '../../shared/previewSettings';
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../../shared/html';
export { escapeHtml };

import { LEAD_INSTRUMENT_IDS, LEAD_SOUNDS } from '../../shared/soundFont';
import { PARTS, PART_NAMES } from '../../shared/parts';
import { PRACTICE_LIMITS } from '../../shared/practice';

export interface PreviewHtmlInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URI of media/preview.js. */
  scriptUri: string;
  /** Webview URI of media/preview.css. */
  styleUri: string;
  settings: PreviewSettings;
  /** Shown as the page title (escaped). */
  title: string;
  /** A fixed nonce for tests; a fresh random one otherwise. */
  nonce?: string;
}

/** 128 random bits, base64: a new one for every HTML the panel is given. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function buildContentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    // abcjs' synth loads each note with XMLHttpRequest.
    `connect-src ${cspSource}`,
    "media-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CHANNEL_LABELS: Record<MixerChannel, string> = { lead: 'Lead', bass: 'Bass', comping: 'Comping', drums: 'Drums' };

/** One strip per mixer channel: on/off, volume, and for the lead the instrument. */
function mixerChannelsHtml(): string {
  return MIXER_CHANNELS.map((channel) => {
    const label = CHANNEL_LABELS[channel];
    const instrument =
      channel === 'lead'
        ? `<select id="jazz-lead-instrument" class="jazz-select" aria-label="Lead instrument">${LEAD_INSTRUMENT_IDS.map(
            (id) => `<option value="${id}">${escapeHtml(LEAD_SOUNDS[id].label)}</option>`,
          ).join('')}</select>`
        : '';
    return `  <div class="jazz-channel" data-channel="${channel}">
    <label class="jazz-channel-name"><input type="checkbox" id="jazz-on-${channel}" aria-label="${label} on"> ${label}</label>
    ${instrument}<input type="range" id="jazz-volume-${channel}" class="jazz-volume" min="0" max="100" step="1" aria-label="${label} volume">
  </div>`;
  }).join('\n');
}

export function buildPreviewHtml(input: PreviewHtmlInput): string {
  const nonce = input.nonce ?? createNonce();
  const csp = buildContentSecurityPolicy(input.cspSource, nonce);
  const settingsJson = JSON.stringify(input.settings);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body data-settings="${escapeHtml(settingsJson)}">
<header class="jazz-controls">
<div class="jazz-toolbar" role="toolbar" aria-label="Playback">
  <button type="button" id="jazz-play" class="jazz-button" title="Play / pause" aria-label="Play">Play</button>
  <button type="button" id="jazz-stop" class="jazz-button" title="Stop" aria-label="Stop">Stop</button>
  <label class="jazz-field">Tempo <input type="number" id="jazz-tempo" min="20" max="400" step="1" aria-label="Tempo in beats per minute"></label>
  <label class="jazz-field">Swing <input type="range" id="jazz-swing" min="50" max="75" step="1" aria-label="Swing percentage"><output id="jazz-swing-value"></output></label>
  <label class="jazz-field" title="One bar of drums before the solo"><input type="checkbox" id="jazz-count-in"> Count-in</label>
  <label class="jazz-field" title="Play the solo, or the bars given, over and over"><input type="checkbox" id="jazz-loop"> Loop</label>
  <label class="jazz-field jazz-bars">bars <input type="number" id="jazz-loop-from" min="1" step="1" placeholder="first" aria-label="First bar of the loop"></label>
  <label class="jazz-field jazz-bars">to <input type="number" id="jazz-loop-to" min="1" step="1" placeholder="last" aria-label="Last bar of the loop"></label>
  <span class="jazz-practice" role="group" aria-label="Practice loop">
  <label class="jazz-field" title="Each pass of the loop this many beats per minute faster">+<input type="number" id="jazz-tempo-step" min="${PRACTICE_LIMITS.tempoStep.min}" max="${PRACTICE_LIMITS.tempoStep.max}" step="1" aria-label="Beats per minute added after each pass"> BPM a pass</label>
  <label class="jazz-field" title="The tempo the passes rise to">up to <input type="number" id="jazz-target-tempo" min="${PRACTICE_LIMITS.targetTempo.min}" max="${PRACTICE_LIMITS.targetTempo.max}" step="1" aria-label="Target tempo"></label>
  <label class="jazz-field" title="A click on every beat"><input type="checkbox" id="jazz-click"> Click</label>
  <label class="jazz-field" title="A bar of count-in before every pass of the loop"><input type="checkbox" id="jazz-count-in-each"> Count-in each pass</label>
  </span>
  <span id="jazz-status" class="jazz-status" role="status" aria-live="polite"></span>
</div>
<div class="jazz-mixer" role="group" aria-label="Mixer">
${mixerChannelsHtml()}
  <label class="jazz-channel" title="Colour each note of a generated solo by how sure the network was of it (red unsure, green sure)" hidden><input type="checkbox" id="jazz-confidence"> Confidence</label>
  <label class="jazz-channel jazz-part" title="Show the part as this instrument reads it; it still sounds at concert pitch">Part <select id="jazz-part" class="jazz-select" aria-label="Part">${PART_NAMES.map(
    (name) => `<option value="${name}">${escapeHtml(PARTS[name].label)}</option>`,
  ).join('')}</select></label>
</div>
</header>
<div id="jazz-harmony-legend" class="jazz-legend" hidden>
  <span class="jazz-legend-item"><span class="jazz-swatch jazz-swatch-outside" aria-hidden="true"></span>outside the chord and its scale</span>
  <span class="jazz-legend-item"><span class="jazz-swatch jazz-swatch-approach" aria-hidden="true"></span>approach tone (should resolve by a semitone)</span>
</div>
<div id="jazz-warnings" class="jazz-warnings" hidden></div>
<div id="jazz-music" class="jazz-music"></div>
<div id="jazz-report" class="jazz-report" hidden></div>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}
