/** `jazz-solo trade FILE.abc`: the model answers the last bars of the file with bars of its own (trading fours). */
import { UserFacingError } from '../../shared/errors';
import {
  JSON_OPTION,
  MODEL_OPTION,
  SEED_OPTION,
  TEMPERATURE_OPTION,
  TOP_K_OPTION,
  checkFileTarget,
  readAbcFile,
  samplingOptions,
  defineCommand,
} from './common';

export const tradeCommand = defineCommand({
  name: 'trade',
  summary:
    "Trade fours: answer the last bars written in an ABC file with the model's own, over the next bars of the form.",
  positionals: [
    { name: 'file', required: true, variadic: false, help: 'The ABC file; the answer is written into it.' },
  ],
  options: [
    MODEL_OPTION,
    {
      name: 'bars',
      kind: 'number',
      valueName: 'N',
      range: { min: 1, max: 16, integer: true, what: 'bars each player takes' },
      help: 'Bars each player takes: 4 trades fours, 2 twos, 8 eights.',
      defaultText: '4',
    },
    SEED_OPTION,
    TEMPERATURE_OPTION,
    TOP_K_OPTION,
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE.abc',
      writesFile: true,
      help: 'Write the result here instead of back into the file (- for stdout).',
    },
    JSON_OPTION,
  ],
  async run(args, io) {
    const { options, positionals } = args;
    if (positionals.length !== 1) throw new UserFacingError('trade needs one ABC file: jazz-solo trade FILE.abc');
    const file = positionals[0];
    const out = checkFileTarget(options.out ?? file, '--out')!;
    const text = readAbcFile(file);
    const { tradeBars, loadModel, DEFAULT_MODEL_DIR } = await import('../../engine');
    const model = await loadModel((options.model as string | undefined) ?? DEFAULT_MODEL_DIR);
    const sampling = samplingOptions(options);
    const result = tradeBars({
      text,
      file,
      model,
      seed: options.seed as number | undefined,
      bars: options.bars as number | undefined,
      temperature: sampling.temperature,
      topK: sampling.topK,
      greedy: sampling.greedy,
    });
    if (out !== '-') io.writeFile(out, result.text, '--out');
    else if (!options.json) await io.out(result.text);
    const summary = {
      userBars: result.userBars,
      answerBars: result.answerBars,
      chords: result.answerChords,
      primed: result.primed,
      seed: result.seed,
      abc: result.edit.insert.trim(),
      // With --out - the whole text travels in the JSON, stdout holding that one object.
      ...(out === '-' ? { text: result.text } : {}),
    };
    if (options.json) {
      await io.out(`${JSON.stringify(summary)}\n`);
      return;
    }
    io.err(
      `bars ${result.userBars.from}-${result.userBars.to} answered in bars ${result.answerBars.from}-${result.answerBars.to}` +
        ` over | ${result.answerChords.join(' | ')} | (seed ${result.seed}, ${result.primed} values primed)` +
        `${out === '-' ? '' : `; wrote ${out}`}\n`,
    );
  },
});
