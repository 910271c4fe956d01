'use strict';
/**
 * A stand-in for the `vscode` module, enough to load dist/extension.js and src/extension/training outside
 * the editor: real Uri, EventEmitter, Disposable and a few value classes; every other member is an inert
 * proxy that accepts any call, property read or `new`. Nothing here is meant to behave like VS Code; it only
 * lets the benchmark time the extension's own code (activation, the training runner).
 */
const Module = require('node:module');
const path = require('node:path');

function inert(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.toPrimitive) return () => `[vscode stub ${name}]`;
      if (key === 'dispose') return () => undefined;
      return inert(`${name}.${String(key)}`);
    },
    set: () => true,
    defineProperty: () => true,
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`),
  });
}

class Disposable {
  constructor(callOnDispose) {
    this.callOnDispose = callOnDispose;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((item) => item?.dispose?.()));
  }
  dispose() {
    this.callOnDispose?.();
    this.callOnDispose = undefined;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener) => {
      this.listeners.add(listener);
      return new Disposable(() => this.listeners.delete(listener));
    };
  }
  fire(value) {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Uri {
  constructor(fsPath) {
    this.scheme = 'file';
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  static file(fsPath) {
    return new Uri(fsPath);
  }
  static joinPath(base, ...parts) {
    return new Uri(path.join(base.fsPath, ...parts));
  }
  toString() {
    return `file://${this.fsPath}`;
  }
  with() {
    return this;
  }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.emitter = emitter;
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
  }
  cancel() {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose() {}
}

const known = {
  Disposable,
  EventEmitter,
  Uri,
  CancellationTokenSource,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
};

// Bundlers copy a module's own keys (esbuild's __toESM), so every member the extension may touch has to
// exist up front; any other is inert too.
const INERT_MEMBERS = [
  'window', 'workspace', 'commands', 'languages', 'env', 'extensions', 'debug', 'tasks', 'scm', 'tests', 'l10n',
  'ThemeIcon', 'ThemeColor', 'Range', 'Position', 'Selection', 'Location', 'MarkdownString', 'Hover', 'CodeLens',
  'Diagnostic', 'DocumentSymbol', 'SymbolInformation', 'FoldingRange', 'InlineCompletionItem', 'CompletionItem',
  'TextEdit', 'WorkspaceEdit', 'SnippetString', 'RelativePattern', 'TreeItem', 'CodeAction', 'CodeActionKind',
  'SymbolKind', 'FoldingRangeKind', 'TextEditorRevealType', 'OverviewRulerLane', 'InlineCompletionTriggerKind',
  'CompletionItemKind', 'EndOfLine', 'ConfigurationTarget', 'ExtensionMode', 'UIKind', 'ColorThemeKind',
  'DecorationRangeBehavior', 'TreeItemCollapsibleState', 'QuickPickItemKind', 'LogLevel',
];
for (const name of INERT_MEMBERS) if (!(name in known)) known[name] = inert(name);

const stub = new Proxy(known, {
  get(target, key) {
    if (key in target) return target[key];
    if (key === 'then' || key === '__esModule') return undefined;
    return inert(String(key));
  },
});

/** Makes require('vscode') return the stub in this process (and in tsx-loaded TypeScript). */
function installVscodeStub() {
  const originalResolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === 'vscode') return __filename;
    return originalResolve.call(this, request, ...rest);
  };
}

/** What activate() needs from an ExtensionContext, backed by real folders. */
function fakeExtensionContext(extensionRoot, storageDir) {
  const values = new Map();
  const memento = {
    get: (key, fallback) => (values.has(key) ? values.get(key) : fallback),
    update: async (key, value) => void values.set(key, value),
    keys: () => [...values.keys()],
    setKeysForSync: () => undefined,
  };
  return {
    subscriptions: [],
    extensionUri: Uri.file(extensionRoot),
    extensionPath: extensionRoot,
    globalStorageUri: Uri.file(storageDir),
    globalStoragePath: storageDir,
    storageUri: Uri.file(storageDir),
    logUri: Uri.file(storageDir),
    globalState: memento,
    workspaceState: memento,
    asAbsolutePath: (relative) => path.join(extensionRoot, relative),
    extensionMode: 1,
    environmentVariableCollection: inert('environmentVariableCollection'),
    secrets: inert('secrets'),
    extension: inert('extension'),
  };
}

module.exports = stub;
module.exports.installVscodeStub = installVscodeStub;
module.exports.fakeExtensionContext = fakeExtensionContext;
