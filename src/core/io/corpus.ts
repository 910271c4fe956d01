/**
 * Loads a training corpus: ABC and MIDI files, Weimar Jazz Database note tables (MeloSpy CSV), or folders of
 * them, read into tunes and grammar values.
 * Every problem with the input itself is one UserFacingError naming the file; a problem with one tune is
 * a warning as long as other tunes are usable.
 */
import { UserFacingError } from '../../shared/errors';
import { createHash } from 'node:crypto';
import { promises as fs, Stats } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { readAbcText } from '../formats/abcReader';
import { formatValue, tuneToValues } from '../solo/grammar';
import { readMidiBytes } from '../formats/midiReader';
import { readMelospyText, type MelospyStats } from '../formats/wjazzd';
import { readMusicXmlBytes } from '../formats/musicxml/reader';
import { CorpusWarning, Tune } from '../types';

export interface CorpusOptions {
  /** MusicXML only: the melody part (name, id or 1-based number); the first pitched part with chords by default. */
  melodyPart?: string | number;
  /** MIDI only: the melody track (name or index). */
  melodyTrack?: string | number;
  /** MIDI only: the chord tracks (names or indices). */
  chordTracks?: (string | number)[];
  /** MIDI only: bars A..B-1. */
  bars?: [number, number];
  /** Files larger than this are refused before they are read. Default 10 MB. */
  maxFileBytes?: number;
}

export interface CorpusFile {
  path: string;
  kind: 'abc' | 'midi' | 'melospy' | 'musicxml';
  bytes: number;
  sha256: string;
}

export interface Corpus {
  files: CorpusFile[];
  tunes: Tune[];
  /** Formatted grammar values of all tunes, concatenated in file then tune order. */
  values: string[];
  /** How many of `values` each tune gave, parallel to `tunes`. */
  tuneValueCounts: number[];
  warnings: CorpusWarning[];
  /** Tunes whose chords were inferred from the melody because the source had none. */
  inferredChordTunes: number;
  /** Tunes (or whole MIDI files) left out with a warning. */
  skippedTunes: number;
  /** sha256 over the files' own sha256s, in load order: identifies the corpus content. */
  sha256: string;
  /** What the MeloSpy note tables gave, when the corpus has any. */
  melospy?: MelospySummary;
}

