import * as vscode from 'vscode';
import type { GenerateOptions, IrealCharts, LeadSheet, TuneSummary } from '../../engine';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import { chorusesFromSettings } from '../settings';
import { COMMAND_IDS } from '../../shared/commandIds';
import { UserFacingError } from '../../shared/errors';
import { errorMessage } from '../errors';

/** What both commands hand the solo to: "Generate Jazz Solo" with overrides (GenerateSoloCommand.run). */
export interface SoloGenerator {
  run(overrides: Partial<GenerateOptions>): Promise<vscode.TextDocument>;
}

/**
 * A tune brings its own chords, meter, key and tempo: the settings' progression, meter, key and tempo and the
 * step count give way to it, and the solo covers the form `jazzSolo.choruses` times.
 */
function overTune(sheet: LeadSheet): Partial<GenerateOptions> {
  return {
    sheet,
    choruses: chorusesFromSettings(),
    steps: undefined,
    chords: undefined,
    meter: undefined,
    key: undefined,
    tempo: undefined,
    title: undefined,
  };
}

/** One line under a tune's title in the quick pick: "F · 4/4 · 32 bars A A B A · 1930". */
export function tuneDescription(tune: TuneSummary): string {
  return [tune.key, tune.meter, `${tune.bars} bars${tune.form ? ` ${tune.form}` : ''}`, tune.year]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
}

interface TuneItem extends vscode.QuickPickItem {
  title: string;
}

/**
 * "Generate Jazz Solo over a Tune…": a quick pick of the built-in library (forms and public-domain standards),
 * then a solo over the whole form, shown beside its preview.
 */
export class GenerateOverTuneCommand implements Command {
  readonly id = COMMAND_IDS.generateOverTune;

  constructor(private readonly generate: SoloGenerator) {}

  async execute(): Promise<vscode.TextDocument | undefined> {
    const engine = await loadEngine();
    const items: TuneItem[] = engine.listTunes().map((tune) => ({
      label: tune.title,
      description: tuneDescription(tune),
      detail: [tune.kind === 'form' ? 'form' : tune.composer, tune.style].filter(Boolean).join(' · '),
      title: tune.title,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Generate Jazz Solo over a Tune',
      placeHolder: 'A form or a standard (type to filter)',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    const sheet = engine.findTune(picked.title).sheet;
    if (!sheet) throw new UserFacingError(`no tune "${picked.title}" in the library`);
    return this.generate.run(overTune(sheet));
  }
}

interface ChartItem extends vscode.QuickPickItem {
  index: number;
}

const IREAL_LINK = /ireal(?:b|book):\/\//;

/**
 * "Generate Jazz Solo over an iReal Pro Chart…": the charts of an iReal link (selected in the editor, pasted
 * into the input box), of the open file, or of a file picked (a text file holding a link, iReal Pro's HTML
 * playlist export), then a quick pick of its charts and a solo over the one picked.
 */
export class GenerateFromIrealCommand implements Command {
  readonly id = COMMAND_IDS.generateFromIreal;

  constructor(private readonly generate: SoloGenerator) {}

  async execute(resource?: unknown): Promise<vscode.TextDocument | undefined> {
    const source = await this.source(resource instanceof vscode.Uri ? resource : undefined);
    if (!source) return undefined;
    const engine = await loadEngine();
    const charts = engine.readIrealText(source.text, source.name);
    const sheet = await pickChart(charts);
    return sheet ? this.generate.run(overTune(sheet)) : undefined;
  }

  /** The text holding the links: a file given by the explorer, the selection, the open file, or asked for. */
  private async source(uri?: vscode.Uri): Promise<{ text: string; name: string } | undefined> {
    if (uri) return { text: await readText(uri), name: uri.fsPath };
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const selected = editor.document.getText(editor.selection);
      if (IREAL_LINK.test(selected)) return { text: selected, name: 'the selection' };
      const whole = editor.document.getText();
      if (IREAL_LINK.test(whole)) return { text: whole, name: editor.document.fileName };
    }
    const pasted = await vscode.window.showInputBox({
      title: 'Generate Jazz Solo over an iReal Pro Chart',
      prompt: 'Paste an irealb:// link (a song or a playlist), or leave it empty to open a file',
      placeHolder: 'irealb://…',
      ignoreFocusOut: true,
      validateInput: (text) =>
        text.trim() === '' || IREAL_LINK.test(text) ? undefined : 'an iReal Pro link starts with irealb://',
    });
    if (pasted === undefined) return undefined;
    if (pasted.trim() !== '') return { text: pasted.trim(), name: 'the link' };
    const files = await vscode.window.showOpenDialog({
      title: 'An iReal Pro playlist',
      canSelectMany: false,
      filters: { 'iReal Pro playlists': ['html', 'htm', 'txt'], 'All files': ['*'] },
    });
    return files?.[0] ? { text: await readText(files[0]), name: files[0].fsPath } : undefined;
  }
}

/** A file the user picked, or one line saying why it cannot be read (gone, a folder, no permission). */
async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    throw new UserFacingError(`cannot read ${uri.fsPath || uri.toString()}: ${errorMessage(error)}`);
  }
}

/** The chart to play: the only one, or the one picked; a chart that cannot be played says why when picked. */
async function pickChart(charts: IrealCharts): Promise<LeadSheet | undefined> {
  const { entries } = charts;
  const engine = await loadEngine();
  const summaries = engine.irealSummaries(charts);
  let index = 0;
  if (entries.length > 1) {
    const items: ChartItem[] = summaries.map((summary, i) =>
      'error' in summary
        ? { label: `$(warning) ${summary.title}`, description: `cannot play: ${summary.error}`, index: i }
        : { label: summary.title, description: tuneDescription(summary), detail: summary.style, index: i },
    );
    const picked = await vscode.window.showQuickPick(items, {
      title: `${charts.playlist ?? 'iReal Pro playlist'}: ${entries.length} charts`,
      placeHolder: 'The chart to improvise over (type to filter)',
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    index = picked.index;
  }
  const entry = entries[index];
  if (entry.error !== undefined) throw new UserFacingError(`"${entry.title}" cannot be played: ${entry.error}`);
  return entry.chart.sheet;
}
