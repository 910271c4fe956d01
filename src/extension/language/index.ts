import * as vscode from 'vscode';
import { AbcCodeLensProvider, type PreviewPlayer } from './codeLens';
import { SoloContinuation, type ActiveModelSource } from './continuation';
import { AbcDiagnosticsProvider } from './diagnostics';
import { HarmonyColouring } from './harmonyColouring';
import { AbcHoverProvider } from './hover';
import { AbcOutlineProvider } from './outline';

export interface LanguageFeatureDependencies extends ActiveModelSource {
  preview?: PreviewPlayer;
}

/**
 * The ABC assistant: diagnostics, hover, harmony colouring, outline and folding, code lenses and
 * "continue this solo". Nothing is parsed until an ABC document asks for it.
 */
export function registerLanguageFeatures(context: vscode.ExtensionContext, dependencies: LanguageFeatureDependencies): void {
  AbcDiagnosticsProvider.register(context);
  AbcHoverProvider.register(context);
  HarmonyColouring.register(context);
  AbcOutlineProvider.register(context);
  AbcCodeLensProvider.register(context, dependencies.preview);
  SoloContinuation.register(context, dependencies);
}
