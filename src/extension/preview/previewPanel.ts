/**
 * One preview panel bound to one ABC document: it renders the page, keeps the page in step with the
 * document (first render at once, edits debounced, every render numbered so the page drops stale
 * ones), and turns the page's checked messages into editor actions.
 */
import * as vscode from 'vscode';
import {
  ExtensionToWebviewMessage,
  PreviewSettings,
  WebviewToExtensionMessage,
  parseWebviewMessage,
  swingToPercent,
} from '../../shared/messages';
import { buildPreviewHtml, escapeHtml } from './previewHtml';
import { lineStarts, normaliseLineEndings, positionOfLfOffset } from './sourceMapping';

/** Long enough to coalesce a burst of keystrokes, short enough to feel live. */
export const EDIT_DEBOUNCE_MS = 200;

/** What the page was last sent, so a click can be mapped back to the exact text it was rendered from. */
interface SentRender {
  version: number;
  documentVersion: number;
  lfText: string;
  lineStarts: number[];
}

export interface PreviewPanelHooks {
  onDidDispose(preview: JazzPreviewPanel): void;
  log(message: string): void;
}

export class JazzPreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private documentSubscription: vscode.Disposable | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private renderVersion = 0;
  private lastSent: SentRender | undefined;
  private lastReportHtml: string | undefined;
  private disposed = false;

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
        if (event.affectsConfiguration('jazzSolo.tempo') || event.affectsConfiguration('jazzSolo.swing')) this.resetHtml();
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
    this.renderNow();
  }

  reveal(viewColumn: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  /** Shows (or with '' clears) the report section; kept so that a reloaded page gets it again. */
  showReport(html: string): void {
    this.lastReportHtml = html;
    this.post({ type: 'showReport', html });
  }

  playback(command: 'play' | 'pause' | 'stop'): void {
    this.post({ type: 'playback', command });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.documentSubscription?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
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
      this.renderNow();
    }, EDIT_DEBOUNCE_MS);
  }

  private renderNow(): void {
    if (this.disposed) return;
    if (this.debounceTimer) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
    }
    const lfText = normaliseLineEndings(this.document.getText());
    this.renderVersion += 1;
    this.lastSent = {
      version: this.renderVersion,
      documentVersion: this.document.version,
      lfText,
      lineStarts: lineStarts(lfText),
    };
    this.post({ type: 'render', version: this.renderVersion, documentUri: this.document.uri.toString(), abc: lfText });
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
        this.renderNow();
        if (this.lastReportHtml) this.post({ type: 'showReport', html: this.lastReportHtml });
        return;
      case 'selectSource':
        void this.selectSource(message.version, message.startChar, message.endChar);
        return;
      case 'error':
        this.hooks.log(`Preview of ${basename(this.document.uri)}: ${message.message}`);
        return;
      case 'rendered':
      case 'playbackState':
        return;
    }
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
  const config = vscode.workspace.getConfiguration('jazzSolo');
  const tempo = config.get<number>('tempo');
  const soundFont = webview.asWebviewUri(vscode.Uri.joinPath(media, 'soundfont')).toString();
  return {
    soundFontUrl: soundFont.endsWith('/') ? soundFont : `${soundFont}/`,
    defaultTempo: typeof tempo === 'number' && Number.isFinite(tempo) && tempo > 0 ? tempo : 120,
    swingPercent: swingToPercent(config.get<number>('swing')),
    chordsOn: true,
  };
}

/** A page for a restored panel whose document has gone: text only, nothing runs. */
export function missingDocumentHtml(documentUri: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
</head><body><p>The previewed document is no longer available: ${escapeHtml(documentUri)}</p></body></html>`;
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
