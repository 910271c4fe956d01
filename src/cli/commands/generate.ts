/** `jazz-solo generate`: Generate a solo from a model. */
import { LIMITS } from '../../core/limits';
import { UserFacingError } from '../../core/types';
import { DEFAULT_LEAD_INSTRUMENT, LEAD_INSTRUMENTS, type LeadInstrument } from '../../core/band/types';
import { DEFAULTS } from '../../shared/defaults';
import {
  JSON_OPTION,
  MODEL_OPTION,
  SAMPLING_OPTIONS,
  SEED_OPTION,
  checkFileTarget,
  samplingOptions,
  noPositionals,
  type CommandDef,
} from './common';

export const generateCommand: CommandDef = {
  name: 'generate',
  summary: 'Generate a solo with a model over a chord progression: ABC on stdout (or --out), MIDI with --midi.',
  positionals: [],
  options: [
    MODEL_OPTION,
    ...SAMPLING_OPTIONS,
    SEED_OPTION,
    {
      name: 'tempo',
      kind: 'number',
      valueName: 'BPM',
      range: LIMITS.tempo,
      help: 'Tempo in quarter notes per minute.',
      defaultText: String(DEFAULTS.tempo),
    },
    {
      name: 'key',
      kind: 'string',
      valueName: 'K',
      help: 'Key signature (C, Bb, F#m).',
      defaultText: 'from the progression',
    },
    {
      name: 'meter',
      kind: 'string',
      valueName: 'M',
      help: 'Meter: 4/4, 3/4 (jazz waltz), 6/8, 12/8; "M:3/4" at the start of --chords also sets it.',
      defaultText: DEFAULTS.meter,
    },
    {
      name: 'swing',
      kind: 'number',
      valueName: 'R',
      range: LIMITS.swing,
      help: 'Swing ratio of the eighths on playback.',
    },
    { name: 'title', kind: 'string', valueName: 'TEXT', help: 'The tune title.', defaultText: DEFAULTS.title },
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE.abc',
      writesFile: true,
      help: 'Write the ABC to this file (- for stdout).',
    },
    {
      name: 'midi',
      kind: 'string',
      valueName: 'FILE.mid',
      writesFile: true,
      help: 'Also write a MIDI file: the lead with bass, comping and drums.',
    },
    { name: 'no-band', kind: 'flag', help: 'MIDI: the solo alone, without the rhythm section.' },
    {
      name: 'lead',
      kind: 'string',
      valueName: 'INSTRUMENT',
      choices: Object.keys(LEAD_INSTRUMENTS),
      help: "MIDI: the lead's instrument.",
      defaultText: DEFAULT_LEAD_INSTRUMENT,
    },
    { name: 'print', kind: 'flag', help: 'Print the ABC on stdout even with --out.' },
    JSON_OPTION,
  ],
  async run(args, io) {
    noPositionals(args, 'generate', 'takes no corpus');
    const { options } = args;
    const out = checkFileTarget(options.out, '--out');
    const midiPath = checkFileTarget(options.midi, '--midi');
    if (midiPath === '-') throw new UserFacingError('--midi writes binary data: give a file name, not -');
    const { generateSolo } = await import('../../engine');
    const result = await generateSolo({
      modelDir: options.model as string | undefined,
      ...samplingOptions(options),
      seed: options.seed as number | undefined,
      tempo: options.tempo as number | undefined,
      key: options.key as string | undefined,
      meter: options.meter as string | undefined,
      swing: options.swing as number | undefined,
      title: options.title as string | undefined,
      band: !options['no-band'],
      lead: options.lead as LeadInstrument | undefined,
    });
    const abc = result.abc.endsWith('\n') ? result.abc : `${result.abc}\n`;
    const toFile = out !== undefined && out !== '-';
    if (toFile) io.writeFile(out, abc, '--out');
    if (midiPath) io.writeFile(midiPath, result.midi, '--midi');
    if (options.json) {
      const { values, seed, modelName, modelDir, seconds } = result;
      await io.out(
        `${JSON.stringify({ steps: values.length, values, abc: result.abc, seed, model: modelName, modelDir, seconds })}` +
          '\n',
      );
      return;
    }
    if (!toFile || options.print) await io.out(abc);
    const written = [toFile ? out : undefined, midiPath].filter(Boolean).join(' and ');
    io.err(
      `${result.values.length} steps from model "${result.modelName}", seed ${result.seed}` +
        `${written ? `; wrote ${written}` : ''} (${(result.seconds * 1000).toFixed(0)} ms)\n`,
    );
  },
};
