/**
 * The ABC assistant's analysers (pure: no vscode, no model); src/server speaks them as LSP. "Continue this
 * solo" needs the model, so it lives in src/engine/continuation.ts.
 */
export * from './document';
export * from './diagnostics';
export * from './hover';
export * from './harmony';
export * from './outline';
export * from './fixes';
export * from './incremental';
export * from './completion';
