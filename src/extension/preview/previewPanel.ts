/**
 * One preview panel bound to one ABC document: it renders the page, keeps the page in step with the
 * document (first render at once, edits debounced, every render numbered so the page drops stale
 * ones), and turns the page's checked messages into editor actions.
 */
import { PreviewSettings } from '../../shared/previewSettings';
import type { ConfidenceMark } from '../../shared/confidence';
import * as vscode from 'vscode';
import {
  BandData,
  ExtensionToWebviewMessage,
  PlaybackState,
  RenderHarmony,
  WebviewToExtensionMessage,
  parseWebviewMessage,
} from '../../shared/messages';
import { swingToPercent } from '../../shared/swing';
import type { PartName } from '../../shared/parts';
import { readWavHeader, type WavInfo } from '../../shared/wavHeader';
import {
  affectsSettings,
  bandSettingsFromSettings,
  partFromSettings,
  practiceFromSettings,
  readConfiguration,
} from '../settings';
import { loadEngine } from '../engineLoader';
import { analyseDocument, loadAnalysis, type Analysis } from '../language/analysisLoader';
import { toRenderHarmony } from './previewHarmony';
import { buildPreviewHtml, escapeHtml } from './previewHtml';
import { lineStarts, positionOfLfOffset } from './sourceMapping';
import { withLfLineEndings } from '../../shared/text';

/** Long enough to coalesce a burst of keystrokes, short enough to feel live. */
export const EDIT_DEBOUNCE_MS = 200;

/** What the page was last sent, so a click can be mapped back to the exact text it was rendered from. */
interface SentRender {
  version: number;
  documentVersion: number;
  lfText: string;
  lineStarts: number[];
}

/** A WAV file the page rendered, its header already checked. */
export interface ExportedWav {
  bytes: Uint8Array;
  info: WavInfo;
}

interface PendingWav {
  resolve(wav: ExportedWav): void;
  reject(error: Error): void;
}

export interface PreviewPanelHooks {
  onDidDispose(preview: JazzPreviewPanel): void;
  log(message: string): void;
  /** A generated solo's notes with the network's confidence, while the document is the solo generated. */
  confidenceOf?(document: vscode.TextDocument): ConfidenceMark[] | undefined;
}

