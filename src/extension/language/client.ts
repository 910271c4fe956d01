import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SET_MODEL_NOTIFICATION, type AbcServerOptions, type ContinuationSettings } from '../../shared/abcLanguage';
import { generateOptionsFromSettings, readConfiguration, SETTINGS_SECTION } from '../settings';

export const ABC_SELECTOR: vscode.DocumentSelector = [{ language: 'abc' }];

export function isAbc(document: vscode.TextDocument): boolean {
  return document.languageId === 'abc';
}

/** Where the active model lives (the model registry decides; this side only needs the folder). */
export interface ActiveModelSource {
  activeModelDir(): string;
  onDidChangeActive?: vscode.Event<unknown>;
}

/** Sampling settings of "continue this solo", from the jazzSolo.* settings. */
export function continuationSettings(): ContinuationSettings {
  const generate = generateOptionsFromSettings();
  return {
    temperature: generate.greedy ? 0 : generate.temperature,
    topK: generate.topK,
    seed: generate.seed,
    steps: readConfiguration().continueSteps,
  };
}

/**
 * The ABC language server (dist/server.js) as this extension's client. Nothing is loaded at activation:
 * the client library is imported and the server process started on the first ABC document (or the first
 * feature that needs it), then kept until the extension stops.
 */
export class AbcLanguageClient implements vscode.Disposable {
  private client: Promise<LanguageClient> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  /** Fires once the server answers (features that draw from it refresh then). */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly serverModule: string,
    /** dist/languageClient.js (see clientLibrary.ts). */
    private readonly clientLibrary: string,
    private readonly models: ActiveModelSource,
    private readonly middleware: import('vscode-languageclient').Middleware,
  ) {}

  /** Starts the server after activation returns, as soon as an ABC document is open. */
  startOnFirstAbcDocument(): void {
    const startIfAbc = (document: vscode.TextDocument) => {
      if (isAbc(document)) void this.get().catch(() => undefined);
    };
    this.disposables.push(vscode.workspace.onDidOpenTextDocument(startIfAbc));
    setTimeout(() => vscode.workspace.textDocuments.forEach(startIfAbc), 0);
  }

  /** The running client; starts it on first call. */
  get(): Promise<LanguageClient> {
    // A server that failed to start (a missing bundle, a crash) is tried again by the next caller.
    this.client ??= this.start().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  private async start(): Promise<LanguageClient> {
    // A run-time require of the separate bundle: esbuild leaves a computed path alone.
    const library: typeof import('./clientLibrary') = require(this.clientLibrary);
    const { LanguageClient, TransportKind } = library;
    const run = { module: this.serverModule, transport: TransportKind.ipc };
    const initializationOptions: AbcServerOptions = {
      modelDir: this.models.activeModelDir(),
      continuation: continuationSettings(),
      clientRunsCommands: true,
      clientShowsInlineContinuation: true,
    };
    const client = new LanguageClient(
      'jazzSoloAbc',
      'Jazz Solo ABC assistant',
      { run, debug: run },
      {
        documentSelector: [{ language: 'abc' }],
        initializationOptions,
        middleware: this.middleware,
        diagnosticCollectionName: 'abc',
      },
    );
    await client.start();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) {
          void client.sendNotification('workspace/didChangeConfiguration', {
            settings: { jazzSolo: { continuation: continuationSettings() } },
          });
        }
      }),
    );
    if (this.models.onDidChangeActive) {
      this.disposables.push(
        this.models.onDidChangeActive(() => {
          void client.sendNotification(SET_MODEL_NOTIFICATION, { modelDir: this.models.activeModelDir() });
        }),
      );
    }
    this.started.fire(client);
    return client;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.started.dispose();
    void this.client?.then((client) => client.stop()).catch(() => undefined);
  }
}
