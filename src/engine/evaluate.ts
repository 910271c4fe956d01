/**
 * The engine side of evaluation: generates solos with a model, retrains the model's network on a seeded
 * training part of its corpus to measure held-out likelihood beside unigram and bigram baselines, and
 * assembles the EvaluationReport (src/core/evaluation) that the CLI and the VS Code command show.
 */
import { scoreHeldOut, splitHeldOut } from '../core/solo/heldout';
import { type WrittenNotation } from '../core/formats/abc/written';
import { UserFacingError } from '../shared/errors';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus, assertTrainable, type Corpus, type CorpusOptions } from '../core/io/corpus';
import { formatValue, tuneToValues } from '../core/solo/grammar';
import { buildVocabulary } from '../core/solo/vocabulary';
import { readAbcText } from '../core/formats/abcReader';
import { DEFAULT_PROGRESSION } from '../core/theory/progression';
import { DEFAULT_RANGE, rangeForRegister } from '../core/solo/melodicLine';

import {
  BIGRAM_DESCRIPTION,
  COPY_NGRAM_LENGTH,
  METRIC_DEFINITIONS,
  STYLE_DEFINITIONS,
  compareStyle,
  distributionOverlaps,
  UNIGRAM_DESCRIPTION,
  bigramModel,
  histogramPairs,
  judgeTargets,
  measurePieces,
  ngramSet,
  pieceFromSolo,
  pieceFromTune,
  unigramModel,
  type EvaluationReport,
  type HeldOutSection,
  type MusicPiece,
} from '../core/evaluation';
import { lstmNextValueModel } from '../model/heldOutScore';
import { isReferenceCorpus } from '../shared/referenceCurve';
import { DEFAULT_SAMPLING } from '../model/sampling';
import { trainNetwork, DEFAULT_TRAINING_OPTIONS, type TrainingOptions } from '../model/train';
import { recordedCorpusFiles } from '../model/store/load';
import { type LoadedModel } from '../model/store/folder';
import { checkInRange, LIMITS, MAX_SEED } from '../shared/limits';
import { DEFAULT_MODEL_DIR, PACKAGE_ROOT } from './paths';
import { loadModel } from './models';
import { formatWarning } from './inspect';
import { generateSolo, type GenerateOptions, type GenerateResult } from './generate';
import { DEFAULTS, EVALUATION_DEFAULTS } from '../shared/defaults';

export { formatEvaluationSummary, type EvaluationReport } from '../core/evaluation';
export { evaluationReportHtml, niceTickStep } from './report/reportHtml';

export const DEFAULT_EVALUATION_SOLOS = EVALUATION_DEFAULTS.solos;
export const DEFAULT_EVALUATION_SEED = EVALUATION_DEFAULTS.seed;
export const DEFAULT_HELDOUT_SHARE = 0.1;

export interface EvaluateHooks {
  onLog?(line: string): void;
  signal?: AbortSignal;
}

export interface EvaluateOptions
  extends Omit<GenerateOptions, 'modelDir' | 'seed' | 'title'>, CorpusOptions, EvaluateHooks {
  modelDir?: string;
  /** The corpus to measure against; default: the files the model was trained on. */
  corpus?: string[];
  /** Number of solos to generate (default 20). */
  solos?: number;
  /** Solo i is generated with seed + i; the held-out split uses seed too (default 1). */
  seed?: number;
  /** Run the held-out retraining (default true); false leaves the likelihood figures null. */
  heldout?: boolean;
  /** Share of the corpus values held out (default 0.1). */
  heldoutShare?: number;
  /** 'tunes' (whole tunes), 'tails' (the end of every tune) or 'auto' (tunes when there are 10 or more). */
  heldoutSplit?: 'tunes' | 'tails' | 'auto';
  /** Epochs of the retraining; default the model's own. */
  heldoutEpochs?: number;
}

