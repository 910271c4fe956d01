/**
 * The "Open Jazz Preview" command and the serializer that brings the panel back after a window
 * reload. One preview at a time, which follows the active ABC editor (like VS Code's markdown preview
 * opened to the side).
 */
import { parsePreviewState } from '../../shared/previewSettings';
import type { ConfidenceMark } from '../../shared/confidence';
import * as vscode from 'vscode';
import type { PartName } from '../../shared/parts';
import { forgetDocument } from '../language/analysisLoader';
import { PREVIEW_VIEW_TYPE } from '../../shared/messages';
import { ExportedWav, JazzPreviewPanel, missingDocumentHtml, webviewOptions } from './previewPanel';

export function isAbcDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'abc' || document.uri.path.toLowerCase().endsWith('.abc');
}

export class JazzPreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private preview: JazzPreviewPanel | undefined;
  private output: vscode.OutputChannel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static register(context: vscode.ExtensionContext): JazzPreviewManager {
    const manager = new JazzPreviewManager(context.extensionUri);
    context.subscriptions.push(manager, vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager));
    return manager;
  }

  private confidenceSource?: (document: vscode.TextDocument) => ConfidenceMark[] | undefined;

  private constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.preview && isAbcDocument(editor.document)) this.preview.retarget(editor.document);
      }),
      // The preview's analyses are cached per document: a closed document's goes with it.
      vscode.workspace.onDidCloseTextDocument(forgetDocument),
    );
  }

  show(document: vscode.TextDocument, options: { beside?: boolean } = {}): void {
    const column = options.beside
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    if (this.preview) {
      this.preview.retarget(document);
      this.preview.reveal(column, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Jazz Preview',
      { viewColumn: column, preserveFocus: true },
      { ...webviewOptions(this.extensionUri), retainContextWhenHidden: true, enableFindWidget: true },
    );
    this.preview = this.createPreview(panel, document);
  }

  /** Shows an HTML report made by our own code (the evaluation report) in the open preview. */
  showReport(html: string): boolean {
    if (!this.preview) return false;
    this.preview.showReport(html);
    return true;
  }

  /** Shows the document beside the editor and plays it once the page has rendered it. */
  playWhenReady(document: vscode.TextDocument, bars?: { from: number; to: number }): void {
    this.show(document, { beside: true });
    this.preview?.playWhenRendered(bars);
  }

  /** Whether the open preview is playing this document. */
  isPlaying(document: vscode.TextDocument): boolean {
    const shown = this.preview?.documentUri.toString() === document.uri.toString();
    return shown && (this.preview?.playbackState === 'playing' || this.preview?.playbackState === 'loading');
  }

  /** The document the open preview shows, if one is open (the sheet exports start from it). */
  shownDocumentUri(): vscode.Uri | undefined {
    return this.preview?.documentUri;
  }

  /** The part the open preview shows (its selector), when it shows this document. */
  partShownFor(document: vscode.TextDocument): PartName | undefined {
    return this.preview?.documentUri.toString() === document.uri.toString() ? this.preview.part : undefined;
  }

  /** Drives playback of the open preview (commands and tests); false when no preview is open. */
  playback(command: 'play' | 'pause' | 'stop'): boolean {
    if (!this.preview) return false;
    this.preview.playback(command);
    return true;
  }

  /**
   * Renders a tune of the document to WAV in the preview (opening it beside the editor if needed), as
   * the panel's band plays it (mixer, lead instrument, tempo, swing, count-in).
   */
  async exportWav(
    document: vscode.TextDocument,
    tuneIndex: number | undefined,
    token: vscode.CancellationToken,
  ): Promise<ExportedWav> {
    if (this.preview) {
      // Where the user put the preview, it stays.
      this.preview.retarget(document);
      this.preview.reveal(this.preview.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    } else {
      this.show(document, { beside: true });
    }
    const preview = this.preview;
    if (!preview) throw new Error('The preview could not be opened.');
    return preview.exportWav(tuneIndex, token);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, rawState: unknown): Promise<void> {
    const state = parsePreviewState(rawState);
    const document = state ? await findDocument(state.documentUri) : undefined;
    if (!document) {
      panel.webview.options = { enableScripts: false, localResourceRoots: [] };
      panel.webview.html = missingDocumentHtml(state?.documentUri ?? 'unknown document');
      return;
    }
    if (this.preview) {
      // Only one live preview: a second restored panel would fight the first over the active editor.
      this.preview.dispose();
    }
    this.preview = this.createPreview(panel, document);
  }

  dispose(): void {
    this.preview?.dispose();
    this.preview = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.output?.dispose();
  }

  openFromCommand(arg: unknown): void {
    const fromExplorer = arg instanceof vscode.Uri ? arg : undefined;
    if (fromExplorer) {
      void vscode.workspace.openTextDocument(fromExplorer).then(
        (document) => this.show(document, { beside: true }),
        (error: unknown) => void vscode.window.showErrorMessage(`Cannot open ${fromExplorer.fsPath}: ${String(error)}`),
      );
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Open an ABC file to preview it.');
      return;
    }
    this.show(document, { beside: true });
  }

  private createPreview(panel: vscode.WebviewPanel, document: vscode.TextDocument): JazzPreviewPanel {
    return new JazzPreviewPanel(panel, document, this.extensionUri, {
      onDidDispose: (disposed) => {
        if (this.preview === disposed) this.preview = undefined;
      },
      log: (message) => this.log(message),
      confidenceOf: (shown) => this.confidenceSource?.(shown),
    });
  }

  /** Where the preview finds a generated solo's confidence per note (the solo's explanation). */
  setConfidenceSource(source: (document: vscode.TextDocument) => ConfidenceMark[] | undefined): void {
    this.confidenceSource = source;
  }

  private log(message: string): void {
    this.output ??= vscode.window.createOutputChannel('Jazz Solo Preview');
    this.output.appendLine(`[${new Date().toISOString()}] ${message}`);
  }
}

async function findDocument(documentUri: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === documentUri);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(documentUri, true));
  } catch {
    return undefined;
  }
}
