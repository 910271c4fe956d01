/**
 * The in-memory `vscode` of test/fakes/vscode, typed for tests. scripts/test.mjs puts test/fakes on NODE_PATH,
 * so the extension's modules get this same fake when they import 'vscode'.
 */
import * as vscode from 'vscode';
import type { VscodeFake } from '../../fakes/vscode/index';

export const fake: VscodeFake = (vscode as unknown as { fake: VscodeFake }).fake;