export interface EvaluateTextOptions extends CorpusOptions, EvaluateHooks {
  /** The file name the ABC came from, for messages. */
  file?: string;
  modelDir?: string;
  /** The corpus to measure against; default: the model's own corpus. */
  corpus?: string[];
}

/** Evaluates a model: its solos against its corpus, and its network on a held-out part of that corpus. */
export async function evaluateModel(options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const started = performance.now();
  const log = options.onLog ?? (() => undefined);
  const solos = options.solos ?? DEFAULT_EVALUATION_SOLOS;
  if (!Number.isInteger(solos) || solos < 1 || solos > 1000)
    throw new UserFacingError(`solos must be a whole number from 1 to 1000 (got ${options.solos})`);
  const seed = options.seed ?? DEFAULT_EVALUATION_SEED;
  checkInRange(LIMITS.seed, seed, 'seed');
  const modelDir = resolve(options.modelDir ?? DEFAULT_MODEL_DIR);
  const model = await loadModel(modelDir);
  const { corpus, paths, changed } = await loadEvaluationCorpus(model, options, log);

  const soloPieces: MusicPiece[] = [];
  const seeds: number[] = [];
  let steps = options.steps ?? DEFAULTS.steps;
  for (let i = 0; i < solos; i++) {
    options.signal?.throwIfAborted();
    const soloSeed = (seed + i) % (MAX_SEED + 1);
    let result: GenerateResult;
    try {
      result = await generateSolo({ ...generationOptions(options), modelDir, seed: soloSeed });
    } catch (error) {
      // Which solo failed is what a user needs to reproduce it with `jazz-solo generate --seed`.
      if (error instanceof UserFacingError && solos > 1)
        throw new UserFacingError(`solo with seed ${soloSeed}: ${error.message}`, error.file);
      throw error;
    }
    steps = result.values.length;
    seeds.push(result.seed);
    soloPieces.push(pieceFromSoloText(result.abc, result.solo, result.values));
  }
  log(`generated ${solos} solos with seeds ${seed}..${seed + solos - 1}`);

  const heldout = options.heldout === false ? null : await runHeldOut(model, corpus, options, seed, log);
  const report = assembleReport({
    subject: { kind: 'model', description: `model "${model.metadata.name}" (${modelDir})` },
    model,
    corpus,
    paths,
    changed,
    soloPieces,
    heldout,
    generation: {
      solos,
      seeds,
      steps,
      temperature: options.greedy ? null : (options.temperature ?? DEFAULT_SAMPLING.temperature),
      top_k: options.greedy ? null : (options.topK ?? DEFAULT_SAMPLING.topK),
      greedy: options.greedy ?? false,
      chords: options.chords ?? DEFAULT_PROGRESSION,
    },
    started,
  });
  return report;
}

/**
 * A generated solo as a reader of its ABC meets it: the notes, bars and notation read back from the text
 * with the project's reader, the values it was generated from kept for the copying and loop measures.
 * A text abcjs cannot read at all keeps the realised notes and counts as one abcjs warning.
 */
function pieceFromSoloText(abc: string, solo: GenerateResult['solo'], values: string[]): MusicPiece {
  const read = readAbcText(abc, 'solo.abc');
  const tune = read.tunes[0];
  if (tune) return pieceFromTune(tune, values, read.notation[0]);
  return {
    ...pieceFromSolo(solo, values),
    notation: { symbols: [], tuplets: [], issues: Math.max(1, read.issues.length) },
  };
}

