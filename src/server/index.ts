/**
 * Starting the ABC language server: over stdio for `jazz-solo lsp --stdio` and any editor, or over the
 * transport named on the command line (--node-ipc, --stdio, --socket=N, --pipe=NAME) for dist/server.js,
 * which VS Code starts. Standard output carries only protocol messages: console output goes to stderr.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startAbcServer } from './abcServer';

/** Everything console.* prints goes to stderr, so no stray line can corrupt the protocol on stdout. */
function consoleToStderr(): void {
  const write = (...args: unknown[]) =>
    process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
  console.log = write;
  console.info = write;
  console.debug = write;
  console.warn = write;
}

function keepRunningOnErrors(): void {
  process.on('uncaughtException', (error) =>
    process.stderr.write(`[abc-lsp] uncaught: ${error.stack ?? error.message}\n`),
  );
  process.on('unhandledRejection', (reason) =>
    process.stderr.write(`[abc-lsp] unhandled rejection: ${String(reason)}\n`),
  );
}

export interface LanguageServerOptions {
  /** 'stdio': stdin/stdout whatever the arguments say; 'argv': the transport named on the command line. */
  transport: 'stdio' | 'argv';
  modelDir?: string;
}

export function startLanguageServer(options: LanguageServerOptions): void {
  consoleToStderr();
  keepRunningOnErrors();
  const connection =
    options.transport === 'stdio'
      ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
      : createConnection(ProposedFeatures.all);
  startAbcServer(connection, { modelDir: options.modelDir });
}
