/**
 * The commands of `jazz-solo`, one entry each: its syntax (the option table the parser, the usage and the
 * README check read) and what it runs. Adding an option is one line in its table and its use in `run`;
 * adding a command is one more entry in COMMANDS.
 */
import { basename } from 'node:path';
import { LIMITS } from '../core/limits';
import { checkWritableFile } from '../core/io/safeWrite';
import { parseBarsOption, printable, trackSelector, type CommandSyntax, type OptionDef, type ParsedArgs } from './args';
import type { CommandIo } from './io';
import { UserFacingError } from '../core/types';
import { DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS, type LeadInstrument } from '../core/band/types';
import { DEFAULTS, EVALUATION_DEFAULTS, REFERENCE_TRAINING } from '../shared/defaults';

export interface CommandDef extends CommandSyntax {
  /** Runs long (training): main runs it in a worker thread that Ctrl-C or SIGTERM can stop at any moment. */
  readonly interruptible?: boolean;
  run(args: ParsedArgs, io: CommandIo): Promise<void>;
}

const JSON_OPTION: OptionDef = { name: 'json', kind: 'flag', help: 'Print one JSON object on stdout instead of text.' };

const CORPUS_OPTIONS: OptionDef[] = [
  { name: 'melody-track', kind: 'string', valueName: 'T', help: 'MIDI: the melody track, by index or name.' },
  { name: 'chord-track', kind: 'list', valueName: 'T', help: 'MIDI: the chord track(s), by index or name.' },
  { name: 'bars', kind: 'string', valueName: 'A:B', help: 'MIDI: only bars A to B-1, counted from 0.' },
];

const MODEL_OPTION: OptionDef = {
  name: 'model',
  kind: 'string',
  valueName: 'DIR',
  help: 'The model folder.',
  defaultText: 'the bundled default model',
};

const SAMPLING_OPTIONS: OptionDef[] = [
  {
    name: 'steps',
    kind: 'number',
    valueName: 'N',
    range: LIMITS.steps,
    help: 'Grammar values (notes and rests) per solo.',
    defaultText: String(DEFAULTS.steps),
  },
  {
    name: 'temperature',
    kind: 'number',
    valueName: 'T',
    range: LIMITS.temperature,
    help: 'Sampling temperature; 0 is greedy decoding.',
    defaultText: String(DEFAULTS.temperature),
  },
  {
    name: 'top-k',
    kind: 'number',
    valueName: 'K',
    range: LIMITS.topK,
    help: 'Sample among the K most likely values; 0 = all.',
    defaultText: String(DEFAULTS.topK),
  },
  { name: 'greedy', kind: 'flag', help: "Always take the most likely value (the reference's decoding; it loops)." },
  {
    name: 'chords',
    kind: 'string',
    valueName: '"| Dm7 G7 | Cmaj7 |"',
    help: 'The progression; N.C. for no chord, |: :| repeats.',
    defaultText: 'a jazz blues in F',
  },
];

const SEED_OPTION: OptionDef = {
  name: 'seed',
  kind: 'number',
  valueName: 'N',
  range: LIMITS.seed,
  help: 'Random seed: the same seed gives the same result.',
};

/** Checked before any work: a target that cannot be written is found out now, not after minutes of training. */
function checkFileTarget(value: unknown, label: string): string | undefined {
  if (value === undefined) return undefined;
  const path = String(value);
  if (path !== '-') checkWritableFile(path, label);
  return path;
}

function corpusOptions(options: ParsedArgs['options']) {
  return {
    melodyTrack: options['melody-track'] === undefined ? undefined : trackSelector(String(options['melody-track'])),
    chordTracks: (options['chord-track'] as string[] | undefined)?.map(trackSelector),
    bars: parseBarsOption(options.bars as string | undefined),
  };
}

/** --temperature 0 means greedy decoding, as the settings document; --top-k 0 means every value. */
function samplingOptions(options: ParsedArgs['options']) {
  const temperature = options.temperature as number | undefined;
  return {
    steps: options.steps as number | undefined,
    greedy: Boolean(options.greedy) || temperature === 0,
    temperature: temperature === 0 ? undefined : temperature,
    topK: options['top-k'] as number | undefined,
    chords: options.chords as string | undefined,
  };
}

function noPositionals(args: ParsedArgs, command: string, hint: string): void {
  if (args.positionals.length)
    throw new UserFacingError(`${command} ${hint}; unexpected "${printable(args.positionals[0])}"`);
}

