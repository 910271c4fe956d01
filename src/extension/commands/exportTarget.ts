import * as vscode from 'vscode';

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