/** The Weimar Jazz Database solos of a corpus, for `inspect`: what was read, left out and adjusted. */
export interface MelospySummary {
  files: number;
  solos: number;
  /** Rows of the tables (one a note), and the notes read from them into tunes. */
  rows: number;
  notes: number;
  /** Solos read, by meter ("4/4": 433). */
  metersRead: Record<string, number>;
  /** Solos left out, by reason (a meter that changes, free time ...). */
  skipped: Record<string, number>;
  snappedNotes: number;
  mergedNotes: number;
  noChordNotes: number;
  /** Database chord symbols with no mapping, by how many notes they were on. */
  unmappedChords: Record<string, number>;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const KIND_BY_EXTENSION: Record<string, CorpusFile['kind']> = {
  '.abc': 'abc',
  '.mid': 'midi',
  '.midi': 'midi',
  '.csv': 'melospy',
  '.musicxml': 'musicxml',
  '.mxl': 'musicxml',
};

function kindOf(path: string): CorpusFile['kind'] | undefined {
  return KIND_BY_EXTENSION[extname(path).toLowerCase()];
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  if (kb >= 1) return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB`;
  return `${bytes} bytes`;
}

async function statOrFail(path: string): Promise<Stats> {
  try {
    return await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserFacingError(`${path} does not exist`, path);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserFacingError(`${path} cannot be read (permission denied)`, path);
    throw new UserFacingError(`${path} cannot be read (${code ?? String(error)})`, path);
  }
}

/** Every .abc/.mid/.midi/.csv/.musicxml/.mxl below a folder, in code-unit order of their relative paths (hidden entries skipped). */
async function filesInFolder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    // A symlink loop would otherwise walk forever.
    const real = await fs.realpath(dir).catch(() => dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : (error.code ?? 'read error');
      throw new UserFacingError(`the folder ${dir} cannot be read (${reason})`, dir);
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory) await walk(full);
      else if (isFile && kindOf(full)) found.push(full);
    }
  };
  await walk(folder);
  return found.sort((a, b) => {
    const ra = relative(folder, a).split('\\').join('/');
    const rb = relative(folder, b).split('\\').join('/');
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
}

/** The files a list of paths stands for, deduplicated, in argument order then folder order. */
async function collectFiles(paths: string[]): Promise<{ path: string; stats: Stats }[]> {
  const files: { path: string; stats: Stats }[] = [];
  const seen = new Set<string>();
  const add = (path: string, stats: Stats): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, stats });
  };
  for (const path of paths) {
    const stats = await statOrFail(path);
    if (stats.isDirectory()) {
      const inFolder = await filesInFolder(path);
      if (inFolder.length === 0)
        throw new UserFacingError(`${path} has no .abc, .mid, .midi, .csv, .musicxml or .mxl files`, path);
      for (const file of inFolder) add(file, await statOrFail(file));
    } else if (stats.isFile()) {
      if (!kindOf(path)) {
        throw new UserFacingError(
          `${path} is not an ABC, MIDI, MeloSpy or MusicXML file (expected .abc, .mid, .midi, .csv, .musicxml or .mxl)`,
          path,
        );
      }
      add(path, stats);
    } else {
      throw new UserFacingError(`${path} is not a file or folder`, path);
    }
  }
  return files;
}

function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new UserFacingError(`${path} is not UTF-8 text (it holds NUL bytes)`, path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserFacingError(`${path} is not UTF-8 text`, path);
  }
  // An editor never shows the BOM, so offsets are counted without it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isMidi(bytes: Uint8Array): boolean {
  return bytes.length >= 14 && bytes[0] === 0x4d && bytes[1] === 0x54 && bytes[2] === 0x68 && bytes[3] === 0x64;
}

function describePaths(paths: string[]): string {
  const shown = paths.slice(0, 3).join(', ');
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown;
}

/** Sizes are checked before anything is read, so a huge file is refused at once. */
function checkSizes(candidates: { path: string; stats: Stats }[], maxFileBytes: number): void {
  for (const { path, stats } of candidates) {
    if (stats.size === 0) throw new UserFacingError(`${path} is empty`, path);
    if (stats.size > maxFileBytes) {
      throw new UserFacingError(
        `${path} is ${formatSize(stats.size)}, over the ${formatSize(maxFileBytes)} limit for a corpus file`,
        path,
      );
    }
  }
}

/** A file's bytes, or one line naming it (an unreadable file in a folder is the user's to fix, not a crash). */
async function readFileOrFail(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserFacingError(`${path} cannot be read (permission denied)`, path);
    if (code === 'ENOENT') throw new UserFacingError(`${path} disappeared while the corpus was read`, path);
    if (code === 'EISDIR') throw new UserFacingError(`${path} is a folder, not a file`, path);
    throw new UserFacingError(`${path} cannot be read (${code ?? 'read error'})`, path);
  }
}

function emptyCorpus(): Corpus {
  return {
    files: [],
    tunes: [],
    values: [],
    tuneValueCounts: [],
    warnings: [],
    inferredChordTunes: 0,
    skippedTunes: 0,
    sha256: '',
  };
}

/** The tunes of an ABC file, without those abcjs could not read cleanly (each said in a warning). */
function readAbcFile(bytes: Uint8Array, path: string, corpus: Corpus): Tune[] {
  const read = readAbcText(decodeText(bytes, path), path);
  corpus.warnings.push(...read.warnings);
  corpus.skippedTunes += read.skippedTunes;
  if (read.tuneInfos.length === 0) corpus.warnings.push({ file: path, message: 'no ABC tunes found' });
  return withoutSyntaxErrors(read, corpus);
}

/**
 * The tune of a MIDI file. One unusable MIDI file among others is a warning (its error kept in `fileErrors`);
 * alone, its reason becomes the error.
 */
function readMidiFile(
  bytes: Uint8Array,
  path: string,
  options: CorpusOptions,
  corpus: Corpus,
  fileErrors: UserFacingError[],
): Tune[] {
  if (!isMidi(bytes)) throw new UserFacingError(`${path} is not a MIDI file (it does not start with MThd)`, path);
  try {
    const read = readMidiBytes(bytes, path, {
      melodyTrack: options.melodyTrack,
      chordTracks: options.chordTracks,
      bars: options.bars,
    });
    corpus.warnings.push(...read.warnings);
    return read.tunes;
  } catch (error) {
    const problem =
      error instanceof UserFacingError
        ? error
        : new UserFacingError(
            `${path}: cannot read the MIDI file (${error instanceof Error ? error.message : String(error)})`,
            path,
          );
    fileErrors.push(problem);
    const reason = problem.message.startsWith(`${path}: `) ? problem.message.slice(path.length + 2) : problem.message;
    corpus.warnings.push({ file: path, line: 1, message: `${reason}; skipped` });
    corpus.skippedTunes++;
    return [];
  }
}

/** The melody of a MusicXML score (.musicxml, or compressed .mxl); one unusable score among others is a warning. */
function readMusicXmlFile(
  bytes: Uint8Array,
  path: string,
  options: CorpusOptions,
  corpus: Corpus,
  fileErrors: UserFacingError[],
): Tune[] {
  try {
    const read = readMusicXmlBytes(bytes, path, { melodyPart: options.melodyPart });
    corpus.warnings.push(...read.warnings);
    if (read.tunes.length === 0) corpus.skippedTunes++;
    return read.tunes;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    fileErrors.push(error);
    corpus.warnings.push({ file: path, line: 1, message: `${error.message}; skipped` });
    corpus.skippedTunes++;
    return [];
  }
}

/** The solo of a MeloSpy note table; its counts go to the corpus summary, a skipped solo is one warning. */
function readMelospyFile(bytes: Uint8Array, path: string, corpus: Corpus): Tune[] {
  const read = readMelospyText(decodeText(bytes, path), path);
  corpus.warnings.push(...read.warnings);
  addMelospyStats(read.stats, (corpus.melospy ??= emptyMelospySummary()));
  if (read.tunes.length === 0) corpus.skippedTunes++;
  return read.tunes;
}

function emptyMelospySummary(): MelospySummary {
  return {
    files: 0,
    solos: 0,
    rows: 0,
    notes: 0,
    metersRead: {},
    skipped: {},
    snappedNotes: 0,
    mergedNotes: 0,
    noChordNotes: 0,
    unmappedChords: {},
  };
}

function addMelospyStats(stats: MelospyStats, summary: MelospySummary): void {
  summary.files++;
  if (stats.skipped) summary.skipped[stats.skipped] = (summary.skipped[stats.skipped] ?? 0) + 1;
  else {
    summary.solos++;
    summary.metersRead[stats.meter!] = (summary.metersRead[stats.meter!] ?? 0) + 1;
  }
  summary.rows += stats.rows;
  summary.notes += stats.notes;
  summary.snappedNotes += stats.snappedNotes;
  summary.mergedNotes += stats.mergedNotes;
  summary.noChordNotes += stats.noChordNotes;
  for (const [symbol, count] of stats.unmappedChords)
    summary.unmappedChords[symbol] = (summary.unmappedChords[symbol] ?? 0) + count;
}

/** One line each for the notes the grid moved and the chord symbols no mapping reads, over all solos. */
function melospyWarnings(summary: MelospySummary, paths: string[]): CorpusWarning[] {
  const warnings: CorpusWarning[] = [];
  const where = describePaths(paths);
  if (summary.snappedNotes + summary.mergedNotes > 0)
    warnings.push({
      file: where,
      message:
        `${summary.snappedNotes} of ${summary.notes} notes off the sixteenth / triplet grid (quintuplets, ` +
        `septuplets, faster runs) snapped to it; ${summary.mergedNotes} notes on a neighbour's onset merged into it`,
    });
  const unmapped = Object.entries(summary.unmappedChords);
  if (unmapped.length > 0)
    warnings.push({
      file: where,
      message: `chord symbols not understood (the chord before holds): ${unmapped.map(([s, n]) => `${s} (${n} notes)`).join(', ')}`,
    });
  return warnings;
}