const generate: CommandDef = {
  name: 'generate',
  summary: 'Generate a solo with a model over a chord progression: ABC on stdout (or --out), MIDI with --midi.',
  positionals: [],
  options: [
    MODEL_OPTION,
    ...SAMPLING_OPTIONS,
    SEED_OPTION,
    {
      name: 'tempo',
      kind: 'number',
      valueName: 'BPM',
      range: LIMITS.tempo,
      help: 'Tempo in quarter notes per minute.',
      defaultText: String(DEFAULTS.tempo),
    },
    {
      name: 'key',
      kind: 'string',
      valueName: 'K',
      help: 'Key signature (C, Bb, F#m).',
      defaultText: 'from the progression',
    },
    {
      name: 'meter',
      kind: 'string',
      valueName: 'M',
      help: 'Meter: 4/4, 3/4 (jazz waltz), 6/8, 12/8; "M:3/4" at the start of --chords also sets it.',
      defaultText: DEFAULTS.meter,
    },
    {
      name: 'swing',
      kind: 'number',
      valueName: 'R',
      range: LIMITS.swing,
      help: 'Swing ratio of the eighths on playback.',
    },
    { name: 'title', kind: 'string', valueName: 'TEXT', help: 'The tune title.', defaultText: DEFAULTS.title },
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE.abc',
      writesFile: true,
      help: 'Write the ABC to this file (- for stdout).',
    },
    {
      name: 'midi',
      kind: 'string',
      valueName: 'FILE.mid',
      writesFile: true,
      help: 'Also write a MIDI file: the lead with bass, comping and drums.',
    },
    { name: 'no-band', kind: 'flag', help: 'MIDI: the solo alone, without the rhythm section.' },
    {
      name: 'lead',
      kind: 'string',
      valueName: 'INSTRUMENT',
      choices: Object.keys(LEAD_INSTRUMENTS),
      help: "MIDI: the lead's instrument.",
      defaultText: DEFAULT_LEAD_INSTRUMENT,
    },
    { name: 'print', kind: 'flag', help: 'Print the ABC on stdout even with --out.' },
    JSON_OPTION,
  ],
  async run(args, io) {
    noPositionals(args, 'generate', 'takes no corpus');
    const { options } = args;
    const out = checkFileTarget(options.out, '--out');
    const midiPath = checkFileTarget(options.midi, '--midi');
    if (midiPath === '-') throw new UserFacingError('--midi writes binary data: give a file name, not -');
    const { generateSolo } = await import('../engine');
    const result = await generateSolo({
      modelDir: options.model as string | undefined,
      ...samplingOptions(options),
      seed: options.seed as number | undefined,
      tempo: options.tempo as number | undefined,
      key: options.key as string | undefined,
      meter: options.meter as string | undefined,
      swing: options.swing as number | undefined,
      title: options.title as string | undefined,
      band: !options['no-band'],
      lead: options.lead as LeadInstrument | undefined,
    });
    const abc = result.abc.endsWith('\n') ? result.abc : `${result.abc}\n`;
    const toFile = out !== undefined && out !== '-';
    if (toFile) io.writeFile(out, abc, '--out');
    if (midiPath) io.writeFile(midiPath, result.midi, '--midi');
    if (options.json) {
      const { values, seed, modelName, modelDir, seconds } = result;
      await io.out(
        `${JSON.stringify({ steps: values.length, values, abc: result.abc, seed, model: modelName, modelDir, seconds })}` +
          '\n',
      );
      return;
    }
    if (!toFile || options.print) await io.out(abc);
    const written = [toFile ? out : undefined, midiPath].filter(Boolean).join(' and ');
    io.err(
      `${result.values.length} steps from model "${result.modelName}", seed ${result.seed}` +
        `${written ? `; wrote ${written}` : ''} (${(result.seconds * 1000).toFixed(0)} ms)\n`,
    );
  },
};

