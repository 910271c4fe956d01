/** `jazz-solo lick`: one lick from the model over a ii–V–I, written through all twelve keys. */
import { UserFacingError } from '../../shared/errors';

import { LICK_BARS, LICK_KEY_ORDERS, LICK_PROGRESSION_NAMES } from '../../core/formats/lickSheet';
import type { LickKeyOrder, LickProgressionName } from '../../core/formats/lickSheet';
import { DEFAULTS } from '../../shared/defaults';
import {
  JSON_OPTION,
  MODEL_OPTION,
  SEED_OPTION,
  checkFileTarget,
  noPositionals,
  defineCommand,
  tempoOption,
} from './common';
import { PART_OPTION, partOption } from './partOption';

export const lickCommand = defineCommand({
  name: 'lick',
  summary: 'Generate one lick over a ii-V-I (or a minor ii-V-i, or a turnaround) and write it in all 12 keys.',
  positionals: [],
  options: [
    MODEL_OPTION,
    {
      name: 'progression',
      kind: 'string',
      valueName: 'NAME',
      choices: LICK_PROGRESSION_NAMES,
      help: 'What the lick is played over.',
      defaultText: 'ii-V-I',
    },
    {
      name: 'bars',
      kind: 'number',
      valueName: 'N',
      range: { min: LICK_BARS.min, max: LICK_BARS.max, integer: true, what: 'bars of the lick' },
      help: 'Length of the lick in bars.',
      defaultText: '2',
    },
    {
      name: 'keys',
      kind: 'string',
      valueName: 'ORDER',
      choices: LICK_KEY_ORDERS,
      help: 'The order of the keys: all (chromatic, up by semitones) or cycle-of-fourths.',
      defaultText: 'cycle-of-fourths',
    },
    PART_OPTION,
    SEED_OPTION,
    tempoOption(String(DEFAULTS.tempo)),
    { name: 'out', kind: 'string', valueName: 'FILE.abc', writesFile: true, help: 'Write the sheet to this file.' },
    JSON_OPTION,
  ],
  async run(args, io) {
    noPositionals(args, 'lick', 'takes no file');
    const { options } = args;
    const out = checkFileTarget(options.out, '--out');
    const { generateLick } = await import('../../engine');
    const result = await generateLick({
      modelDir: options.model as string | undefined,
      progression: options.progression as LickProgressionName | undefined,
      bars: options.bars as number | undefined,
      keys: options.keys as LickKeyOrder | undefined,
      part: partOption(options.part),
      seed: options.seed as number | undefined,
      tempo: options.tempo as number | undefined,
    });
    const toFile = out !== undefined && out !== '-';
    if (toFile) io.writeFile(out, result.abc, '--out');
    if (options.json) {
      const { abc, keys, seed, modelName, seconds } = result;
      await io.out(`${JSON.stringify({ abc, keys, seed, model: modelName, seconds })}\n`);
      return;
    }
    if (!toFile) await io.out(result.abc);
    if (result.keys.length !== 12) throw new UserFacingError('the lick sheet lost a key');
    io.err(
      `a lick from model "${result.modelName}", seed ${result.seed}, in ${result.keys.map((k) => k.writtenKey).join(' ')}` +
        `${toFile ? `; wrote ${out}` : ''}\n`,
    );
  },
});