/** Adds each tune's grammar values; a tune that gives none is skipped with a warning. */
function addTuneValues(tunes: Tune[], corpus: Corpus): void {
  for (const tune of tunes) {
    let values: string[];
    try {
      values = tuneToValues(tune).map(formatValue);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      corpus.warnings.push({
        file: tune.file,
        line: tune.line,
        message: `tune "${tune.title}" cannot be turned into values (${reason}); skipped`,
      });
      corpus.skippedTunes++;
      continue;
    }
    if (values.length === 0) {
      corpus.warnings.push({
        file: tune.file,
        line: tune.line,
        message: `tune "${tune.title}" gives no values; skipped`,
      });
      corpus.skippedTunes++;
      continue;
    }
    corpus.tunes.push(tune);
    corpus.values.push(...values);
    corpus.tuneValueCounts.push(values.length);
    if (tune.chordsInferred) corpus.inferredChordTunes++;
  }
}

/** No usable tune at all: the one file's own reason, or the first warning. */
function noTunesError(
  paths: string[],
  candidates: unknown[],
  corpus: Corpus,
  fileErrors: UserFacingError[],
): UserFacingError {
  if (fileErrors.length === 1 && candidates.length === 1) return fileErrors[0];
  const first = corpus.warnings[0];
  const firstReason = first && `${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`;
  return new UserFacingError(
    `no notes found in ${describePaths(paths)}` + (firstReason ? ` (${firstReason})` : ''),
    paths[0],
  );
}

