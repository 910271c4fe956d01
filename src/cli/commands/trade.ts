/** `jazz-solo trade FILE.abc`: the model answers the last bars of the file with bars of its own (trading fours). */
import { UserFacingError } from '../../shared/errors';
import { readFileSync, statSync } from 'node:fs';

import { displayPath } from '../../core/io/safeWrite';
import { printable } from '../args';
import { JSON_OPTION, MODEL_OPTION, SEED_OPTION, checkFileTarget, type CommandDef } from './common';
import { LIMITS } from '../../shared/limits';
import { DEFAULTS } from '../../shared/defaults';

/** An ABC file a person writes by hand is a few kilobytes; this keeps a wrong file from being read whole. */
const MAX_ABC_BYTES = 4 * 1024 * 1024;

export const tradeCommand: CommandDef = {
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
    {
      name: 'temperature',
      kind: 'number',
      valueName: 'T',
      range: LIMITS.temperature,
      help: 'Sampling temperature.',
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
    const temperature = options.temperature as number | undefined;
    const result = tradeBars({
      text,
      file,
      model,
      seed: options.seed as number | undefined,
      bars: options.bars as number | undefined,
      temperature: temperature === 0 ? undefined : temperature,
      topK: options['top-k'] as number | undefined,
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
};

function readAbcFile(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UserFacingError(`${displayPath(file)} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(`cannot read ${printable(file)}: no such file`);
  }
  if (size > MAX_ABC_BYTES) throw new UserFacingError(`${displayPath(file)} is larger than an ABC file can be (4 MB)`);
  return readFileSync(file, 'utf8');
}
