import type * as vscode from 'vscode';

/**
 * The analysers pull in abcjs; they are imported on first use so that activating the extension for a
 * command stays cheap. One cache of analyses (per document version) serves every provider.
 */
export type Analysis = typeof import('../../core/analysis');
export type AbcAnalysis = import('../../core/analysis').AbcAnalysis;

let analysisModule: Promise<Analysis> | undefined;
let cache: import('../../core/analysis').AbcAnalysisCache | undefined;

export function loadAnalysis(): Promise<Analysis> {
  analysisModule ??= import('../../core/analysis');
  return analysisModule;
}

/** The analysis of the document's current version (parsed once per version, shared by all features). */
export async function analyseDocument(document: vscode.TextDocument): Promise<AbcAnalysis> {
  const analysis = await loadAnalysis();
  cache ??= new analysis.AbcAnalysisCache();
  const file = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
  return cache.get(document.uri.toString(), document.version, () => document.getText(), file);
}

export function forgetDocument(document: vscode.TextDocument): void {
  cache?.forget(document.uri.toString());
}

export const ABC_SELECTOR: vscode.DocumentSelector = [{ language: 'abc' }];

export function isAbc(document: vscode.TextDocument): boolean {
  return document.languageId === 'abc';
}