/**
 * Reads files and folders (every .abc/.mid/.midi below a folder, sorted) into tunes and grammar values.
 * Throws a UserFacingError naming the file for input that cannot be a corpus.
 */
export async function loadCorpus(paths: string[], options: CorpusOptions = {}): Promise<Corpus> {
  if (paths.length === 0) throw new UserFacingError('no corpus files given');
  const candidates = await collectFiles(paths);
  checkSizes(candidates, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);

  const corpus = emptyCorpus();
  const corpusHash = createHash('sha256');
  const fileErrors: UserFacingError[] = [];
  for (const { path } of candidates) {
    const kind = kindOf(path)!;
    const bytes = await readFileOrFail(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    corpus.files.push({ path, kind, bytes: bytes.length, sha256 });
    corpusHash.update(sha256);
    const tunes =
      kind === 'abc'
        ? readAbcFile(bytes, path, corpus)
        : kind === 'melospy'
          ? readMelospyFile(bytes, path, corpus)
          : kind === 'musicxml'
            ? readMusicXmlFile(bytes, path, options, corpus, fileErrors)
            : readMidiFile(bytes, path, options, corpus, fileErrors);
    addTuneValues(tunes, corpus);
  }
  if (corpus.melospy) corpus.warnings.push(...melospyWarnings(corpus.melospy, paths));
  if (corpus.tunes.length === 0) throw noTunesError(paths, candidates, corpus, fileErrors);
  corpus.sha256 = corpusHash.digest('hex');
  return corpus;
}

/**
 * abcjs recovers from a syntax error by dropping what it cannot read, so such a tune would teach garbled
 * rhythms: it is left out, and its warning (file, line, column, abcjs' complaint) says so.
 */
function withoutSyntaxErrors(read: ReturnType<typeof readAbcText>, corpus: Corpus): Tune[] {
  const brokenStartLines = new Set<number>();
  for (const index of new Set(read.issues.map((issue) => issue.tuneIndex))) {
    const info = read.tuneInfos[index];
    const firstIssue = read.issues.find((issue) => issue.tuneIndex === index)!;
    brokenStartLines.add(info.startLine);
    const warning = corpus.warnings.find(
      (w) => w.file === firstIssue.file && w.line === firstIssue.line && w.message.includes(firstIssue.message),
    );
    if (warning) warning.message += '; skipped';
    else
      corpus.warnings.push({
        file: firstIssue.file,
        line: firstIssue.line,
        message: `${firstIssue.message}; tune skipped`,
      });
  }
  const kept = read.tunes.filter((tune) => !brokenStartLines.has(tune.line));
  corpus.skippedTunes += read.tunes.length - kept.length;
  return kept;
}

/** Refuses a corpus the training windows cannot be cut from; `paths` (the corpus as given) name it in the message. */
export function assertTrainable(values: string[], tx: number, paths?: string[]): void {
  const prefix = paths?.length ? `${describePaths(paths)}: ` : '';
  if (values.length < tx + 1) {
    throw new UserFacingError(
      `${prefix}the corpus has ${values.length} values; training needs at least ${tx + 1} (Tx + 1)`,
      paths?.[0],
    );
  }
  const distinct = new Set(values);
  if (distinct.size < 2) {
    throw new UserFacingError(
      `${prefix}the corpus has only one distinct value (${values[0]}); training needs at least two to learn anything`,
      paths?.[0],
    );
  }
}
