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
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../../core/html';
export { escapeHtml };
import type { PreviewSettings } from '../../shared/messages';

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
<div class="jazz-toolbar" role="toolbar" aria-label="Playback">
  <button type="button" id="jazz-play" class="jazz-button" title="Play / pause" aria-label="Play">Play</button>
  <button type="button" id="jazz-stop" class="jazz-button" title="Stop" aria-label="Stop">Stop</button>
  <label class="jazz-field">Tempo <input type="number" id="jazz-tempo" min="20" max="400" step="1" aria-label="Tempo in beats per minute"></label>
  <label class="jazz-field">Swing <input type="range" id="jazz-swing" min="50" max="75" step="1" aria-label="Swing percentage"><output id="jazz-swing-value"></output></label>
  <label class="jazz-field"><input type="checkbox" id="jazz-chords"> Chords</label>
  <span id="jazz-status" class="jazz-status" role="status" aria-live="polite"></span>
</div>
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
