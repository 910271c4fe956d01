/** `jazz-solo train`: Train a model on a corpus. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';

import { TrainingCurve } from '../curve';

import { REFERENCE_TRAINING } from '../../shared/defaults';
import { JSON_OPTION, CORPUS_OPTIONS, SEED_OPTION, corpusOptions, defineCommand } from './common';

export const trainCommand = defineCommand({
  name: 'train',
  summary: 'Train a model on ABC or MIDI files or folders and save it as a model folder.',
  positionals: [
    {
      name: 'corpus',
      required: true,
      variadic: true,
      help: '.abc, .mid or .midi files, Weimar Jazz Database note tables (.csv), MusicXML (.musicxml, .mxl), or folders of them.',
    },
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
      help: 'Passes over the windows; forces N epochs on the whole corpus.',
      defaultText: 'automatic: a tenth of the corpus is held out and training keeps the epoch of its best likelihood',
    },
    {
      name: 'patience',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.epochs,
      help: 'Automatic epochs: stop after N epochs without a better held-out NLL.',
      defaultText: 'about 20 updates, at least 3 epochs',
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
    {
      name: 'engine',
      kind: 'string',
      choices: ['builtin', 'pytorch'],
      help: 'builtin: this engine on every core; pytorch: the same network in PyTorch (CPU threads or a GPU).',
      defaultText: 'builtin',
    },
    {
      name: 'python',
      kind: 'string',
      valueName: 'PATH',
      help: '--engine pytorch: the Python that has torch.',
      defaultText: 'JAZZ_SOLO_PYTHON, else /usr/bin/python3, else python3',
    },
    {
      name: 'nproc',
      kind: 'number',
      valueName: 'N',
      range: LIMITS.nproc,
      help: "--engine pytorch: N processes of PyTorch's DistributedDataParallel (torchrun; gloo on CPU, NCCL on GPUs).",
      defaultText: '1',
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
    const curve = new TrainingCurve();
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
        patience: options.patience as number | undefined,
        engine: options.engine as 'builtin' | 'pytorch' | undefined,
        python: options.python as string | undefined,
        nproc: options.nproc as number | undefined,
        ...corpusOptions(options),
      },
      {
        signal: io.signal,
        logEpochs: !progress,
        onProgress: progress
          ? (p) => {
              curve.add(p);
              progress.update(p.epoch, p.epochs, curve.describe(p));
            }
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
          ...(result.heldOutLoss ? { heldOutLoss: result.heldOutLoss } : {}),
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
      const chosen = result.heldOutLoss
        ? `, epoch ${result.epochs} of ${result.loss.length} kept (held-out NLL ${result.heldOutLoss[result.epochs - 1].toFixed(3)})`
        : '';
      await io.out(`model "${result.name}" saved to ${result.modelDir} (backend ${result.backend}${chosen})\n`);
    }
  },
});
