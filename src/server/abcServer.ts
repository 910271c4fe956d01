/**
 * The ABC assistant as a language server (LSP 3.17): the analysers of src/core/analysis and "continue this
 * solo" of src/engine, for any editor. Documents are synced incrementally and analysed one tune at a time
 * (IncrementalAbcAnalyser), so a keystroke in a long tune book reads only the tune it changed.
 */
import { describeHarmonyCount } from '../shared/harmony';
import { UserFacingError } from '../shared/errors';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  ErrorCodes,
  LSPErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  chordCompletions,
  headerFieldCompletions,
  IncrementalAbcAnalyser,
  type AbcDiagnostic,
  type BookAnalysis,
} from '../core/analysis';

import {
  ABC_COMMANDS,
  HARMONY_TOKEN_MODIFIERS,
  HARMONY_TOKEN_TYPES,
  SET_MODEL_NOTIFICATION,
  type AbcServerOptions,
  type ContinueSoloOptions,
  type ContinueSoloResult,
} from '../shared/abcLanguage';
import { cleanSettings, ContinuationService } from './continuation';
import { semanticTokens } from './semanticTokens';
import { fileOf, invalidParams, isPosition, messageOf, positionOf, uriOf } from './requestParams';

export interface AbcServerStartOptions {
  /** The model of "continue this solo" until the client names another (--model); default: the bundled one. */
  modelDir?: string;
  /** Where the server's own log lines go (never stdout: that is the protocol's). */
  log?: (line: string) => void;
}

