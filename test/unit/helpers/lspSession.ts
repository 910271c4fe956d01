/**
 * A language-server client for tests: spawns a server command, speaks LSP to it over stdio with vscode-jsonrpc,
 * keeps every publishDiagnostics, answers workspace/applyEdit, and records the raw bytes of stdout so a test
 * can check that nothing but protocol messages was written there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Diagnostic {
  range: Range;
  message: string;
  code?: string | number;
  source?: string;
  severity?: number;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** Offset of a position in a text (LF or CR LF line ends, UTF-16 characters as LSP counts them). */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The text after applying edits (non-overlapping, any order), as a client would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit) => ({
      from: offsetAt(text, edit.range.start),
      to: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.from - a.from);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.from) + edit.newText + result.slice(edit.to);
  return result;
}

export class LspSession {
  readonly connection: MessageConnection;
  readonly stdoutChunks: Buffer[] = [];
  stderr = '';
  readonly published: PublishedDiagnostics[] = [];
  /** Edits the server asked this client to apply (workspace/applyEdit), in order. */
  readonly appliedEdits: Array<{ changes?: Record<string, TextEdit[]> }> = [];
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.stdoutChunks.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/applyEdit', (params: { edit: { changes?: Record<string, TextEdit[]> } }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    // Log messages and other notifications a server may send are simply accepted.
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  static start(command: string, args: string[], cwd: string): LspSession {
    return new LspSession(spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  async initialize(initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions,
      capabilities: {
        workspace: { applyEdit: true, workspaceEdit: { documentChanges: false } },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'abc', version, text },
    });
  }

  change(uri: string, version: number, changes: Array<{ range?: Range; text: string }>): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** The diagnostics published for a document version (waits for them, up to `timeoutMs`). */
  async diagnostics(uri: string, version: number, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.filter((p) => p.uri === uri && p.version === version).pop();
      if (found) return found.diagnostics;
      if (Date.now() > deadline)
        throw new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends raw bytes to the server's stdin (for malformed messages). */
  writeRaw(text: string): void {
    this.child.stdin!.write(text);
  }

  /** shutdown then exit; resolves with the exit status. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit within 5 s of the exit notification');
    }
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  /** Splits what the server wrote on stdout into LSP frames; throws on anything that is not one. */
  stdoutFrames(): unknown[] {
    const bytes = Buffer.concat(this.stdoutChunks);
    const frames: unknown[] = [];
    let at = 0;
    while (at < bytes.length) {
      const headerEnd = bytes.indexOf('\r\n\r\n', at);
      if (headerEnd < 0)
        throw new Error(
          `stdout holds bytes that are no LSP frame: ${JSON.stringify(bytes.subarray(at, at + 80).toString())}`,
        );
      const header = bytes.subarray(at, headerEnd).toString('ascii');
      const length = /^Content-Length: (\d+)$/im.exec(header);
      if (!length) throw new Error(`stdout holds a header without Content-Length: ${JSON.stringify(header)}`);
      const body = bytes.subarray(headerEnd + 4, headerEnd + 4 + Number(length[1]));
      frames.push(JSON.parse(body.toString('utf8')));
      at = headerEnd + 4 + Number(length[1]);
    }
    return frames;
  }
}

/** A tune whose second bar is an eighth short: the diagnostic every editor test looks for. */
export const WRONG_BAR = [
  'X:1',
  'T:Wrong Bar',
  'M:4/4',
  'L:1/8',
  'K:C',
  '"C"CDEF GABc|"F"FAcA FAc|"G7"GBdf edcB|"C7"_E2 c6|]',
  '',
].join('\n');