/** Evaluates an ABC text (the solo open in the editor) against a model's corpus; no held-out run. */
export async function evaluateSoloText(abcText: string, options: EvaluateTextOptions = {}): Promise<EvaluationReport> {
  const started = performance.now();
  const file = options.file ?? 'untitled.abc';
  const { tunes, notation } = readAbcText(abcText, file);
  const soloPieces: MusicPiece[] = [];
  tunes.forEach((tune, index) => {
    if (!tune.notes.some((note) => note.pitch !== null)) return;
    soloPieces.push(pieceFromTune(tune, undefined, notation[index]));
  });
  if (soloPieces.length === 0) throw new UserFacingError(`${file}: no tune with notes to evaluate`, file);
  const model = options.corpus ? undefined : await loadModel(resolve(options.modelDir ?? DEFAULT_MODEL_DIR));
  const { corpus, paths, changed } = await loadEvaluationCorpus(model, options, options.onLog ?? (() => undefined));
  const tuneCount = soloPieces.length;
  return assembleReport({
    subject: {
      kind: 'abc',
      description: `${basename(file)} (${tuneCount} tune${tuneCount === 1 ? '' : 's'})${model ? ` against model "${model.metadata.name}"` : ''}`,
    },
    model,
    corpus,
    paths,
    changed,
    soloPieces,
    heldout: null,
    generation: null,
    started,
  });
}

function generationOptions(options: EvaluateOptions): GenerateOptions {
  const { steps, temperature, topK, greedy, chords, tempo, key, swing, meter, harmonyGuide } = options;
  return { steps, temperature, topK, greedy, chords, tempo, key, swing, meter, harmonyGuide };
}

interface HeldOutResult {
  section: HeldOutSection;
  lstm: { nll: number | null; accuracy: number | null };
  bigramNll: number | null;
  unigramNll: number | null;
}

interface ReportParts {
  subject: EvaluationReport['subject'];
  model: LoadedModel | undefined;
  corpus: Corpus;
  paths: string[];
  changed: string[];
  soloPieces: MusicPiece[];
  heldout: HeldOutResult | null;
  generation: EvaluationReport['generation'];
  started: number;
}

function assembleReport(parts: ReportParts): EvaluationReport {
  const { corpus, model, soloPieces, heldout } = parts;
  const corpusPieces = corpusPiecesWithNotation(corpus);
  // Training windows stay inside one tune, so a copied run is one of a tune's own runs.
  const corpusNgrams = ngramSet(
    corpusPieces.map((piece) => piece.values),
    COPY_NGRAM_LENGTH,
  );
  const measureOptions = { range: generatorRange(model) };
  const solo = measurePieces(soloPieces, corpusNgrams, measureOptions);
  const corpusStats = measurePieces(corpusPieces, 'across-pieces', measureOptions);
  const overlaps = distributionOverlaps(solo, corpusStats);
  const figures = {
    heldout_nll: heldout?.lstm.nll ?? null,
    bigram_nll: heldout?.bigramNll ?? null,
    unigram_nll: heldout?.unigramNll ?? null,
    heldout_accuracy: heldout?.lstm.accuracy ?? null,
    solo_chord_tone_ratio: solo.chord_tone_ratio,
    corpus_chord_tone_ratio: corpusStats.chord_tone_ratio,
    copied_8gram_ratio: solo.copied_8gram_ratio,
    longest_loop_bars: solo.longest_repeat.max_bars,
    longest_loop_values: solo.longest_repeat.max_values,
  };
  return {
    format: 'jazz-solo-evaluation',
    version: 1,
    created_at: new Date().toISOString(),
    subject: parts.subject,
    model: model
      ? {
          name: model.metadata.name,
          dir: model.dir,
          vocabulary: model.vocabulary.values.length,
          options: model.metadata.options ?? {},
          loss: model.metadata.loss ?? [],
          ...(model.metadata.heldOutLoss ? { held_out_nll: model.metadata.heldOutLoss } : {}),
          ...(model.metadata.chosenEpoch ? { chosen_epoch: model.metadata.chosenEpoch } : {}),
          ...(isReferenceCorpus(model.metadata.corpus?.files) ? { reference_corpus: true } : {}),
        }
      : null,
    corpus: {
      paths: parts.paths,
      tunes: corpus.tunes.length,
      values: corpus.values.length,
      warnings: corpus.warnings.length,
      changed_files: parts.changed,
    },
    generation: parts.generation,
    heldout: heldout?.section ?? null,
    ...figures,
    solo_metrics: solo,
    corpus_metrics: corpusStats,
    histograms: histogramPairs(solo, corpusStats),
    overlaps,
    style: compareStyle(soloPieces, corpusPieces),
    targets: judgeTargets({ ...figures, solo_metrics: solo, corpus_metrics: corpusStats, overlaps }),
    definitions: [...METRIC_DEFINITIONS, ...STYLE_DEFINITIONS],
    seconds: (performance.now() - parts.started) / 1000,
  };
}

