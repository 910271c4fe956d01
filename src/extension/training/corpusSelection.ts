import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { MidiTrackInfo } from '../../engine';
import { loadEngine } from '../engineLoader';

const MIDI_EXTENSIONS = new Set(['.mid', '.midi']);

/**
 * The corpus a Train command was invoked on: the Explorer's selection, the clicked file or folder, the
 * active ABC editor, or else what the user picks in an open dialog. Undefined when the user backs out.
 */
export async function resolveCorpus(clicked: unknown, selected: unknown): Promise<vscode.Uri[] | undefined> {
  if (Array.isArray(selected) && selected.length > 0 && selected.every((u) => u instanceof vscode.Uri)) return selected;
  if (clicked instanceof vscode.Uri) return [clicked];
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'abc' && editor.document.uri.scheme === 'file')
    return [editor.document.uri];
  return vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    openLabel: 'Train on This Corpus',
    filters: { 'ABC, MIDI and MusicXML': ['abc', 'mid', 'midi', 'musicxml', 'mxl'] },
  });
}

/** Training reads the files from disk: unsaved edits of a corpus file are saved first so they count. */
export async function saveDirtyCorpusDocuments(corpus: vscode.Uri[], log: vscode.LogOutputChannel): Promise<void> {
  const wanted = new Set(corpus.map((u) => u.toString()));
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && wanted.has(document.uri.toString())) {
      log.info(`saving ${document.uri.fsPath} before training`);
      await document.save();
    }
  }
}

/** In an untrusted workspace, training (which reads and parses its files) waits for the user's trust. */
export async function ensureTrustedForTraining(): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showWarningMessage(
    'Training reads the files of this workspace, which is in Restricted Mode. Trust the workspace, then train again.',
    { modal: true },
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}

export interface TrackChoice {
  melodyTrack?: number;
  chordTracks?: number[];
}

interface TrackItem extends vscode.QuickPickItem {
  track: MidiTrackInfo;
}

/**
 * For a single MIDI file, lets the user choose the melody track and the chord tracks, the engine's own
 * guesses preselected. Undefined when the user dismisses a pick; an empty choice when there is nothing
 * to choose (ABC, several files, or a MIDI with one track).
 */
export async function pickMidiTracks(corpus: vscode.Uri[]): Promise<TrackChoice | undefined> {
  if (corpus.length !== 1 || !MIDI_EXTENSIONS.has(path.extname(corpus[0].fsPath).toLowerCase())) return {};
  const file = corpus[0].fsPath;
  const stat = await fs.stat(file);
  if (!stat.isFile()) return {};
  const midi = await loadEngine();
  const tracks = midi.listMidiTracks(new Uint8Array(await fs.readFile(file)), file).filter((t) => t.noteCount > 0);
  const pitched = tracks.filter((t) => !t.isDrum);
  // Nothing to choose: the engine reports a drums-only or empty MIDI itself, naming the file.
  if (pitched.length <= 1) return {};

  const toItem = (track: MidiTrackInfo): TrackItem => ({
    track,
    label: `${track.index}: ${track.name || '(unnamed)'}`,
    description: track.instrument,
    detail: `${track.noteCount} notes, ${Math.round(track.monophonicRatio * 100)}% single notes, channel ${track.channel + 1}`,
  });
  const melody = await pickOne(
    pitched.map(toItem),
    midi.defaultMelodyTrack(tracks),
    `${path.basename(file)}: the melody track (step 1 of 2)`,
  );
  if (!melody) return undefined;

  const suggestedChords = new Set(midi.defaultChordTracks(tracks, melody).map((t) => t.index));
  const chordItems = pitched
    .filter((t) => t.index !== melody.index)
    .map((t) => ({ ...toItem(t), picked: suggestedChords.has(t.index) }));
  const chords = await vscode.window.showQuickPick(chordItems, {
    canPickMany: true,
    title: `${path.basename(file)}: the chord tracks (step 2 of 2)`,
    placeHolder: 'None picked: chords are inferred from the melody and the key',
    ignoreFocusOut: true,
  });
  if (!chords) return undefined;
  return { melodyTrack: melody.index, chordTracks: chords.map((item) => item.track.index) };
}

/** showQuickPick cannot preselect in single-pick mode; a QuickPick with activeItems can. */
function pickOne(
  items: TrackItem[],
  suggested: MidiTrackInfo | undefined,
  title: string,
): Promise<MidiTrackInfo | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<TrackItem>();
    pick.title = title;
    pick.placeholder = 'The suggested track is highlighted';
    pick.ignoreFocusOut = true;
    pick.items = items;
    const preselected = items.find((item) => item.track.index === suggested?.index);
    if (preselected) pick.activeItems = [preselected];
    let chosen: MidiTrackInfo | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.track;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
