/** `jazz-solo lsp`: Run the ABC language server. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';

import { MODEL_OPTION, noPositionals, defineCommand } from './common';

export const lspCommand = defineCommand({
  name: 'lsp',
  summary:
    'Run the ABC assistant as a language server (LSP 3.17) for any editor: diagnostics with quick fixes, hover, ' +
    'outline, folding, harmony colouring (semantic tokens), completion and "continue this solo".',
  positionals: [],
  options: [
    { name: 'stdio', kind: 'flag', help: 'Speak the protocol on stdin and stdout (required: the one transport).' },
    { ...MODEL_OPTION, help: 'The model "continue this solo" uses (until the editor names another).' },
  ],
  notes: 'Logs go to stderr; stdout carries only protocol messages. The editor starts it: see README, "Other editors".',
  async run(args) {
    noPositionals(args, 'lsp', 'takes no files: the editor opens them');
    if (!args.options.stdio)
      throw new UserFacingError('lsp needs --stdio: it speaks the Language Server Protocol on stdin and stdout');
    const modelDir = args.options.model as string | undefined;
    if (modelDir !== undefined) {
      const { statSync } = await import('node:fs');
      if (!statSync(modelDir, { throwIfNoEntry: false })?.isDirectory()) {
        throw new UserFacingError(`--model ${printable(modelDir)}: no such model folder`);
      }
    }
    // The server is its own bundle (dist/server.js, which editors also start); the CLI is its launcher.
    const { join } = await import('node:path');
    const { findPackageRoot } = await import('../../engine/paths');
    const bundle = join(findPackageRoot(), 'dist', 'server.js');
    let server: { startLanguageServer(options: { transport: 'stdio'; modelDir?: string }): void };
    try {
      server = require(bundle);
    } catch {
      throw new UserFacingError(
        `cannot load the language server ${bundle}: run \`npm run build\` in the project folder`,
      );
    }
    server.startLanguageServer({ transport: 'stdio', modelDir });
    // The server ends the process itself: on the `exit` notification, or when the editor closes stdin.
    await new Promise<never>(() => undefined);
  },
});
