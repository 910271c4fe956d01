'use strict';
/**
 * One in-memory stand-in for the `vscode` module, shared by the unit tests and the benchmarks. They find it as
 * `require('vscode')` because scripts/test.mjs and bench/run.mjs put test/fakes on NODE_PATH (Node's documented
 * search path; nothing of Node's internals is patched).
 *
 * What a test needs to see behaves for real: Uri, EventEmitter, Disposable, cancellation, settings
 * (`fake.settings`, read through workspace.getConfiguration and changed with update), workspace trust
 * (`fake.setTrusted`), the messages a user would be shown (`fake.shown`), registered commands and output
 * channel lines. Every other member is an inert proxy that accepts any call, property read or `new`, so the
 * extension's bundle loads and activates without an editor. `fake.reset()` restores the initial state, so
 * tests do not depend on their order.
 */
const path = require('node:path');

function inert(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.toPrimitive) return () => `[vscode fake ${name}]`;
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
    this.event = (listener, thisArg) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(bound);
      return new Disposable(() => this.listeners.delete(bound));
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
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  static file(fsPath) {
    return new Uri('file', path.resolve(fsPath));
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, path.join(base.fsPath, ...parts));
  }
  static parse(text) {
    const match = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(text);
    return match ? new Uri(match[1], match[2]) : Uri.file(text);
  }
  toString() {
    return `${this.scheme}://${this.fsPath}`;
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.fsPath);
  }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.emitter = emitter;
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
  }
  cancel() {
    if (this.token.isCancellationRequested) return;
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose() {}
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    [this.start, this.end] = typeof a === 'number' ? [new Position(a, b), new Position(c, d)] : [a, b];
  }
}

/** The state a test reads and sets; `reset()` brings it back to a fresh editor's. */
const fake = {
  /** Settings by full key ("jazzSolo.tempo"); absent keys read as the caller's default. */
  settings: new Map(),
  /** Every message shown to the user, in order: { level: 'error' | 'warning' | 'info', message }. */
  shown: [],
  /** Lines written to output channels, by channel name. */
  output: new Map(),
  commands: new Map(),
  trusted: true,
  configurationChanged: new EventEmitter(),
  trustGranted: new EventEmitter(),
  setTrusted(trusted) {
    const granted = trusted && !fake.trusted;
    fake.trusted = trusted;
    if (granted) fake.trustGranted.fire();
  },
  reset() {
    fake.settings.clear();
    fake.shown.length = 0;
    fake.output.clear();
    fake.commands.clear();
    fake.trusted = true;
  },
};

function configuration(section) {
  const full = (key) => (section ? `${section}.${key}` : key);
  return {
    get: (key, fallback) => (fake.settings.has(full(key)) ? fake.settings.get(full(key)) : fallback),
    has: (key) => fake.settings.has(full(key)),
    inspect: (key) => ({ key: full(key), globalValue: fake.settings.get(full(key)) }),
    update: async (key, value) => {
      if (value === undefined) fake.settings.delete(full(key));
      else fake.settings.set(full(key), value);
      const changed = full(key);
      fake.configurationChanged.fire({
        affectsConfiguration: (name) => changed === name || changed.startsWith(`${name}.`),
      });
    },
  };
}

function recorder(level) {
  return async (message) => {
    fake.shown.push({ level, message });
    return undefined;
  };
}

function outputChannel(name) {
  const lines = fake.output.get(name) ?? [];
  fake.output.set(name, lines);
  const write = (line) => void lines.push(String(line));
  return {
    name,
    append: write,
    appendLine: write,
    info: write,
    warn: write,
    error: (line) => write(line instanceof Error ? line.message : line),
    debug: write,
    trace: write,
    show: () => undefined,
    clear: () => void (lines.length = 0),
    dispose: () => undefined,
  };
}

