import type * as vscode from 'vscode';
import { loadEngine, type Engine } from '../engineLoader';

/**
 * The analysers for the preview and the exports (the editor's own language features come from the language
 * server). They are part of the engine, imported on first use so that activation stays cheap; one cache of
 * analyses (per document version) serves every caller.
 */
export type Analysis = Engine['abcAnalysis'];
export type AbcAnalysis = ReturnType<Analysis['analyseAbc']>;

let cache: InstanceType<Analysis['AbcAnalysisCache']> | undefined;

export async function loadAnalysis(): Promise<Analysis> {
  return (await loadEngine()).abcAnalysis;
}

/** The analysis of the document's current version (parsed once per version, shared by all callers). */
export async function analyseDocument(document: vscode.TextDocument): Promise<AbcAnalysis> {
  const analysis = await loadAnalysis();
  cache ??= new analysis.AbcAnalysisCache();
  const file = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
  return cache.get(document.uri.toString(), document.version, () => document.getText(), file);
}

export function forgetDocument(document: vscode.TextDocument): void {
  cache?.forget(document.uri.toString());
}