const train: CommandDef = {
  name: 'train',
  summary: 'Train a model on ABC or MIDI files or folders and save it as a model folder.',
  positionals: [
    { name: 'corpus', required: true, variadic: true, help: '.abc, .mid or .midi files, or folders of them.' },
  ],
  interruptible: true,
  options: [
    {
      name: 'out',
      kind: 'string',
      valueName: 'DIR',
      writesFile: true,
      help: 'The folder the model is saved to (required).',
    },
    {
      name: 'epochs',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.epochs,
      help: 'Passes over the windows.',
      defaultText:
        "automatic: 100 on a corpus as short as the reference's, about its 200 updates on a longer one (at least 3)",
    },
    {
      name: 'tx',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.tx,
      help: 'Values per training window.',
      defaultText: String(REFERENCE_TRAINING.tx),
    },
    {
      name: 'units',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.units,
      help: 'LSTM units.',
      defaultText: String(REFERENCE_TRAINING.units),
    },
    {
      name: 'batch',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.batch,
      help: 'Windows per batch.',
      defaultText: String(REFERENCE_TRAINING.batchSize),
    },
    {
      name: 'm',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.windows,
      help: 'Random windows per epoch with --windows reference.',
      defaultText: String(REFERENCE_TRAINING.m),
    },
    { ...SEED_OPTION, defaultText: String(REFERENCE_TRAINING.seed) },
    ...CORPUS_OPTIONS,
    {
      name: 'windows',
      kind: 'string',
      choices: ['reference', 'all'],
      help: "reference: m random windows (the reference's); all: every window, reshuffled each epoch.",
      defaultText: 'reference up to 400 values, all above',
    },
    {
      name: 'name',
      kind: 'string',
      valueName: 'NAME',
      help: 'The model name.',
      defaultText: 'from the corpus file name',
    },
    JSON_OPTION,
  ],
  async run(args, io) {
    const { options, positionals } = args;
    if (!positionals.length) throw new UserFacingError('train needs at least one corpus file or folder');
    if (options.out === undefined) throw new UserFacingError('train needs --out DIR, the folder the model is saved to');
    const { checkModelTarget } = await import('../model/modelStore');
    const outDir = checkModelTarget(String(options.out));
    const { trainFromCorpus, formatWarning } = await import('../engine');
    const progress = io.progressBar();
    const result = await trainFromCorpus(
      {
        corpus: positionals,
        outDir,
        name: options.name as string | undefined,
        epochs: options.epochs as number | undefined,
        tx: options.tx as number | undefined,
        units: options.units as number | undefined,
        batchSize: options.batch as number | undefined,
        m: options.m as number | undefined,
        seed: options.seed as number | undefined,
        windows: options.windows as 'reference' | 'all' | undefined,
        ...corpusOptions(options),
      },
      {
        signal: io.signal,
        logEpochs: !progress,
        onProgress: progress
          ? (p) =>
              progress.update(p.epoch, p.epochs, `loss ${p.loss.toFixed(3)}, about ${Math.ceil(p.etaSeconds)} s left`)
          : undefined,
        onLog: (line) => {
          progress?.clear();
          io.err(`${printable(line)}\n`);
        },
      },
    );
    progress?.clear();
    if (options.json) {
      await io.out(
        `${JSON.stringify({
          values: result.values,
          examples: result.examples,
          tx: result.tx,
          units: result.units,
          epochs: result.epochs,
          loss: result.loss,
          backend: result.backend,
          seconds: result.seconds,
          model: result.modelDir,
          name: result.name,
          tokens: result.tokens,
          tunes: result.tunes,
          inferredChordTunes: result.inferredChordTunes,
          warnings: result.warnings.map(formatWarning),
        })}\n`,
      );
    } else {
      await io.out(`model "${result.name}" saved to ${result.modelDir} (backend ${result.backend})\n`);
    }
  },
};

const inspect: CommandDef = {
  name: 'inspect',
  summary: 'Show what a corpus turns into: its tunes, grammar values, vocabulary, chords and warnings.',
  positionals: [
    { name: 'corpus', required: true, variadic: true, help: '.abc, .mid or .midi files, or folders of them.' },
  ],
  options: [...CORPUS_OPTIONS, JSON_OPTION],
  async run(args, io) {
    const { options, positionals } = args;
    if (!positionals.length) throw new UserFacingError('inspect needs at least one corpus file or folder');
    const { inspectCorpus, formatWarning } = await import('../engine');
    const result = await inspectCorpus(positionals, corpusOptions(options));
    if (options.json) {
      await io.out(`${JSON.stringify({ ...result, warnings: result.warnings.map(formatWarning) })}\n`);
      return;
    }
    const out: string[] = [];
    out.push(
      `${result.files.length} file(s), ${result.tunes.length} tune(s), ${result.tokens} values, ` +
        `vocabulary of ${result.vocabulary.length}`,
    );
    if (result.inferredChordTunes)
      out.push(`${result.inferredChordTunes} tune(s) had no chord symbols: chords inferred`);
    for (const tune of result.tunes) {
      const chords = `${tune.chords.join(' ')}${tune.chordsInferred ? ' (inferred)' : ''}`;
      out.push(
        `  ${printable(basename(tune.file))} ${tune.id} "${tune.title}": ${tune.values} values; chords ${chords}`,
      );
    }
    out.push('values:', `  ${result.values.join(' ')}`);
    out.push('vocabulary:', `  ${result.vocabulary.join('  ')}`);
    for (const warning of result.warnings) out.push(`warning: ${printable(formatWarning(warning))}`);
    await io.out(`${out.join('\n')}\n`);
  },
};