export class JazzPreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private documentSubscription: vscode.Disposable | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private renderVersion = 0;
  private lastSent: SentRender | undefined;
  private lastReportHtml: string | undefined;
  private disposed = false;
  /** The newest render the page has confirmed. */
  private renderedVersion = -1;
  private readonly renderWaiters = new Set<() => void>();
  private nextWavRequest = 0;
  private readonly pendingWavs = new Map<number, PendingWav>();
  /** The part the page shows (its selector, else the `jazzSolo.part` setting): exports of the document follow it. */
  part: PartName = partFromSettings();
  /** What the page's player last said it is doing. */
  playbackState: PlaybackState = 'stopped';

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly extensionUri: vscode.Uri,
    private readonly hooks: PreviewPanelHooks,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event, ['tempo', 'swing', 'band', 'part', 'practice'])) this.resetHtml();
        else if (affectsSettings(event, ['harmonyColouring'])) void this.renderNow();
      }),
    );
    this.bindDocument(document);
    this.resetHtml();
  }

  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** Shows another document in this panel (the preview follows the active ABC editor). */
  retarget(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.document.uri.toString()) return;
    this.bindDocument(document);
    void this.renderNow();
  }

  reveal(viewColumn: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  /** Shows (or with '' clears) the report section; kept so that a reloaded page gets it again. */
  showReport(html: string): void {
    this.lastReportHtml = html;
    this.post({ type: 'showReport', html });
  }

  /** `bars` (1-based, inclusive) with play: only those bars, once. */
  playback(command: 'play' | 'pause' | 'stop', bars?: { from: number; to: number }): void {
    this.post(bars ? { type: 'playback', command, bars } : { type: 'playback', command });
  }

  /** Plays as soon as the page confirms it shows the current document (a freshly opened page needs a moment). */
  playWhenRendered(bars?: { from: number; to: number }): void {
    const never = new vscode.CancellationTokenSource();
    void this.whenRendered(never.token).then(
      () => this.playback('play', bars),
      () => undefined, // closed before it rendered: nothing to play
    );
  }

  /**
   * Asks the page to render a tune of the current document to WAV (as Play would sound) once the page
   * shows that document. `tuneIndex` undefined = the tune the page would play.
   */
  async exportWav(tuneIndex: number | undefined, token: vscode.CancellationToken): Promise<ExportedWav> {
    await this.whenRendered(token);
    const requestId = ++this.nextWavRequest;
    return new Promise<ExportedWav>((resolve, reject) => {
      const cancellation = token.onCancellationRequested(() => {
        this.pendingWavs.delete(requestId);
        reject(new vscode.CancellationError());
      });
      const settle =
        <T>(action: (value: T) => void) =>
        (value: T): void => {
          cancellation.dispose();
          this.pendingWavs.delete(requestId);
          action(value);
        };
      this.pendingWavs.set(requestId, { resolve: settle(resolve), reject: settle(reject) });
      this.post(
        tuneIndex === undefined ? { type: 'exportWav', requestId } : { type: 'exportWav', requestId, tuneIndex },
      );
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.documentSubscription?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    for (const pending of [...this.pendingWavs.values()])
      pending.reject(new Error('The preview was closed before the WAV was ready.'));
    for (const wake of [...this.renderWaiters]) wake();
    this.panel.dispose();
    this.hooks.onDidDispose(this);
  }

  private bindDocument(document: vscode.TextDocument): void {
    this.document = document;
    this.lastSent = undefined;
    this.panel.title = `Preview ${basename(document.uri)}`;
    this.documentSubscription?.dispose();
    this.documentSubscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() === this.document.uri.toString()) this.scheduleRender();
    });
  }

  /** A fresh page (and so a fresh nonce); the page asks for the document with 'ready' once it runs. */
  private resetHtml(): void {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.html = buildPreviewHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      settings: readSettings(webview, media),
      title: this.panel.title,
    });
  }

  private scheduleRender(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.renderNow();
    }, EDIT_DEBOUNCE_MS);
  }

  private async renderNow(): Promise<void> {
    if (this.disposed) return;
    if (this.debounceTimer) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
    }
    const version = ++this.renderVersion;
    const colouring = readConfiguration().harmonyColouring;
    const analysis = colouring ? await this.loadAnalysisQuietly() : undefined;
    // A newer render started while the analysers loaded; it sends the newer text.
    if (this.disposed || version !== this.renderVersion) return;
    // The text is read only now, and analysed within this same task, so the marks fit it exactly.
    const document = this.document;
    const text = document.getText();
    const lfText = withLfLineEndings(text);
    const harmony = analysis ? await this.harmonyOf(analysis, document, text, lfText) : undefined;
    if (this.disposed || version !== this.renderVersion) return;
    this.lastSent = { version, documentVersion: document.version, lfText, lineStarts: lineStarts(lfText) };
    const message: ExtensionToWebviewMessage = {
      type: 'render',
      version,
      documentUri: document.uri.toString(),
      abc: lfText,
    };
    if (harmony) message.harmony = harmony;
    // Offsets of the generated text, which has LF line endings: the page's text is the same.
    const confidence = text === lfText ? this.hooks.confidenceOf?.(document) : undefined;
    if (confidence?.length) message.confidence = confidence;
    this.post(message);
  }

  private async loadAnalysisQuietly(): Promise<Analysis | undefined> {
    try {
      return await loadAnalysis();
    } catch (error) {
      this.hooks.log(`Harmony colouring is unavailable: ${String(error)}`);
      return undefined;
    }
  }

  /**
   * The engine's marks for the LF text the page renders. An LF document is that text already, and the
   * analysis the editor's features share is reused; a CRLF one is analysed as the page sees it.
   */
  private async harmonyOf(
    analysis: Analysis,
    document: vscode.TextDocument,
    text: string,
    lfText: string,
  ): Promise<RenderHarmony | undefined> {
    try {
      const analysed =
        text === lfText ? await analyseDocument(document) : analysis.analyseAbc(lfText, document.uri.toString());
      if (analysed.text !== lfText) return undefined;
      return toRenderHarmony(analysis.markedNotes(analysed), analysis.harmonyCounts(analysed));
    } catch (error) {
      // The diagnostics tell the user what cannot be read; the music still shows, uncoloured.
      this.hooks.log(`Harmony colouring of ${basename(document.uri)} failed: ${String(error)}`);
      return undefined;
    }
  }

  /** Resolves once the page has confirmed the latest render of the current document. */
  private whenRendered(token: vscode.CancellationToken): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const check = (): boolean => {
        if (this.disposed) {
          finish();
          reject(new Error('The preview was closed.'));
          return true;
        }
        if (token.isCancellationRequested) {
          finish();
          reject(new vscode.CancellationError());
          return true;
        }
        // The render must also be of the document as it is now: an edit's render may still be on its way.
        const current = this.lastSent?.documentVersion === this.document.version;
        if (this.lastSent && current && this.renderedVersion >= this.lastSent.version) {
          finish();
          resolve();
          return true;
        }
        return false;
      };
      const cancellation = token.onCancellationRequested(() => void check());
      const finish = (): void => {
        cancellation.dispose();
        this.renderWaiters.delete(wake);
      };
      const wake = (): void => void check();
      if (!check()) this.renderWaiters.add(wake);
    });
  }

  private post(message: ExtensionToWebviewMessage): void {
    if (this.disposed) return;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.hooks.log(`Ignored a malformed message from the preview: ${safePreview(raw)}`);
      return;
    }
    this.handle(message);
  }

  private handle(message: WebviewToExtensionMessage): void {
    switch (message.type) {
      case 'ready':
        void this.renderNow();
        if (this.lastReportHtml) this.post({ type: 'showReport', html: this.lastReportHtml });
        return;
      case 'selectSource':
        void this.selectSource(message.version, message.startChar, message.endChar);
        return;
      case 'error':
        this.hooks.log(`Preview of ${basename(this.document.uri)}: ${message.message}`);
        return;
      case 'rendered':
        this.renderedVersion = Math.max(this.renderedVersion, message.version);
        for (const wake of [...this.renderWaiters]) wake();
        return;
      case 'wav':
        this.receiveWav(message.requestId, message.wavBase64);
        return;
      case 'wavFailed':
        this.pendingWavs.get(message.requestId)?.reject(new Error(message.message));
        return;
      case 'playbackState':
        this.playbackState = message.state;
        return;
      case 'requestBand':
        void this.sendBand(message.version, message.tuneIndex);
        return;
      case 'partChanged':
        this.part = message.part;
        return;
    }
  }

  /**
   * The engine's rhythm section for a tune of the render the page asked about. Every part and the count-in
   * are arranged: the page's mixer switches them. The seed comes from the text, so the same solo gets the
   * same band each time it is shown, and another solo another band.
   */
  private async sendBand(version: number, tuneIndex: number): Promise<void> {
    const sent = this.lastSent;
    // An older render: the page asks again for the newer one it is about to get.
    if (!sent || sent.version !== version) return;
    try {
      const engine = await loadEngine();
      const arrangement = engine.arrangeBandForAbc(sent.lfText, tuneIndex, {
        parts: { bass: true, comping: true, drums: true },
        countIn: true,
        seed: textSeed(sent.lfText),
      });
      this.post({ type: 'band', version, tuneIndex, band: toBandData(arrangement) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.hooks.log(`No band for tune ${tuneIndex + 1} of ${basename(this.document.uri)}: ${text}`);
      this.post({ type: 'band', version, tuneIndex, error: text });
    }
  }

  private receiveWav(requestId: number, wavBase64: string): void {
    const pending = this.pendingWavs.get(requestId);
    if (!pending) return; // cancelled meanwhile
    const bytes = new Uint8Array(Buffer.from(wavBase64, 'base64'));
    const info = readWavHeader(bytes);
    if (!info) {
      pending.reject(new Error('The preview sent audio that is not a 16-bit PCM WAV file.'));
      return;
    }
    pending.resolve({ bytes, info });
  }

  private async selectSource(version: number, startChar: number, endChar: number): Promise<void> {
    const sent = this.lastSent;
    // A click on an old render, or on a render of text that has changed since, would select the wrong
    // characters; the next render arrives within the debounce delay anyway.
    if (!sent || sent.version !== version || sent.documentVersion !== this.document.version) return;
    const start = positionOfLfOffset(sent.lineStarts, sent.lfText.length, startChar);
    const end = positionOfLfOffset(sent.lineStarts, sent.lfText.length, endChar);
    const selection = new vscode.Selection(start.line, start.character, end.line, end.character);
    const uri = this.document.uri.toString();
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri);
    const otherColumn = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? otherColumn,
      preserveFocus: false,
      selection,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function readSettings(webview: vscode.Webview, media: vscode.Uri): PreviewSettings {
  const settings = readConfiguration();
  const soundFont = webview.asWebviewUri(vscode.Uri.joinPath(media, 'soundfont')).toString();
  return {
    soundFontUrl: soundFont.endsWith('/') ? soundFont : `${soundFont}/`,
    defaultTempo: settings.tempo,
    swingPercent: swingToPercent(settings.swing),
    band: bandSettingsFromSettings(),
    part: partFromSettings(),
    practice: practiceFromSettings(),
  };
}

/** A page for a restored panel whose document has gone: text only, nothing runs. */
export function missingDocumentHtml(documentUri: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
</head><body><p>The previewed document is no longer available: ${escapeHtml(documentUri)}</p></body></html>`;
}

/** Only the fields the page plays travel (the arrangement may carry more). */
export function toBandData(arrangement: BandData): BandData {
  const { meter, countInTicks, totalTicks, notes } = arrangement;
  return {
    meter: { numerator: meter.numerator, denominator: meter.denominator },
    countInTicks,
    totalTicks,
    notes: notes.map(({ part, pitch, startTick, durationTicks, velocity }) => ({
      part,
      pitch,
      startTick,
      durationTicks,
      velocity,
    })),
  };
}

/** A 32-bit FNV-1a hash of the text: the band's seed. */
export function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

function safePreview(value: unknown): string {
  try {
    return JSON.stringify(value).slice(0, 200);
  } catch {
    return typeof value;
  }
}