/** The range the realiser keeps a model's notes in: its learned register widened, or the bundled corpus's. */
function generatorRange(model: LoadedModel | undefined): [number, number] {
  return model?.metadata.register ? rangeForRegister(model.metadata.register) : DEFAULT_RANGE;
}

/**
 * The corpus tunes as pieces; those read from ABC files carry their notation, read again from the file
 * (the corpus keeps only the tunes), matched by file and line.
 */
function corpusPiecesWithNotation(corpus: Corpus): MusicPiece[] {
  const notationByTune = new Map<string, WrittenNotation>();
  for (const file of corpus.files) {
    if (file.kind !== 'abc') continue;
    let read: ReturnType<typeof readAbcText>;
    try {
      read = readAbcText(readFileSync(file.path, 'utf8'), file.path);
    } catch {
      continue; // the file changed or went away since it was loaded: its tunes are measured without notation
    }
    read.tunes.forEach((tune, index) => notationByTune.set(`${tune.file}:${tune.line}`, read.notation[index]));
  }
  return corpus.tunes.map((tune) => pieceFromTune(tune, undefined, notationByTune.get(`${tune.file}:${tune.line}`)));
}

/**
 * The corpus to measure against: the paths given, else the files recorded in the model's metadata. A
 * recorded file that has moved (a model built on another machine) is looked for by name in the bundled
 * corpus folder. Files whose content differs from what the model was trained on are listed as changed.
 */
async function loadEvaluationCorpus(
  model: LoadedModel | undefined,
  options: { corpus?: string[] } & CorpusOptions,
  log: (line: string) => void,
): Promise<{ corpus: Corpus; paths: string[]; changed: string[] }> {
  const recorded = model?.metadata.corpus?.files ?? [];
  let paths = options.corpus;
  if (!paths || paths.length === 0) {
    if (!model || recorded.length === 0) {
      throw new UserFacingError(
        `model "${model?.metadata.name ?? '?'}" does not record its corpus; give the corpus to evaluate against (--corpus PATH)`,
      );
    }
    // Relative paths are the package's (the bundled model's corpus), never the working folder's.
    paths = recordedCorpusFiles(model.metadata, PACKAGE_ROOT);
  }
  const corpus = await loadCorpus(paths, options);
  for (const warning of corpus.warnings) log(`warning: ${formatWarning(warning)}`);
  const recordedHashes = new Map(recorded.map((file) => [basename(file.path), file.sha256]));
  const changed = corpus.files
    .filter(
      (file) => recordedHashes.has(basename(file.path)) && recordedHashes.get(basename(file.path)) !== file.sha256,
    )
    .map((file) => file.path);
  return { corpus, paths, changed };
}

const UNKNOWN_POLICY =
  'Held-out values absent from the training part are not scored by any model (they are counted); as context ' +
  'the LSTM is fed the zero vector for them and the bigram uses its continuation distribution.';

/** The model's recorded training options, as numbers and names trainNetwork takes. */
function recordedTrainingOptions(model: LoadedModel): TrainingOptions {
  const recorded = model.metadata.options ?? {};
  const number = (key: string): number | undefined =>
    typeof recorded[key] === 'number' ? (recorded[key] as number) : undefined;
  const windows = recorded.windows === 'all' || recorded.windows === 'reference' ? recorded.windows : undefined;
  return {
    tx: number('tx'),
    units: number('units') ?? model.weights.units,
    epochs: number('epochs'),
    batchSize: number('batchSize'),
    learningRate: number('learningRate'),
    m: number('m'),
    seed: number('seed'),
    windows,
  };
}

