/** `jazz-solo train`: Train a model on a corpus. */
import { LIMITS } from '../../core/limits';
import { printable } from '../args';
import { UserFacingError } from '../../core/types';
import { REFERENCE_TRAINING } from '../../shared/defaults';
import { JSON_OPTION, CORPUS_OPTIONS, SEED_OPTION, corpusOptions, type CommandDef } from './common';

export const trainCommand: CommandDef = {
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
    const { checkModelTarget } = await import('../../model/store/save');
    const outDir = checkModelTarget(String(options.out));
    const { trainFromCorpus, formatWarning } = await import('../../engine');
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