/** Wires every feature to the connection and starts listening. */
export function startAbcServer(connection: Connection, options: AbcServerStartOptions = {}): void {
  const log = options.log ?? ((line: string) => process.stderr.write(`[abc-lsp] ${line}\n`));
  const documents = new TextDocuments(TextDocument);
  const analyser = new IncrementalAbcAnalyser();
  const analyses = new Map<string, { version: number; book: BookAnalysis }>();
  const continuation = new ContinuationService(options.modelDir, log);
  const pending = new Map<string, NodeJS.Immediate>();
  let clientRunsCommands = false;
  let clientShowsInlineContinuation = false;
  let hierarchicalSymbols = false;
  let canApplyEdits = false;

  function bookOf(document: TextDocument): BookAnalysis {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.book;
    const book = analyser.analyse(document.getText(), fileOf(document.uri));
    analyses.set(document.uri, { version: document.version, book });
    return book;
  }

  /** The open document a request names, or undefined (a request about an unknown document gets null). */
  function documentOf(params: unknown): TextDocument | undefined {
    return documents.get(uriOf(params));
  }

  function rangeOf(document: TextDocument, startChar: number, endChar: number): Range {
    return { start: document.positionAt(startChar), end: document.positionAt(endChar) };
  }

  function toDiagnostic(document: TextDocument, problem: AbcDiagnostic): Diagnostic {
    return {
      range: rangeOf(document, problem.startChar, problem.endChar),
      severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: problem.kind,
      source: problem.kind === 'abcjs' ? 'abcjs' : 'jazz-solo',
      message: problem.message,
    };
  }

  function publishDiagnostics(uri: string): void {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    try {
      const book = bookOf(document);
      const diagnostics = book.diagnostics().map((problem) => toDiagnostic(document, problem));
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    } catch (error) {
      log(`analysis of ${uri} failed: ${messageOf(error)}`);
      void connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
            severity: DiagnosticSeverity.Error,
            source: 'jazz-solo',
            message: `The ABC could not be analysed: ${messageOf(error)}`,
          },
        ],
      });
    }
  }

  /** A burst of edits (typing, a paste in pieces) is analysed once, after the burst. */
  function schedule(uri: string): void {
    if (pending.has(uri)) return;
    pending.set(
      uri,
      setImmediate(() => publishDiagnostics(uri)),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const initOptions = (params.initializationOptions ?? {}) as AbcServerOptions;
    if (typeof initOptions.modelDir === 'string') continuation.setModel(initOptions.modelDir);
    continuation.updateSettings(cleanSettings(initOptions.continuation));
    clientRunsCommands = initOptions.clientRunsCommands === true;
    clientShowsInlineContinuation = initOptions.clientShowsInlineContinuation === true;
    hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    canApplyEdits = params.capabilities.workspace?.applyEdit === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'ABC tunes' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        completionProvider: { triggerCharacters: ['"', '|'], resolveProvider: false },
        semanticTokensProvider: {
          legend: { tokenTypes: [...HARMONY_TOKEN_TYPES], tokenModifiers: [...HARMONY_TOKEN_MODIFIERS] },
          full: true,
          range: true,
        },
        ...(clientRunsCommands ? {} : { executeCommandProvider: { commands: [ABC_COMMANDS.continueSolo] } }),
      },
      serverInfo: { name: 'jazz-solo ABC assistant', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as { jazzSolo?: AbcServerOptions } | undefined)?.jazzSolo;
    if (!section) return;
    if ('modelDir' in section) continuation.setModel(section.modelDir);
    continuation.updateSettings(cleanSettings(section.continuation));
  });

  connection.onNotification(SET_MODEL_NOTIFICATION, (params: unknown) => {
    const modelDir = (params as { modelDir?: unknown } | undefined)?.modelDir;
    continuation.setModel(typeof modelDir === 'string' ? modelDir : undefined);
  });

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    analyses.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const document = documentOf(params);
    const position = positionOf(params);
    if (!document) return null;
    const hover = bookOf(document).hover(document.offsetAt(position));
    if (!hover) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: hover.lines.join('\n\n') },
      range: rangeOf(document, hover.startChar, hover.endChar),
    };
  });

  connection.onDocumentSymbol((params): DocumentSymbol[] | SymbolInformation[] | null => {
    const document = documentOf(params);
    if (!document) return null;
    const outline = bookOf(document).outline();
    if (!hierarchicalSymbols) {
      return outline.flatMap((tune) => [
        {
          name: tune.name,
          kind: SymbolKind.Module,
          location: { uri: document.uri, range: rangeOf(document, tune.startChar, tune.endChar) },
        },
        ...tune.parts.map((part) => ({
          name: part.name,
          kind: SymbolKind.Namespace,
          containerName: tune.name,
          location: { uri: document.uri, range: rangeOf(document, part.startChar, part.endChar) },
        })),
      ]);
    }
    return outline.map((tune) => ({
      name: tune.name,
      detail: tune.detail,
      kind: SymbolKind.Module,
      range: rangeOf(document, tune.startChar, tune.endChar),
      selectionRange: rangeOf(document, tune.selectionStartChar, tune.selectionEndChar),
      children: tune.parts.map((part) => {
        const range = rangeOf(document, part.startChar, part.endChar);
        return { name: part.name, detail: part.detail, kind: SymbolKind.Namespace, range, selectionRange: range };
      }),
    }));
  });

  connection.onFoldingRanges((params): FoldingRange[] | null => {
    const document = documentOf(params);
    if (!document) return null;
    const ranges: FoldingRange[] = [];
    for (const tune of bookOf(document).outline()) {
      // The outline's lines are 1-based and the tune's own (its trailing blank line left out).
      const start = tune.startLine - 1;
      const end = tune.endLine - 1;
      if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
      for (const part of tune.parts) {
        const partStart = document.positionAt(part.startChar).line;
        const partEnd = document.positionAt(part.endChar).line;
        if (partEnd > partStart) ranges.push({ startLine: partStart, endLine: partEnd, kind: FoldingRangeKind.Region });
      }
    }
    return ranges;
  });

  connection.onCodeLens((params): CodeLens[] | null => {
    const document = documentOf(params);
    if (!document) return null;
    const book = bookOf(document);
    const counts = new Map(book.harmonyCounts().map((count) => [count.tuneIndex, count]));
    const lenses: CodeLens[] = [];
    for (const placed of book.tunes) {
      const at = document.positionAt(placed.info.startChar);
      const range = { start: at, end: at };
      lenses.push(
        { range, command: { title: 'Preview', command: ABC_COMMANDS.openPreview, arguments: [document.uri] } },
        { range, command: { title: 'Play', command: ABC_COMMANDS.playTune, arguments: [document.uri] } },
      );
      const notes = placed.tune?.notes ?? [];
      const lastNote = notes[notes.length - 1];
      if (lastNote) {
        lenses.push({
          range,
          command: {
            title: 'Continue',
            command: ABC_COMMANDS.continueSolo,
            arguments: [document.uri, document.positionAt(lastNote.endChar + placed.shift)],
          },
        });
      }
      const count = counts.get(placed.index);
      if (count && count.notes > 0) {
        lenses.push({ range, command: { title: describeHarmonyCount(count), command: '' } });
      }
    }
    return lenses;
  });

  connection.languages.semanticTokens.on((params) => {
    const document = documentOf(params);
    if (!document) return { data: [] };
    return semanticTokens(document, bookOf(document));
  });

  connection.languages.semanticTokens.onRange((params) => {
    const document = documentOf(params);
    if (!document) return { data: [] };
    const range = (params as { range?: Range }).range;
    if (!range || !isPosition(range.start) || !isPosition(range.end))
      throw invalidParams('params.range must be a range');
    return semanticTokens(document, bookOf(document), [document.offsetAt(range.start), document.offsetAt(range.end)]);
  });

  /**
   * The cursor follows a bar line (on its line, or at the start of the line after one that ends in a bar
   * line): where a continuation can start.
   */
  function afterBarLine(document: TextDocument, position: Position): boolean {
    const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
    if (/^[A-Za-z]:/.test(before)) return false;
    const context =
      /^\s*$/.test(before) && position.line > 0
        ? document.getText({ start: { line: position.line - 1, character: 0 }, end: position })
        : before;
    return /(\||:\||\|\]|::)\s*$/.test(context);
  }

  connection.onCompletion(async (params): Promise<CompletionItem[] | null> => {
    const document = documentOf(params);
    const position = positionOf(params);
    if (!document) return null;
    const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
    const book = bookOf(document);
    const offset = document.offsetAt(position);
    const placed = book.tuneAt(offset);
    const inHeader = !placed?.tune || !/^K:/m.test(book.text.slice(placed.info.startChar, offset - before.length));
    if (/^[A-Za-z]?$/.test(before) && inHeader) {
      const start = { line: position.line, character: 0 };
      return headerFieldCompletions(before).map((item) => ({
        label: item.label,
        kind: CompletionItemKind.Property,
        detail: item.detail,
        sortText: String(item.rank).padStart(3, '0'),
        textEdit: { range: { start, end: position }, newText: item.insertText ?? item.label },
      }));
    }
    const quotes = (before.replace(/%.*$/, '').match(/"/g) ?? []).length;
    if (quotes % 2 === 1) {
      const typed = before.slice(before.lastIndexOf('"') + 1);
      const start = { line: position.line, character: position.character - typed.length };
      return chordCompletions(typed, placed?.tune).map((item) => ({
        label: item.label,
        kind: CompletionItemKind.Value,
        detail: item.detail,
        sortText: String(item.rank).padStart(3, '0'),
        filterText: item.label,
        textEdit: { range: { start, end: position }, newText: item.label },
      }));
    }
    if (clientShowsInlineContinuation || !afterBarLine(document, position)) return [];
    try {
      const result = await continuation.continueAt(book, offset, { bars: 1 });
      if (!result.ok) return [];
      return [
        {
          label: 'Continue the solo (1 bar)',
          kind: CompletionItemKind.Snippet,
          detail: `over ${[...new Set(result.chords)].join(' ')} · seed ${result.seed}`,
          documentation: { kind: MarkupKind.Markdown, value: `The active model's next bar:\n\n\`${result.text}\`` },
          sortText: '000',
          filterText: result.text,
          insertTextFormat: InsertTextFormat.PlainText,
          textEdit: { range: { start: position, end: position }, newText: result.text },
        },
      ];
    } catch (error) {
      log(`continuation for completion failed: ${messageOf(error)}`);
      return [];
    }
  });

  connection.onCodeAction((params): CodeAction[] | null => {
    const document = documentOf(params);
    if (!document) return null;
    const range = (params as { range?: Range }).range;
    if (!range || !isPosition(range.start) || !isPosition(range.end))
      throw invalidParams('params.range must be a range');
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const actions: CodeAction[] = [];
    const only = params.context?.only;
    const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
    if (wants(CodeActionKind.QuickFix)) {
      for (const problem of bookOf(document).diagnostics()) {
        if (!problem.fixes?.length || problem.endChar < from || problem.startChar > to) continue;
        problem.fixes.forEach((fix, i) => {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [toDiagnostic(document, problem)],
            isPreferred: i === 0,
            edit: {
              changes: {
                [document.uri]: [{ range: rangeOf(document, fix.startChar, fix.endChar), newText: fix.newText }],
              },
            },
          });
        });
      }
    }
    if (wants(CodeActionKind.Refactor) && from === to && afterBarLine(document, range.start)) {
      actions.push({
        title: 'Continue the solo here (active model)',
        kind: CodeActionKind.Refactor,
        command: {
          title: 'Continue the solo here',
          command: ABC_COMMANDS.continueSolo,
          arguments: [document.uri, range.start],
        },
      });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params, token): Promise<ContinueSoloResult> => {
    if (params.command !== ABC_COMMANDS.continueSolo) {
      throw new ResponseError(
        ErrorCodes.InvalidRequest,
        `unknown command "${params.command}" (this server runs ${ABC_COMMANDS.continueSolo})`,
      );
    }
    const [uri, place, rawOptions] = params.arguments ?? [];
    if (typeof uri !== 'string')
      throw invalidParams(`${ABC_COMMANDS.continueSolo}: the first argument is the document URI`);
    const document = documents.get(uri);
    if (!document) throw invalidParams(`${ABC_COMMANDS.continueSolo}: ${uri} is not open`);
    const offset =
      typeof place === 'number' && Number.isInteger(place) && place >= 0
        ? Math.min(place, document.getText().length)
        : isPosition(place)
          ? document.offsetAt(place)
          : undefined;
    if (offset === undefined)
      throw invalidParams(
        `${ABC_COMMANDS.continueSolo}: the second argument is a position { line, character } or an offset`,
      );
    const options = (rawOptions && typeof rawOptions === 'object' ? rawOptions : {}) as ContinueSoloOptions;
    const bars =
      typeof options.bars === 'number' && options.bars >= 1 ? Math.min(64, Math.floor(options.bars)) : undefined;
    const steps = cleanSettings({ steps: options.steps }).steps ?? continuation.defaultSteps;
    // The editor cancels a proposal the user has typed past: do not generate it.
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    let result;
    try {
      result = await continuation.continueAt(
        bookOf(document),
        offset,
        bars ? { bars } : { steps },
        cleanSettings(options),
      );
    } catch (error) {
      // A missing or damaged model folder is the user's to fix: say which, in one line.
      const message = error instanceof UserFacingError ? error.message : `continuation failed: ${messageOf(error)}`;
      throw new ResponseError(ErrorCodes.InternalError, message);
    }
    if (!result.ok) return { ok: false, reason: result.reason };
    const position = document.positionAt(result.insertAt);
    let applied = false;
    if (options.apply !== false && canApplyEdits) {
      const answer = await connection.workspace.applyEdit({
        label: 'Continue the solo',
        edit: { changes: { [uri]: [{ range: { start: position, end: position }, newText: result.text }] } },
      });
      applied = answer.applied;
    }
    return {
      ok: true,
      text: result.text,
      position,
      bars: result.bars,
      chords: result.chords,
      seed: result.seed,
      applied,
    };
  });

  documents.listen(connection);
  connection.listen();
  log(`listening; continuation model ${continuation.activeModelDir}`);
}
