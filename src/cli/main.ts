/**
 * jazz-solo: the engine from a terminal. Bad input exits with status 2 and one line on stderr; results go to
 * stdout (ABC, or one JSON object with --json); progress goes to stderr.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs, parseBarsOption, trackSelector, type OptionSpec } from './args';
import {
  generateSolo,
  trainFromCorpus,
  inspectCorpus,
  formatWarning,
  UserFacingError,
  TrainingCancelledError,
} from '../engine';
import { evaluateModel, evaluationReportHtml, formatEvaluationSummary } from '../engine/evaluate';

const USAGE = `jazz-solo: improvise jazz solos with an LSTM (the deepjazz / Coursera model)

  jazz-solo generate [--model DIR] [--steps 100] [--temperature T] [--top-k K] [--greedy] [--seed N]
                     [--chords "| Dm7 G7 | Cmaj7 |"] [--tempo BPM] [--key K] [--swing R]
                     [--out FILE.abc] [--midi FILE.mid] [--print] [--json]
  jazz-solo train <corpus...> --out DIR [--epochs N] [--tx N] [--units N] [--batch N] [--seed N]
                     [--melody-track T] [--chord-track T] [--bars A:B] [--windows reference|all] [--name NAME] [--json]
  jazz-solo inspect <corpus...> [--melody-track T] [--chord-track T] [--bars A:B] [--json]
  jazz-solo evaluate [--model DIR] [--corpus PATH...] [--solos 20] [--seed N] [--heldout-epochs N] [--no-heldout]
                     [--html FILE] [--json]

A corpus is .abc, .mid or .midi files, or folders of them. Without --model, generate uses the default model.
Without --epochs, training makes 100 epochs on a corpus as short as the reference's and, on a longer one,
as many as give about the reference's 200 updates (at least 3).`;

const GENERATE_OPTIONS: OptionSpec = {
  model: 'string', steps: 'number', temperature: 'number', 'top-k': 'number', greedy: 'flag', seed: 'number',
  chords: 'string', tempo: 'number', key: 'string', swing: 'number', out: 'string', midi: 'string', print: 'flag',
  json: 'flag', title: 'string',
};
const CORPUS_OPTIONS: OptionSpec = { 'melody-track': 'string', 'chord-track': 'list', bars: 'string', json: 'flag' };
const TRAIN_OPTIONS: OptionSpec = {
  ...CORPUS_OPTIONS, out: 'string', epochs: 'number', tx: 'number', units: 'number', batch: 'number', seed: 'number',
  windows: 'string', name: 'string', m: 'number',
};

const EVALUATE_OPTIONS: OptionSpec = {
  model: 'string', corpus: 'list', solos: 'number', seed: 'number', 'heldout-epochs': 'number', 'no-heldout': 'flag',
  html: 'string', json: 'flag', temperature: 'number', 'top-k': 'number', greedy: 'flag', chords: 'string', steps: 'number',
};

/** Writes beside the target and renames, so an interrupted run never leaves half a file. */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, target);
}

function corpusOptions(options: Record<string, unknown>) {
  return {
    melodyTrack: options['melody-track'] === undefined ? undefined : trackSelector(String(options['melody-track'])),
    chordTracks: (options['chord-track'] as string[] | undefined)?.map(trackSelector),
    bars: parseBarsOption(options.bars as string | undefined),
  };
}

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new UserFacingError(`--${name} needs a whole number of at least 1 (got ${value})`);
  }
  return value;
}

async function runGenerate(argv: string[]): Promise<void> {
  const { options, positionals } = parseArgs(argv, GENERATE_OPTIONS);
  if (positionals.length) throw new UserFacingError(`generate takes no corpus; unexpected "${positionals[0]}"`);
  const temperature = options.temperature as number | undefined;
  if (temperature !== undefined && !(temperature > 0)) throw new UserFacingError('--temperature must be above 0');
  const result = await generateSolo({
    modelDir: options.model as string | undefined,
    steps: positiveInteger(options.steps, 'steps'),
    temperature,
    topK: positiveInteger(options['top-k'], 'top-k'),
    greedy: Boolean(options.greedy),
    seed: options.seed as number | undefined,
    chords: options.chords as string | undefined,
    tempo: options.tempo as number | undefined,
    key: options.key as string | undefined,
    swing: options.swing as number | undefined,
    title: options.title as string | undefined,
  });
  if (options.out) writeFileAtomic(String(options.out), result.abc);
  if (options.midi) writeFileAtomic(String(options.midi), result.midi);
  if (options.json) {
    const { abc, values, seed, modelName, modelDir, seconds } = result;
    printJson({ steps: values.length, values, abc, seed, model: modelName, modelDir, seconds });
    return;
  }
  if (!options.out || options.print) process.stdout.write(result.abc.endsWith('\n') ? result.abc : `${result.abc}\n`);
  const written = [options.out, options.midi].filter(Boolean).join(' and ');
  process.stderr.write(
    `${result.values.length} steps from model "${result.modelName}", seed ${result.seed}` +
      `${written ? `; wrote ${written}` : ''} (${(result.seconds * 1000).toFixed(0)} ms)\n`,
  );
}

