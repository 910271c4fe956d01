/** `jazz-solo generate`: Generate a solo from a model. */
import { UserFacingError } from '../../shared/errors';
import { LIMITS } from '../../shared/limits';

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
  defineCommand,
  tempoOption,
} from './common';
import { PART_OPTION, partOption } from './partOption';
import { NOTATION_OPTIONS, notationTargets, writeNotation } from './notationOptions';
import { TUNE_OPTIONS, chorusesFromOptions, leadSheetFromOptions } from './tunes';

export const generateCommand = defineCommand({
  name: 'generate',
  summary: 'Generate a solo with a model over a chord progression: ABC on stdout (or --out), MIDI with --midi.',
  positionals: [],
  options: [
    MODEL_OPTION,
    ...SAMPLING_OPTIONS,
    ...TUNE_OPTIONS,
    SEED_OPTION,
    tempoOption(`${DEFAULTS.tempo}; a tune's own with --tune or --ireal`),
    {
      name: 'key',
      kind: 'string',
      valueName: 'K',
      help: 'Key signature (C, Bb, F#m); with --tune or --ireal, the key the tune is moved to.',
      defaultText: "from the progression, or the tune's own",
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
    {
      name: 'title',
      kind: 'string',
      valueName: 'TEXT',
      help: 'The tune title.',
      defaultText: `${DEFAULTS.title}; the tune's with --tune or --ireal`,
    },
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
    ...NOTATION_OPTIONS,
    { name: 'no-band', kind: 'flag', help: 'MIDI and MusicXML: the solo alone, without the rhythm section.' },
    {
      name: 'lead',
      kind: 'string',
      valueName: 'INSTRUMENT',
      choices: Object.keys(LEAD_INSTRUMENTS),
      help: "MIDI: the lead's instrument.",
      defaultText: DEFAULT_LEAD_INSTRUMENT,
    },
    PART_OPTION,
    { name: 'print', kind: 'flag', help: 'Print the ABC on stdout even with --out.' },
    {
      name: 'explain',
      kind: 'flag',
      help: "Per step: the value chosen, the network's top 5, entropy, what decoding changed, the ABC note (stdout with --out, else stderr; in --json too).",
    },
    JSON_OPTION,
  ],
  async run(args, io) {
    noPositionals(args, 'generate', 'takes no corpus');
    const { options } = args;
    const out = checkFileTarget(options.out, '--out');
    const midiPath = checkFileTarget(options.midi, '--midi');
    if (midiPath === '-') throw new UserFacingError('--midi writes binary data: give a file name, not -');
    const notation = notationTargets(options);
    const sheet = await leadSheetFromOptions(options);
    const choruses = chorusesFromOptions(options, sheet);
    const { generateSolo } = await import('../../engine');
    const result = await generateSolo({
      modelDir: options.model as string | undefined,
      ...samplingOptions(options),
      sheet,
      choruses,
      seed: options.seed as number | undefined,
      tempo: options.tempo as number | undefined,
      key: options.key as string | undefined,
      meter: options.meter as string | undefined,
      swing: options.swing as number | undefined,
      title: options.title as string | undefined,
      band: !options['no-band'],
      lead: options.lead as LeadInstrument | undefined,
      part: partOption(options.part),
      explain: Boolean(options.explain),
    });
    const abc = result.abc.endsWith('\n') ? result.abc : `${result.abc}\n`;
    const toFile = out !== undefined && out !== '-';
    if (toFile) io.writeFile(out, abc, '--out');
    if (midiPath) io.writeFile(midiPath, result.midi, '--midi');
    const notationWritten = await writeNotation(notation, options, io, result.solo, {
      seed: result.seed,
      chorusTicks: result.chorusTicks,
      part: partOption(options.part),
      lead: options.lead as LeadInstrument | undefined,
    });
    if (options.json) {
      const { values, seed, modelName, modelDir, seconds } = result;
      const bars = result.solo.bars;
      await io.out(
        `${JSON.stringify({ steps: values.length, values, abc: result.abc, seed, model: modelName, modelDir, seconds, bars, choruses, ...(result.explanation ? { explanation: result.explanation } : {}) })}` +
          '\n',
      );
      return;
    }
    if (!toFile || options.print) await io.out(abc);
    if (result.explanation) {
      const { formatExplanation } = await import('../../engine/explain');
      const table = formatExplanation(result.explanation);
      // The ABC on stdout stays a valid ABC file: the table goes beside it, on stderr.
      if (!toFile || options.print) io.err(table);
      else await io.out(table);
    }
    const written = [toFile ? out : undefined, midiPath, ...notationWritten].filter(Boolean).join(' and ');
    io.err(
      `${result.values.length} steps from model "${result.modelName}", seed ${result.seed}` +
        (choruses
          ? `, ${choruses} chorus${choruses > 1 ? 'es' : ''} of ${sheet ? `"${sheet.title}"` : 'the form'} (${result.solo.bars} bars)`
          : '') +
        `${written ? `; wrote ${written}` : ''} (${(result.seconds * 1000).toFixed(0)} ms)\n`,
    );
  },
});
