/** The ABC assistant's analysers (pure: no vscode); src/extension/language maps them to VS Code. */
export * from './document';
export * from './diagnostics';
export * from './hover';
export * from './harmony';
export * from './outline';
export * from './continuation';
