/**
 * Child process of bench/music.mjs: evaluates sets of generated solos (decoding modes, progressions)
 * against the model's corpus with the engine's own evaluation, one set after the other in one process.
 * Usage: node --import tsx bench/helpers/music.ts '{"seeds": 200, "sets": [...], "heldout": true}'
 * Prints one BENCH_RESULT line: per set its report's figures and targets, or the one-line reason it could
 * not run (a progression the engine refuses); the corpus's figures once.
 */
import { UserFacingError } from '../../src/shared/errors';
import { performance } from 'node:perf_hooks';

import { evaluateModel, type EvaluationReport } from '../../src/engine/evaluate';
import { reportResult } from './referenceCorpus';

export interface MusicSet {
  name: string;
  options: { temperature?: number; greedy?: boolean; chords?: string; meter?: string };
  /** Tried when the engine refuses `options` (for example a meter given another way). */
  fallback?: MusicSet['options'];
}

interface Request {
  seeds: number;
  firstSeed?: number;
  modelDir?: string;
  sets: MusicSet[];
  /** Run the held-out retraining with the first set (once: it does not depend on decoding). */
  heldout?: boolean;
}

type SetFigures = Pick<EvaluationReport, 'solo_metrics' | 'overlaps' | 'targets' | 'generation'> & {
  heldout: Pick<EvaluationReport, 'heldout_nll' | 'bigram_nll' | 'unigram_nll' | 'heldout_accuracy' | 'heldout'> | null;
};

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as Request;
  const results: Array<{
    name: string;
    options: MusicSet['options'];
    seconds: number;
    figures?: SetFigures;
    error?: string;
  }> = [];
  let corpus: { metrics: EvaluationReport['corpus_metrics']; description: EvaluationReport['corpus'] } | undefined;
  let model: EvaluationReport['model'] = null;
  for (const [index, set] of request.sets.entries()) {
    const started = performance.now();
    const evaluate = (options: MusicSet['options']) =>
      evaluateModel({
        ...options,
        modelDir: request.modelDir,
        solos: request.seeds,
        seed: request.firstSeed ?? 1,
        heldout: index === 0 && request.heldout === true,
        onLog: (line) => process.stderr.write(`  ${set.name}: ${line}\n`),
      });
    try {
      let report: EvaluationReport;
      try {
        report = await evaluate(set.options);
      } catch (error) {
        if (!(error instanceof UserFacingError) || !set.fallback) throw error;
        process.stderr.write(`  ${set.name}: ${error.message}; trying ${JSON.stringify(set.fallback)}\n`);
        report = await evaluate(set.fallback);
      }
      corpus ??= { metrics: report.corpus_metrics, description: report.corpus };
      model ??= report.model;
      results.push({
        name: set.name,
        options: set.options,
        seconds: (performance.now() - started) / 1000,
        figures: {
          solo_metrics: report.solo_metrics,
          overlaps: report.overlaps,
          targets: report.targets,
          generation: report.generation,
          heldout: report.heldout
            ? {
                heldout_nll: report.heldout_nll,
                bigram_nll: report.bigram_nll,
                unigram_nll: report.unigram_nll,
                heldout_accuracy: report.heldout_accuracy,
                heldout: report.heldout,
              }
            : null,
        },
      });
    } catch (error) {
      // A set the engine refuses (bad input) is reported and the others still run; anything else is a crash.
      if (!(error instanceof UserFacingError)) throw error;
      results.push({
        name: set.name,
        options: set.options,
        seconds: (performance.now() - started) / 1000,
        error: error.message,
      });
    }
    process.stderr.write(`  ${set.name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  reportResult({ model, corpus, sets: results });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
