/**
 * The training chart: one webview panel that draws the loss and the held-out NLL of the training under way,
 * epoch by epoch, and stays open afterwards (its last run stays drawn until the next one starts).
 */
import * as vscode from 'vscode';
import { parseFromTrainingChart, type ToTrainingChart } from '../../shared/trainingChart';
import { trainingChartHtml } from './trainingChartHtml';

export const TRAINING_CHART_VIEW_TYPE = 'jazzSolo.trainingChart';

export class TrainingChart implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  /** Messages sent before the page said it is ready; a new run replaces them. */
  private pending: ToTrainingChart[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Opens (or reveals) the chart beside the editor and starts a new run on it. */
  start(name: string): void {
    if (!this.panel) this.open(name);
    else this.panel.reveal(undefined, true);
    this.pending = [];
    this.post({ type: 'start', name });
  }

  post(message: ToTrainingChart): void {
    if (!this.panel) return;
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending.push(message);
  }

  private open(name: string): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      TRAINING_CHART_VIEW_TYPE,
      'Jazz Training',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [media], retainContextWhenHidden: true },
    );
    this.panel = panel;
    this.ready = false;
    panel.webview.html = trainingChartHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'trainingChart.js')).toString(),
      title: `Training "${name}"`,
    });
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      if (!parseFromTrainingChart(raw)) return;
      this.ready = true;
      for (const message of this.pending.splice(0)) void panel.webview.postMessage(message);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
