import * as vscode from 'vscode';
import { AbcLanguageClient, type ActiveModelSource } from './client';
import { adaptServerCodeLens } from './codeLens';
import { SoloContinuation } from './continuation';
import { HarmonyColouring } from './harmonyColouring';

export type LanguageFeatureDependencies = ActiveModelSource;

/** What the rest of the extension uses of the assistant: the client, and the continuation its command drives. */
export interface LanguageFeatures {
  server: AbcLanguageClient;
  continuation: SoloContinuation;
}

/**
 * The ABC assistant: a client of the ABC language server (dist/server.js), which gives diagnostics with
 * quick fixes, hover, outline and folding, code lenses, completion and the harmony marks. The inline
 * suggestion and the harmony decorations are drawn here from the server's answers. Nothing starts until
 * an ABC document is open.
 */
export function registerLanguageFeatures(
  context: vscode.ExtensionContext,
  dependencies: LanguageFeatureDependencies,
): LanguageFeatures {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const clientLibrary = vscode.Uri.joinPath(context.extensionUri, 'dist', 'languageClient.js').fsPath;
  const server = new AbcLanguageClient(serverModule, clientLibrary, dependencies, {
    provideCodeLenses: async (document, token, next) => (await next(document, token))?.map(adaptServerCodeLens),
    // The colouring is drawn as decorations (HarmonyColouring); the theme would colour the custom token
    // types a second time, and differently.
    provideDocumentSemanticTokens: () => undefined,
    provideDocumentRangeSemanticTokens: () => undefined,
  });
  context.subscriptions.push(server);
  const continuation = SoloContinuation.register(context, server);
  HarmonyColouring.register(context, server);
  server.startOnFirstAbcDocument();
  return { server, continuation };
}
