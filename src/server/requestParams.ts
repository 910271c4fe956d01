/**
 * A request's parameters as the server reads them: checked, since any client may send anything, and a bad one
 * answered with InvalidParams while the server keeps running.
 */
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver/node';

/** A problem in the request itself: the client gets InvalidParams and the server keeps running. */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function isPosition(value: unknown): value is Position {
  const p = value as Position | undefined;
  return !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
}

export function uriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalidParams('params.textDocument.uri must be a string');
  return uri;
}

export function positionOf(params: unknown): Position {
  const position = (params as { position?: unknown } | undefined)?.position;
  if (!isPosition(position)) throw invalidParams('params.position must be { line, character } with whole numbers ≥ 0');
  return position;
}

export function fileOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
