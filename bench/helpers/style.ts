/**
 * Child process of bench/style.mjs: trains a model on each corpus asked for (or takes a model folder as it
 * is), generates solos from it with `jazz-solo evaluate`'s own code, and reports the style section of the
 * report (each measure beside the model's own corpus, with issue 17's tolerances), the training time and a
 * few solos' ABC for engraving.
 * Usage: node --import tsx bench/helpers/style.ts '{"models": [...], "solos": 200, "workDir": "..."}'
 * Prints one BENCH_RESULT line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSolo, trainFromCorpus, UserFacingError } from '../../src/engine';
import { evaluateModel, type EvaluationReport } from '../../src/engine/evaluate';
import { formatBebopBand, formatStyleDistance, formatStyleFigure } from '../../src/core/evaluation/style';
import { reportResult } from './referenceCorpus';

export interface StyleBenchModel {
  name: string;
  /** Corpus paths to train on; absent: `modelDir` is used as it is. */
  corpus?: string[];
  modelDir?: string;
  /** The corpus a model taken as it is is measured against (default: the files its metadata records). */
  against?: string[];
  /** Forced epochs (absent: the engine's automatic epochs, stopped by held-out likelihood). */
  epochs?: number;
}

interface Request {
  models: StyleBenchModel[];
  solos: number;
  workDir: string;
  /** Solos whose ABC is kept for engraving, per model. */
  keepSolos: number;
  /** Train again even when the work folder holds a model from an earlier run. */
  reuse: boolean;
}

interface ModelResult {
  name: string;
  modelDir: string;
  training?: {
    seconds: number;
    epochs: number;
    values: number;
    tunes: number;
    vocabulary?: number;
    loss: number[];
    heldOutLoss?: number[];
    secondsPerEpoch: number;
    reused: boolean;
  };
  generation?: { solos: number; seconds: number };
  style?: EvaluationReport['style'];
  /** The style rows as text: measure, model, corpus, distance, tolerance and verdict, bebop band. */
  table?: string[][];
  corpus?: EvaluationReport['corpus'];
  abcFiles?: string[];
  error?: string;
}

const log = (name: string, line: string) => process.stderr.write(`  ${name}: ${line}\n`);

async function trainModel(
  model: StyleBenchModel,
  request: Request,
): Promise<ModelResult['training'] & { dir: string }> {
  const dir = join(request.workDir, 'models', model.name);
  if (request.reuse) {
    try {
      const { loadModel } = await import('../../src/engine');
      const loaded = await loadModel(dir);
      log(model.name, `reusing the model trained earlier in ${dir}`);
      const loss = loaded.metadata.loss ?? [];
      return {
        dir,
        seconds: 0,
        epochs: loss.length,
        values: 0,
        tunes: 0,
        vocabulary: loaded.vocabulary.values.length,
        loss,
        secondsPerEpoch: 0,
        reused: true,
      };
    } catch {
      log(model.name, 'no model to reuse; training');
    }
  }
  const started = performance.now();
  const result = await trainFromCorpus(
    { corpus: model.corpus!, outDir: dir, name: `bench-${model.name}`, epochs: model.epochs, seed: 1 },
    {
      logEpochs: false,
      onLog: (line) => log(model.name, line),
      onProgress: (progress) =>
        log(
          model.name,
          `epoch ${progress.epoch}/${progress.epochs} loss ${progress.loss.toFixed(3)}` +
            (progress.heldOutNll === undefined ? '' : ` held-out NLL ${progress.heldOutNll.toFixed(3)}`) +
            ` (${progress.elapsedSeconds.toFixed(0)} s)`,
        ),
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const epochsRun = result.heldOutLoss?.length ?? result.loss.length;
  return {
    dir: result.modelDir,
    seconds,
    epochs: result.epochs,
    values: result.tokens,
    vocabulary: result.values,
    tunes: result.tunes,
    loss: result.loss,
    heldOutLoss: result.heldOutLoss,
    secondsPerEpoch: result.seconds / Math.max(1, epochsRun),
    reused: false,
  };
}

async function benchModel(model: StyleBenchModel, request: Request): Promise<ModelResult> {
  const result: ModelResult = { name: model.name, modelDir: model.modelDir ?? '' };
  if (model.corpus) {
    const { dir, ...training } = await trainModel(model, request);
    result.modelDir = dir;
    result.training = training;
  }
  const started = performance.now();
  const report = await evaluateModel({
    modelDir: result.modelDir,
    corpus: model.corpus ?? model.against,
    solos: request.solos,
    seed: 1,
    heldout: false,
    onLog: (line) => log(model.name, line),
  });
  result.generation = { solos: request.solos, seconds: (performance.now() - started) / 1000 };
  result.style = report.style;
  result.table = report.style.rows.map((row) => [
    row.name,
    formatStyleFigure(row.solo, row.unit),
    formatStyleFigure(row.corpus, row.unit),
    formatStyleDistance(row),
    row.tolerance === null ? '' : `${row.tolerance} ${row.within === null ? 'n/a' : row.within ? 'within' : 'OUTSIDE'}`,
    formatBebopBand(row),
  ]);
  result.corpus = report.corpus;
  const abcDir = join(request.workDir, 'solos');
  mkdirSync(abcDir, { recursive: true });
  result.abcFiles = [];
  for (let seed = 1; seed <= request.keepSolos; seed++) {
    const solo = await generateSolo({ modelDir: result.modelDir, seed, title: `${model.name} solo, seed ${seed}` });
    const file = join(abcDir, `${model.name}-seed${seed}.abc`);
    writeFileSync(file, solo.abc);
    result.abcFiles.push(file);
  }
  return result;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as Request;
  const results: ModelResult[] = [];
  for (const model of request.models) {
    const started = performance.now();
    try {
      results.push(await benchModel(model, request));
    } catch (error) {
      // A corpus the engine refuses is reported and the other models still run; anything else is a crash.
      if (!(error instanceof UserFacingError)) throw error;
      results.push({ name: model.name, modelDir: model.modelDir ?? '', error: error.message });
    }
    log(model.name, `${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  reportResult({ models: results });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
