/**
 * What the network was thinking at each step of the solos generated in this window: kept beside each generated
 * document (while its text is the one generated), shown by hovering a note, and sent to the preview to colour
 * the notes by the network's confidence.
 */
import * as vscode from 'vscode';
import type { DecodingChange, SoloExplanation, StepExplanation } from '../../engine';
import { explanationMarkdown } from './explanationHover';
import { ABC_SELECTOR } from './client';
import type { ConfidenceMark } from '../../shared/confidence';

interface Kept {
  abc: string;
  explanation: SoloExplanation;
  describe: (change: DecodingChange) => string;
}

export class SoloExplanations implements vscode.HoverProvider, vscode.Disposable {
  private readonly byDocument = new Map<string, Kept>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.languages.registerHoverProvider(ABC_SELECTOR, this),
      vscode.workspace.onDidCloseTextDocument((document) => this.byDocument.delete(document.uri.toString())),
    );
  }

  remember(
    document: vscode.TextDocument,
    abc: string,
    explanation: SoloExplanation,
    describe: (change: DecodingChange) => string,
  ): void {
    this.byDocument.set(document.uri.toString(), { abc, explanation, describe });
  }

  /** The explanation of a document while its text is still the solo generated (an edit moves every note). */
  explanationFor(document: vscode.TextDocument): SoloExplanation | undefined {
    const kept = this.byDocument.get(document.uri.toString());
    return kept && document.getText() === kept.abc ? kept.explanation : undefined;
  }

  /** Each step's written note with the probability of its value, for the preview's confidence colours. */
  confidenceMarks(document: vscode.TextDocument): ConfidenceMark[] | undefined {
    return this.explanationFor(document)?.steps.flatMap((step) =>
      step.note ? [{ startChar: step.note.start, endChar: step.note.end, probability: step.probability }] : [],
    );
  }

  /** The step whose written note holds `offset`. */
  stepAt(document: vscode.TextDocument, offset: number): StepExplanation | undefined {
    return this.explanationFor(document)?.steps.find((s) => s.note && s.note.start <= offset && offset < s.note.end);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const step = this.stepAt(document, document.offsetAt(position));
    const kept = this.byDocument.get(document.uri.toString());
    if (!step?.note || !kept) return undefined;
    const markdown = new vscode.MarkdownString(explanationMarkdown(step, kept.describe));
    const range = new vscode.Range(document.positionAt(step.note.start), document.positionAt(step.note.end));
    return new vscode.Hover(markdown, range);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.byDocument.clear();
  }
}