async function runTrain(argv: string[]): Promise<void> {
  const { options, positionals } = parseArgs(argv, TRAIN_OPTIONS);
  if (!positionals.length) throw new UserFacingError('train needs at least one corpus file or folder');
  if (!options.out) throw new UserFacingError('train needs --out DIR, the folder the model is saved to');
  const windows = options.windows as string | undefined;
  if (windows !== undefined && windows !== 'reference' && windows !== 'all') {
    throw new UserFacingError(`--windows is "reference" or "all" (got "${windows}")`);
  }
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const result = await trainFromCorpus(
      {
        corpus: positionals,
        outDir: String(options.out),
        name: options.name as string | undefined,
        epochs: positiveInteger(options.epochs, 'epochs'),
        tx: positiveInteger(options.tx, 'tx'),
        units: positiveInteger(options.units, 'units'),
        batchSize: positiveInteger(options.batch, 'batch'),
        m: positiveInteger(options.m, 'm'),
        seed: options.seed as number | undefined,
        windows: windows as 'reference' | 'all' | undefined,
        ...corpusOptions(options),
      },
      {
        signal: controller.signal,
        onLog: (line) => process.stderr.write(`${line}\n`),
      },
    );
    if (options.json) {
      printJson({
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
      });
    } else {
      process.stdout.write(`model "${result.name}" saved to ${result.modelDir} (backend ${result.backend})\n`);
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}

async function runInspect(argv: string[]): Promise<void> {
  const { options, positionals } = parseArgs(argv, CORPUS_OPTIONS);
  if (!positionals.length) throw new UserFacingError('inspect needs at least one corpus file or folder');
  const result = await inspectCorpus(positionals, corpusOptions(options));
  if (options.json) {
    printJson({ ...result, warnings: result.warnings.map(formatWarning) });
    return;
  }
  const out: string[] = [];
  out.push(`${result.files.length} file(s), ${result.tunes.length} tune(s), ${result.tokens} values, vocabulary of ${result.vocabulary.length}`);
  if (result.inferredChordTunes) out.push(`${result.inferredChordTunes} tune(s) had no chord symbols: chords inferred`);
  for (const tune of result.tunes) {
    out.push(`  ${basename(tune.file)} ${tune.id} "${tune.title}": ${tune.values} values; chords ${tune.chords.join(' ')}${tune.chordsInferred ? ' (inferred)' : ''}`);
  }
  out.push('values:', `  ${result.values.join(' ')}`);
  out.push('vocabulary:', `  ${result.vocabulary.join('  ')}`);
  for (const warning of result.warnings) out.push(`warning: ${formatWarning(warning)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function runEvaluate(argv: string[]): Promise<void> {
  const { options, positionals } = parseArgs(argv, EVALUATE_OPTIONS);
  if (positionals.length) throw new UserFacingError(`evaluate takes the corpus as --corpus PATH; unexpected "${positionals[0]}"`);
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const report = await evaluateModel({
      modelDir: options.model as string | undefined,
      corpus: options.corpus as string[] | undefined,
      solos: positiveInteger(options.solos, 'solos'),
      seed: options.seed as number | undefined,
      heldout: !options['no-heldout'],
      heldoutEpochs: positiveInteger(options['heldout-epochs'], 'heldout-epochs'),
      temperature: options.temperature as number | undefined,
      topK: options['top-k'] as number | undefined,
      greedy: Boolean(options.greedy),
      chords: options.chords as string | undefined,
      steps: positiveInteger(options.steps, 'steps'),
      signal: controller.signal,
      onLog: (line) => process.stderr.write(`${line}\n`),
    });
    if (options.html) writeFileAtomic(String(options.html), evaluationReportHtml(report));
    if (options.json) printJson(report);
    else process.stdout.write(`${formatEvaluationSummary(report)}\n`);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'generate':
        await runGenerate(rest);
        return 0;
      case 'train':
        await runTrain(rest);
        return 0;
      case 'inspect':
        await runInspect(rest);
        return 0;
      case 'evaluate':
        await runEvaluate(rest);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UserFacingError(`unknown command "${command}" (generate, train, inspect, evaluate)`);
    }
  } catch (error) {
    if (error instanceof TrainingCancelledError) {
      process.stderr.write('jazz-solo: training cancelled; no model was written\n');
      return 130;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`jazz-solo: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`jazz-solo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.JAZZ_SOLO_DEBUG) console.error(error);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