const window = new Proxy(
  {
    showErrorMessage: recorder('error'),
    showWarningMessage: recorder('warning'),
    showInformationMessage: recorder('info'),
    createOutputChannel: outputChannel,
    withProgress: async (_options, task) => task({ report: () => undefined }, new CancellationTokenSource().token),
  },
  { get: (target, key) => (key in target ? target[key] : inert(`window.${String(key)}`)) },
);

const workspace = new Proxy(
  {
    getConfiguration: configuration,
    onDidChangeConfiguration: fake.configurationChanged.event,
    onDidGrantWorkspaceTrust: fake.trustGranted.event,
    get isTrusted() {
      return fake.trusted;
    },
  },
  { get: (target, key) => (key in target ? target[key] : inert(`workspace.${String(key)}`)) },
);

const commands = new Proxy(
  {
    registerCommand: (id, handler) => {
      fake.commands.set(id, handler);
      return new Disposable(() => fake.commands.delete(id));
    },
    executeCommand: async (id, ...args) => fake.commands.get(id)?.(...args),
    getCommands: async () => [...fake.commands.keys()],
  },
  { get: (target, key) => (key in target ? target[key] : inert(`commands.${String(key)}`)) },
);

const known = {
  Disposable,
  EventEmitter,
  Uri,
  CancellationTokenSource,
  Position,
  Range,
  window,
  workspace,
  commands,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
};

// Bundlers copy a module's own keys (esbuild's __toESM), so every member the extension may touch has to
// exist up front; any other is inert too.
const INERT_MEMBERS = [
  'languages',
  'env',
  'extensions',
  'debug',
  'tasks',
  'scm',
  'tests',
  'l10n',
  'ThemeIcon',
  'ThemeColor',
  'Selection',
  'Location',
  'MarkdownString',
  'Hover',
  'CodeLens',
  'Diagnostic',
  'DocumentSymbol',
  'SymbolInformation',
  'FoldingRange',
  'InlineCompletionItem',
  'CompletionItem',
  'TextEdit',
  'WorkspaceEdit',
  'SnippetString',
  'RelativePattern',
  'TreeItem',
  'CodeAction',
  'CodeActionKind',
  'SymbolKind',
  'FoldingRangeKind',
  'TextEditorRevealType',
  'OverviewRulerLane',
  'InlineCompletionTriggerKind',
  'CompletionItemKind',
  'EndOfLine',
  'UIKind',
  'ColorThemeKind',
  'DecorationRangeBehavior',
  'TreeItemCollapsibleState',
  'QuickPickItemKind',
  'LogLevel',
  'SemanticTokensLegend',
  'SemanticTokensBuilder',
  'SemanticTokens',
];
for (const name of INERT_MEMBERS) if (!(name in known)) known[name] = inert(name);

/** What activate() needs from an ExtensionContext, backed by real folders. */
function fakeExtensionContext(extensionRoot, storageDir) {
  const memento = () => {
    const values = new Map();
    return {
      get: (key, fallback) => (values.has(key) ? values.get(key) : fallback),
      update: async (key, value) => void values.set(key, value),
      keys: () => [...values.keys()],
      setKeysForSync: () => undefined,
    };
  };
  return {
    subscriptions: [],
    extensionUri: Uri.file(extensionRoot),
    extensionPath: extensionRoot,
    globalStorageUri: Uri.file(storageDir),
    globalStoragePath: storageDir,
    storageUri: Uri.file(storageDir),
    logUri: Uri.file(storageDir),
    globalState: memento(),
    workspaceState: memento(),
    asAbsolutePath: (relative) => path.join(extensionRoot, relative),
    extensionMode: 1,
    environmentVariableCollection: inert('environmentVariableCollection'),
    secrets: inert('secrets'),
    extension: inert('extension'),
  };
}

known.fake = fake;
known.fakeExtensionContext = fakeExtensionContext;

module.exports = new Proxy(known, {
  get(target, key) {
    if (key in target) return target[key];
    if (key === 'then' || key === '__esModule') return undefined;
    return inert(String(key));
  },
});
