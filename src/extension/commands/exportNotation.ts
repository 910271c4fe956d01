import * as vscode from 'vscode';
import * as path from 'node:path';
import { abcDocumentToExport, defaultExportUri, saveExport, tuneAtCursor } from './exportTarget';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import { bandSettingsFromSettings, partFromSettings } from '../settings';
import type { JazzPreviewManager } from '../preview/previewManager';
import { COMMAND_IDS, type CommandId } from '../../shared/commandIds';

/** The ABC to export: the file a menu was opened on, the active ABC editor's, else the one the preview shows. */
async function documentToExport(
  resource: unknown,
  preview: JazzPreviewManager,
): Promise<vscode.TextDocument | undefined> {
  const document = await abcDocumentToExport(resource);
  if (document) return document;
  const shown = preview.shownDocumentUri();
  return shown ? vscode.workspace.openTextDocument(shown) : undefined;
}

/**
 * "Export Solo as MusicXML": the tune under the cursor as MusicXML 4.0 for MuseScore, Dorico, Finale or
 * Sibelius: the lead sheet written for the part the preview shows, with the band's parts the settings play.
 */
export class ExportMusicXmlCommand implements Command {
  readonly id = COMMAND_IDS.exportMusicXml;

  constructor(
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async execute(resource?: unknown): Promise<vscode.Uri | undefined> {
    const document = await documentToExport(resource, this.preview);
    if (!document) {
      void vscode.window.showErrorMessage('Export Solo as MusicXML: open an ABC file (or a generated solo) first.');
      return undefined;
    }
    const sourceName = document.isUntitled ? 'solo.abc' : path.basename(document.fileName);
    const band = bandSettingsFromSettings();
    const engine = await loadEngine();
    const text = engine.abcToMusicXml(document.getText(), sourceName, {
      tuneIndex: await tuneAtCursor(document),
      band: Object.values(band.parts).some(Boolean),
      parts: band.parts,
      lead: band.leadInstrument,
      part: this.preview.partShownFor(document) ?? partFromSettings(),
    });
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(document, '.musicxml'),
      filters: { MusicXML: ['musicxml', 'xml'] },
      saveLabel: 'Export MusicXML',
    });
    if (!target) return undefined;
    await saveExport(target, text, 'MusicXML export');
    this.log.info(`exported ${sourceName} as MusicXML (${text.length} characters) to ${target.fsPath}`);
    void vscode.window.showInformationMessage(`Saved ${path.basename(target.fsPath)}.`);
    return target;
  }
}

const PAPERS = [
  { label: 'A4', paper: 'a4' as const },
  { label: 'US Letter', paper: 'letter' as const },
];

/**
 * "Export Sheet as SVG" / "Export Sheet as PDF": the tune the preview shows, as the part it shows, engraved
 * on light pages of the paper the user picks (A4 or US Letter), written without a browser.
 */
export class ExportSheetCommand implements Command {
  readonly id: CommandId;

  constructor(
    private readonly format: 'svg' | 'pdf',
    private readonly preview: JazzPreviewManager,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.id = format === 'svg' ? COMMAND_IDS.exportSheetSvg : COMMAND_IDS.exportSheetPdf;
  }

  async execute(resource?: unknown): Promise<vscode.Uri | undefined> {
    const name = this.format.toUpperCase();
    const document = await documentToExport(resource, this.preview);
    if (!document) {
      void vscode.window.showErrorMessage(`Export Sheet as ${name}: open an ABC file or its preview first.`);
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(PAPERS, { placeHolder: 'Paper size' });
    if (!picked) return undefined;
    const sourceName = document.isUntitled ? 'solo.abc' : path.basename(document.fileName);
    const engine = await loadEngine();
    const solo = engine.abcTuneToSolo(document.getText(), sourceName, await tuneAtCursor(document));
    const options = { paper: picked.paper, part: this.preview.partShownFor(document) ?? partFromSettings() };
    const data = this.format === 'svg' ? engine.soloToSheetSvg(solo, options) : engine.soloToSheetPdf(solo, options);
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(document, `.${this.format}`),
      filters: this.format === 'svg' ? { SVG: ['svg'] } : { PDF: ['pdf'] },
      saveLabel: `Export ${name}`,
    });
    if (!target) return undefined;
    await saveExport(target, data, `${name} export`);
    this.log.info(`exported the sheet of ${sourceName} as ${name} (${picked.label}) to ${target.fsPath}`);
    void vscode.window.showInformationMessage(`Saved ${path.basename(target.fsPath)}.`);
    return target;
  }
}
