// The fake's own handles, for tests; the rest of the module is typed by @types/vscode.
export interface VscodeFake {
  settings: Map<string, unknown>;
  shown: Array<{ level: 'error' | 'warning' | 'info'; message: string }>;
  output: Map<string, string[]>;
  commands: Map<string, (...args: unknown[]) => unknown>;
  trusted: boolean;
  setTrusted(trusted: boolean): void;
  reset(): void;
}