async function runHeldOut(
  model: LoadedModel,
  corpus: Corpus,
  options: EvaluateOptions,
  seed: number,
  log: (line: string) => void,
): Promise<HeldOutResult> {
  const started = performance.now();
  const share = options.heldoutShare ?? DEFAULT_HELDOUT_SHARE;
  if (!(share > 0 && share <= 0.5))
    throw new UserFacingError(`the held-out share must be above 0 and at most 0.5 (got ${options.heldoutShare})`);
  const training = recordedTrainingOptions(model);
  const tx = training.tx ?? DEFAULT_TRAINING_OPTIONS.tx;
  const epochs = options.heldoutEpochs ?? training.epochs ?? DEFAULT_TRAINING_OPTIONS.epochs;
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new UserFacingError(`held-out epochs must be a whole number >= 1 (got ${options.heldoutEpochs})`);
  const tuneValues = corpus.tunes.map((tune) => tuneToValues(tune).map(formatValue));
  const split = splitHeldOut(tuneValues, { share, seed, split: options.heldoutSplit ?? 'auto', contextLength: tx - 1 });
  try {
    assertTrainable(split.training, tx);
  } catch (error) {
    throw new UserFacingError(
      `the corpus is too small for a held-out evaluation: without its held-out part, ${(error as Error).message}`,
    );
  }
  const vocabulary = buildVocabulary(split.training);
  const tokens = Int32Array.from(split.training, (value) => vocabulary.indexOf(value));
  const toIndices = (values: string[]) => values.map((value) => vocabulary.indexOf(value));
  const sequences = split.heldout.map((sequence) => ({
    prime: toIndices(sequence.prime),
    target: toIndices(sequence.target),
  }));
  const heldoutValues = split.heldout.reduce((sum, sequence) => sum + sequence.target.length, 0);
  log(
    `held-out: ${split.split} split, ${heldoutValues} of ${heldoutValues + split.training.length} values held out; retraining ${epochs} epochs on ${tokens.length} values`,
  );

  const data = { tokens, nValues: vocabulary.values.length, tuneLengths: split.trainingTuneLengths };
  const trained = await trainNetwork(
    data,
    { ...training, epochs },
    {
      signal: options.signal,
      onEpochEnd: (info) => {
        if (info.epoch === info.epochs || info.epoch % 10 === 0)
          log(`held-out retraining: epoch ${info.epoch}/${info.epochs} loss ${info.loss.toFixed(3)}`);
      },
    },
  );
  const lstm = scoreHeldOut(sequences, lstmNextValueModel(trained.weights));
  const bigram = scoreHeldOut(sequences, bigramModel(Array.from(tokens), vocabulary.values.length));
  const unigram = scoreHeldOut(sequences, unigramModel(Array.from(tokens), vocabulary.values.length));
  const orNull = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    section: {
      split: split.split,
      share,
      seed,
      training_values: tokens.length,
      heldout_values: heldoutValues,
      scored_values: lstm.scored,
      unknown_values: lstm.unknown,
      unknown_policy: UNKNOWN_POLICY,
      epochs,
      training_loss: trained.loss,
      unigram: UNIGRAM_DESCRIPTION,
      bigram: BIGRAM_DESCRIPTION,
      bigram_accuracy: orNull(bigram.accuracy),
      unigram_accuracy: orNull(unigram.accuracy),
      seconds: (performance.now() - started) / 1000,
    },
    lstm: { nll: orNull(lstm.nll), accuracy: orNull(lstm.accuracy) },
    bigramNll: orNull(bigram.nll),
    unigramNll: orNull(unigram.nll),
  };
}
