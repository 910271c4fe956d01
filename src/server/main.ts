/**
 * dist/server.js: the ABC language server as an editor starts it:
 *   node dist/server.js --stdio [--model DIR]      or --node-ipc (VS Code), --socket=N, --pipe=NAME
 * `jazz-solo lsp --stdio` requires this bundle and calls startLanguageServer itself.
 */
import { startLanguageServer } from './index';

export { startLanguageServer };

function modelArgument(argv: string[]): string | undefined {
  const at = argv.indexOf('--model');
  if (at >= 0) return argv[at + 1];
  return argv.find((arg) => arg.startsWith('--model='))?.slice('--model='.length);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const namesTransport = argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg));
  startLanguageServer({ transport: namesTransport ? 'argv' : 'stdio', modelDir: modelArgument(argv) });
}
