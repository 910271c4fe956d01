/** `jazz-solo evaluate`: Evaluate a model or a solo file. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';

import { EVALUATION_DEFAULTS } from '../../shared/defaults';
import {
  JSON_OPTION,
  CORPUS_OPTIONS,
  MODEL_OPTION,
  SAMPLING_OPTIONS,
  SEED_OPTION,
  checkFileTarget,
  corpusOptions,
  samplingOptions,
  noPositionals,
  defineCommand,
} from './common';

export const evaluateCommand = defineCommand({
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
    const { evaluateModel, evaluationReportHtml, formatEvaluationSummary } = await import('../../engine/evaluate');
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
});
