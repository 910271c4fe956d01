import * as vscode from 'vscode';
import { loadEngine } from '../engineLoader';
import { analyseDocument, loadAnalysis } from '../language/analysisLoader';

/** The ABC document an export works on: the file a context menu was opened on, or the active ABC editor's. */
export async function abcDocumentToExport(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'abc' ? document : undefined;
}

/** Where the save dialog starts: beside a saved file with the new extension, or solo.EXT in the workspace. */
export function defaultExportUri(document: vscode.TextDocument, extension: string): vscode.Uri | undefined {
  if (!document.isUntitled && document.uri.scheme === 'file') {
    return vscode.Uri.file(document.fileName.replace(/\.[^./\\]*$/, '') + extension);
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `solo${extension}`) : undefined;
}

/**
 * Writes an export where the user chose: a local file through the engine's safe write (atomic, never through
 * a link, one clear error on a bad target); a file of a virtual workspace through VS Code's file system, the
 * only way to reach it.
 */
export async function saveExport(target: vscode.Uri, data: string | Uint8Array, label: string): Promise<void> {
  if (target.scheme === 'file') {
    (await loadEngine()).writeFileSafely(target.fsPath, data, label);
    return;
  }
  await vscode.workspace.fs.writeFile(target, typeof data === 'string' ? new TextEncoder().encode(data) : data);
}

/** In a book of tunes, the one the cursor is in; undefined lets the caller take its default tune. */
export async function tuneAtCursor(document: vscode.TextDocument): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document !== document) return undefined;
  try {
    const { tuneAtOffset } = await loadAnalysis();
    return tuneAtOffset(await analyseDocument(document), document.offsetAt(editor.selection.active))?.info.index;
  } catch {
    return undefined;
  }
}