const evaluate: CommandDef = {
  name: 'evaluate',
  summary:
    'Measure a model: its solos, read back from their ABC, against its corpus (grid, rests, tuplets, spelling, ' +
    'register, steps and leaps, silences, chord tones, histograms and their overlap, loops, copying) and its ' +
    'held-out likelihood against n-gram baselines.',
  positionals: [],
  interruptible: true,
  options: [
    MODEL_OPTION,
    {
      name: 'corpus',
      kind: 'list',
      valueName: 'PATH',
      help: 'The corpus to measure against.',
      defaultText: "the model's own corpus",
    },
    {
      name: 'solos',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.solos,
      help: 'Solos to generate.',
      defaultText: String(EVALUATION_DEFAULTS.solos),
    },
    {
      ...SEED_OPTION,
      help: 'Solo i uses seed + i; the held-out split uses the seed too.',
      defaultText: String(EVALUATION_DEFAULTS.seed),
    },
    ...SAMPLING_OPTIONS,
    {
      name: 'heldout-epochs',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.heldoutEpochs,
      help: 'Epochs of the held-out retraining.',
      defaultText: "the model's own",
    },
    { name: 'no-heldout', kind: 'flag', help: 'Skip the held-out retraining.' },
    ...CORPUS_OPTIONS,
    {
      name: 'html',
      kind: 'string',
      valueName: 'FILE',
      writesFile: true,
      help: 'Write the report with its charts as HTML.',
    },
    JSON_OPTION,
  ],
  async run(args, io) {
    noPositionals(args, 'evaluate', 'takes the corpus as --corpus PATH');
    const { options } = args;
    const html = checkFileTarget(options.html, '--html');
    if (html === '-') throw new UserFacingError('--html needs a file name, not -');
    const { evaluateModel, evaluationReportHtml, formatEvaluationSummary } = await import('../engine/evaluate');
    const report = await evaluateModel({
      modelDir: options.model as string | undefined,
      corpus: options.corpus as string[] | undefined,
      solos: options.solos as number | undefined,
      seed: options.seed as number | undefined,
      heldout: !options['no-heldout'],
      heldoutEpochs: options['heldout-epochs'] as number | undefined,
      ...samplingOptions(options),
      ...corpusOptions(options),
      signal: io.signal,
      onLog: (line) => io.err(`${printable(line)}\n`),
    });
    if (html) io.writeFile(html, evaluationReportHtml(report), '--html');
    await io.out(options.json ? `${JSON.stringify(report)}\n` : `${formatEvaluationSummary(report)}\n`);
  },
};

const lsp: CommandDef = {
  name: 'lsp',
  summary:
    'Run the ABC assistant as a language server (LSP 3.17) for any editor: diagnostics with quick fixes, hover, ' +
    'outline, folding, harmony colouring (semantic tokens), completion and "continue this solo".',
  positionals: [],
  options: [
    { name: 'stdio', kind: 'flag', help: 'Speak the protocol on stdin and stdout (required: the one transport).' },
    { ...MODEL_OPTION, help: 'The model "continue this solo" uses (until the editor names another).' },
  ],
  notes: 'Logs go to stderr; stdout carries only protocol messages. The editor starts it: see README, "Other editors".',
  async run(args) {
    noPositionals(args, 'lsp', 'takes no files: the editor opens them');
    if (!args.options.stdio)
      throw new UserFacingError('lsp needs --stdio: it speaks the Language Server Protocol on stdin and stdout');
    const modelDir = args.options.model as string | undefined;
    if (modelDir !== undefined) {
      const { statSync } = await import('node:fs');
      if (!statSync(modelDir, { throwIfNoEntry: false })?.isDirectory()) {
        throw new UserFacingError(`--model ${printable(modelDir)}: no such model folder`);
      }
    }
    // The server is its own bundle (dist/server.js, which editors also start); the CLI is its launcher.
    const { join } = await import('node:path');
    const { findPackageRoot } = await import('../engine/packageRoot');
    const bundle = join(findPackageRoot(), 'dist', 'server.js');
    let server: { startLanguageServer(options: { transport: 'stdio'; modelDir?: string }): void };
    try {
      server = require(bundle);
    } catch {
      throw new UserFacingError(
        `cannot load the language server ${bundle}: run \`npm run build\` in the project folder`,
      );
    }
    server.startLanguageServer({ transport: 'stdio', modelDir });
    // The server ends the process itself: on the `exit` notification, or when the editor closes stdin.
    await new Promise<never>(() => undefined);
  },
};

/** Every command, in the order the usage lists them. */
export const COMMANDS: readonly CommandDef[] = [generate, train, inspect, evaluate, lsp];

export function findCommand(name: string): CommandDef | undefined {
  return COMMANDS.find((command) => command.name === name);
}
